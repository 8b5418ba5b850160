// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Assessment;
import org.rensa.model.Checklist;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.RensaFactory;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Section;
import org.rensa.model.text.Language;
import org.rensa.questionnaire.ChecklistMapping;
import org.rensa.questionnaire.WorkbookChecklist;
import org.rensa.questionnaire.WorkbookChecklistReader;
import org.rensa.questionnaire.WorkbookMapping;
import org.rensa.ui.audit.wizards.MappingPage;
import org.rensa.ui.audit.wizards.QuestionnaireImportWizard;
import org.rensa.ui.session.ProjectSession;

/**
 * A third-party workbook of each shape becomes a checklist ({@link WorkbookChecklistReader}), and its
 * copy filled by the supplier goes through the workbench's answer-mapping page (sheets, id pattern,
 * second answer column, scale values) into declared answers, as one undoable command.
 */
final class MappedAnswersWizardTest {

	private static final String PREFIX = "^(?<id>[A-Z]{2}\\.[A-Z]{2}-\\d{2}(\\.\\d+)?):\\s*(?<text>.*)$";

	@TempDir
	Path directory;

	private ProjectSession session;
	private Shell shell;
	private WizardDialog dialog;

	@AfterEach
	void close() {
		if (dialog != null) {
			dialog.close();
		}
		if (shell != null) {
			shell.dispose();
		}
		if (session != null) {
			session.dispose();
		}
	}

	@Test
	void idInAColumnOfItsOwn() throws Exception {
		Path filled = workbook("own-column.xlsx", (book, answers) -> {
			XSSFSheet sheet = book.createSheet("Self-check");
			rows(sheet, 0, new Object[][] { { "No", "Requirement", "Answer", "Comment" },
					{ "A-01", "Access is reviewed yearly.", answers[0], "HR list" }, { "A-02", "Backups are tested.", answers[1], "" },
					{ "A-03", "Suppliers are assessed.", answers[2], "" } });
		});
		Map<String, DeclaredAnswer> result = importAnswers(filled, "sheets=Self-check,id=A,text=B",
				WorkbookMapping.parse("sheet=Self-check,first-row=2,id=A,question=B,answer=C,comment=D", null),
				Map.of("Yes", DeclaredAnswer.DONE, "Partly", DeclaredAnswer.PARTLY, "No", DeclaredAnswer.NOT_DONE),
				new Object[] { "Yes", "Partly", "No" });
		assertEquals(Map.of("A-01", DeclaredAnswer.DONE, "A-02", DeclaredAnswer.PARTLY, "A-03", DeclaredAnswer.NOT_DONE), result);
	}

	@Test
	void idAsTheTextPrefixWithHeadingRowsSkipped() throws Exception {
		Path filled = workbook("prefix.xlsx", (book, answers) -> {
			XSSFSheet sheet = book.createSheet("GV Govern");
			rows(sheet, 0, new Object[][] { { "No", "Requirement", "Answer" }, { "", "Organisational context (GV.OC)" },
					{ "1", "GV.OC-01: The organisation shall understand its mission.", answers[0] },
					{ "2", "GV.OC-02: The organisation shall identify its stakeholders.", answers[1] } });
		});
		WorkbookMapping mapping = WorkbookMapping.parse("sheet=GV Govern,first-row=2,id=B:" + PREFIX + ",answer=C", null);
		Map<String, DeclaredAnswer> result = importAnswers(filled, "sheets=GV*,id=B:" + PREFIX + ",text=B", mapping,
				Map.of("Yes", DeclaredAnswer.DONE, "No", DeclaredAnswer.NOT_DONE), new Object[] { "Yes", "No" });
		assertEquals(Map.of("GV.OC-01", DeclaredAnswer.DONE, "GV.OC-02", DeclaredAnswer.NOT_DONE), result);
		List<String[]> preview = page.previewRows();
		assertEquals("", preview.get(0)[2], "the heading row is shown as skipped");
		assertEquals("skipped: the id pattern does not match", preview.get(0)[5]);
		assertEquals("GV.OC-01", preview.get(1)[2]);
		assertEquals("The organisation shall understand its mission.", preview.get(1)[3], "the text found beside the id");
	}

	@Test
	void oneSheetPerDomain() throws Exception {
		Path filled = workbook("domains.xlsx", (book, answers) -> {
			rows(book.createSheet("Instructions"), 0, new Object[][] { { "Answer Yes or No on each function's sheet." } });
			rows(book.createSheet("GV Govern"), 0, new Object[][] { { "Requirement", "Answer" },
					{ "GV.OC-01: The organisation shall understand its mission.", answers[0] } });
			rows(book.createSheet("ID Identify"), 0, new Object[][] { { "Requirement", "Answer" },
					{ "ID.AM-01: Hardware is inventoried.", answers[1] }, { "ID.AM-02: Software is inventoried.", answers[2] } });
		});
		WorkbookMapping mapping = WorkbookMapping.parse("sheet=GV*|ID*,first-row=2,id=A:" + PREFIX + ",answer=B", null);
		Map<String, DeclaredAnswer> result = importAnswers(filled, "sheets=GV*|ID*,id=A:" + PREFIX + ",text=A", mapping,
				Map.of("Yes", DeclaredAnswer.DONE, "No", DeclaredAnswer.NOT_DONE), new Object[] { "Yes", "No", "Yes" });
		assertEquals(Map.of("GV.OC-01", DeclaredAnswer.DONE, "ID.AM-01", DeclaredAnswer.NOT_DONE, "ID.AM-02", DeclaredAnswer.DONE),
				result);
		assertEquals(List.of("GV Govern", "ID Identify"), page.selectedSheets());
		assertEquals(List.of("GV Govern", "ID Identify", "ID Identify"), page.previewRows().stream().map(r -> r[0]).toList());
	}

	@Test
	void mergedSectionCells() throws Exception {
		Path filled = workbook("merged.xlsx", (book, answers) -> {
			XSSFSheet sheet = book.createSheet("Checklist");
			rows(sheet, 0, new Object[][] { { "Section", "Id", "Requirement", "Answer" },
					{ "Access control", "AC-1", "Accounts are personal.", answers[0] }, { "", "AC-2", "Leavers are removed.", answers[1] },
					{ "Backup", "BK-1", "Backups are offline.", answers[2] } });
			sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
		});
		Map<String, DeclaredAnswer> result = importAnswers(filled, "sheets=Checklist,id=B,text=C,section=A",
				WorkbookMapping.parse("sheet=Checklist,first-row=2,id=B,question=C,answer=D", null),
				Map.of("Done", DeclaredAnswer.DONE, "Not done", DeclaredAnswer.NOT_DONE),
				new Object[] { "Done", "Not done", "Done" });
		assertEquals(Map.of("AC-1", DeclaredAnswer.DONE, "AC-2", DeclaredAnswer.NOT_DONE, "BK-1", DeclaredAnswer.DONE), result);
		assertEquals(List.of("Access control", "Backup"), checklist.getSections().stream().map(Section::getTitle).toList());
	}

	@Test
	void hiddenSheetsAreNotRead() throws Exception {
		Path filled = workbook("hidden.xlsx", (book, answers) -> {
			rows(book.createSheet("Answers"), 0, new Object[][] { { "Id", "Requirement", "Answer" },
					{ "R-1", "Firewalls are configured.", answers[0] }, { "R-2", "Logs are kept.", answers[1] } });
			// a hidden lookup sheet repeating the ids: read, it would list every requirement twice
			XSSFSheet lists = book.createSheet("Lists");
			rows(lists, 0, new Object[][] { { "Id", "Requirement", "Answer" }, { "R-1", "", "No" }, { "R-2", "", "No" } });
			book.setSheetHidden(book.getSheetIndex(lists), true);
		});
		Map<String, DeclaredAnswer> result = importAnswers(filled, "id=A,text=B",
				WorkbookMapping.parse("sheet=*,first-row=2,id=A,question=B,answer=C", null),
				Map.of("Yes", DeclaredAnswer.DONE, "No", DeclaredAnswer.NOT_DONE), new Object[] { "Yes", "Yes" });
		assertEquals(Map.of("R-1", DeclaredAnswer.DONE, "R-2", DeclaredAnswer.DONE), result);
		assertEquals(List.of("Answers"), page.selectedSheets());
	}

	@Test
	void numericMaturityScaleOneToFive() throws Exception {
		Path filled = workbook("maturity.xlsx", (book, answers) -> {
			rows(book.createSheet("Maturity"), 0, new Object[][] { { "Id", "Requirement", "Score" }, { "M-1", "Policy", answers[0] },
					{ "M-2", "Training", answers[1] }, { "M-3", "Incident response", answers[2] }, { "M-4", "Physical security", answers[3] } });
		});
		Map<String, DeclaredAnswer> result = importAnswers(filled, "id=A,text=B",
				WorkbookMapping.parse("sheet=Maturity,first-row=2,id=A,question=B,answer=C", null), scale(),
				new Object[] { 5.0, 3.0, 1.0, "N/A" });
		assertEquals(Map.of("M-1", DeclaredAnswer.DONE, "M-2", DeclaredAnswer.PARTLY, "M-3", DeclaredAnswer.NOT_DONE, "M-4",
				DeclaredAnswer.NOT_APPLICABLE), result);
	}

	@Test
	void twoAnswerColumnsCombinedByTheWeakerAndTheMappingReused() throws Exception {
		Path filled = workbook("two-columns.xlsx", (book, answers) -> {
			rows(book.createSheet("GV Govern"), 0, new Object[][] { { "Requirement", "Documentation", "Implementation" },
					{ "GV.OC-01: Mission understood.", answers[0], answers[1] }, { "GV.OC-02: Stakeholders known.", answers[2], answers[3] },
					{ "GV.OC-03: Legal requirements known.", answers[4], answers[5] } });
		});
		WorkbookMapping mapping = WorkbookMapping.parse("sheet=GV*,first-row=2,id=A:" + PREFIX + ",answer=B,answer2=C", null);
		Map<String, DeclaredAnswer> result = importAnswers(filled, "sheets=GV*,id=A:" + PREFIX + ",text=A", mapping, scale(),
				new Object[] { 5.0, 3.0, 4.0, 5.0, "N/A", 2.0 });
		assertEquals(Map.of("GV.OC-01", DeclaredAnswer.PARTLY, "GV.OC-02", DeclaredAnswer.DONE, "GV.OC-03", DeclaredAnswer.NOT_DONE),
				result);
		assertEquals("5 / 3", page.previewRows().get(0)[4]);
		assertTrue(Files.isRegularFile(session.document().getDirectory().resolve("mappings/national.properties")));

		// next year: the saved mapping comes back with its sheets, id pattern, second column and scale
		dialog.close();
		start();
		wizard.workbookPage().setFile(filled.toString());
		dialog.showPage(wizard.mappingPage());
		assertEquals("national", wizard.mappingPage().loadedMapping());
		WorkbookMapping reloaded = wizard.mappingPage().mapping();
		assertEquals("GV*", reloaded.sheet());
		assertEquals(PREFIX, reloaded.idPattern());
		assertEquals("C", reloaded.secondAnswerColumn());
		assertEquals(DeclaredAnswer.PARTLY, reloaded.answerOf("3"));
		assertEquals(Language.ui().label(DeclaredAnswer.NOT_APPLICABLE), wizard.mappingPage().valueRows().get("N/A"));
	}

	@Test
	void aWrongIdPatternOrAnUnknownSheetIsSaidOnThePage() throws Exception {
		Path filled = workbook("prefix.xlsx", (book, answers) -> rows(book.createSheet("GV Govern"), 0,
				new Object[][] { { "Requirement", "Answer" }, { "GV.OC-01: Mission understood.", answers[0] } }));
		prepare(filled, "sheets=GV*,id=A:" + PREFIX + ",text=A", new Object[] { "Yes" });
		start();
		wizard.workbookPage().setFile(filled.toString());
		dialog.showPage(wizard.mappingPage());
		page = wizard.mappingPage();
		page.setMapping(WorkbookMapping.parse("sheet=GV*,first-row=2,id=A:" + PREFIX + ",answer=B", null));
		assertTrue(page.isPageComplete());
		page.setMapping(WorkbookMapping.parse("sheet=Identify,first-row=2,id=A:" + PREFIX + ",answer=B", null));
		assertEquals("No visible sheet matches 'Identify'.", page.getErrorMessage());
		assertFalse(page.isPageComplete());
		page.setMapping(WorkbookMapping.parse("sheet=GV*,first-row=2,id=A:" + PREFIX + ",answer=B", null));
		assertTrue(page.isPageComplete());
		page.setIdPattern("^(?<code>GV)");
		assertTrue(page.getErrorMessage().contains("no named group (?<id>"), page.getErrorMessage());
		assertFalse(page.isPageComplete());
		assertFalse(wizard.canFinish());
		assertFalse(session.isDirty());
	}

	// ------------------------------------------------------------------ helpers

	private QuestionnaireImportWizard wizard;
	private MappingPage page;
	private Checklist checklist;
	private Assessment assessment;

	/**
	 * Makes the checklist from the blank workbook, an assessment on it with every answer blank, then
	 * imports the filled workbook through the mapping page and checks the one undoable command.
	 *
	 * @return requirement code → declared answer after Finish
	 */
	private Map<String, DeclaredAnswer> importAnswers(Path filled, String checklistMap, WorkbookMapping mapping,
			Map<String, DeclaredAnswer> values, Object[] answers) throws Exception {
		prepare(filled, checklistMap, answers);
		start();
		wizard.workbookPage().setFile(filled.toString());
		assertNull(wizard.workbookPage().getErrorMessage());
		assertFalse(wizard.workbookPage().isRensaQuestionnaire());
		assertSame(wizard.mappingPage(), wizard.getNextPage(wizard.workbookPage()));
		dialog.showPage(wizard.mappingPage());
		page = wizard.mappingPage();
		page.setMapping(mapping);
		for (Object answer : answers) {
			String text = answer instanceof Double number ? String.valueOf(number.intValue()) : answer.toString();
			assertTrue(page.valueRows().containsKey(text), text + " offered for mapping in " + page.valueRows());
		}
		values.forEach(page::setValue);
		page.setMappingName("national");
		assertNull(page.getErrorMessage());
		assertTrue(page.isPageComplete());
		assertTrue(page.previewRows().stream().noneMatch(r -> r[5].equals("(not mapped)")));

		dialog.showPage(wizard.summaryPage());
		assertEquals(List.of(), wizard.summaryPage().problemRows().stream().map(r -> String.join("|", r)).toList());
		assertTrue(wizard.canFinish());
		assertFalse(session.commandStack().canUndo());
		assertTrue(wizard.performFinish());
		Map<String, DeclaredAnswer> declared = declared();
		assertTrue(session.isDirty());
		session.commandStack().undo();
		assertFalse(session.commandStack().canUndo(), "one command");
		assertTrue(declared().values().stream().allMatch(a -> a == DeclaredAnswer.UNANSWERED), "undo restores every answer");
		assertFalse(session.isDirty());
		return declared;
	}

	private void prepare(Path filled, String checklistMap, Object[] answers) throws Exception {
		Path blank = directory.resolve("blank-" + filled.getFileName());
		writer.write(blank, new Object[answers.length]);
		writer.write(filled, answers);
		WorkbookChecklist read = WorkbookChecklistReader.read(blank, ChecklistMapping.parse(checklistMap), "National self-assessment");
		assertEquals(List.of(), read.problems());
		checklist = read.checklist();
		Path project = directory.resolve("p");
		AuditProjectDocument document = ProjectStorage.standard().create(project, "Mapped answers");
		RensaFactory f = RensaFactory.eINSTANCE;
		Organization supplier = f.createOrganization();
		supplier.setKind(OrganizationKind.SUPPLIER);
		supplier.setName("Kanto Precision Parts");
		document.getProject().getOrganizations().add(supplier);
		document.getProject().getChecklists().add(checklist);
		Assessment created = f.createAssessment();
		created.setOrganization(supplier);
		created.setChecklist(checklist);
		for (Section section : checklist.getSections()) {
			for (Requirement requirement : section.getRequirements()) {
				Response response = f.createResponse();
				response.setRequirement(requirement);
				response.setDeclaredAnswer(DeclaredAnswer.UNANSWERED);
				created.getResponses().add(response);
			}
		}
		document.getProject().getAssessments().add(created);
		ProjectStorage.standard().save(document);
		session = new ProjectSession(ProjectStorage.standard().load(project));
		assessment = session.project().getAssessments().get(0);
		checklist = assessment.getChecklist();
		shell = new Shell(Display.getDefault());
	}

	private void start() {
		wizard = new QuestionnaireImportWizard(session, assessment);
		dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	private Map<String, DeclaredAnswer> declared() {
		Map<String, DeclaredAnswer> answers = new LinkedHashMap<>();
		for (Response response : assessment.getResponses()) {
			answers.put(response.getRequirement().getCode(), response.getDeclaredAnswer());
		}
		return answers;
	}

	private static Map<String, DeclaredAnswer> scale() {
		return Map.of("1", DeclaredAnswer.NOT_DONE, "2", DeclaredAnswer.NOT_DONE, "3", DeclaredAnswer.PARTLY, "4", DeclaredAnswer.DONE,
				"5", DeclaredAnswer.DONE, "N/A", DeclaredAnswer.NOT_APPLICABLE);
	}

	/** Writes one shape of workbook, blank (answers {@code null}) or filled. */
	private interface Shape {
		void fill(XSSFWorkbook book, Object[] answers) throws Exception;
	}

	private interface Writer {
		void write(Path file, Object[] answers) throws Exception;
	}

	private Writer writer;

	private Path workbook(String name, Shape shape) throws Exception {
		writer = (file, answers) -> {
			try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
				shape.fill(book, answers);
				book.write(out);
			}
		};
		return directory.resolve(name);
	}

	private static void rows(XSSFSheet sheet, int first, Object[][] rows) {
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(first + r);
			for (int c = 0; c < rows[r].length; c++) {
				Object value = rows[r][c];
				if (value instanceof Double number) {
					row.createCell(c).setCellValue(number);
				} else if (value != null && !value.toString().isEmpty()) {
					row.createCell(c).setCellValue(value.toString());
				}
			}
		}
	}
}
