// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.internal;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.rensa.questionnaire.CellProblem;
import org.rensa.questionnaire.CellProblem.Reason;

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
			problems.add(problem(sheet, row, column, FORMATTER.formatCellValue(cell), Reason.NUMBER_NOT_ANSWER));
			return null;
		case FORMULA:
			problems.add(problem(sheet, row, column, "=" + cell.getCellFormula(), Reason.FORMULA));
			return null;
		case BOOLEAN:
			problems.add(problem(sheet, row, column, String.valueOf(cell.getBooleanCellValue()), Reason.BOOLEAN));
			return null;
		default:
			problems.add(problem(sheet, row, column, FORMATTER.formatCellValue(cell), Reason.UNREADABLE));
			return null;
		}
	}

	/**
	 * Text of a cell of a checklist's definition (id, text, section, level, guidance): a string or a
	 * number as Excel shows it; a formula gives the value Excel or LibreOffice stored with it (never
	 * evaluated here), and one without a stored value, a TRUE/FALSE or an error value is reported.
	 *
	 * @param cell     the cell or {@code null}
	 * @param sheet    its sheet (for the report)
	 * @param row      0-based row
	 * @param column   0-based column
	 * @param problems where to report
	 * @return the stripped text, or {@code null} when reported
	 */
	public static String storedText(Cell cell, Sheet sheet, int row, int column, List<CellProblem> problems) {
		if (cell == null || cell.getCellType() != CellType.FORMULA) {
			return text(cell, sheet, row, column, true, problems);
		}
		String formula = "=" + cell.getCellFormula();
		if (cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
			problems.add(problem(sheet, row, column, formula, Reason.FORMULA_WITHOUT_VALUE));
			return null;
		}
		switch (cell.getCachedFormulaResultType()) {
		case STRING:
			return cell.getStringCellValue().strip();
		case NUMERIC:
			return FORMATTER.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
					cell.getCellStyle().getDataFormatString()).strip();
		default:
			problems.add(problem(sheet, row, column, formula, Reason.FORMULA_WITH_OTHER_VALUE));
			return null;
		}
	}

	/**
	 * @return a problem at the given 0-based position
	 */
	public static CellProblem problem(Sheet sheet, int row, int column, String value, Reason reason, String... details) {
		return new CellProblem(sheet.getSheetName(), row + 1, CellReference.convertNumToColString(column), value, reason, List.of(details));
	}
}
