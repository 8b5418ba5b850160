// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.xlsx.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.osgi.service.component.annotations.Component;
import org.rensa.core.analysis.SpreadsheetWriter;
import org.rensa.core.io.AtomicFiles;

/** Writes tables as Office Open XML workbooks with Apache POI. */
@Component(service = SpreadsheetWriter.class)
public final class XlsxSpreadsheetWriter implements SpreadsheetWriter {

	@Override
	public void write(String sheetName, List<String> header, List<List<String>> rows, Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row top = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				top.createCell(c).setCellValue(header.get(c));
				top.getCell(c).setCellStyle(bold);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
				}
			}
			sheet.createFreezePane(1, 1);
			sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, rows.size()), 0,
					Math.max(0, header.size() - 1)));
			for (int c = 0; c < header.size(); c++) {
				sheet.setColumnWidth(c, Math.min(60, Math.max(10, header.get(c).length() + 2)) * 256);
			}
			AtomicFiles.write(file, workbook::write);
		}
	}
}
