// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.CliException;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.Checklist;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.RensaFactory;
import org.rensa.model.Response;
import org.rensa.questionnaire.QuestionnaireImporter;
import org.rensa.questionnaire.WorkbookMapping;
import org.rensa.questionnaire.cli.ImportChecklistCommand;
import org.rensa.questionnaire.cli.ImportQuestionnaireCommand;

/** A workbook becomes a checklist; the same workbook filled by a supplier becomes declared answers. */
class FilledWorkbookImportTest {

	private static final String ASSESSMENT = "a-csf";
	/** Documentation, implementation and comment per requirement, as a supplier fills them. */
	private static final Map<String, Object[]> FILLED = Map.of(
			"GV.OC-01.1", new Object[] { 5, 4, "Mission statement 2026" },
			"GV.OC-02", new Object[] { 5, 2 },
			"GV.RM-01.1", new Object[] { 3, "N/A" },
			"ID.AM-01", new Object[] { "N/A", "n/a" },
			"ID.AM-02.3", new Object[] { 4, null });
	/** What the weaker of the two maturity scores declares (ID.AM-02.3, 4 and blank, stays unanswered: no response). */
	private static final Map<String, DeclaredAnswer> EXPECTED = Map.of(
			"GV.OC-01.1", DeclaredAnswer.DONE,
			"GV.OC-02", DeclaredAnswer.NOT_DONE,
			"GV.RM-01.1", DeclaredAnswer.PARTLY,
			"ID.AM-01", DeclaredAnswer.NOT_APPLICABLE);

	@TempDir
	Path temp;

	@Test
	void theWeakerOfTwoAnswersCounts() {
		DeclaredAnswer[] strongestFirst = { DeclaredAnswer.DONE, DeclaredAnswer.PARTLY, DeclaredAnswer.NOT_DONE,
				DeclaredAnswer.DONT_KNOW, DeclaredAnswer.UNANSWERED };
		for (int i = 0; i < strongestFirst.length; i++) {
			for (int j = 0; j < strongestFirst.length; j++) {
				DeclaredAnswer weaker = strongestFirst[Math.max(i, j)];
				assertEquals(weaker, WorkbookMapping.combine(strongestFirst[i], strongestFirst[j]), strongestFirst[i] + "+" + strongestFirst[j]);
			}
			if (strongestFirst[i] != DeclaredAnswer.UNANSWERED) {
				assertEquals(strongestFirst[i], WorkbookMapping.combine(DeclaredAnswer.NOT_APPLICABLE, strongestFirst[i]));
				assertEquals(strongestFirst[i], WorkbookMapping.combine(strongestFirst[i], DeclaredAnswer.NOT_APPLICABLE));
			}
		}
		assertEquals(DeclaredAnswer.NOT_APPLICABLE, WorkbookMapping.combine(DeclaredAnswer.NOT_APPLICABLE, DeclaredAnswer.NOT_APPLICABLE));
		assertEquals(DeclaredAnswer.NOT_APPLICABLE, WorkbookMapping.combine(DeclaredAnswer.UNANSWERED, DeclaredAnswer.NOT_APPLICABLE));
	}

	@Test
	void aSupplierFilledWorkbookImportsAsDeclaredAnswers() throws Exception {
		Path project = projectWithTheNationalChecklist();
		Path filled = ChecklistWorkbooks.national(temp.resolve("filled.xlsx"), FILLED);
		importAnswers(project, filled, "--save-mapping", "csf-answers");
		assertEquals(EXPECTED, answers(project));
		Assessment assessment = assessment(project);
		assertEquals(AssessmentStatus.DECLARED, assessment.getStatus());
		assertTrue(assessment.getResponses().stream().anyMatch(r -> "Mission statement 2026".equals(r.getDeclaredComment())));
		WorkbookMapping saved = WorkbookMapping.load(project.resolve("mappings/csf-answers.properties"));
		assertEquals("E", saved.secondAnswerColumn());
		assertEquals(ChecklistWorkbooks.NATIONAL_PATTERN, saved.idPattern());
		assertEquals(WorkbookMapping.parse(ChecklistWorkbooks.NATIONAL_ANSWERS, ChecklistWorkbooks.MATURITY), saved);
	}

	@Test
	void anUnmappedScoreIsReportedAndNothingChanges() throws Exception {
		Path project = projectWithTheNationalChecklist();
		Map<String, Object[]> filled = new HashMap<>(FILLED);
		filled.put("GV.OC-02", new Object[] { 6, 2 });
		Path file = ChecklistWorkbooks.national(temp.resolve("filled.xlsx"), filled);
		Map<String, byte[]> before = QuestionnaireFixtures.snapshot(project);
		QuestionnaireFixtures.Capture capture = new QuestionnaireFixtures.Capture();
		assertEquals(1, new ImportQuestionnaireCommand().run(List.of(project.toString(), file.toString(), "--assessment", ASSESSMENT,
				"--map", ChecklistWorkbooks.NATIONAL_ANSWERS, "--values", ChecklistWorkbooks.MATURITY), capture.context));
		assertTrue(capture.out().contains("GV Govern!D5: '6': answer not in the mapping"), capture.out());
		assertEquals(before.keySet(), QuestionnaireFixtures.snapshot(project).keySet());
		assertEquals(Map.of(), answers(project));
	}

	@Test
	void aWorkbookReSavedByLibreOfficeImports() throws Exception {
		Path soffice = QuestionnaireFixtures.onPath("libreoffice");
		assumeTrue(soffice != null, "libreoffice is not installed");
		Path project = projectWithTheNationalChecklist();
		Path filled = ChecklistWorkbooks.national(temp.resolve("filled.xlsx"), FILLED);
		Path outDir = Files.createDirectories(temp.resolve("lo"));
		Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + temp.resolve("lo-profile").toUri(),
				"--headless", "--convert-to", "xlsx", "--outdir", outDir.toString(), filled.toString())
				.redirectErrorStream(true).redirectOutput(temp.resolve("lo.log").toFile()).start();
		assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish");
		Path converted = outDir.resolve(filled.getFileName());
		assertTrue(Files.isRegularFile(converted), Files.readString(temp.resolve("lo.log")));
		importAnswers(project, converted);
		assertEquals(EXPECTED, answers(project));
	}

	@Test
	void theCommandLineAloneTakesTheWorkbookFromChecklistToDeclaredAnswers() throws Exception {
		Path project = temp.resolve("cli");
		QuestionnaireFixtures.createProject(project);
		Path blank = ChecklistWorkbooks.national(temp.resolve("blank.xlsx"), Map.of());
		int assessments = ProjectStorage.standard().load(project).getProject().getAssessments().size();
		QuestionnaireFixtures.Capture dryRun = new QuestionnaireFixtures.Capture();
		assertEquals(0, new ImportChecklistCommand().run(List.of(project.toString(), blank.toString(), "--map", ChecklistWorkbooks.NATIONAL_MAP,
				"--plan-for", "Kanto", "--dry-run"), dryRun.context), dryRun.out());
		assertTrue(dryRun.out().contains("would plan an assessment of Kanto Precision Parts on it"), dryRun.out());
		assertEquals(assessments, ProjectStorage.standard().load(project).getProject().getAssessments().size(), "a dry run plans nothing");

		int checklists = ProjectStorage.standard().load(project).getProject().getChecklists().size();
		QuestionnaireFixtures.Capture unknown = new QuestionnaireFixtures.Capture();
		CliException refused = assertThrows(CliException.class, () -> new ImportChecklistCommand().run(List.of(project.toString(),
				blank.toString(), "--map", ChecklistWorkbooks.NATIONAL_MAP, "--plan-for", "Nobody Ltd."), unknown.context));
		assertEquals("unknown organisation: Nobody Ltd.", refused.getMessage());
		assertEquals(checklists, ProjectStorage.standard().load(project).getProject().getChecklists().size(),
				"an unknown organisation adds nothing");

		QuestionnaireFixtures.Capture capture = new QuestionnaireFixtures.Capture();
		assertEquals(0, new ImportChecklistCommand().run(List.of(project.toString(), blank.toString(), "--map", ChecklistWorkbooks.NATIONAL_MAP,
				"--name", "National CSF", "--plan-for", "関東精密部品"), capture.context), capture.out());
		java.util.regex.Matcher planned = java.util.regex.Pattern.compile("planned an assessment of Kanto Precision Parts on it, id (\\S+) ")
				.matcher(capture.out());
		assertTrue(planned.find(), capture.out());
		Assessment assessment = QuestionnaireImporter.findAssessment(ProjectStorage.standard().load(project).getProject(), planned.group(1));
		assertEquals("National CSF", assessment.getChecklist().getName());
		assertEquals(AssessmentStatus.PLANNED, assessment.getStatus());
		assertEquals("Kanto Precision Parts", assessment.getOrganization().getName());

		Path filled = ChecklistWorkbooks.national(temp.resolve("filled.xlsx"), FILLED);
		QuestionnaireFixtures.Capture answers = new QuestionnaireFixtures.Capture();
		assertEquals(0, new ImportQuestionnaireCommand().run(List.of(project.toString(), filled.toString(), "--assessment", planned.group(1),
				"--map", ChecklistWorkbooks.NATIONAL_ANSWERS, "--values", ChecklistWorkbooks.MATURITY), answers.context), answers.out());
		Map<String, DeclaredAnswer> declared = new HashMap<>();
		for (Response response : QuestionnaireImporter.findAssessment(ProjectStorage.standard().load(project).getProject(), planned.group(1))
				.getResponses()) {
			declared.put(response.getRequirement().getCode(), response.getDeclaredAnswer());
		}
		assertEquals(EXPECTED, declared);
	}

	private Path projectWithTheNationalChecklist() throws Exception {
		Path project = temp.resolve("p");
		QuestionnaireFixtures.createProject(project);
		assertEquals(0, new ImportChecklistCommand().run(List.of(project.toString(),
				ChecklistWorkbooks.national(temp.resolve("blank.xlsx"), Map.of()).toString(), "--map", ChecklistWorkbooks.NATIONAL_MAP,
				"--name", "National CSF"), new QuestionnaireFixtures.Capture().context));
		AuditProjectDocument document = ProjectStorage.standard().load(project);
		Checklist checklist = document.getProject().getChecklists().stream().filter(c -> "National CSF".equals(c.getName()))
				.findFirst().orElseThrow();
		Assessment assessment = RensaFactory.eINSTANCE.createAssessment();
		assessment.setId(ASSESSMENT);
		assessment.setOrganization(document.getProject().getOrganizations().get(0));
		assessment.setChecklist(checklist);
		assessment.setStatus(AssessmentStatus.SENT);
		document.getProject().getAssessments().add(assessment);
		ProjectStorage.standard().save(document);
		return project;
	}

	private static void importAnswers(Path project, Path file, String... more) throws Exception {
		List<String> args = new java.util.ArrayList<>(List.of(project.toString(), file.toString(), "--assessment", ASSESSMENT,
				"--map", ChecklistWorkbooks.NATIONAL_ANSWERS, "--values", ChecklistWorkbooks.MATURITY));
		args.addAll(List.of(more));
		QuestionnaireFixtures.Capture capture = new QuestionnaireFixtures.Capture();
		assertEquals(0, new ImportQuestionnaireCommand().run(args, capture.context), capture.out());
		assertTrue(capture.out().contains("imported 5 rows (4 answered) for assessment a-csf"), capture.out());
	}

	private static Assessment assessment(Path project) throws Exception {
		return QuestionnaireImporter.findAssessment(ProjectStorage.standard().load(project).getProject(), ASSESSMENT);
	}

	private static Map<String, DeclaredAnswer> answers(Path project) throws Exception {
		Map<String, DeclaredAnswer> result = new HashMap<>();
		for (Response response : assessment(project).getResponses()) {
			result.put(response.getRequirement().getCode(), response.getDeclaredAnswer());
		}
		return result;
	}
}
