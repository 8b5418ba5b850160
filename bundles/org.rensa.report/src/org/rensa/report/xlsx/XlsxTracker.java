// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.ActionStatus;
import org.rensa.model.Finding;
import org.rensa.model.Organization;
import org.rensa.model.RemediationAction;
import org.rensa.model.derived.RemediationDeadlines;
import org.rensa.report.ReportOptions;
import org.rensa.report.build.Anonymiser;
import org.rensa.report.build.Scores;
import org.rensa.report.build.Texts;

/**
 * The remediation tracker a supplier fills in and sends back: one row per action (code, finding,
 * severity, action, owner, due date, status, completion date, comment), status as a drop-down,
 * header row frozen and filterable. Findings stricter than the audience are left out, as in the
 * plan; the code columns tie answers back to the project.
 */
public final class XlsxTracker {

	/** The sheet holding the actions. */
	public static final String SHEET = "Actions";

	/**
	 * Writes the tracker.
	 *
	 * @param project  the project
	 * @param supplier the supplier
	 * @param options  language, audience, anonymisation
	 * @param out      where the XLSX goes (not closed)
	 * @throws IOException when the output cannot be written
	 */
	public void write(AuditProjectDocument project, Organization supplier, ReportOptions options, OutputStream out) throws IOException {
		Texts t = new Texts(options.locale());
		Anonymiser anonymiser = options.anonymise() ? Anonymiser.of(project.getProject(), t) : null;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet(SHEET);
			Font bold = workbook.createFont();
			bold.setBold(true);
			bold.setColor(IndexedColors.WHITE.getIndex());
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setWrapText(true);
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			wrap.setBorderBottom(BorderStyle.THIN);
			CellStyle date = workbook.createCellStyle();
			date.cloneStyleFrom(wrap);
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle editable = workbook.createCellStyle();
			editable.cloneStyleFrom(wrap);
			editable.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			editable.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			CellStyle editableDate = workbook.createCellStyle();
			editableDate.cloneStyleFrom(date);
			editableDate.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			editableDate.setFillPattern(FillPatternType.SOLID_FOREGROUND);

			List<String> columns = List.of(t.get("col.code"), t.get("col.finding"), t.get("col.severity"), t.get("col.action"),
					t.get("col.owner"), t.get("col.due"), t.get("col.status"), t.get("tracker.completed"), t.get("tracker.comment"));
			int[] widths = { 10, 40, 10, 50, 24, 12, 14, 14, 40 };
			Row head = sheet.createRow(0);
			for (int i = 0; i < columns.size(); i++) {
				XSSFCell cell = (XSSFCell) head.createCell(i);
				cell.setCellValue(columns.get(i));
				cell.setCellStyle(header);
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			int r = 1;
			for (Finding finding : project.getProject().getFindings()) {
				if (finding.getOrganization() != supplier || !Scores.shareable(finding.getTlp(), options.audience())) {
					continue;
				}
				for (RemediationAction action : finding.getActions()) {
					Row row = sheet.createRow(r++);
					set(row, 0, action.getCode(), wrap, anonymiser);
					set(row, 1, finding.getCode() + " " + t.either(finding.getTitleJa(), finding.getTitle()), wrap, anonymiser);
					set(row, 2, t.label(finding.getSeverity()), wrap, anonymiser);
					set(row, 3, t.either(action.getActionJa(), action.getAction()), wrap, anonymiser);
					set(row, 4, action.getOwner(), editable, anonymiser);
					if (action.getDueDate() != null) {
						row.createCell(5).setCellValue(action.getDueDate());
						row.getCell(5).setCellStyle(date);
					}
					set(row, 6, t.label(action.getStatus() == null ? ActionStatus.PLANNED : action.getStatus()), editable, null);
					if (action.getCompletedOn() != null) {
						row.createCell(7).setCellValue(action.getCompletedOn());
					} else {
						row.createCell(7);
					}
					row.getCell(7).setCellStyle(editableDate);
					set(row, 8, RemediationDeadlines.isOverdue(action, options.today()) ? t.get("overdue") : "", editable, null);
				}
			}
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, columns.size() - 1));
			DataValidationHelper helper = sheet.getDataValidationHelper();
			String[] statuses = ActionStatus.VALUES.stream().map(t::label).toArray(String[]::new);
			DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(statuses),
					new CellRangeAddressList(1, Math.max(1, r - 1), 6, 6));
			validation.setShowErrorBox(true);
			sheet.addValidationData(validation);
			workbook.getProperties().getCoreProperties().setTitle(t.get("plan.title"));
			workbook.write(out);
		}
	}

	private static void set(Row row, int column, String value, CellStyle style, Anonymiser anonymiser) {
		XSSFCell cell = (XSSFCell) row.createCell(column);
		String text = value == null ? "" : value;
		cell.setCellValue(anonymiser == null ? text : anonymiser.apply(text));
		cell.setCellStyle(style);
	}
}
