// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.internal;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.rensa.questionnaire.CellProblem;

/** Reads cell text without evaluating anything, reporting what it cannot read. */
public final class Cells {

	private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);

	private Cells() {
	}

	/**
	 * @param sheet a sheet
	 * @param row 0-based row
	 * @param column 0-based column
	 * @return the cell or {@code null}
	 */
	public static Cell cell(Sheet sheet, int row, int column) {
		Row r = sheet.getRow(row);
		return r == null ? null : r.getCell(column);
	}

	/**
	 * Text of a cell that must hold text: blank → "", a string → itself; a number is accepted only when
	 * {@code numbersAsText}; formulas, booleans and errors are reported.
	 *
	 * @param cell          the cell or {@code null}
	 * @param sheet         its sheet (for the report)
	 * @param row           0-based row
	 * @param column        0-based column
	 * @param numbersAsText whether a number is acceptable (shown as Excel shows it)
	 * @param problems      where to report
	 * @return the stripped text, or {@code null} when reported
	 */
	public static String text(Cell cell, Sheet sheet, int row, int column, boolean numbersAsText, List<CellProblem> problems) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType();
		switch (type) {
		case BLANK:
			return "";
		case STRING:
			return cell.getStringCellValue().strip();
		case NUMERIC:
			if (numbersAsText) {
				return FORMATTER.formatCellValue(cell).strip();
			}
			problems.add(problem(sheet, row, column, FORMATTER.formatCellValue(cell), "a number, not one of the listed answers"));
			return null;
		case FORMULA:
			problems.add(problem(sheet, row, column, "=" + cell.getCellFormula(), "a formula (formulas are not evaluated); type the value"));
			return null;
		case BOOLEAN:
			problems.add(problem(sheet, row, column, String.valueOf(cell.getBooleanCellValue()), "TRUE/FALSE is not an answer"));
			return null;
		default:
			problems.add(problem(sheet, row, column, FORMATTER.formatCellValue(cell), "unreadable cell"));
			return null;
		}
	}

	/**
	 * @return a problem at the given 0-based position
	 */
	public static CellProblem problem(Sheet sheet, int row, int column, String value, String reason) {
		return new CellProblem(sheet.getSheetName(), row + 1, CellReference.convertNumToColString(column), value, reason);
	}
}
