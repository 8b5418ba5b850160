// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import java.util.List;
import java.util.Locale;

/**
 * Guesses how to read a third-party self-check workbook from its header texts: the header row is the
 * first of the first 30 rows holding both an id column (項番, No, 番号, code, # …) and an answer column
 * (回答, answer, 実施状況, status …); the question (点検項目, 質問, question, requirement …) and comment
 * (備考, コメント, comment, remarks …) columns are taken from the same row when present. Used by the
 * import wizard and by {@code rensa import-questionnaire --map auto}.
 */
public final class WorkbookMappingGuesser {

	/** Rows searched for the header row. */
	public static final int HEADER_ROWS = 30;

	private static final int ID = 0;
	private static final int QUESTION = 1;
	private static final int ANSWER = 2;
	private static final int COMMENT = 3;
	private static final String[][] WORDS = { { "id", "no", "no.", "番号", "項番", "code", "項目番号", "管理番号", "#" },
			{ "question", "requirement", "item", "質問", "要求", "項目", "内容", "チェック項目", "設問" },
			{ "answer", "回答", "status", "実施状況", "状況", "result", "評価", "yes/no" },
			{ "comment", "remarks", "note", "備考", "コメント", "補足" } };

	private WorkbookMappingGuesser() {
	}

	/**
	 * @param workbook a workbook's preview
	 * @return the guess for the first visible sheet with a recognisable header row, else for the first
	 *         sheet (incomplete)
	 */
	public static MappingGuess guess(WorkbookPreview workbook) {
		MappingGuess first = null;
		for (String sheet : workbook.sheetNames()) {
			MappingGuess guess = guess(sheet, workbook.rows(sheet));
			if (guess.isComplete()) {
				return guess;
			}
			if (first == null) {
				first = guess;
			}
		}
		return first != null ? first : new MappingGuess("", 0, "", "", "", "");
	}

	/**
	 * @param sheet the sheet's name
	 * @param rows  its cells' texts (row 0 is Excel's row 1), as {@link WorkbookPreview#rows} gives them
	 * @return the guess; without a header row holding id and answer columns, nothing is determined
	 */
	public static MappingGuess guess(String sheet, List<List<String>> rows) {
		for (int r = 0; r < Math.min(HEADER_ROWS, rows.size()); r++) {
			int[] columns = { -1, -1, -1, -1 };
			List<String> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				String text = row.get(c).strip().toLowerCase(Locale.ROOT);
				for (int kind = ID; kind <= COMMENT; kind++) {
					if (columns[kind] < 0 && matches(text, kind)) {
						columns[kind] = c;
						break;
					}
				}
			}
			if (columns[ID] >= 0 && columns[ANSWER] >= 0) {
				return new MappingGuess(sheet, r + 1, WorkbookMapping.letter(columns[ID]), WorkbookMapping.letter(columns[QUESTION]),
						WorkbookMapping.letter(columns[ANSWER]), WorkbookMapping.letter(columns[COMMENT]));
			}
		}
		return new MappingGuess(sheet, 0, "", "", "", "");
	}

	/** An id header is the word itself (or ends with it, when short); the others contain their word. */
	private static boolean matches(String header, int kind) {
		for (String word : WORDS[kind]) {
			if (kind == ID ? header.equals(word) || header.startsWith(word + " ") || header.endsWith(word) && header.length() <= 6
					: header.contains(word)) {
				return true;
			}
		}
		return false;
	}
}
