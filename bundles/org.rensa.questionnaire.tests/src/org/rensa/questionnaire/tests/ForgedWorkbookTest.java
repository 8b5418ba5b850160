// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.CliException;
import org.rensa.core.security.WorkbookSeal;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.questionnaire.QuestionnaireExporter;
import org.rensa.questionnaire.QuestionnaireFormatException;
import org.rensa.questionnaire.QuestionnaireImporter;
import org.rensa.questionnaire.QuestionnaireLanguage;
import org.rensa.questionnaire.cli.ExportQuestionnaireCommand;
import org.rensa.questionnaire.cli.ImportQuestionnaireCommand;

/**
 * Workbooks whose sealed id sheet was edited are refused with one line naming what was altered, and
 * the project is left as it was.
 */
final class ForgedWorkbookTest {

	@TempDir
	Path temp;

	private Path project;
	private Path exported;

	@BeforeEach
	void export() throws Exception {
		project = temp.resolve("p");
		AuditProjectDocument document = QuestionnaireFixtures.createProject(project);
		exported = temp.resolve("exported.xlsx");
		QuestionnaireExporter.export(QuestionnaireImporter.findAssessment(document.getProject(), QuestionnaireFixtures.ASSESSMENT),
				QuestionnaireLanguage.EN, QuestionnaireFixtures.seal(document), exported);
		QuestionnaireRoundTripTest.fill(exported, QuestionnaireLanguage.EN);
	}

	@Test
	void anUntouchedWorkbookImports() throws Exception {
		assertEquals(0, importing(exported).exitCode);
	}

	@Test
	void aWorkbookPointedAtAnotherAssessmentIsRefused() throws Exception {
		Path forged = forge(meta -> meta.getRow(1).getCell(1).setCellValue(QuestionnaireFixtures.OTHER_ASSESSMENT));
		assertRefused(forged, "forged.xlsx: the id sheet was altered: the assessment id (exported for a-2026-kanto, now a-2026-other); refused");
	}

	@Test
	void swappedRequirementIdsAreRefused() throws Exception {
		int first = QuestionnaireExporter.META_FIRST_ENTRY;
		Path forged = forge(meta -> {
			String a = meta.getRow(first).getCell(2).getStringCellValue();
			meta.getRow(first).getCell(2).setCellValue(meta.getRow(first + 1).getCell(2).getStringCellValue());
			meta.getRow(first + 1).getCell(2).setCellValue(a);
		});
		assertRefused(forged, "forged.xlsx: the id sheet was altered: the requirement of 2 rows ('GOV Policy and organisation' row 2, "
				+ "'GOV Policy and organisation' row 3); refused");
	}

	@Test
	void aMovedRespondentCellIsRefused() throws Exception {
		Path forged = forge(meta -> meta.getRow(5).getCell(2).setCellValue(QuestionnaireExporter.ORGANISATION_ROW + ",1"));
		assertRefused(forged, "forged.xlsx: the id sheet was altered: the respondent cell; refused");
	}

	@Test
	void anotherRespondingOrganisationIsRefused() throws Exception {
		Path forged = forge(workbook -> { }, workbook -> workbook.getSheetAt(0).getRow(QuestionnaireExporter.ORGANISATION_ROW).getCell(1)
				.setCellValue("Shirakawa Logistics"));
		assertRefused(forged, "forged.xlsx: the id sheet was altered: the responding organisation (shown as 'Shirakawa Logistics'); refused");
	}

	@Test
	void aRemovedRowIsRefused() throws Exception {
		Path forged = forge(meta -> {
			int count = Integer.parseInt(meta.getRow(6).getCell(1).getStringCellValue());
			meta.removeRow(meta.getRow(QuestionnaireExporter.META_FIRST_ENTRY + count - 1));
			meta.getRow(6).getCell(1).setCellValue(String.valueOf(count - 1));
		});
		assertRefused(forged, "forged.xlsx: the id sheet was altered: its list of rows (rows added, removed or reordered); refused");
	}

	@Test
	void aWorkbookSealedByAnotherProjectIsRefused() throws Exception {
		Path other = temp.resolve("other");
		AuditProjectDocument document = ProjectStorage.standard().create(other, "Other");
		WorkbookSeal.create(document);
		ProjectStorage.standard().save(document);
		Map<String, byte[]> before = QuestionnaireFixtures.snapshot(other);
		CliException e = assertThrows(CliException.class, () -> new ImportQuestionnaireCommand()
				.run(List.of(other.toString(), exported.toString()), new QuestionnaireFixtures.Capture().context));
		assertEquals(2, e.exitCode());
		assertEquals("import-questionnaire: exported.xlsx: the id sheet is not sealed with this project's key: the workbook was exported "
				+ "by another project, or its id sheet was rewritten; refused; nothing imported", e.getMessage());
		assertEquals(before.keySet(), QuestionnaireFixtures.snapshot(other).keySet());
	}

	@Test
	void aWorkbookOfTheOldFormatIsRefusedWithAReason() throws Exception {
		Path old = forge(meta -> meta.getRow(0).getCell(2).setCellValue("1"));
		assertRefused(old, "forged.xlsx: exported by an older Rensa without a sealed id sheet, so a forged copy cannot be told apart: "
				+ "export the questionnaire again and have it filled in anew");
	}

	@Test
	void theFirstExportCreatesAndSavesTheProjectsKey() throws Exception {
		Path fresh = temp.resolve("fresh");
		QuestionnaireFixtures.createProject(fresh);
		Path key = fresh.resolve("model").resolve(WorkbookSeal.KEY_FILE);
		Files.delete(key);
		QuestionnaireFixtures.Capture capture = new QuestionnaireFixtures.Capture();
		Path xlsx = temp.resolve("fresh.xlsx");
		assertEquals(0, new ExportQuestionnaireCommand().run(List.of(fresh.toString(), "--assessment", QuestionnaireFixtures.ASSESSMENT,
				"--out", xlsx.toString()), capture.context));
		assertTrue(capture.out().contains("created the project's workbook key model/secrets/workbook-seal.key"), capture.out());
		String created = Files.readString(key);
		assertTrue(created.strip().matches("[0-9a-f]{64}"), created);
		assertTrue(!created.strip().equals(QuestionnaireFixtures.TEST_KEY));
		capture = new QuestionnaireFixtures.Capture();
		assertEquals(0, new ExportQuestionnaireCommand().run(List.of(fresh.toString(), "--assessment", QuestionnaireFixtures.ASSESSMENT,
				"--out", xlsx.toString()), capture.context));
		assertTrue(!capture.out().contains("created"), "the key is made once");
		assertEquals(created, Files.readString(key));
		assertEquals(0, new ImportQuestionnaireCommand().run(List.of(fresh.toString(), xlsx.toString()),
				new QuestionnaireFixtures.Capture().context));
	}

	// ------------------------------------------------------------------------------------------

	interface SheetEdit {
		void apply(XSSFSheet sheet);
	}

	private Path forge(SheetEdit metaEdit) throws Exception {
		return forge(workbook -> metaEdit.apply(workbook.getSheet(QuestionnaireExporter.META_SHEET)), workbook -> { });
	}

	private Path forge(QuestionnaireRoundTripTest.Edit first, QuestionnaireRoundTripTest.Edit second) throws Exception {
		Path forged = temp.resolve("forged.xlsx");
		Files.copy(exported, forged);
		QuestionnaireRoundTripTest.edit(forged, workbook -> {
			first.apply(workbook);
			second.apply(workbook);
		});
		return forged;
	}

	private void assertRefused(Path forged, String message) throws Exception {
		Map<String, byte[]> before = QuestionnaireFixtures.snapshot(project);
		QuestionnaireFormatException e = assertThrows(QuestionnaireFormatException.class,
				() -> QuestionnaireImporter.read(forged, ProjectStorage.standard().load(project), null));
		assertEquals(message, e.getMessage());
		CliException cli = assertThrows(CliException.class, () -> importing(forged));
		assertEquals(2, cli.exitCode());
		assertEquals("import-questionnaire: " + message + "; nothing imported", cli.getMessage());
		Map<String, byte[]> after = QuestionnaireFixtures.snapshot(project);
		assertEquals(before.keySet(), after.keySet());
		before.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, after.get(name)), name));
	}

	private record Outcome(int exitCode) {
	}

	private Outcome importing(Path workbook) throws Exception {
		return new Outcome(new ImportQuestionnaireCommand().run(List.of(project.toString(), workbook.toString()),
				new QuestionnaireFixtures.Capture().context));
	}
}
