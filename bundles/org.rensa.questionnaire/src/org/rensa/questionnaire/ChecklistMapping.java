// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rensa.questionnaire.internal.MapSpec;

/**
 * How to read a checklist's requirements out of a third-party workbook (a scheme owner's self-assessment
 * tool, an industry check sheet): which sheets, where the data starts, where each requirement's id,
 * text, level and guidance are, and where its section comes from. Given on the command line as
 * {@code sheets=GV*|ID*,header-row=2,id=B:^(?<id>[A-Z]{2}\.[A-Z]{2}-\d{2}(\.\d+)?):\s*(?<text>.*)$,text=B,section=sheet}
 * and saved by name as {@code mappings/checklists/NAME.properties} in the project.
 *
 * @param sheets         the sheets read ({@link SheetSelection}; empty: every visible sheet)
 * @param headerRow      the header row as Excel shows it (1-based), 0 when there is none; rows below it
 *                       that repeat its id or text cell are skipped
 * @param firstRow       the first data row as Excel shows it (1-based)
 * @param idColumn       column letter of the requirement id
 * @param idPattern      a regular expression finding the id in that cell ({@link IdPattern}), empty
 *                       when the cell holds the id alone
 * @param textColumn     column letter of the requirement text (may be the id column)
 * @param section        {@code sheet} (one section per sheet, titled with its name), a column letter
 *                       (merged and blank cells carry the section above down), or empty (one section)
 * @param levelColumn    column letter of the level or assurance class, or empty
 * @param guidanceColumn column letter of the guidance, or empty
 * @param language       {@code en} or {@code ja}: which language the texts are in
 */
public record ChecklistMapping(String sheets, int headerRow, int firstRow, String idColumn, String idPattern,
		String textColumn, String section, String levelColumn, String guidanceColumn, String language) {

	/** The project-relative directory of saved checklist mappings, next to the answer mappings. */
	public static final String DIRECTORY = WorkbookMapping.DIRECTORY + "/checklists";
	/** {@link #section()} for one section per sheet. */
	public static final String SECTION_PER_SHEET = "sheet";

	private static final Set<String> KEYS = Set.of("sheets", "header-row", "first-row", "id", "id-pattern", "text",
			"section", "level", "guidance", "lang");

	/** Normalises and checks the mapping. */
	public ChecklistMapping {
		sheets = sheets == null ? "" : sheets.strip();
		if (headerRow < 0) {
			throw new IllegalArgumentException("header-row must be 0 (none) or more");
		}
		if (firstRow <= headerRow) {
			throw new IllegalArgumentException("first-row must be below the header row");
		}
		idColumn = WorkbookMapping.column(idColumn, "id", true);
		idPattern = idPattern == null ? "" : idPattern.strip();
		if (!idPattern.isEmpty()) {
			IdPattern.compile(idPattern);
		}
		textColumn = WorkbookMapping.column(textColumn, "text", true);
		if (textColumn.equals(idColumn) && idPattern.isEmpty()) {
			throw new IllegalArgumentException("the text is in the id column: give an id pattern (id=" + idColumn + ":REGEX)");
		}
		String sectionValue = section == null ? "" : section.strip();
		section = SECTION_PER_SHEET.equalsIgnoreCase(sectionValue) ? SECTION_PER_SHEET
				: WorkbookMapping.column(sectionValue, "section", false);
		levelColumn = WorkbookMapping.column(levelColumn, "level", false);
		guidanceColumn = WorkbookMapping.column(guidanceColumn, "guidance", false);
		language = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
		if (!language.equals("en") && !language.equals("ja")) {
			throw new IllegalArgumentException("lang must be en or ja, not '" + language + "'");
		}
	}

	/** @return the sheet selection */
	public SheetSelection sheetSelection() {
		return new SheetSelection(sheets);
	}

	/** @return the id pattern, {@code null} when the id cell holds the id alone */
	public IdPattern pattern() {
		return idPattern.isEmpty() ? null : IdPattern.compile(idPattern);
	}

	/**
	 * Parses the command-line form: keys {@code sheets}, {@code header-row} (default 1, 0 for none),
	 * {@code first-row} (default the row below the header), {@code id} ({@code B}, or {@code B:REGEX} for
	 * an id found by a pattern; also {@code id-pattern=REGEX}), {@code text}, {@code section}
	 * ({@code sheet} — the default —, a column letter, or {@code none}), {@code level}, {@code guidance},
	 * {@code lang} ({@code en} or {@code ja}). A comma inside a value is kept when no {@code KEY=} follows it.
	 *
	 * @param spec the specification
	 * @return the mapping
	 * @throws IllegalArgumentException with a one-line message on bad input
	 */
	public static ChecklistMapping parse(String spec) {
		Map<String, String> keys = MapSpec.parse(spec, KEYS);
		MapSpec.splitIdPattern(keys);
		return of(keys);
	}

	/**
	 * @param file a saved checklist mapping
	 * @return the mapping
	 * @throws IOException when it cannot be read or is malformed (the message names the file)
	 */
	public static ChecklistMapping load(Path file) throws IOException {
		Map<String, String> keys = MapSpec.load(file);
		try {
			for (String key : keys.keySet()) {
				if (!KEYS.contains(key)) {
					throw new IllegalArgumentException("unknown mapping key '" + key + "'");
				}
			}
			return of(keys);
		} catch (IllegalArgumentException e) {
			throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
		}
	}

	/**
	 * @param file the properties file to write (sorted keys, UTF-8)
	 * @throws IOException when it cannot be written
	 */
	public void save(Path file) throws IOException {
		Map<String, String> keys = new LinkedHashMap<>();
		keys.put("sheets", sheets);
		keys.put("header-row", String.valueOf(headerRow));
		keys.put("first-row", String.valueOf(firstRow));
		keys.put("id", idColumn);
		keys.put("id-pattern", idPattern);
		keys.put("text", textColumn);
		keys.put("section", section.isEmpty() ? "none" : section);
		keys.put("level", levelColumn);
		keys.put("guidance", guidanceColumn);
		keys.put("lang", language);
		MapSpec.save(file, "Rensa checklist mapping for third-party workbooks", keys);
	}

	/**
	 * @param projectDirectory the project directory
	 * @param name             a mapping name (letters, digits, {@code . _ -})
	 * @return {@code mappings/checklists/NAME.properties} in the project
	 * @throws IllegalArgumentException for a bad name
	 */
	public static Path file(Path projectDirectory, String name) {
		return MapSpec.file(projectDirectory, DIRECTORY, name);
	}

	private static ChecklistMapping of(Map<String, String> keys) {
		int headerRow = number(keys, "header-row", 1);
		int firstRow = number(keys, "first-row", headerRow + 1);
		String section = keys.getOrDefault("section", SECTION_PER_SHEET);
		return new ChecklistMapping(keys.get("sheets"), headerRow, firstRow, keys.get("id"), keys.get("id-pattern"),
				keys.get("text"), "none".equalsIgnoreCase(section.strip()) ? "" : section, keys.get("level"),
				keys.get("guidance"), keys.get("lang"));
	}

	private static int number(Map<String, String> keys, String key, int fallback) {
		String value = keys.getOrDefault(key, "").strip();
		if (value.isEmpty()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(key + " must be a number, not '" + value + "'");
		}
	}
}
