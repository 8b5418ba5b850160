// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

/**
 * A cell the importer could not read.
 *
 * @param sheet  the sheet name
 * @param row    the row number as Excel shows it (1-based)
 * @param column the column letter as Excel shows it
 * @param value  the cell's content as text (a formula is shown with its leading {@code =})
 * @param reason why it could not be read
 */
public record CellProblem(String sheet, int row, String column, String value, String reason) {

	/** @return {@code sheet!C12: 'value': reason} */
	@Override
	public String toString() {
		return sheet + "!" + column + row + ": '" + value + "': " + reason;
	}
}
