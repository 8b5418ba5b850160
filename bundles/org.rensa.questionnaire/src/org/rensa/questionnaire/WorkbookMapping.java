// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellReference;
import org.rensa.core.io.AtomicFiles;
import org.rensa.model.DeclaredAnswer;

/**
 * How to read a third-party self-check workbook whose layout Rensa did not write: the sheet, the first
 * data row, the columns holding the requirement code, the question (optional, for the report), the
 * answer and the comment (optional), and what each answer text means. Saved as a properties file in
 * the project ({@code mappings/NAME.properties}) so next year's sheet imports with the same mapping.
 *
 * @param sheet          the sheet name; empty for the first sheet
 * @param firstRow       the first data row as Excel shows it (1-based)
 * @param idColumn       column letter of the requirement code
 * @param questionColumn column letter of the question text, or empty
 * @param answerColumn   column letter of the answer
 * @param commentColumn  column letter of the comment, or empty
 * @param values         answer texts (compared trimmed, ignoring case) → declared answer; texts not
 *                       listed fall back to Rensa's own English and Japanese labels
 */
public record WorkbookMapping(String sheet, int firstRow, String idColumn, String questionColumn, String answerColumn,
		String commentColumn, Map<String, DeclaredAnswer> values) {

	/** The project-relative directory of saved mappings. */
	public static final String DIRECTORY = "mappings";

	/** Normalises and checks the mapping. */
	public WorkbookMapping {
		sheet = sheet == null ? "" : sheet.strip();
		if (firstRow < 1) {
			throw new IllegalArgumentException("first row must be 1 or more");
		}
		idColumn = column(idColumn, "id", true);
		questionColumn = column(questionColumn, "question", false);
		answerColumn = column(answerColumn, "answer", true);
		commentColumn = column(commentColumn, "comment", false);
		Map<String, DeclaredAnswer> normalised = new LinkedHashMap<>();
		if (values != null) {
			values.forEach((text, answer) -> normalised.put(text.strip().toLowerCase(Locale.ROOT), answer));
		}
		values = Map.copyOf(normalised);
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
	 * Parses the command-line form {@code sheet=NAME,first-row=2,id=A,question=B,answer=D,comment=E}
	 * with values {@code Yes=DONE;Partly=PARTLY;No=NOT_DONE}.
	 *
	 * @param columns the column specification
	 * @param values  the value specification, may be {@code null}
	 * @return the mapping
	 * @throws IllegalArgumentException with a one-line message on bad input
	 */
	public static WorkbookMapping parse(String columns, String values) {
		Map<String, String> keys = new LinkedHashMap<>();
		for (String pair : columns.split(",")) {
			int eq = pair.indexOf('=');
			if (eq <= 0) {
				throw new IllegalArgumentException("mapping '" + pair + "' is not KEY=VALUE");
			}
			keys.put(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), pair.substring(eq + 1).strip());
		}
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
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Map<String, String> keys = new LinkedHashMap<>();
		Map<String, DeclaredAnswer> answers = new LinkedHashMap<>();
		try {
			for (String key : properties.stringPropertyNames()) {
				if (key.startsWith("value.")) {
					answers.put(key.substring("value.".length()), answer(properties.getProperty(key)));
				} else {
					keys.put(key, properties.getProperty(key));
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
		Map<String, String> sorted = new TreeMap<>();
		sorted.put("sheet", sheet);
		sorted.put("first-row", String.valueOf(firstRow));
		sorted.put("id", idColumn);
		sorted.put("question", questionColumn);
		sorted.put("answer", answerColumn);
		sorted.put("comment", commentColumn);
		values.forEach((text, answer) -> sorted.put("value." + text, answer.name()));
		StringBuilder text = new StringBuilder("# Rensa column mapping for third-party self-check workbooks\n");
		for (Map.Entry<String, String> entry : sorted.entrySet()) {
			text.append(escape(entry.getKey(), true)).append('=').append(escape(entry.getValue(), false)).append('\n');
		}
		AtomicFiles.writeString(file, text);
	}

	/** @return the 0-based index of a column letter, or -1 for an empty column */
	public static int index(String column) {
		return column.isEmpty() ? -1 : CellReference.convertColStringToIndex(column);
	}

	private static WorkbookMapping of(Map<String, String> keys, Map<String, DeclaredAnswer> answers) {
		for (String key : keys.keySet()) {
			if (!java.util.Set.of("sheet", "first-row", "id", "question", "answer", "comment").contains(key)) {
				throw new IllegalArgumentException("unknown mapping key '" + key + "'");
			}
		}
		int firstRow;
		try {
			firstRow = Integer.parseInt(keys.getOrDefault("first-row", "2"));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("first-row must be a number");
		}
		return new WorkbookMapping(keys.get("sheet"), firstRow, keys.get("id"), keys.get("question"), keys.get("answer"),
				keys.get("comment"), answers);
	}

	private static DeclaredAnswer answer(String name) {
		try {
			return DeclaredAnswer.valueOf(name.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + name.strip() + "' is not one of DONE, PARTLY, NOT_DONE, DONT_KNOW, NOT_APPLICABLE, UNANSWERED");
		}
	}

	private static String column(String value, String what, boolean required) {
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

	private static String escape(String text, boolean key) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!' || (key && c == ' ')) {
				out.append('\\').append(c);
			} else if (c < 0x20 || c > 0x7e) {
				out.append(String.format("\\u%04x", (int) c));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
