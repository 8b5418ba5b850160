// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.internal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one look of every workbook Rensa sends out to be filled in (self-check questionnaires,
 * remediation trackers): grey bold headers, locked cells for what the other side reads, light-yellow
 * unlocked cells for what it fills in, rows as high as their wrapped text, A4 landscape fitted to the
 * page width, sheets protected without a password.
 */
public final class FillInSheets {

	private FillInSheets() {
	}

	/**
	 * The cell styles of a fill-in workbook.
	 *
	 * @param header     column headings: bold on grey, wrapped
	 * @param locked     what the other side reads: wrapped, locked
	 * @param input      what the other side fills in: wrapped, unlocked, light yellow
	 * @param lockedDate {@code locked} showing dates as {@code yyyy-mm-dd}
	 * @param inputDate  {@code input} showing dates as {@code yyyy-mm-dd}
	 */
	public record Styles(CellStyle header, CellStyle locked, CellStyle input, CellStyle lockedDate, CellStyle inputDate) {

		/**
		 * @param workbook the workbook the styles belong to
		 * @return its fill-in styles
		 */
		public static Styles of(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setWrapText(true);
			header.setVerticalAlignment(VerticalAlignment.TOP);
			borders(header);
			CellStyle locked = workbook.createCellStyle();
			locked.setWrapText(true);
			locked.setVerticalAlignment(VerticalAlignment.TOP);
			locked.setLocked(true);
			borders(locked);
			CellStyle input = workbook.createCellStyle();
			input.setWrapText(true);
			input.setVerticalAlignment(VerticalAlignment.TOP);
			input.setLocked(false);
			input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			borders(input);
			short dateFormat = workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd");
			CellStyle lockedDate = workbook.createCellStyle();
			lockedDate.cloneStyleFrom(locked);
			lockedDate.setDataFormat(dateFormat);
			CellStyle inputDate = workbook.createCellStyle();
			inputDate.cloneStyleFrom(input);
			inputDate.setDataFormat(dateFormat);
			return new Styles(header, locked, input, lockedDate, inputDate);
		}

		private static void borders(CellStyle style) {
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
	}

	/**
	 * Sets a row height that shows the whole wrapped text (spreadsheet programs do not grow rows written
	 * by POI): the most lines any cell needs at its column width, counting East Asian characters as two.
	 *
	 * @param row    the row
	 * @param widths the widths of its columns, in characters, from the first
	 */
	public static void fitHeight(Row row, int[] widths) {
		int lines = 1;
		for (int c = 0; c < widths.length; c++) {
			Cell cell = row.getCell(c);
			if (cell == null || cell.getCellType() != CellType.STRING) {
				continue;
			}
			int cellLines = 0;
			for (String line : cell.getStringCellValue().split("\n", -1)) {
				int units = 0;
				for (int i = 0; i < line.length(); i++) {
					units += line.charAt(i) > 0x2E7F ? 2 : 1;
				}
				cellLines += Math.max(1, (units + widths[c] - 2) / (widths[c] - 1));
			}
			lines = Math.max(lines, cellLines);
		}
		row.setHeightInPoints(Math.min(409, lines * 15f + 3));
	}

	/**
	 * Prints the sheet on A4 landscape, fitted to the page width, as many pages high as it takes.
	 *
	 * @param sheet the sheet
	 */
	public static void printA4Landscape(XSSFSheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
	}

	/**
	 * Protects the sheet without a password: locked cells cannot be changed and rows cannot be sorted,
	 * but columns and rows can be resized, cells selected and the auto-filter used.
	 *
	 * @param sheet the sheet
	 */
	public static void protect(XSSFSheet sheet) {
		sheet.enableLocking();
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
		sheet.lockAutoFilter(false);
		sheet.lockSort(true);
	}
}
