// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.security.WorkbookSeal;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Assessment;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.RensaFactory;
import org.rensa.model.Response;
import org.rensa.model.text.Language;
import org.rensa.questionnaire.QuestionnaireExporter;
import org.rensa.questionnaire.QuestionnaireLanguage;
import org.rensa.questionnaire.WorkbookMapping;
import org.rensa.ui.audit.wizards.QuestionnaireImportWizard;
import org.rensa.ui.audit.wizards.WorkbookPage;
import org.rensa.ui.session.ProjectSession;

/** Drives the questionnaire import wizard: Rensa workbooks, third-party workbooks with a mapping, bad workbooks. */
final class QuestionnaireImportWizardTest {

	@TempDir
	Path directory;

	private ProjectSession session;
	private Shell shell;
	private Assessment assessment;
	private WorkbookSeal seal;
	private QuestionnaireImportWizard wizard;
	private WizardDialog dialog;

	@BeforeEach
	void open() throws Exception {
		session = new ProjectSession(AuditFixtures.project(directory.resolve("p")));
		seal = WorkbookSeal.create(session.document());
		session.save(ProjectStorage.standard());
		assessment = session.project().getAssessments().get(0);
		shell = new Shell(Display.getDefault());
	}

	@AfterEach
	void close() {
		if (dialog != null) {
			dialog.close();
		}
		shell.dispose();
		session.dispose();
	}

	private void start(Assessment target) {
		if (dialog != null) {
			dialog.close();
		}
		wizard = new QuestionnaireImportWizard(session, target);
		dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	@Test
	void aRensaQuestionnaireIsMatchedBackAndItsChangesListed() throws Exception {
		Path workbook = directory.resolve("returned.xlsx");
		QuestionnaireExporter.export(assessment, QuestionnaireLanguage.JA, seal, workbook);
		// since the export, the recorded answers of Q01 and Q02 changed: the workbook (all "done") will change them back
		response("Q01").setDeclaredAnswer(DeclaredAnswer.NOT_DONE);
		response("Q02").setDeclaredAnswer(DeclaredAnswer.PARTLY);

		start(null);
		wizard.workbookPage().setFile(workbook.toString());
		assertNull(wizard.workbookPage().getErrorMessage());
		assertTrue(wizard.workbookPage().isRensaQuestionnaire());
		assertTrue(wizard.workbookPage().getMessage().contains("Kanto Precision Parts"), wizard.workbookPage().getMessage());
		assertSame(wizard.summaryPage(), wizard.getNextPage(wizard.workbookPage()), "no mapping page for a Rensa questionnaire");
		assertFalse(wizard.canFinish());

		dialog.showPage(wizard.summaryPage());
		assertEquals(WorkbookPage.describe(assessment), wizard.summaryPage().targetText());
		List<String[]> changes = wizard.summaryPage().changeRows();
		assertEquals(2, changes.size());
		assertEquals("Q01", changes.get(0)[0]);
		assertEquals(Language.ui().label(DeclaredAnswer.NOT_DONE), changes.get(0)[2]);
		assertEquals(Language.ui().label(DeclaredAnswer.DONE), changes.get(0)[3]);
		assertEquals(Language.ui().label(DeclaredAnswer.PARTLY), changes.get(1)[2]);
		assertEquals(List.of(), wizard.summaryPage().problemRows());
		assertTrue(wizard.canFinish());

		assertTrue(wizard.performFinish());
		assertEquals(2, wizard.changed());
		assertEquals(DeclaredAnswer.DONE, response("Q01").getDeclaredAnswer());
		assertTrue(session.isDirty());
		session.commandStack().undo();
		assertEquals(DeclaredAnswer.NOT_DONE, response("Q01").getDeclaredAnswer());
		assertEquals(DeclaredAnswer.PARTLY, response("Q02").getDeclaredAnswer());
		assertFalse(session.isDirty());
	}

	@Test
	void aWorkbookForAnotherAssessmentOrAHostileOneIsRefusedOnThePage() throws Exception {
		RensaFactory f = RensaFactory.eINSTANCE;
		Organization other = f.createOrganization();
		other.setKind(OrganizationKind.SUPPLIER);
		other.setName("Shirakawa Logistics");
		session.project().getOrganizations().add(other);
		Assessment second = f.createAssessment();
		second.setId("assessment-2");
		second.setOrganization(other);
		second.setChecklist(assessment.getChecklist());
		session.project().getAssessments().add(second);
		Path foreign = directory.resolve("shirakawa.xlsx");
		QuestionnaireExporter.export(second, QuestionnaireLanguage.EN, seal, foreign);

		start(assessment);
		wizard.workbookPage().setFile(foreign.toString());
		String error = wizard.workbookPage().getErrorMessage();
		assertTrue(error.contains("Shirakawa Logistics") && error.contains("Kanto Precision Parts"), error);
		assertFalse(error.contains("\n"));
		assertFalse(wizard.workbookPage().isPageComplete());
		assertFalse(wizard.canFinish());

		Path hostile = directory.resolve("linked.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(hostile))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes());
			zip.putNextEntry(new ZipEntry("xl/externalLinks/externalLink1.xml"));
			zip.write("<externalLink/>".getBytes());
		}
		wizard.workbookPage().setFile(hostile.toString());
		assertTrue(wizard.workbookPage().getErrorMessage().contains("links to other files"), wizard.workbookPage().getErrorMessage());
		assertFalse(wizard.workbookPage().isPageComplete());

		Path text = Files.writeString(directory.resolve("answers.xlsx"), "not a workbook");
		wizard.workbookPage().setFile(text.toString());
		assertTrue(wizard.workbookPage().getErrorMessage().contains("not an Excel .xlsx workbook"), wizard.workbookPage().getErrorMessage());
		assertFalse(session.isDirty());
		assertEquals(DeclaredAnswer.DONE, response("Q01").getDeclaredAnswer());
	}

	@Test
	void aThirdPartyWorkbookIsMappedPreviewedImportedAndItsMappingReusedNextYear() throws Exception {
		Path sheet = industrySheet(directory.resolve("industry-2026.xlsx"), "Q01", "はい", "Q02", "一部", "Q03", "いいえ", "Q04", "たぶん");
		start(assessment);
		wizard.workbookPage().setFile(sheet.toString());
		assertNull(wizard.workbookPage().getErrorMessage());
		assertFalse(wizard.workbookPage().isRensaQuestionnaire());
		assertSame(wizard.mappingPage(), wizard.getNextPage(wizard.workbookPage()));
		dialog.showPage(wizard.mappingPage());

		// guessed from the header texts 項番 / 点検項目 / 回答 / 備考 in row 2
		WorkbookMapping guessed = wizard.mappingPage().mapping();
		assertEquals(3, guessed.firstRow());
		assertEquals("A", guessed.idColumn());
		assertEquals("B", guessed.questionColumn());
		assertEquals("D", guessed.answerColumn());
		assertEquals("E", guessed.commentColumn());
		assertEquals(List.of("はい", "一部", "いいえ", "たぶん"), List.copyOf(wizard.mappingPage().valueRows().keySet()));
		assertTrue(wizard.mappingPage().getMessage().contains("4"), "4 answer values not mapped yet");
		String[] first = wizard.mappingPage().previewRows().get(0);
		assertArrayEquals(new String[] { "チェックシート", "3", "Q01", "question Q01", "はい", first[5], "備考 Q01" }, first);

		wizard.mappingPage().setValue("はい", DeclaredAnswer.DONE);
		wizard.mappingPage().setValue("一部", DeclaredAnswer.PARTLY);
		wizard.mappingPage().setValue("いいえ", DeclaredAnswer.NOT_DONE);
		assertEquals(Language.ui().label(DeclaredAnswer.DONE), wizard.mappingPage().previewRows().get(0)[5]);
		wizard.mappingPage().setMappingName("industry");

		dialog.showPage(wizard.summaryPage());
		assertEquals(1, wizard.summaryPage().problemRows().size(), "たぶん is not mapped");
		String[] problem = wizard.summaryPage().problemRows().get(0);
		assertArrayEquals(new String[] { "チェックシート", "6", "D", "たぶん", problem[4] }, problem);
		assertTrue(wizard.summaryPage().getErrorMessage() != null);
		assertFalse(wizard.canFinish());

		dialog.showPage(wizard.mappingPage());
		wizard.mappingPage().setValue("たぶん", DeclaredAnswer.DONT_KNOW);
		dialog.showPage(wizard.summaryPage());
		assertEquals(List.of(), wizard.summaryPage().problemRows());
		assertEquals(4, wizard.summaryPage().changeRows().size(), "three answers and every comment change");
		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish());
		assertEquals(DeclaredAnswer.NOT_DONE, response("Q03").getDeclaredAnswer());
		assertEquals(DeclaredAnswer.DONT_KNOW, response("Q04").getDeclaredAnswer());
		assertEquals("備考 Q01", response("Q01").getDeclaredComment());
		Path saved = session.document().getDirectory().resolve("mappings/industry.properties");
		assertTrue(Files.isRegularFile(saved));
		session.commandStack().undo();
		assertEquals(DeclaredAnswer.DONE, response("Q03").getDeclaredAnswer());
		assertNull(response("Q01").getDeclaredComment());

		// next year: same layout, one unknown requirement code; the saved mapping is offered and used
		Path nextYear = industrySheet(directory.resolve("industry-2027.xlsx"), "Q01", "いいえ", "Q99", "はい", "Q04", "たぶん");
		start(assessment);
		wizard.workbookPage().setFile(nextYear.toString());
		dialog.showPage(wizard.mappingPage());
		assertEquals("industry", wizard.mappingPage().loadedMapping());
		assertEquals(Language.ui().label(DeclaredAnswer.DONT_KNOW), wizard.mappingPage().valueRows().get("たぶん"));
		dialog.showPage(wizard.summaryPage());
		List<String[]> problems = wizard.summaryPage().problemRows();
		assertEquals(1, problems.size());
		assertArrayEquals(new String[] { "チェックシート", "4", "A", "Q99", problems.get(0)[4] }, problems.get(0));
		assertFalse(wizard.canFinish());
		assertFalse(session.isDirty());
	}

	private Response response(String code) {
		return assessment.getResponses().stream().filter(r -> code.equals(r.getRequirement().getCode())).findFirst().orElseThrow();
	}

	/** An industry self-check sheet: a title row, a header row, then one row per requirement. */
	static Path industrySheet(Path file, String... codesAndAnswers) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet("チェックシート");
			sheet.createRow(0).createCell(0).setCellValue("取引先セキュリティ自己点検シート");
			Row header = sheet.createRow(1);
			String[] titles = { "項番", "点検項目", "区分", "回答", "備考" };
			for (int i = 0; i < titles.length; i++) {
				header.createCell(i).setCellValue(titles[i]);
			}
			for (int i = 0; i < codesAndAnswers.length; i += 2) {
				Row row = sheet.createRow(2 + i / 2);
				row.createCell(0).setCellValue(codesAndAnswers[i]);
				row.createCell(1).setCellValue("question " + codesAndAnswers[i]);
				row.createCell(2).setCellValue("基本");
				row.createCell(3).setCellValue(codesAndAnswers[i + 1]);
				row.createCell(4).setCellValue("備考 " + codesAndAnswers[i]);
			}
			workbook.write(out);
		}
		return file;
	}
}
