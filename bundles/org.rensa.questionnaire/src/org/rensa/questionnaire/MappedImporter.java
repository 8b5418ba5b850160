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

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rensa.model.Assessment;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Requirement;
import org.rensa.questionnaire.internal.Cells;
import org.rensa.questionnaire.internal.WorkbookGuard;

/**
 * Reads answers from a third-party self-check workbook with a {@link WorkbookMapping}: on every sheet
 * mapped, every row from the first data row whose id cell names (or, with an id pattern, contains) a
 * requirement code of the assessment's checklist; rows with an empty id cell, or one the pattern does
 * not match, are skipped; unknown codes, duplicate codes and unreadable answers are reported as cell
 * problems. Two answer columns are combined by {@link WorkbookMapping#combine}. An id cell holding a
 * formula gives the value stored with it; an answer or comment that is a formula is reported (formulas
 * are never evaluated). Apply the result with {@link QuestionnaireImporter#apply}.
 */
public final class MappedImporter {

	private MappedImporter() {
	}

	/**
	 * @param file       the workbook
	 * @param assessment the assessment to fill
	 * @param mapping    the column mapping
	 * @return the answers and every problem
	 * @throws QuestionnaireFormatException when the file is refused or the mapped sheet is missing
	 * @throws IOException when it cannot be read
	 */
	public static ReadResult read(Path file, Assessment assessment, WorkbookMapping mapping) throws IOException {
		String name = file.getFileName().toString();
		Map<String, Requirement> byCode = new HashMap<>();
		if (assessment.getChecklist() != null) {
			assessment.getChecklist().getSections().forEach(s -> s.getRequirements().forEach(r -> {
				if (r.getCode() != null) {
					byCode.put(r.getCode().strip(), r);
				}
			}));
		}
		try (XSSFWorkbook workbook = WorkbookGuard.open(file)) {
			List<Sheet> sheets = mapping.sheetSelection().select(workbook, false);
			if (sheets.isEmpty()) {
				throw new QuestionnaireFormatException(name + ": no sheet '" + mapping.sheet() + "'");
			}
			IdPattern pattern = mapping.pattern();
			int idColumn = WorkbookMapping.index(mapping.idColumn());
			int answerColumn = WorkbookMapping.index(mapping.answerColumn());
			int secondAnswerColumn = WorkbookMapping.index(mapping.secondAnswerColumn());
			int commentColumn = WorkbookMapping.index(mapping.commentColumn());
			List<CellProblem> problems = new ArrayList<>();
			List<DeclaredResponse> responses = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (Sheet sheet : sheets) {
				for (int r = mapping.firstRow() - 1; r <= sheet.getLastRowNum(); r++) {
					Row row = sheet.getRow(r);
					if (row == null) {
						continue;
					}
					int before = problems.size();
					String code = Cells.storedText(row.getCell(idColumn), sheet, r, idColumn, problems);
					if (code != null && pattern != null) {
						IdPattern.Match match = pattern.find(code);
						code = match == null ? "" : match.id();
					}
					if (code == null || code.isEmpty()) {
						continue;
					}
					Requirement requirement = byCode.get(code);
					if (requirement == null) {
						problems.add(Cells.problem(sheet, r, idColumn, code, CellProblem.Reason.UNKNOWN_CODE));
						continue;
					}
					if (!seen.add(code)) {
						problems.add(Cells.problem(sheet, r, idColumn, code, CellProblem.Reason.LISTED_TWICE));
						continue;
					}
					DeclaredAnswer answer = answer(row, sheet, r, answerColumn, mapping, problems);
					if (secondAnswerColumn >= 0) {
						DeclaredAnswer second = answer(row, sheet, r, secondAnswerColumn, mapping, problems);
						answer = answer == null || second == null ? null : WorkbookMapping.combine(answer, second);
					}
					String comment = commentColumn < 0 ? ""
							: Cells.text(row.getCell(commentColumn), sheet, r, commentColumn, true, problems);
					if (problems.size() == before) {
						responses.add(new DeclaredResponse(requirement, answer, comment.isEmpty() ? null : comment));
					}
				}
			}
			return new ReadResult(assessment, List.copyOf(responses), null, List.copyOf(problems));
		}
	}

	private static DeclaredAnswer answer(Row row, Sheet sheet, int r, int column, WorkbookMapping mapping, List<CellProblem> problems) {
		String text = Cells.text(row.getCell(column), sheet, r, column, true, problems);
		DeclaredAnswer answer = text == null ? null : mapping.answerOf(text);
		if (text != null && answer == null) {
			problems.add(Cells.problem(sheet, r, column, text, CellProblem.Reason.ANSWER_NOT_MAPPED));
		}
		return answer;
	}
}
