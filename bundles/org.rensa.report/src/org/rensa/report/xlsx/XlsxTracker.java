// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rensa.core.security.WorkbookSeal;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.ActionStatus;
import org.rensa.model.Finding;
import org.rensa.model.Organization;
import org.rensa.model.RemediationAction;
import org.rensa.model.RensaPackage.Literals;
import org.rensa.model.Severity;
import org.rensa.model.Tlp;
import org.rensa.report.ReportOptions;
import org.rensa.report.build.Anonymiser;
import org.rensa.report.build.Texts;
import org.rensa.report.build.TlpClosure;
import org.rensa.report.tracker.TrackerLayout;
import org.rensa.report.tracker.TrackerRow;
import org.rensa.report.tracker.TrackerSeal;
import org.rensa.questionnaire.internal.FillInSheets;

/**
 * The remediation tracker a supplier fills in and sends back, laid out like the self-check workbook:
 * one row per action (code, finding, severity, action, owner and due date locked; status, completion
 * date and comment to fill in; the management response, its author and date on the first row of each
 * finding), rows as high as their wrapped text, A4 landscape fitted to the page width with the header
 * row repeated, a page header with the title, the supplier and the TLP and a page-numbered footer,
 * the sheet protected (no password: protection guards against slips, the seal against forgery), the
 * status a drop-down of the states a supplier may report (never {@link ActionStatus#VERIFIED}, which
 * only the auditor sets; a verified action's row is locked). A very hidden id sheet names the
 * supplier and every row's action and finding, each part sealed with the project's
 * {@link WorkbookSeal}, so that {@link org.rensa.report.tracker.TrackerImporter} can match the
 * returned file back and refuse an altered one. Findings stricter than the audience are left out, as
 * in the plan.
 */
public final class XlsxTracker {

	private static final int[] WIDTHS = java.util.stream.IntStream.range(0, TrackerLayout.COLUMNS).map(TrackerLayout::width).toArray();

	/**
	 * Writes the tracker.
	 *
	 * @param project  the project
	 * @param supplier the supplier (it and its actions must have ids: save the project first)
	 * @param options  language, audience, anonymisation
	 * @param seal     the project's workbook seal (its key saved with the project)
	 * @param out      where the XLSX goes (not closed)
	 * @throws IOException when the output cannot be written
	 */
	public void write(AuditProjectDocument project, Organization supplier, ReportOptions options, WorkbookSeal seal, OutputStream out)
			throws IOException {
		try (XSSFWorkbook workbook = build(project, supplier, options, seal)) {
			workbook.write(out);
		}
	}

	/**
	 * @param project  the project
	 * @param supplier the supplier
	 * @param options  language, audience, anonymisation
	 * @param seal     the project's workbook seal
	 * @return the workbook in memory (close it)
	 */
	public XSSFWorkbook build(AuditProjectDocument project, Organization supplier, ReportOptions options, WorkbookSeal seal) {
		if (supplier.getId() == null) {
			throw new IllegalArgumentException("save the project first: the organisation has no id");
		}
		Texts t = new Texts(options.locale());
		boolean ja = t.japanese();
		Anonymiser anonymiser = options.anonymise() ? Anonymiser.of(project.getProject(), t) : null;
		TlpClosure closure = TlpClosure.of(project.getProject(), options.audience());
		XSSFWorkbook workbook = new XSSFWorkbook();
		FillInSheets.Styles styles = FillInSheets.Styles.of(workbook);
		String sheetName = ja ? TrackerLayout.SHEET_JA : TrackerLayout.SHEET_EN;
		XSSFSheet sheet = workbook.createSheet(sheetName);
		List<String> columns = List.of(t.get("col.code"), t.get("col.finding"), t.get("col.severity"), t.get("col.action"),
				t.get("col.owner"), t.get("col.due"), t.get("col.status"), t.get("tracker.completed"), t.get("tracker.comment"),
				t.get("tracker.response"), t.get("tracker.responseBy"), t.get("tracker.responseOn"));
		int[] widths = WIDTHS.clone();
		// the one-word columns are as wide as their longest word, so that "In progress" never wraps or clips
		List<String> statusWords = new ArrayList<>(ActionStatus.VALUES.stream().map(t::label).toList());
		statusWords.add(columns.get(TrackerLayout.COL_STATUS));
		widths[TrackerLayout.COL_STATUS] = fit(widths[TrackerLayout.COL_STATUS], statusWords);
		List<String> severityWords = new ArrayList<>(Severity.VALUES.stream().map(t::label).toList());
		severityWords.add(columns.get(TrackerLayout.COL_SEVERITY));
		widths[TrackerLayout.COL_SEVERITY] = fit(widths[TrackerLayout.COL_SEVERITY], severityWords);
		Row head = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			set(head, i, columns.get(i), styles.header(), null);
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		FillInSheets.fitHeight(head, widths);
		String supplierName = anonymise(t.name(supplier.getNameJa(), supplier.getName()), anonymiser);
		TrackerSeal sealer = new TrackerSeal(seal, supplier.getId());
		List<TrackerSeal.Entry> entries = new ArrayList<>();
		int r = TrackerLayout.FIRST_ROW;
		for (Finding finding : project.getProject().getFindings()) {
			if (finding.getOrganization() != supplier || !closure.shows(finding)) {
				continue;
			}
			boolean first = true;
			for (RemediationAction action : finding.getActions()) {
				if (!closure.shows(action)) {
					continue;
				}
				if (action.getId() == null || finding.getId() == null) {
					throw new IllegalArgumentException("save the project first: action " + action.getCode() + " has no id");
				}
				Row row = sheet.createRow(r);
				boolean verified = action.getStatus() == ActionStatus.VERIFIED;
				CellStyle input = verified ? styles.locked() : styles.input();
				CellStyle inputDate = verified ? styles.lockedDate() : styles.inputDate();
				set(row, TrackerLayout.COL_CODE, action.getCode(), styles.locked(), anonymiser);
				set(row, TrackerLayout.COL_FINDING, finding.getCode() + " " + t.either(finding.getTitleJa(), finding.getTitle()) + "\n" + t.status(finding), styles.locked(),
						anonymiser);
				set(row, TrackerLayout.COL_SEVERITY, finding.getSeverity() == null ? "" : t.label(finding.getSeverity()), styles.locked(), null);
				set(row, TrackerLayout.COL_ACTION, closure.text(t.either(action.getActionJa(), action.getAction())), styles.locked(), anonymiser);
				set(row, TrackerLayout.COL_OWNER, t.field(action.getOwner()), styles.locked(), anonymiser);
				date(row, TrackerLayout.COL_DUE, action.getDueDate(), styles.lockedDate());
				set(row, TrackerLayout.COL_STATUS, t.label(TrackerRow.status(action)), input, null);
				date(row, TrackerLayout.COL_COMPLETED, action.getCompletedOn(), inputDate);
				set(row, TrackerLayout.COL_COMMENT, action.getSupplierComment(), input, anonymiser);
				if (first) {
					set(row, TrackerLayout.COL_RESPONSE, t.language().text(finding, Literals.FINDING__MANAGEMENT_RESPONSE), styles.input(),
							anonymiser);
					set(row, TrackerLayout.COL_RESPONSE_BY, t.pick(finding.getManagementResponseBy()), styles.input(), anonymiser);
					date(row, TrackerLayout.COL_RESPONSE_ON, finding.getManagementResponseOn(), styles.inputDate());
				} else {
					set(row, TrackerLayout.COL_RESPONSE, "", styles.locked(), null);
					set(row, TrackerLayout.COL_RESPONSE_BY, "", styles.locked(), null);
					set(row, TrackerLayout.COL_RESPONSE_ON, "", styles.locked(), null);
				}
				FillInSheets.fitHeight(row, widths);
				// the values as written in the cells: pseudonyms in an anonymised tracker, never the names
				List<String> sent = TrackerRow.of(action, first, t.language()).values().stream().map(v -> anonymise(v, anonymiser)).toList();
				entries.add(new TrackerSeal.Entry(r, action.getId(), action.getCode(), finding.getId(), first, verified, TrackerRow.of(sent)));
				first = false;
				r++;
			}
		}
		int last = Math.max(TrackerLayout.FIRST_ROW, r - 1);
		DataValidationHelper helper = sheet.getDataValidationHelper();
		String[] statuses = TrackerLayout.SUPPLIER_STATUSES.stream().map(t::label).toArray(String[]::new);
		DataValidationConstraint constraint = helper.createExplicitListConstraint(statuses);
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(TrackerLayout.FIRST_ROW, last, TrackerLayout.COL_STATUS, TrackerLayout.COL_STATUS));
		validation.setSuppressDropDownArrow(true);
		validation.setShowErrorBox(true);
		validation.setEmptyCellAllowed(false);
		validation.createErrorBox(t.get("col.status"), t.get("tracker.statusError"));
		validation.setShowPromptBox(true);
		validation.createPromptBox(t.get("col.status"), String.join(" / ", statuses));
		sheet.addValidationData(validation);
		sheet.createFreezePane(2, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, last, 0, columns.size() - 1));
		Tlp tlp = options.audience();
		String title = t.get("tracker.title");
		printSetup(sheet, title, supplierName, "TLP:" + tlp.getLiteral().replace('_', '+'), ja);
		FillInSheets.protect(sheet);
		writeIdSheet(workbook, sealer, supplier.getId(), supplierName, sheetName, ja, entries);
		workbook.setActiveSheet(0);
		workbook.getProperties().getCoreProperties().setTitle(title + " \u2014 " + supplierName);
		return workbook;
	}

	private static void writeIdSheet(XSSFWorkbook workbook, TrackerSeal sealer, String supplierId, String supplierName, String sheetName,
			boolean ja, List<TrackerSeal.Entry> entries) {
		XSSFSheet meta = workbook.createSheet(TrackerLayout.ID_SHEET);
		String[][] head = { { "format", TrackerLayout.MAGIC, String.valueOf(TrackerLayout.FORMAT_VERSION) },
				{ "organisation", supplierId, sealer.organisation(supplierName), supplierName }, { "language", ja ? "ja" : "en" },
				{ "sheet", sheetName, sealer.sheet(sheetName) }, { "entries", String.valueOf(entries.size()), sealer.entries(entries) },
				{ "row", "action", "code", "finding", "response", "verified", "seal", "sent: status", "completed", "comment", "response",
						"by", "on" } };
		for (int r = 0; r < head.length; r++) {
			Row row = meta.createRow(r);
			for (int c = 0; c < head[r].length; c++) {
				row.createCell(c).setCellValue(head[r][c]);
			}
		}
		int r = TrackerLayout.ID_FIRST_ENTRY;
		for (TrackerSeal.Entry entry : entries) {
			Row row = meta.createRow(r++);
			row.createCell(0).setCellValue(String.valueOf(entry.row()));
			row.createCell(1).setCellValue(entry.actionId());
			row.createCell(2).setCellValue(entry.code());
			row.createCell(3).setCellValue(entry.findingId());
			row.createCell(4).setCellValue(String.valueOf(entry.response()));
			row.createCell(5).setCellValue(String.valueOf(entry.verified()));
			row.createCell(6).setCellValue(sealer.entry(entry));
			List<String> sent = entry.sent().values();
			for (int i = 0; i < sent.size(); i++) {
				row.createCell(TrackerLayout.ID_SENT_COLUMN + i).setCellValue(sent.get(i));
			}
		}
		FillInSheets.protect(meta);
		workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
	}

	/**
	 * @param minimum the column's designed width in characters
	 * @param words   the one-line texts the column holds
	 * @return a width in characters that holds the longest of them on one line in a proportional font
	 *         (a wide character counts two), with room for the cell's padding and drop-down arrow
	 */
	static int fit(int minimum, List<String> words) {
		int units = 0;
		for (String word : words) {
			int w = 0;
			for (int i = 0; i < word.length(); i++) {
				w += word.charAt(i) > 0x2E7F ? 2 : 1;
			}
			units = Math.max(units, w);
		}
		return Math.max(minimum, (int) Math.ceil(units * 1.15) + 4);
	}

	private static String anonymise(String text, Anonymiser anonymiser) {
		String value = text == null ? "" : text;
		return anonymiser == null ? value : anonymiser.apply(value);
	}

	private static void set(Row row, int column, String value, CellStyle style, Anonymiser anonymiser) {
		XSSFCell cell = (XSSFCell) row.createCell(column);
		String text = anonymise(value, anonymiser);
		int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
		if (!text.isEmpty()) {
			cell.setCellValue(text.length() > max ? text.substring(0, max) : text);
		}
		cell.setCellStyle(style);
	}

	private static void date(Row row, int column, java.time.LocalDate value, CellStyle style) {
		XSSFCell cell = (XSSFCell) row.createCell(column);
		if (value != null) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(style);
	}

	private static void printSetup(XSSFSheet sheet, String title, String supplier, String tlp, boolean ja) {
		FillInSheets.printA4Landscape(sheet);
		sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
		sheet.getHeader().setLeft(escape(title));
		sheet.getHeader().setCenter(escape(supplier));
		sheet.getHeader().setRight("&B" + escape(tlp));
		sheet.getFooter().setLeft(escape(tlp));
		sheet.getFooter().setRight(ja ? "&P / &N ページ" : "Page &P of &N");
	}

	/** Header and footer texts treat {@code &} as a control character. */
	private static String escape(String text) {
		return text == null ? "" : text.replace("&", "&&");
	}
}
