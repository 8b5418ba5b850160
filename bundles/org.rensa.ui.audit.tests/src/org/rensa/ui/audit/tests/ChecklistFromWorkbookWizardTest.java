// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.Checklist;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.questionnaire.ChecklistMapping;
import org.rensa.questionnaire.WorkbookMapping;
import org.rensa.ui.audit.wizards.QuestionnaireImportWizard;
import org.rensa.ui.session.ProjectSession;

/** Drives "create the checklist from this workbook" in the questionnaire import wizard. */
final class ChecklistFromWorkbookWizardTest {

	private static final String PATTERN = "^(?<id>[A-Z]{2}\\.[A-Z]{2}-\\d{2}):\\s*(?<text>.*)$";
	private static final String MAP = "sheets=GV*,id=B:" + PATTERN + ",text=B,level=C";

	@TempDir
	Path directory;

	private ProjectSession session;
	private Shell shell;
	private QuestionnaireImportWizard wizard;
	private WizardDialog dialog;

	@BeforeEach
	void open() throws Exception {
		session = new ProjectSession(AuditFixtures.project(directory.resolve("p")));
		shell = new Shell(Display.getDefault());
		wizard = new QuestionnaireImportWizard(session, null);
		dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	@AfterEach
	void close() {
		dialog.close();
		shell.dispose();
		session.dispose();
	}

	@Test
	void theWorkbookBecomesAChecklistInOneUndoableCommand() throws Exception {
		Path workbook = workbook("national.xlsx", "GV.OC-02");
		int before = session.project().getChecklists().size();
		wizard.workbookPage().setFile(workbook.toString());
		assertFalse(wizard.workbookPage().isRensaQuestionnaire());
		assertSame(wizard.mappingPage(), wizard.getNextPage(wizard.workbookPage()));
		wizard.workbookPage().setCreateChecklist(true);
		assertTrue(wizard.workbookPage().isPageComplete());
		assertSame(wizard.checklistPage(), wizard.getNextPage(wizard.workbookPage()));

		dialog.showPage(wizard.checklistPage());
		wizard.checklistPage().setMapping(ChecklistMapping.parse(MAP));
		wizard.checklistPage().setChecklistName("National CSF");
		wizard.checklistPage().setMappingName("csf");
		List<String[]> rows = wizard.checklistPage().previewRows();
		assertEquals(3, rows.size());
		assertArrayEquals(new String[] { "GV Govern", "3", "GV.OC-01", "The organisation shall understand its mission.", "GV Govern",
				"requirement" }, rows.get(0));
		assertEquals("GV.OC-02", rows.get(1)[2]);
		assertEquals("B: Organisational context (GV.OC)", rows.get(2)[3]);
		assertTrue(rows.get(2)[5].contains("the id pattern does not match"), rows.get(2)[5]);
		assertEquals(ChecklistMapping.parse(MAP), wizard.checklistPage().mapping());
		assertTrue(wizard.canFinish());

		assertTrue(wizard.performFinish());
		Checklist added = wizard.addedChecklist();
		assertNotNull(added);
		assertEquals(before + 1, session.project().getChecklists().size());
		assertEquals("National CSF", added.getName());
		assertEquals("Basic", added.getSections().get(0).getRequirements().get(0).getLevelLabel());
		assertTrue(session.isDirty());
		assertTrue(Files.isRegularFile(session.document().getDirectory().resolve("mappings/checklists/csf.properties")));
		session.commandStack().undo();
		assertEquals(before, session.project().getChecklists().size());
		assertFalse(session.isDirty());
	}

	@Test
	void duplicateIdsKeepFinishDisabled() throws Exception {
		wizard.workbookPage().setFile(workbook("duplicate.xlsx", "GV.OC-01").toString());
		wizard.workbookPage().setCreateChecklist(true);
		dialog.showPage(wizard.checklistPage());
		wizard.checklistPage().setMapping(ChecklistMapping.parse(MAP));
		assertFalse(wizard.checklistPage().isPageComplete());
		assertTrue(wizard.checklistPage().getErrorMessage().startsWith("1 "), wizard.checklistPage().getErrorMessage());
		assertTrue(wizard.checklistPage().previewRows().stream().anyMatch(r -> r[5].contains("duplicate requirement id")));
		assertFalse(wizard.canFinish());
		int before = session.project().getChecklists().size();
		assertFalse(wizard.performFinish());
		assertEquals(before, session.project().getChecklists().size());
	}

	@Test
	void theChecklistComesWithAPlannedAssessmentIntoWhichTheFilledCopyImports() throws Exception {
		Organization supplier = session.project().getOrganizations().stream().filter(o -> o.getKind() == OrganizationKind.SUPPLIER)
				.findFirst().orElseThrow();
		int checklists = session.project().getChecklists().size();
		int assessments = session.project().getAssessments().size();
		wizard.workbookPage().setFile(workbook("national.xlsx", "GV.OC-02").toString());
		wizard.workbookPage().setCreateChecklist(true);
		dialog.showPage(wizard.checklistPage());
		wizard.checklistPage().setMapping(ChecklistMapping.parse(MAP));
		wizard.checklistPage().setChecklistName("National CSF");
		assertNull(wizard.checklistPage().plannedFor(), "no assessment unless asked for");
		wizard.checklistPage().setPlannedFor(supplier);
		assertSame(supplier, wizard.checklistPage().plannedFor());
		assertTrue(wizard.performFinish());
		Checklist added = wizard.addedChecklist();
		Assessment planned = session.project().getAssessments().stream().filter(a -> a.getChecklist() == added).findFirst().orElseThrow();
		assertEquals(AssessmentStatus.PLANNED, planned.getStatus());
		assertSame(supplier, planned.getOrganization());
		assertEquals(assessments + 1, session.project().getAssessments().size());
		session.commandStack().undo();
		assertEquals(checklists, session.project().getChecklists().size(), "one command: undo removes the checklist …");
		assertEquals(assessments, session.project().getAssessments().size(), "… and the planned assessment");
		session.commandStack().redo();
		assertSame(planned, session.project().getAssessments().get(assessments));

		// the supplier's filled copy, through the answer-mapping page, into the planned assessment
		dialog.close();
		wizard = new QuestionnaireImportWizard(session, planned);
		dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.workbookPage().setFile(workbook("national-filled.xlsx", "GV.OC-02", "Yes", "No").toString());
		assertSame(wizard.mappingPage(), wizard.getNextPage(wizard.workbookPage()));
		dialog.showPage(wizard.mappingPage());
		wizard.mappingPage().setMapping(WorkbookMapping.parse("sheet=GV*,first-row=2,id=B:" + PATTERN + ",answer=D", "Yes=DONE;No=NOT_DONE"));
		assertTrue(wizard.mappingPage().isPageComplete(), wizard.mappingPage().getErrorMessage());
		dialog.showPage(wizard.summaryPage());
		assertSame(planned, wizard.summaryPage().result().assessment());
		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish());
		Map<String, DeclaredAnswer> declared = new HashMap<>();
		planned.getResponses().forEach(r -> declared.put(r.getRequirement().getCode(), r.getDeclaredAnswer()));
		assertEquals(Map.of("GV.OC-01", DeclaredAnswer.DONE, "GV.OC-02", DeclaredAnswer.NOT_DONE), declared);
	}

	private Path workbook(String name, String secondId) throws Exception {
		return workbook(name, secondId, "", "");
	}

	/** The national workbook, with answers in column D (blank: as handed out). */
	private Path workbook(String name, String secondId, String firstAnswer, String secondAnswer) throws Exception {
		Path file = directory.resolve(name);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet("GV Govern");
			String[][] rows = { { "No", "Requirement", "Level", "Answer" }, { "", "Organisational context (GV.OC)" },
					{ "1", "GV.OC-01: The organisation shall understand its mission.", "Basic", firstAnswer },
					{ "2", secondId + ": The organisation shall identify its stakeholders.", "Important", secondAnswer } };
			for (int r = 0; r < rows.length; r++) {
				XSSFRow row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					if (!rows[r][c].isEmpty()) {
						row.createCell(c).setCellValue(rows[r][c]);
					}
				}
			}
			workbook.createSheet("Instructions").createRow(0).createCell(0).setCellValue("Score 1-5.");
			workbook.write(out);
		}
		return file;
	}
}
