// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.CliException;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Assessment;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Response;
import org.rensa.questionnaire.QuestionnaireImporter;
import org.rensa.questionnaire.WorkbookMapping;
import org.rensa.questionnaire.cli.ImportQuestionnaireCommand;

class MappedImportTest {

	@TempDir
	Path temp;

	@Test
	void anIndustryCheckSheetImportsWithASavedMapping() throws Exception {
		Path project = temp.resolve("p");
		QuestionnaireFixtures.createProject(project);
		Path sheet = industrySheet(temp.resolve("industry-2026.xlsx"), "GOV-01", "はい", "GOV-02", "一部", "ACC-01", "いいえ");
		QuestionnaireFixtures.Capture capture = new QuestionnaireFixtures.Capture();
		int code = new ImportQuestionnaireCommand().run(List.of(project.toString(), sheet.toString(), "--assessment",
				QuestionnaireFixtures.ASSESSMENT, "--map", "sheet=チェックシート,first-row=3,id=A,question=B,answer=D,comment=E",
				"--values", "はい=DONE;一部=PARTLY;いいえ=NOT_DONE", "--save-mapping", "industry"), capture.context);
		assertEquals(0, code, capture.out());
		assertTrue(Files.isRegularFile(project.resolve("mappings/industry.properties")));
		assertEquals(Map.of("GOV-01", DeclaredAnswer.DONE, "GOV-02", DeclaredAnswer.PARTLY, "ACC-01", DeclaredAnswer.NOT_DONE), answers(project));

		Path nextYear = industrySheet(temp.resolve("industry-2027.xlsx"), "GOV-01", "いいえ", "GOV-02", "はい", "ACC-01", "はい");
		capture = new QuestionnaireFixtures.Capture();
		assertEquals(0, new ImportQuestionnaireCommand().run(List.of(project.toString(), nextYear.toString(), "--assessment",
				QuestionnaireFixtures.ASSESSMENT, "--mapping", "industry"), capture.context));
		assertTrue(capture.out().contains("3 changed"), capture.out());
		assertEquals(Map.of("GOV-01", DeclaredAnswer.NOT_DONE, "GOV-02", DeclaredAnswer.DONE, "ACC-01", DeclaredAnswer.DONE), answers(project));
		Assessment assessment = QuestionnaireImporter.findAssessment(ProjectStorage.standard().load(project).getProject(),
				QuestionnaireFixtures.ASSESSMENT);
		assertTrue(assessment.getResponses().stream().anyMatch(r -> "備考 GOV-01".equals(r.getDeclaredComment())));
	}

	@Test
	void unknownCodesAndAnswersAreReported() throws Exception {
		Path project = temp.resolve("p");
		QuestionnaireFixtures.createProject(project);
		Path sheet = industrySheet(temp.resolve("bad.xlsx"), "GOV-01", "はい", "XYZ-9", "はい", "ACC-01", "たぶん");
		QuestionnaireFixtures.Capture capture = new QuestionnaireFixtures.Capture();
		assertEquals(1, new ImportQuestionnaireCommand().run(List.of(project.toString(), sheet.toString(), "--assessment",
				QuestionnaireFixtures.ASSESSMENT, "--map", "sheet=チェックシート,first-row=3,id=A,answer=D",
				"--values", "はい=DONE"), capture.context));
		assertTrue(capture.out().contains("チェックシート!A4: 'XYZ-9': no requirement with this code"), capture.out());
		assertTrue(capture.out().contains("チェックシート!D5: 'たぶん': answer not in the mapping"), capture.out());
		assertEquals(Map.of(), answers(project));
	}

	@Test
	void mappingsRoundTripAndBadMappingsAreOneLine() throws Exception {
		WorkbookMapping mapping = WorkbookMapping.parse("sheet=Self check 2026,first-row=5,id=b,answer=F,comment=G",
				"Yes = fully=DONE;No=NOT_DONE");
		Path file = temp.resolve("m.properties");
		mapping.save(file);
		assertEquals(mapping, WorkbookMapping.load(file));
		assertEquals(DeclaredAnswer.DONE, mapping.answerOf(" yes = FULLY "));
		assertEquals(DeclaredAnswer.PARTLY, mapping.answerOf("Partly"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkbookMapping.parse("id=A", null));
		assertEquals("the mapping needs a column for answer", e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> WorkbookMapping.parse("id=A,answer=D", "Yes=MAYBE"));
		assertTrue(e.getMessage().startsWith("'MAYBE' is not one of"));
		Path project = temp.resolve("p");
		QuestionnaireFixtures.createProject(project);
		CliException cli = assertThrows(CliException.class, () -> new ImportQuestionnaireCommand().run(List.of(project.toString(),
				"x.xlsx", "--map", "id=A,answer=D"), new QuestionnaireFixtures.Capture().context));
		assertEquals("import-questionnaire: a mapped import needs --assessment ID", cli.getMessage());
	}

	private static Path industrySheet(Path file, String... codesAndAnswers) throws Exception {
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
				row.createCell(3).setCellValue(codesAndAnswers[i + 1]);
				row.createCell(4).setCellValue("備考 " + codesAndAnswers[i]);
			}
			workbook.write(out);
		}
		return file;
	}

	private static Map<String, DeclaredAnswer> answers(Path project) throws Exception {
		Assessment assessment = QuestionnaireImporter.findAssessment(ProjectStorage.standard().load(project).getProject(),
				QuestionnaireFixtures.ASSESSMENT);
		Map<String, DeclaredAnswer> result = new java.util.HashMap<>();
		for (Response response : assessment.getResponses()) {
			result.put(response.getRequirement().getCode(), response.getDeclaredAnswer());
		}
		return result;
	}
}
