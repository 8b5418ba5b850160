// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.xlsx.internal.XlsxSpreadsheetWriter;

/** The xlsx writer: what is written can be read back cell by cell. */
class XlsxSpreadsheetWriterTest {

	@Test
	void writesAReadableWorkbook(@TempDir Path temp) throws Exception {
		Path file = temp.resolve("coverage.xlsx");
		new XlsxSpreadsheetWriter().write("Coverage", List.of("organization", "tier", "CONFIDENTIALITY"),
				List.of(List.of("Kisaragi Electronics Co., Ltd.", "1", "present"), List.of("再委託先", "2", "missing")), file);
		assertTrue(Files.size(file) > 0);
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("Coverage");
			assertEquals(3, sheet.getPhysicalNumberOfRows());
			assertEquals("CONFIDENTIALITY", sheet.getRow(0).getCell(2).getStringCellValue());
			assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
			assertEquals("再委託先", sheet.getRow(2).getCell(0).getStringCellValue());
			assertEquals("missing", sheet.getRow(2).getCell(2).getStringCellValue());
		}
		assertEquals(List.of("coverage.xlsx"), Files.list(temp).map(p -> p.getFileName().toString()).toList());
	}
}
