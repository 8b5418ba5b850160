// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rensa.model.DeclaredAnswer;

/**
 * What {@link WorkbookMappingGuesser} made of a third-party workbook's layout: the header row and the
 * columns it recognised by their header texts, and what it could not determine.
 *
 * @param sheet          the sheet looked at
 * @param headerRow      the header row as Excel shows it (1-based), 0 when none was recognised
 * @param idColumn       column letter of the requirement code, empty when not recognised
 * @param questionColumn column letter of the question, empty when not recognised
 * @param answerColumn   column letter of the answer, empty when not recognised
 * @param commentColumn  column letter of the comment, empty when not recognised
 */
public record MappingGuess(String sheet, int headerRow, String idColumn, String questionColumn, String answerColumn,
		String commentColumn) {

	/** What could not be determined: {@code header row}, {@code id}, {@code question}, {@code answer}, {@code comment}. */
	public List<String> undetermined() {
		List<String> missing = new ArrayList<>();
		if (headerRow == 0) {
			missing.add("header row");
		}
		if (idColumn.isEmpty()) {
			missing.add("id");
		}
		if (questionColumn.isEmpty()) {
			missing.add("question");
		}
		if (answerColumn.isEmpty()) {
			missing.add("answer");
		}
		if (commentColumn.isEmpty()) {
			missing.add("comment");
		}
		return missing;
	}

	/** @return whether the columns a mapping needs (id and answer) were recognised */
	public boolean isComplete() {
		return !idColumn.isEmpty() && !answerColumn.isEmpty();
	}

	/**
	 * @param values answer texts → declared answers (may be empty: Rensa's own labels are understood)
	 * @return the mapping reading the rows below the header row
	 * @throws IllegalStateException when the id or answer column was not recognised
	 */
	public WorkbookMapping mapping(Map<String, DeclaredAnswer> values) {
		if (!isComplete()) {
			throw new IllegalStateException("no " + (idColumn.isEmpty() ? "id" : "answer") + " column recognised in sheet '"
					+ sheet + "'");
		}
		return new WorkbookMapping(sheet, headerRow + 1, idColumn, questionColumn, answerColumn, commentColumn, values);
	}

	/** @return the guess as the command line's column specification ({@code sheet=…,first-row=…,id=…,…}) */
	public String columns() {
		StringBuilder text = new StringBuilder("sheet=").append(sheet).append(",first-row=").append(headerRow + 1);
		append(text, "id", idColumn);
		append(text, "question", questionColumn);
		append(text, "answer", answerColumn);
		append(text, "comment", commentColumn);
		return text.toString();
	}

	private static void append(StringBuilder text, String key, String column) {
		if (!column.isEmpty()) {
			text.append(',').append(key).append('=').append(column);
		}
	}
}
