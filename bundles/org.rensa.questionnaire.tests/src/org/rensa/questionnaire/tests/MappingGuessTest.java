// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Response;
import org.rensa.questionnaire.MappingGuess;
import org.rensa.questionnaire.QuestionnaireImporter;
import org.rensa.questionnaire.WorkbookMapping;
import org.rensa.questionnaire.WorkbookMappingGuesser;
import org.rensa.questionnaire.WorkbookPreview;
import org.rensa.questionnaire.cli.ImportQuestionnaireCommand;

/** Guessing a third-party workbook's columns from its header texts, and {@code --map auto}. */
class MappingGuessTest {

	@TempDir
	Path temp;

	@Test
	void japaneseHeadersBelowATitleAreRecognised() throws Exception {
		Path file = workbook(temp.resolve("industry.xlsx"), "チェックシート", 1, new String[] { "項番", "点検項目", "区分", "回答", "備考" },
				"GOV-01", "はい");
		MappingGuess guess = WorkbookMappingGuesser.guess(WorkbookPreview.read(file));
		assertEquals(new MappingGuess("チェックシート", 2, "A", "B", "D", "E"), guess);
		assertTrue(guess.isComplete());
		assertEquals(List.of(), guess.undetermined());
		assertEquals("sheet=チェックシート,first-row=3,id=A,question=B,answer=D,comment=E", guess.columns());
		WorkbookMapping mapping = guess.mapping(Map.of("はい", DeclaredAnswer.DONE));
		assertEquals(WorkbookMapping.parse(guess.columns(), "はい=DONE"), mapping, "the printed columns give the same mapping");
		assertEquals(3, mapping.firstRow());
	}

	@Test
	void englishHeadersOnALaterSheetAndWhatIsMissingIsSaid() throws Exception {
		Path file = temp.resolve("english.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("Cover").createRow(0).createCell(0).setCellValue("Supplier self-assessment 2026");
			XSSFSheet sheet = workbook.createSheet("Checklist");
			Row header = sheet.createRow(3);
			String[] titles = { "", "No.", "Status", "Requirement" };
			for (int i = 0; i < titles.length; i++) {
				header.createCell(i).setCellValue(titles[i]);
			}
			workbook.write(out);
		}
		WorkbookPreview preview = WorkbookPreview.read(file);
		MappingGuess guess = WorkbookMappingGuesser.guess(preview);
		assertEquals(new MappingGuess("Checklist", 4, "B", "D", "C", ""), guess, "the first sheet with a header row");
		assertEquals(List.of("comment"), guess.undetermined());
		assertEquals("sheet=Checklist,first-row=5,id=B,question=D,answer=C", guess.columns());
		assertEquals(List.of("header row", "id", "question", "answer", "comment"),
				WorkbookMappingGuesser.guess("Cover", preview.rows("Cover")).undetermined());
	}

	@Test
	void anIdHeaderIsTheWordItselfNotAnyTextContainingIt() {
		MappingGuess guess = WorkbookMappingGuesser.guess("s",
				List.of(List.of("Notes about the", "answer"), List.of("Check item", "Answer", "Comment", "項目番号")));
		assertEquals(new MappingGuess("s", 2, "D", "A", "B", "C"), guess,
				"'Notes about the' and 'Check item' are no id headers; the row with an id header is the header row");
	}

	@Test
	void withoutIdAndAnswerHeadersNothingIsGuessed() {
		MappingGuess guess = WorkbookMappingGuesser.guess("s", List.of(List.of("項番", "点検項目", "備考"), List.of("1", "x", "")));
		assertFalse(guess.isComplete(), "no answer column");
		assertEquals(0, guess.headerRow());
		assertEquals(List.of("header row", "id", "question", "answer", "comment"), guess.undetermined());
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> guess.mapping(Map.of()));
		assertEquals("no id column recognised in sheet 's'", e.getMessage());
	}

	@Test
	void theCommandLineGuessesWithMapAutoAndPrintsTheMapping() throws Exception {
		Path project = temp.resolve("p");
		QuestionnaireFixtures.createProject(project);
		Path file = workbook(temp.resolve("industry.xlsx"), "チェックシート", 1, new String[] { "項番", "点検項目", "区分", "回答", "備考" },
				"GOV-01", "はい", "GOV-02", "一部");
		QuestionnaireFixtures.Capture capture = new QuestionnaireFixtures.Capture();
		int code = new ImportQuestionnaireCommand().run(List.of(project.toString(), file.toString(), "--assessment",
				QuestionnaireFixtures.ASSESSMENT, "--map", "auto", "--values", "はい=DONE;一部=PARTLY"), capture.context);
		assertEquals(0, code, capture.out());
		assertTrue(capture.out().startsWith("guessed --map 'sheet=チェックシート,first-row=3,id=A,question=B,answer=D,comment=E'\n"),
				capture.out());
		assertTrue(capture.out().contains("2 changed"), capture.out());
		Map<String, DeclaredAnswer> answers = new java.util.HashMap<>();
		for (Response response : QuestionnaireImporter.findAssessment(ProjectStorage.standard().load(project).getProject(),
				QuestionnaireFixtures.ASSESSMENT).getResponses()) {
			answers.put(response.getRequirement().getCode(), response.getDeclaredAnswer());
		}
		assertEquals(Map.of("GOV-01", DeclaredAnswer.DONE, "GOV-02", DeclaredAnswer.PARTLY), answers);
	}

	@Test
	void theCommandLineRefusesInOneLineWhenItCannotGuess() throws Exception {
		Path project = temp.resolve("p");
		QuestionnaireFixtures.createProject(project);
		Path file = workbook(temp.resolve("odd.xlsx"), "Sheet1", 0, new String[] { "Ref", "Control", "Response" }, "GOV-01", "Yes");
		QuestionnaireFixtures.Capture capture = new QuestionnaireFixtures.Capture();
		CliException e = assertThrows(CliException.class, () -> new ImportQuestionnaireCommand().run(List.of(project.toString(),
				file.toString(), "--assessment", QuestionnaireFixtures.ASSESSMENT, "--map", "auto"), capture.context));
		assertEquals("import-questionnaire: cannot guess the columns of odd.xlsx: no header row with an id column (項番, No, …)"
				+ " and an answer column (回答, answer, …) in its first 30 rows; give them with --map sheet=S,first-row=N,id=A,answer=D",
				e.getMessage());
		assertFalse(e.getMessage().contains("\n"));
		assertEquals("", capture.out());
	}

	/** A sheet with a header row at {@code headerIndex} (0-based) and one row per code: code, question, answer, comment. */
	private static Path workbook(Path file, String sheetName, int headerIndex, String[] titles, String... codesAndAnswers)
			throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet(sheetName);
			if (headerIndex > 0) {
				sheet.createRow(0).createCell(0).setCellValue("取引先セキュリティ自己点検シート");
			}
			Row header = sheet.createRow(headerIndex);
			for (int i = 0; i < titles.length; i++) {
				header.createCell(i).setCellValue(titles[i]);
			}
			int answerColumn = titles.length > 3 ? 3 : 2;
			for (int i = 0; i < codesAndAnswers.length; i += 2) {
				Row row = sheet.createRow(headerIndex + 1 + i / 2);
				row.createCell(0).setCellValue(codesAndAnswers[i]);
				row.createCell(1).setCellValue("question " + codesAndAnswers[i]);
				row.createCell(answerColumn).setCellValue(codesAndAnswers[i + 1]);
				if (titles.length > 4) {
					row.createCell(4).setCellValue("備考 " + codesAndAnswers[i]);
				}
			}
			workbook.write(out);
		}
		return file;
	}
}
