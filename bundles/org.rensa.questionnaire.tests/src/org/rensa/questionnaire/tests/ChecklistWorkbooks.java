// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Third-party workbooks of the shapes Rensa turns into checklists, built with POI. */
final class ChecklistWorkbooks {

	/** The id pattern of the national workbook: the id as the prefix of the requirement text. */
	static final String NATIONAL_PATTERN = "^(?<id>[A-Z]{2}\\.[A-Z]{2}-\\d{2}(\\.\\d+)?):\\s*(?<text>.*)$";
	/** The checklist mapping of the national workbook. */
	static final String NATIONAL_MAP = "sheets=GV*|ID*,header-row=2,id=B:" + NATIONAL_PATTERN + ",text=B,level=C";
	/** The answer mapping of the filled national workbook: two maturity columns. */
	static final String NATIONAL_ANSWERS = "sheet=GV*|ID*,first-row=3,id=B:" + NATIONAL_PATTERN + ",answer=D,answer2=E,comment=F";
	/** The maturity scale. */
	static final String MATURITY = "1=NOT_DONE;2=NOT_DONE;3=PARTLY;4=DONE;5=DONE;N/A=NOT_APPLICABLE";
	/** The industry sheet's mapping: id column, merged section column. */
	static final String INDUSTRY_MAP = "sheets=Checklist,id=B,text=C,section=A,level=D,guidance=E";

	private ChecklistWorkbooks() {
	}

	/**
	 * A national self-assessment tool: an instructions sheet, one sheet per function (GV, ID), a hidden
	 * draft sheet, a title row, the header in row 2, the id as the prefix of the requirement text, a
	 * category heading row, a spacer and a repeated header; documentation and implementation maturity
	 * (1–5 or N/A) in D and E, filled with {@code answers} (id → {documentation, implementation}).
	 */
	static Path national(Path file, Map<String, Object[]> answers) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("Instructions").createRow(0).createCell(0).setCellValue("Score each requirement 1–5 or N/A.");
			XSSFSheet govern = functionSheet(workbook, "GV Govern");
			text(govern.createRow(2), 1, "Organisational context (GV.OC)");
			requirement(govern, 3, "GV.OC-01.1: The organisation shall understand its mission.", "Basic", answers);
			requirement(govern, 4, "GV.OC-02: The organisation shall identify its stakeholders.", "Important", answers);
			header(govern.createRow(6));
			requirement(govern, 7, "GV.RM-01.1: Risk management objectives shall be agreed.", "Basic", answers);
			XSSFSheet identify = functionSheet(workbook, "ID Identify");
			requirement(identify, 2, "ID.AM-01: Hardware inventories shall be maintained.", "Basic", answers);
			requirement(identify, 3, "ID.AM-02.3: Software inventories shall be maintained.", "Important", answers);
			XSSFSheet draft = functionSheet(workbook, "GV Draft");
			requirement(draft, 2, "GV.XX-99: A draft requirement.", "Basic", answers);
			workbook.setSheetHidden(workbook.getSheetIndex(draft), true);
			write(workbook, file);
		}
		return file;
	}

	/**
	 * An industry check sheet: section | id | requirement | level | guidance with a header in row 1,
	 * the section merged over A2:A3 and left blank in A6 (carried down), a spacer row, a guidance
	 * formula whose stored value differs from what evaluating it would give, a hidden sheet.
	 */
	static Path industry(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("Checklist");
			cells(sheet.createRow(0), "Section", "ID", "Requirement", "Level", "Guidance");
			cells(sheet.createRow(1), "Governance", "G-1", "A security policy is approved.", "Lv1", "Ask for the policy.");
			XSSFRow second = sheet.createRow(2);
			cells(second, "", "G-2", "Roles are assigned.");
			second.createCell(3).setCellValue(2);
			XSSFCell formula = second.createCell(4);
			formula.setCellFormula("\"evaluated\"&\"!\"");
			formula.setCellValue("stored value");
			sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
			cells(sheet.createRow(4), "Access", "A-1", "Accounts are reviewed.", "Lv2");
			cells(sheet.createRow(5), "", "A-2", "Remote access uses MFA.", "Lv3");
			XSSFSheet archive = workbook.createSheet("Archive");
			cells(archive.createRow(0), "Section", "ID", "Requirement");
			cells(archive.createRow(1), "Old", "X-1", "An archived requirement.");
			workbook.setSheetHidden(workbook.getSheetIndex(archive), true);
			write(workbook, file);
		}
		return file;
	}

	static void cells(Row row, String... texts) {
		for (int i = 0; i < texts.length; i++) {
			if (!texts[i].isEmpty()) {
				row.createCell(i).setCellValue(texts[i]);
			}
		}
	}

	static void write(XSSFWorkbook workbook, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}

	private static XSSFSheet functionSheet(XSSFWorkbook workbook, String name) {
		XSSFSheet sheet = workbook.createSheet(name);
		text(sheet.createRow(0), 0, name + " — self-assessment");
		header(sheet.createRow(1));
		return sheet;
	}

	private static void header(Row row) {
		cells(row, "No", "Requirement", "Level", "Documentation", "Implementation", "Comment");
	}

	private static void requirement(XSSFSheet sheet, int r, String text, String level, Map<String, Object[]> answers) {
		Row row = sheet.createRow(r);
		row.createCell(0).setCellValue(r);
		cells(row, "", text, level);
		Object[] answer = answers.get(text.substring(0, text.indexOf(':')));
		if (answer == null) {
			return;
		}
		for (int i = 0; i < answer.length; i++) {
			if (answer[i] instanceof Number number) {
				row.createCell(3 + i).setCellValue(number.doubleValue());
			} else if (answer[i] != null) {
				row.createCell(3 + i).setCellValue(answer[i].toString());
			}
		}
	}

	private static void text(Row row, int column, String text) {
		row.createCell(column).setCellValue(text);
	}
}
