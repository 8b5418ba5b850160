// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Assessment;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Response;
import org.rensa.questionnaire.AnswerChange;
import org.rensa.questionnaire.QuestionnaireExporter;
import org.rensa.questionnaire.QuestionnaireFormatException;
import org.rensa.questionnaire.QuestionnaireImporter;
import org.rensa.questionnaire.QuestionnaireLanguage;
import org.rensa.questionnaire.ReadResult;
import org.rensa.questionnaire.WorkbookPreview;

/** The first look at a workbook (Rensa or third-party) and the list of changes before applying. */
class WorkbookPreviewTest {

	@TempDir
	Path temp;

	@Test
	void aThirdPartyWorkbookIsShownAsTextAndFormulasAreNotEvaluated() throws Exception {
		Path file = temp.resolve("sheet.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet("Check");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("No");
			header.createCell(1).setCellValue("Answer");
			Row row = sheet.createRow(2);
			row.createCell(0).setCellValue(12);
			row.createCell(1).setCellFormula("1+1");
			workbook.createSheet("Hidden");
			workbook.setSheetHidden(1, true);
			workbook.write(out);
		}
		WorkbookPreview preview = WorkbookPreview.read(file);
		assertFalse(preview.isRensaQuestionnaire());
		assertEquals(List.of("Check"), preview.sheetNames());
		assertEquals(List.of(List.of("No", "Answer"), List.of("", ""), List.of("12", "=1+1")), preview.rows("Check"));
		assertEquals(List.of(), preview.rows("Hidden"));
	}

	@Test
	void aRensaQuestionnaireIsRecognisedAndChangesAreListedWithoutApplying() throws Exception {
		AuditProjectDocument document = QuestionnaireFixtures.createProject(temp.resolve("p"));
		Assessment assessment = QuestionnaireImporter.findAssessment(document.getProject(), QuestionnaireFixtures.ASSESSMENT);
		Response first = org.rensa.model.RensaFactory.eINSTANCE.createResponse();
		first.setRequirement(assessment.getChecklist().getSections().get(0).getRequirements().get(0));
		first.setDeclaredAnswer(DeclaredAnswer.DONE);
		assessment.getResponses().add(first);
		Path file = temp.resolve("q.xlsx");
		QuestionnaireExporter.export(assessment, QuestionnaireLanguage.EN, QuestionnaireFixtures.seal(document), file);
		assertTrue(WorkbookPreview.read(file).isRensaQuestionnaire());
		ReadResult result = QuestionnaireImporter.read(file, document, null);
		assertEquals(List.of(), QuestionnaireImporter.changes(result), "a fresh export changes nothing");
		first.setDeclaredAnswer(DeclaredAnswer.NOT_DONE);
		List<AnswerChange> changes = QuestionnaireImporter.changes(result);
		assertEquals(1, changes.size());
		assertEquals(DeclaredAnswer.NOT_DONE, changes.get(0).oldAnswer());
		assertEquals(DeclaredAnswer.DONE, changes.get(0).newAnswer());
		assertTrue(changes.get(0).answerChanges());
		assertEquals(DeclaredAnswer.NOT_DONE, first.getDeclaredAnswer(), "listing changes nothing");
		assertEquals(1, QuestionnaireImporter.apply(result, LocalDate.of(2026, 12, 1)));
		assertEquals(DeclaredAnswer.DONE, first.getDeclaredAnswer());
	}

	@Test
	void refusedFilesAreOneLine() throws Exception {
		Path text = Files.writeString(temp.resolve("x.xlsx"), "hello");
		QuestionnaireFormatException e = assertThrows(QuestionnaireFormatException.class, () -> WorkbookPreview.read(text));
		assertTrue(e.getMessage().startsWith("x.xlsx: not an Excel .xlsx workbook"), e.getMessage());
	}
}
