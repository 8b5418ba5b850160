// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.util.CellReference;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.derived.ScoringScheme;
import org.rensa.questionnaire.internal.MapSpec;

/**
 * How to read a third-party self-check workbook whose layout Rensa did not write: the sheets, the first
 * data row, the columns holding the requirement code (alone, or found by a pattern), the question
 * (optional, for the report), the answer — or two answers, combined by {@link #combine} — and the
 * comment (optional), and what each answer text means. Saved as a properties file in the project
 * ({@code mappings/NAME.properties}) so next year's sheet imports with the same mapping.
 *
 * @param sheet               the sheets read ({@link SheetSelection}: a name, names separated by
 *                            {@code |}, or patterns such as {@code GV*}); empty for the first sheet
 * @param firstRow            the first data row as Excel shows it (1-based)
 * @param idColumn            column letter of the requirement code
 * @param idPattern           a regular expression finding the code in that cell ({@link IdPattern});
 *                            empty when the cell holds the code alone. With a pattern, rows whose id
 *                            cell it does not match (headings, repeated headers) are skipped
 * @param questionColumn      column letter of the question text, or empty
 * @param answerColumn        column letter of the answer
 * @param secondAnswerColumn  column letter of a second answer (e.g. implementation next to
 *                            documentation), or empty
 * @param commentColumn       column letter of the comment, or empty
 * @param values              answer texts (compared trimmed, ignoring case; a number as Excel shows it)
 *                            → declared answer; texts not listed fall back to Rensa's own English and
 *                            Japanese labels
 */
public record WorkbookMapping(String sheet, int firstRow, String idColumn, String idPattern, String questionColumn,
		String answerColumn, String secondAnswerColumn, String commentColumn, Map<String, DeclaredAnswer> values) {

	/** The project-relative directory of saved mappings. */
	public static final String DIRECTORY = "mappings";

	private static final Set<String> KEYS = Set.of("sheet", "first-row", "id", "id-pattern", "question", "answer",
			"answer2", "comment");

	/** Normalises and checks the mapping. */
	public WorkbookMapping {
		sheet = sheet == null ? "" : sheet.strip();
		if (firstRow < 1) {
			throw new IllegalArgumentException("first row must be 1 or more");
		}
		idColumn = column(idColumn, "id", true);
		idPattern = idPattern == null ? "" : idPattern.strip();
		if (!idPattern.isEmpty()) {
			IdPattern.compile(idPattern);
		}
		questionColumn = column(questionColumn, "question", false);
		answerColumn = column(answerColumn, "answer", true);
		secondAnswerColumn = column(secondAnswerColumn, "answer2", false);
		commentColumn = column(commentColumn, "comment", false);
		Map<String, DeclaredAnswer> normalised = new LinkedHashMap<>();
		if (values != null) {
			values.forEach((text, answer) -> normalised.put(text.strip().toLowerCase(Locale.ROOT), answer));
		}
		values = Map.copyOf(normalised);
	}

	/**
	 * A mapping of one answer column whose code cell holds the code alone.
	 *
	 * @param sheet          the sheet name; empty for the first sheet
	 * @param firstRow       the first data row (1-based)
	 * @param idColumn       column letter of the requirement code
	 * @param questionColumn column letter of the question, or empty
	 * @param answerColumn   column letter of the answer
	 * @param commentColumn  column letter of the comment, or empty
	 * @param values         answer texts → declared answer
	 */
	public WorkbookMapping(String sheet, int firstRow, String idColumn, String questionColumn, String answerColumn,
			String commentColumn, Map<String, DeclaredAnswer> values) {
		this(sheet, firstRow, idColumn, "", questionColumn, answerColumn, "", commentColumn, values);
	}

	/** @return the sheet selection */
	public SheetSelection sheetSelection() {
		return new SheetSelection(sheet);
	}

	/** @return the id pattern, {@code null} when the id cell holds the code alone */
	public IdPattern pattern() {
		return idPattern.isEmpty() ? null : IdPattern.compile(idPattern);
	}

	/**
	 * @param text an answer cell's text
	 * @return its meaning, {@link DeclaredAnswer#UNANSWERED} when blank, {@code null} when unknown
	 */
	public DeclaredAnswer answerOf(String text) {
		String key = text.strip().toLowerCase(Locale.ROOT);
		if (key.isEmpty()) {
			return DeclaredAnswer.UNANSWERED;
		}
		DeclaredAnswer mapped = values.get(key);
		return mapped != null ? mapped : QuestionnaireLanguage.parse(text);
	}

	/**
	 * The rule for two answer columns: the weaker of the two, so a requirement documented but not
	 * implemented (or implemented but not documented) is never declared better than its weaker side.
	 * Strength: done &gt; partly &gt; not done &gt; don't know &gt; unanswered (blank); <em>not
	 * applicable</em> on one side gives way to an answer on the other side, and stands when the other
	 * side is not applicable too or blank.
	 *
	 * @param first  the first answer
	 * @param second the second answer
	 * @return the combined answer
	 */
	public static DeclaredAnswer combine(DeclaredAnswer first, DeclaredAnswer second) {
		if (first == DeclaredAnswer.NOT_APPLICABLE) {
			return second == DeclaredAnswer.UNANSWERED ? first : second;
		}
		if (second == DeclaredAnswer.NOT_APPLICABLE) {
			return first == DeclaredAnswer.UNANSWERED ? second : first;
		}
		return strength(first) <= strength(second) ? first : second;
	}

	private static int strength(DeclaredAnswer answer) {
		int rank = ScoringScheme.rank(answer);
		if (rank >= 0) {
			return rank;
		}
		return answer == DeclaredAnswer.DONT_KNOW ? -1 : -2;
	}

	/**
	 * Parses the command-line form {@code sheet=NAME,first-row=2,id=A,question=B,answer=D,comment=E}
	 * (also {@code id=B:REGEX} or {@code id-pattern=REGEX}, and {@code answer2=F}) with values
	 * {@code Yes=DONE;Partly=PARTLY;No=NOT_DONE}.
	 *
	 * @param columns the column specification
	 * @param values  the value specification, may be {@code null}
	 * @return the mapping
	 * @throws IllegalArgumentException with a one-line message on bad input
	 */
	public static WorkbookMapping parse(String columns, String values) {
		Map<String, String> keys = MapSpec.parse(columns, KEYS);
		MapSpec.splitIdPattern(keys);
		Map<String, DeclaredAnswer> answers = new LinkedHashMap<>();
		if (values != null && !values.isBlank()) {
			for (String pair : values.split(";")) {
				int eq = pair.lastIndexOf('=');
				if (eq <= 0) {
					throw new IllegalArgumentException("answer value '" + pair + "' is not TEXT=ANSWER");
				}
				answers.put(pair.substring(0, eq), answer(pair.substring(eq + 1)));
			}
		}
		return of(keys, answers);
	}

	/**
	 * Loads a saved mapping.
	 *
	 * @param file the properties file
	 * @return the mapping
	 * @throws IOException when it cannot be read or is malformed
	 */
	public static WorkbookMapping load(Path file) throws IOException {
		Map<String, String> keys = new LinkedHashMap<>();
		Map<String, DeclaredAnswer> answers = new LinkedHashMap<>();
		try {
			for (Map.Entry<String, String> entry : MapSpec.load(file).entrySet()) {
				if (entry.getKey().startsWith("value.")) {
					answers.put(entry.getKey().substring("value.".length()), answer(entry.getValue()));
				} else if (KEYS.contains(entry.getKey())) {
					keys.put(entry.getKey(), entry.getValue());
				} else {
					throw new IllegalArgumentException("unknown mapping key '" + entry.getKey() + "'");
				}
			}
			return of(keys, answers);
		} catch (IllegalArgumentException e) {
			throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Saves the mapping (sorted keys, UTF-8), atomically; missing folders are created.
	 *
	 * @param file the properties file to write
	 * @throws IOException when it cannot be written
	 */
	public void save(Path file) throws IOException {
		Map<String, String> keys = new LinkedHashMap<>();
		keys.put("sheet", sheet);
		keys.put("first-row", String.valueOf(firstRow));
		keys.put("id", idColumn);
		if (!idPattern.isEmpty()) {
			keys.put("id-pattern", idPattern);
		}
		keys.put("question", questionColumn);
		keys.put("answer", answerColumn);
		if (!secondAnswerColumn.isEmpty()) {
			keys.put("answer2", secondAnswerColumn);
		}
		keys.put("comment", commentColumn);
		values.forEach((text, answer) -> keys.put("value." + text, answer.name()));
		MapSpec.save(file, "Rensa column mapping for third-party self-check workbooks", keys);
	}

	/**
	 * @param projectDirectory the project directory
	 * @param name             a mapping name (letters, digits, {@code . _ -})
	 * @return {@code mappings/NAME.properties} in the project
	 * @throws IllegalArgumentException for a bad name
	 */
	public static Path file(Path projectDirectory, String name) {
		return MapSpec.file(projectDirectory, DIRECTORY, name);
	}

	/** @return the 0-based index of a column letter, or -1 for an empty column */
	public static int index(String column) {
		return column.isEmpty() ? -1 : CellReference.convertColStringToIndex(column);
	}

	/**
	 * @param index a 0-based column index, or -1
	 * @return its column letter (0 → A, 26 → AA), empty for -1
	 */
	public static String letter(int index) {
		return index < 0 ? "" : CellReference.convertNumToColString(index);
	}

	private static WorkbookMapping of(Map<String, String> keys, Map<String, DeclaredAnswer> answers) {
		int firstRow;
		try {
			firstRow = Integer.parseInt(keys.getOrDefault("first-row", "2").strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("first-row must be a number");
		}
		return new WorkbookMapping(keys.get("sheet"), firstRow, keys.get("id"), keys.get("id-pattern"), keys.get("question"),
				keys.get("answer"), keys.get("answer2"), keys.get("comment"), answers);
	}

	private static DeclaredAnswer answer(String name) {
		try {
			return DeclaredAnswer.valueOf(name.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + name.strip() + "' is not one of DONE, PARTLY, NOT_DONE, DONT_KNOW, NOT_APPLICABLE, UNANSWERED");
		}
	}

	/**
	 * @param value    a column letter as given, or {@code null}
	 * @param what     the column's role, for the message
	 * @param required whether the mapping needs it
	 * @return the upper-case letter, empty when optional and not given
	 * @throws IllegalArgumentException when missing but required, or not a column letter
	 */
	static String column(String value, String what, boolean required) {
		String column = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
		if (column.isEmpty()) {
			if (required) {
				throw new IllegalArgumentException("the mapping needs a column for " + what);
			}
			return "";
		}
		if (!column.matches("[A-Z]{1,3}")) {
			throw new IllegalArgumentException(what + " column '" + value + "' is not a column letter");
		}
		return column;
	}
}
