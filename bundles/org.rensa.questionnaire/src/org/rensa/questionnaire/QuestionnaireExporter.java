// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rensa.core.io.AtomicFiles;
import org.rensa.model.Assessment;
import org.rensa.model.Checklist;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Organization;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Section;
import org.rensa.core.security.WorkbookSeal;
import org.rensa.questionnaire.internal.FillInSheets;
import org.rensa.questionnaire.internal.IdSheetSeal;

/**
 * Writes the self-check workbook of an assessment: an instructions sheet (with a cell for the
 * respondent's name), one sheet per checklist section (frozen header row, question columns locked,
 * the answer column a drop-down list, a free comment column, A4 landscape with the header row
 * repeated on every page), and a very hidden id sheet holding the assessment id, every row's
 * requirement id and position and the respondent cell, each part sealed with the project's
 * {@link WorkbookSeal} (HMAC-SHA-256), so that {@link QuestionnaireImporter} can match the file back
 * and refuse one whose ids were edited. Answers already declared are pre-filled.
 */
public final class QuestionnaireExporter {

	/** Name of the hidden id sheet. */
	public static final String META_SHEET = "_rensa";
	/** First cell of the hidden sheet. */
	public static final String MAGIC = "rensa-questionnaire";
	/** Format version written in the hidden sheet (1: a plain checksum, before workbooks were sealed). */
	public static final int FORMAT_VERSION = 2;
	/** Row (0-based) of the hidden sheet where the requirement entries start. */
	public static final int META_FIRST_ENTRY = 8;
	/** Columns of a section sheet (0-based). */
	public static final int COL_CODE = 0, COL_QUESTION = 1, COL_LEVEL = 2, COL_GUIDANCE = 3, COL_ANSWER = 4, COL_COMMENT = 5;
	/** Row (0-based) and column of the respondent's name on the instructions sheet. */
	public static final int RESPONDENT_ROW = 7, RESPONDENT_COL = 1;
	/** Row (0-based) of the responding organisation's name (column 1) on the instructions sheet. */
	public static final int ORGANISATION_ROW = 3;

	private QuestionnaireExporter() {
	}

	/**
	 * Writes the workbook atomically ({@link AtomicFiles}).
	 *
	 * @param assessment an assessment with a checklist; it and its requirements must have ids (they
	 *                   have once the project was saved)
	 * @param language   the language of the workbook
	 * @param seal       the project's seal (its key saved with the project)
	 * @param out        the .xlsx file to write
	 * @throws IOException when the file cannot be written
	 */
	public static void export(Assessment assessment, QuestionnaireLanguage language, WorkbookSeal seal, Path out) throws IOException {
		try (XSSFWorkbook workbook = build(assessment, language, seal)) {
			AtomicFiles.write(out, workbook::write);
		}
	}

	/**
	 * @param assessment the assessment
	 * @param language   the language
	 * @param seal       the project's seal
	 * @return the workbook in memory
	 */
	public static XSSFWorkbook build(Assessment assessment, QuestionnaireLanguage language, WorkbookSeal seal) {
		Checklist checklist = assessment.getChecklist();
		if (checklist == null) {
			throw new IllegalArgumentException("assessment " + assessment.getId() + " has no checklist");
		}
		if (assessment.getId() == null || checklist.getId() == null) {
			throw new IllegalArgumentException("save the project first: the assessment or its checklist has no id");
		}
		boolean ja = language == QuestionnaireLanguage.JA;
		XSSFWorkbook workbook = new XSSFWorkbook();
		Styles styles = new Styles(workbook);
		Map<Requirement, Response> responses = new HashMap<>();
		for (Response response : assessment.getResponses()) {
			responses.put(response.getRequirement(), response);
		}
		XSSFSheet instructions = workbook.createSheet(ja ? "記入方法" : "Instructions");
		writeInstructions(instructions, assessment, language, styles);

		List<IdSheetSeal.Entry> entries = new ArrayList<>();
		Set<String> names = new HashSet<>(List.of(instructions.getSheetName().toLowerCase(), META_SHEET));
		String[] answerLabels = language.answers().values().toArray(String[]::new);
		for (Section section : checklist.getSections()) {
			String name = sheetName(section, language, names);
			XSSFSheet sheet = workbook.createSheet(name);
			Row header = sheet.createRow(0);
			String[] titles = ja ? new String[] { "No.", "要求事項", "レベル", "達成基準・補足", "回答", "コメント" }
					: new String[] { "No.", "Requirement", "Level", "Guidance / achievement criteria", "Answer", "Comment" };
			for (int c = 0; c < titles.length; c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(titles[c]);
				cell.setCellStyle(styles.header);
			}
			int rowIndex = 1;
			for (Requirement requirement : section.getRequirements()) {
				if (requirement.getId() == null) {
					throw new IllegalArgumentException("save the project first: requirement " + requirement.getCode() + " has no id");
				}
				Row row = sheet.createRow(rowIndex);
				set(row, COL_CODE, requirement.getCode(), styles.locked);
				String question = language.pick(requirement.getTitle(), requirement.getTitleJa());
				String description = language.pick(requirement.getDescription(), requirement.getDescriptionJa());
				set(row, COL_QUESTION, description == null ? question : question + "\n" + description, styles.locked);
				set(row, COL_LEVEL, requirement.getLevelLabel() != null ? requirement.getLevelLabel()
						: requirement.getLevel() > 0 ? String.valueOf(requirement.getLevel()) : "", styles.locked);
				set(row, COL_GUIDANCE, language.pick(requirement.getGuidance(), requirement.getGuidanceJa()), styles.locked);
				Response response = responses.get(requirement);
				DeclaredAnswer answer = response == null ? DeclaredAnswer.UNANSWERED : response.getDeclaredAnswer();
				set(row, COL_ANSWER, answer == DeclaredAnswer.UNANSWERED ? null : language.answers().get(answer), styles.input);
				set(row, COL_COMMENT, response == null ? null : response.getDeclaredComment(), styles.input);
				FillInSheets.fitHeight(row, new int[] { 10, 60, 8, 45, 18, 45 });
				entries.add(new IdSheetSeal.Entry(name, rowIndex, requirement.getId(), requirement.getCode()));
				rowIndex++;
			}
			int last = Math.max(1, rowIndex - 1);
			DataValidationHelper helper = sheet.getDataValidationHelper();
			DataValidationConstraint constraint = helper.createExplicitListConstraint(answerLabels);
			DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, last, COL_ANSWER, COL_ANSWER));
			validation.setSuppressDropDownArrow(true);
			validation.setShowErrorBox(true);
			validation.setEmptyCellAllowed(true);
			validation.createErrorBox(ja ? "回答" : "Answer", ja ? "一覧から選択してください。" : "Choose an answer from the list.");
			validation.setShowPromptBox(true);
			validation.createPromptBox(ja ? "回答" : "Answer", String.join(" / ", answerLabels));
			sheet.addValidationData(validation);
			sheet.setColumnWidth(COL_CODE, 10 * 256);
			sheet.setColumnWidth(COL_QUESTION, 60 * 256);
			sheet.setColumnWidth(COL_LEVEL, 8 * 256);
			sheet.setColumnWidth(COL_GUIDANCE, 45 * 256);
			sheet.setColumnWidth(COL_ANSWER, 18 * 256);
			sheet.setColumnWidth(COL_COMMENT, 45 * 256);
			sheet.createFreezePane(2, 1);
			FillInSheets.printA4Landscape(sheet);
			sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
			FillInSheets.protect(sheet);
		}
		writeMeta(workbook, assessment, new IdSheetSeal(seal, assessment.getId()), language, instructions, entries);
		workbook.setActiveSheet(0);
		return workbook;
	}

	private static void writeInstructions(XSSFSheet sheet, Assessment assessment, QuestionnaireLanguage language, Styles styles) {
		boolean ja = language == QuestionnaireLanguage.JA;
		Checklist checklist = assessment.getChecklist();
		Organization organization = assessment.getOrganization();
		String orgName = organization == null ? "" : language.pick(organization.getName(), organization.getNameJa());
		String[][] lines = {
				{ ja ? "セルフチェック（自己点検）回答票" : "Self-assessment questionnaire", null },
				{ ja ? "チェックリスト" : "Checklist", language.pick(checklist.getName(), checklist.getNameJa()) },
				{ ja ? "版" : "Version", checklist.getVersion() },
				{ ja ? "回答組織" : "Organisation", orgName },
				{ ja ? "評価ID" : "Assessment ID", assessment.getId() },
				{ ja ? "出典" : "Source", checklist.getSource() },
				{ null, null },
				{ ja ? "回答者（氏名・部署）" : "Respondent (name, department)", assessment.getRespondent() },
				{ null, null },
				{ ja ? "記入方法" : "How to fill in", null },
				{ "1", ja ? "セクションごとのシートで、各要求事項の「回答」欄を一覧から選んでください。" : "On each section sheet, choose an answer for every requirement from the list in the Answer column." },
				{ "2", ja ? "補足があれば「コメント」欄に記入してください（任意）。" : "Add a comment where useful (optional)." },
				{ "3", ja ? "行・列の追加や削除、シート名の変更はしないでください。" : "Do not insert or delete rows or columns and do not rename sheets." },
				{ "4", ja ? "数式は使わず、値を入力してください。" : "Type values; formulas are not read." },
				{ "5", ja ? "記入後、このファイルをそのまま返送してください。" : "Return this file as it is once complete." },
				{ null, null },
				{ ja ? "回答の意味" : "Answers", null } };
		int r = 0;
		for (String[] line : lines) {
			Row row = sheet.createRow(r);
			if (line[0] != null) {
				set(row, 0, line[0], r == 0 ? styles.title : styles.label);
			}
			if (line[1] != null || r == RESPONDENT_ROW) {
				set(row, 1, line[1], r == RESPONDENT_ROW ? styles.input : styles.locked);
			}
			r++;
		}
		String[] meanings = ja ? new String[] { "全面的に実施している", "一部で実施している", "実施していない", "実施状況がわからない", "自社に当てはまらない" }
				: new String[] { "fully in place", "in place in part", "not in place", "not known", "does not apply to us" };
		int i = 0;
		for (String label : language.answers().values()) {
			Row row = sheet.createRow(r++);
			set(row, 0, label, styles.label);
			set(row, 1, meanings[i++], styles.locked);
		}
		sheet.setColumnWidth(0, 32 * 256);
		sheet.setColumnWidth(1, 90 * 256);
		FillInSheets.printA4Landscape(sheet);
		FillInSheets.protect(sheet);
	}

	private static void writeMeta(XSSFWorkbook workbook, Assessment assessment, IdSheetSeal seal, QuestionnaireLanguage language,
			XSSFSheet instructions, List<IdSheetSeal.Entry> entries) {
		XSSFSheet meta = workbook.createSheet(META_SHEET);
		String checklistId = assessment.getChecklist().getId();
		String organisationId = assessment.getOrganization() == null ? "" : assessment.getOrganization().getId();
		Cell shown = instructions.getRow(ORGANISATION_ROW).getCell(1);
		String shownName = shown == null ? "" : shown.getStringCellValue();
		String respondentCell = RESPONDENT_ROW + "," + RESPONDENT_COL;
		String[][] head = { { "format", MAGIC, String.valueOf(FORMAT_VERSION) },
				{ "assessment", assessment.getId(), seal.assessment() },
				{ "checklist", checklistId, seal.checklist(checklistId) },
				{ "organisation", organisationId, seal.organisation(organisationId, shownName) },
				{ "language", language.name().toLowerCase() },
				{ "respondent", instructions.getSheetName(), respondentCell, seal.respondent(instructions.getSheetName(), respondentCell) },
				{ "entries", String.valueOf(entries.size()), seal.entries(entries) }, { "sheet", "row", "requirement", "code", "seal" } };
		for (int r = 0; r < head.length; r++) {
			Row row = meta.createRow(r);
			for (int c = 0; c < head[r].length; c++) {
				row.createCell(c).setCellValue(head[r][c]);
			}
		}
		int r = META_FIRST_ENTRY;
		for (IdSheetSeal.Entry entry : entries) {
			Row row = meta.createRow(r++);
			row.createCell(0).setCellValue(entry.sheet());
			row.createCell(1).setCellValue(String.valueOf(entry.row()));
			row.createCell(2).setCellValue(entry.requirementId());
			row.createCell(3).setCellValue(entry.code());
			row.createCell(4).setCellValue(seal.entry(entry));
		}
		FillInSheets.protect(meta);
		workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
	}

	private static String sheetName(Section section, QuestionnaireLanguage language, Set<String> used) {
		String title = language.pick(section.getTitle(), section.getTitleJa());
		String code = section.getCode() == null ? "" : section.getCode();
		String raw = (code.isEmpty() ? "" : code + " ") + (title == null ? "" : title);
		String base = WorkbookUtil.createSafeSheetName(raw.isBlank() ? "Section" : raw.strip(), '_');
		if (base.length() > 28) {
			base = base.substring(0, 28).strip();
		}
		String name = base;
		for (int n = 2; used.contains(name.toLowerCase()); n++) {
			name = base + " " + n;
		}
		used.add(name.toLowerCase());
		return name;
	}

	private static void set(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()
					? value.substring(0, SpreadsheetVersion.EXCEL2007.getMaxTextLength()) : value);
		}
		cell.setCellStyle(style);
	}

	/** The fill-in styles, and the cover sheet's title and labels. */
	private static final class Styles {
		final CellStyle header;
		final CellStyle title;
		final CellStyle label;
		final CellStyle locked;
		final CellStyle input;

		Styles(XSSFWorkbook workbook) {
			FillInSheets.Styles fill = FillInSheets.Styles.of(workbook);
			header = fill.header();
			locked = fill.locked();
			input = fill.input();
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			title = workbook.createCellStyle();
			title.setFont(big);
			label = workbook.createCellStyle();
			label.setFont(bold);
			label.setVerticalAlignment(VerticalAlignment.TOP);
		}
	}
}
