// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.CliException;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Response;
import org.rensa.questionnaire.QuestionnaireExporter;
import org.rensa.questionnaire.QuestionnaireFormatException;
import org.rensa.questionnaire.QuestionnaireImporter;
import org.rensa.questionnaire.QuestionnaireLanguage;
import org.rensa.questionnaire.ReadResult;
import org.rensa.questionnaire.cli.ExportQuestionnaireCommand;
import org.rensa.questionnaire.cli.ImportQuestionnaireCommand;

class QuestionnaireRoundTripTest {

	private static final DeclaredAnswer[] CYCLE = { DeclaredAnswer.DONE, DeclaredAnswer.PARTLY, DeclaredAnswer.NOT_DONE,
			DeclaredAnswer.DONT_KNOW, DeclaredAnswer.NOT_APPLICABLE, DeclaredAnswer.UNANSWERED };

	@TempDir
	Path temp;

	@Test
	void exportedWorkbookIsReadyForASupplier() throws Exception {
		Path project = temp.resolve("p");
		QuestionnaireFixtures.createProject(project);
		Path xlsx = export(project, "en");
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertEquals("Instructions", workbook.getSheetName(0));
			assertEquals(1 + 12 + 1, workbook.getNumberOfSheets());
			int meta = workbook.getSheetIndex(QuestionnaireExporter.META_SHEET);
			assertEquals(SheetVisibility.VERY_HIDDEN, workbook.getSheetVisibility(meta));
			XSSFSheet section = workbook.getSheetAt(1);
			assertEquals("GOV Policy and organisation", section.getSheetName());
			assertEquals("Answer", section.getRow(0).getCell(QuestionnaireExporter.COL_ANSWER).getStringCellValue());
			assertEquals("GOV-01", section.getRow(1).getCell(0).getStringCellValue());
			assertNotNull(section.getPaneInformation());
			assertTrue(section.getPaneInformation().isFreezePane());
			assertEquals(1, section.getPaneInformation().getHorizontalSplitPosition());
			assertTrue(section.getProtect());
			assertTrue(section.getRow(1).getCell(QuestionnaireExporter.COL_QUESTION).getCellStyle().getLocked());
			assertFalse(section.getRow(1).getCell(QuestionnaireExporter.COL_ANSWER).getCellStyle().getLocked());
			assertFalse(section.getRow(1).getCell(QuestionnaireExporter.COL_COMMENT).getCellStyle().getLocked());
			List<? extends DataValidation> validations = section.getDataValidations();
			assertEquals(1, validations.size());
			assertArrayEquals(new String[] { "Done", "Partly", "Not done", "Don't know", "Not applicable" },
					validations.get(0).getValidationConstraint().getExplicitListValues());
			assertEquals(PrintSetup.A4_PAPERSIZE, section.getPrintSetup().getPaperSize());
			assertTrue(section.getPrintSetup().getLandscape());
			assertEquals(CellRangeAddress.valueOf("1:1"), section.getRepeatingRows());
		}
	}

	@Test
	void answersFilledInComeBackExactly() throws Exception {
		Path project = temp.resolve("p");
		QuestionnaireFixtures.createProject(project);
		Path xlsx = export(project, "en");
		Map<String, DeclaredAnswer> expected = fill(xlsx, QuestionnaireLanguage.EN);
		QuestionnaireFixtures.Capture capture = new QuestionnaireFixtures.Capture();
		assertEquals(0, new ImportQuestionnaireCommand().run(List.of(project.toString(), xlsx.toString()), capture.context));
		assertTrue(capture.out().contains("imported 63 rows (53 answered)"), capture.out());
		assertAnswers(project, expected);
	}

	@Test
	void japaneseWorkbookRoundTrips() throws Exception {
		Path project = temp.resolve("p");
		QuestionnaireFixtures.createProject(project);
		Path xlsx = export(project, "ja");
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertEquals("記入方法", workbook.getSheetName(0));
			assertEquals("回答", workbook.getSheetAt(1).getRow(0).getCell(QuestionnaireExporter.COL_ANSWER).getStringCellValue());
			assertTrue(workbook.getSheetAt(1).getRow(1).getCell(1).getStringCellValue().startsWith("経営層が承認した"));
		}
		Map<String, DeclaredAnswer> expected = fill(xlsx, QuestionnaireLanguage.JA);
		assertEquals(0, new ImportQuestionnaireCommand().run(List.of(project.toString(), xlsx.toString()),
				new QuestionnaireFixtures.Capture().context));
		assertAnswers(project, expected);
		Assessment assessment = assessment(project);
		assertEquals(AssessmentStatus.DECLARED, assessment.getStatus());
		assertEquals(LocalDate.of(2026, 12, 1), assessment.getDeclaredOn());
		assertEquals("山田 太郎（情報システム部）", assessment.getRespondent());
	}

	@Test
	void libreOfficeResavedWorkbookImports() throws Exception {
		// Live: export, fill, re-save with LibreOffice (when installed), import. Always: the committed
		// fixture, the same filled workbook re-saved by LibreOffice Calc (libreoffice --headless --convert-to xlsx).
		Path project = temp.resolve("p");
		QuestionnaireFixtures.createProject(project);
		Path soffice = QuestionnaireFixtures.onPath("libreoffice");
		if (soffice != null) {
			Path xlsx = export(project, "en");
			fill(xlsx, QuestionnaireLanguage.EN);
			Path outDir = Files.createDirectories(temp.resolve("lo"));
			Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + temp.resolve("lo-profile").toUri(),
					"--headless", "--convert-to", "xlsx", "--outdir", outDir.toString(), xlsx.toString())
					.redirectErrorStream(true).redirectOutput(temp.resolve("lo.log").toFile()).start();
			assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish");
			Path converted = outDir.resolve(xlsx.getFileName());
			assertTrue(Files.isRegularFile(converted), Files.readString(temp.resolve("lo.log")));
			assertEquals(0, new ImportQuestionnaireCommand().run(List.of(project.toString(), converted.toString()),
					new QuestionnaireFixtures.Capture().context));
			assertAnswers(project, expectedFill());
		}
		Path resaved = QuestionnaireFixtures.fixture("libreoffice-resaved-en.xlsx");
		ReadResult result = QuestionnaireImporter.read(resaved, ProjectStorage.standard().load(project), null);
		assertEquals(List.of(), result.problems());
		assertEquals(63, result.responses().size());
		Map<String, DeclaredAnswer> expected = expectedFill();
		result.responses().forEach(r -> assertEquals(expected.get(r.requirement().getCode()), r.answer(), r.requirement().getCode()));
	}

	@Test
	void aWorkbookForAnotherAssessmentIsRefused() throws Exception {
		Path project = temp.resolve("p");
		QuestionnaireFixtures.createProject(project);
		Path xlsx = export(project, "en");
		fill(xlsx, QuestionnaireLanguage.EN);
		Map<String, byte[]> before = QuestionnaireFixtures.snapshot(project);
		CliException e = assertThrows(CliException.class, () -> new ImportQuestionnaireCommand().run(List.of(project.toString(),
				xlsx.toString(), "--assessment", QuestionnaireFixtures.OTHER_ASSESSMENT), new QuestionnaireFixtures.Capture().context));
		assertEquals(2, e.exitCode());
		assertTrue(e.getMessage().contains("is for assessment a-2026-kanto, not a-2026-other"), e.getMessage());

		Path elsewhere = temp.resolve("other-project");
		ProjectStorage.standard().create(elsewhere, "Other");
		e = assertThrows(CliException.class, () -> new ImportQuestionnaireCommand().run(List.of(elsewhere.toString(),
				xlsx.toString()), new QuestionnaireFixtures.Capture().context));
		assertTrue(e.getMessage().contains("this project has never exported a questionnaire (it has no workbook key)"), e.getMessage());
		assertSnapshot(before, project);
	}

	@Test
	void unreadableCellsAreAllReportedAndNothingChanges() throws Exception {
		Path project = temp.resolve("p");
		QuestionnaireFixtures.createProject(project);
		Path xlsx = export(project, "en");
		fill(xlsx, QuestionnaireLanguage.EN);
		edit(xlsx, workbook -> {
			XSSFSheet sheet = workbook.getSheetAt(2);
			sheet.getRow(1).getCell(QuestionnaireExporter.COL_ANSWER).setCellFormula("\"Do\"&\"ne\"");
			sheet.getRow(2).getCell(QuestionnaireExporter.COL_ANSWER).setCellValue(3);
			sheet.getRow(3).getCell(QuestionnaireExporter.COL_ANSWER).setCellValue("Mostly");
			sheet.getRow(4).getCell(QuestionnaireExporter.COL_COMMENT).setCellFormula("1+1");
		});
		Map<String, byte[]> before = QuestionnaireFixtures.snapshot(project);
		QuestionnaireFixtures.Capture capture = new QuestionnaireFixtures.Capture();
		assertEquals(1, new ImportQuestionnaireCommand().run(List.of(project.toString(), xlsx.toString()), capture.context));
		String out = capture.out();
		assertTrue(out.contains("RUL Rules and procedures!E2: '=\"Do\"&\"ne\"': a formula"), out);
		assertTrue(out.contains("RUL Rules and procedures!E3: '3': a number"), out);
		assertTrue(out.contains("RUL Rules and procedures!E4: 'Mostly': not one of the listed answers"), out);
		assertTrue(out.contains("RUL Rules and procedures!F5: '=1+1': a formula"), out);
		assertTrue(out.contains("4 unreadable cell(s)"), out);
		assertSnapshot(before, project);
	}

	@Test
	void anAlteredIdSheetOrMovedRowsAreRefused() throws Exception {
		Path project = temp.resolve("p");
		AuditProjectDocument document = QuestionnaireFixtures.createProject(project);
		Path xlsx = export(project, "en");
		Path tampered = temp.resolve("tampered.xlsx");
		Files.copy(xlsx, tampered);
		edit(tampered, workbook -> workbook.getSheet(QuestionnaireExporter.META_SHEET).getRow(QuestionnaireExporter.META_FIRST_ENTRY)
				.getCell(2).setCellValue("r-RUL-01"));
		QuestionnaireFormatException e = assertThrows(QuestionnaireFormatException.class,
				() -> QuestionnaireImporter.read(tampered, document, null));
		assertEquals("tampered.xlsx: the id sheet was altered: the requirement of 'GOV Policy and organisation' row 2; refused",
				e.getMessage());

		Path sorted = temp.resolve("sorted.xlsx");
		Files.copy(xlsx, sorted);
		edit(sorted, workbook -> {
			XSSFSheet sheet = workbook.getSheetAt(1);
			sheet.getRow(1).getCell(0).setCellValue("GOV-02");
			sheet.getRow(2).getCell(0).setCellValue("GOV-01");
		});
		e = assertThrows(QuestionnaireFormatException.class, () -> QuestionnaireImporter.read(sorted, document, null));
		assertTrue(e.getMessage().contains("row 2 should hold requirement GOV-01 but holds 'GOV-02'"), e.getMessage());
	}

	@Test
	void applyingTwiceChangesNothingTheSecondTime() throws Exception {
		Path project = temp.resolve("p");
		AuditProjectDocument document = QuestionnaireFixtures.createProject(project);
		Path xlsx = export(project, "en");
		fill(xlsx, QuestionnaireLanguage.EN);
		ReadResult result = QuestionnaireImporter.read(xlsx, document, null);
		assertTrue(QuestionnaireImporter.apply(result, LocalDate.of(2026, 12, 1)) >= 53);
		assertEquals(0, QuestionnaireImporter.apply(result, LocalDate.of(2026, 12, 2)));
	}

	@Test
	void reExportPrefillsDeclaredAnswers() throws Exception {
		Path project = temp.resolve("p");
		QuestionnaireFixtures.createProject(project);
		Path xlsx = export(project, "en");
		fill(xlsx, QuestionnaireLanguage.EN);
		new ImportQuestionnaireCommand().run(List.of(project.toString(), xlsx.toString()), new QuestionnaireFixtures.Capture().context);
		Path again = temp.resolve("again.xlsx");
		new ExportQuestionnaireCommand().run(List.of(project.toString(), "--assessment", QuestionnaireFixtures.ASSESSMENT,
				"--lang", "en", "--out", again.toString()), new QuestionnaireFixtures.Capture().context);
		try (InputStream in = Files.newInputStream(again); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertEquals("Done", workbook.getSheetAt(1).getRow(1).getCell(QuestionnaireExporter.COL_ANSWER).getStringCellValue());
			assertEquals("Partly", workbook.getSheetAt(1).getRow(2).getCell(QuestionnaireExporter.COL_ANSWER).getStringCellValue());
		}
	}

	@Test
	void exportUsageErrors() throws Exception {
		Path project = temp.resolve("p");
		QuestionnaireFixtures.createProject(project);
		ExportQuestionnaireCommand command = new ExportQuestionnaireCommand();
		QuestionnaireFixtures.Capture capture = new QuestionnaireFixtures.Capture();
		CliException e = assertThrows(CliException.class, () -> command.run(List.of(project.toString(), "--assessment", "nope",
				"--out", temp.resolve("x.xlsx").toString()), capture.context));
		assertEquals("export-questionnaire: no assessment nope in " + project, e.getMessage());
		e = assertThrows(CliException.class, () -> command.run(List.of(project.toString(), "--assessment",
				QuestionnaireFixtures.ASSESSMENT, "--lang", "fr", "--out", temp.resolve("x.xlsx").toString()), capture.context));
		assertEquals("export-questionnaire: invalid value 'fr' for --lang: expected en or ja", e.getMessage());
		assertThrows(CliException.class, () -> command.run(List.of(project.toString()), capture.context));
	}

	// ------------------------------------------------------------------------------------------

	private Path export(Path project, String lang) throws Exception {
		Path xlsx = temp.resolve("questionnaire-" + lang + ".xlsx");
		QuestionnaireFixtures.Capture capture = new QuestionnaireFixtures.Capture();
		assertEquals(0, new ExportQuestionnaireCommand().run(List.of(project.toString(), "--assessment",
				QuestionnaireFixtures.ASSESSMENT, "--lang", lang, "--out", xlsx.toString()), capture.context));
		assertTrue(capture.out().contains("12 section sheets, 63 requirements"), capture.out());
		return xlsx;
	}

	/** The answer the filler writes for each requirement code, in export order. */
	static Map<String, DeclaredAnswer> expectedFill() {
		Map<String, DeclaredAnswer> expected = new HashMap<>();
		List<String> codes = new ArrayList<>();
		org.rensa.catalog.ShippedCatalogues.load(org.rensa.catalog.ShippedCatalogues.SUPPLIER_GUIDELINE).getSections()
				.forEach(s -> s.getRequirements().forEach(r -> codes.add(r.getCode())));
		for (int i = 0; i < codes.size(); i++) {
			expected.put(codes.get(i), CYCLE[i % CYCLE.length]);
		}
		return expected;
	}

	/** Fills every answer cell with the cycle, comments on every third row, and the respondent. */
	static Map<String, DeclaredAnswer> fill(Path xlsx, QuestionnaireLanguage language) throws IOException {
		Map<String, DeclaredAnswer> expected = expectedFill();
		edit(xlsx, workbook -> {
			for (int s = 1; s < workbook.getNumberOfSheets(); s++) {
				XSSFSheet sheet = workbook.getSheetAt(s);
				if (sheet.getSheetName().equals(QuestionnaireExporter.META_SHEET)) {
					continue;
				}
				for (int r = 1; r <= sheet.getLastRowNum(); r++) {
					Row row = sheet.getRow(r);
					String code = row.getCell(0).getStringCellValue();
					DeclaredAnswer answer = expected.get(code);
					Cell cell = row.getCell(QuestionnaireExporter.COL_ANSWER);
					if (answer == DeclaredAnswer.UNANSWERED) {
						cell.setBlank();
					} else {
						cell.setCellValue(language.answers().get(answer));
					}
					if (r % 3 == 0) {
						row.getCell(QuestionnaireExporter.COL_COMMENT).setCellValue("comment on " + code + "\n二行目");
					}
				}
			}
			workbook.getSheetAt(0).getRow(QuestionnaireExporter.RESPONDENT_ROW).getCell(QuestionnaireExporter.RESPONDENT_COL)
					.setCellValue("山田 太郎（情報システム部）");
		});
		return expected;
	}

	interface Edit {
		void apply(XSSFWorkbook workbook) throws IOException;
	}

	static void edit(Path xlsx, Edit edit) throws IOException {
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(xlsx)) {
			workbook = new XSSFWorkbook(in);
		}
		try (workbook) {
			edit.apply(workbook);
			try (OutputStream out = Files.newOutputStream(xlsx)) {
				workbook.write(out);
			}
		}
	}

	private static Assessment assessment(Path project) throws IOException {
		return QuestionnaireImporter.findAssessment(ProjectStorage.standard().load(project).getProject(), QuestionnaireFixtures.ASSESSMENT);
	}

	private static void assertAnswers(Path project, Map<String, DeclaredAnswer> expected) throws IOException {
		Assessment assessment = assessment(project);
		Map<String, Response> byCode = new HashMap<>();
		assessment.getResponses().forEach(r -> byCode.put(r.getRequirement().getCode(), r));
		int rowIndex = 0;
		for (Map.Entry<String, DeclaredAnswer> entry : expected.entrySet()) {
			Response response = byCode.get(entry.getKey());
			DeclaredAnswer actual = response == null ? DeclaredAnswer.UNANSWERED : response.getDeclaredAnswer();
			assertEquals(entry.getValue(), actual, entry.getKey());
			rowIndex++;
		}
		assertEquals(63, rowIndex);
		long comments = assessment.getResponses().stream().filter(r -> r.getDeclaredComment() != null).count();
		assertTrue(comments >= 15, "comments: " + comments);
		assertTrue(assessment.getResponses().stream().filter(r -> r.getDeclaredComment() != null)
				.allMatch(r -> r.getDeclaredComment().equals("comment on " + r.getRequirement().getCode() + "\n二行目")));
	}

	private static void assertSnapshot(Map<String, byte[]> before, Path project) throws IOException {
		Map<String, byte[]> after = QuestionnaireFixtures.snapshot(project);
		assertEquals(before.keySet(), after.keySet());
		before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
	}
}
