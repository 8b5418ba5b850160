// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rensa.core.security.WorkbookSeal;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.AuditProject;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.RensaFactory;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.questionnaire.internal.Cells;
import org.rensa.questionnaire.internal.IdSheetSeal;
import org.rensa.questionnaire.internal.WorkbookGuard;

/**
 * Reads a workbook written by {@link QuestionnaireExporter} (possibly edited and re-saved by Excel or
 * LibreOffice) back into an assessment's declared answers. Reading and applying are separate steps:
 * {@link #read} checks the whole file first and reports every unreadable cell; {@link #apply} changes
 * the model only for a result without problems.
 */
public final class QuestionnaireImporter {

	private QuestionnaireImporter() {
	}

	/**
	 * Reads a Rensa answer workbook.
	 *
	 * @param file                 the .xlsx file
	 * @param document             the project holding the assessment (and the key of its
	 *                             {@link WorkbookSeal})
	 * @param expectedAssessmentId the assessment the caller means, or {@code null} to take the one the
	 *                             workbook names
	 * @return the answers and the problems
	 * @throws QuestionnaireFormatException when the file is not a valid answer sheet of this project
	 *                                      (or of {@code expectedAssessmentId}), or its id sheet was
	 *                                      altered; nothing was changed
	 * @throws IOException                  when the file cannot be read
	 */
	public static ReadResult read(Path file, AuditProjectDocument document, String expectedAssessmentId) throws IOException {
		String name = file.getFileName().toString();
		AuditProject project = document.getProject();
		try (XSSFWorkbook workbook = WorkbookGuard.open(file)) {
			Sheet meta = workbook.getSheet(QuestionnaireExporter.META_SHEET);
			if (meta == null || !QuestionnaireExporter.MAGIC.equals(metaText(meta, 0, 1))) {
				throw new QuestionnaireFormatException(name + ": not a questionnaire written by Rensa (no id sheet); "
						+ "import other workbooks with a column mapping (--map)");
			}
			if ("1".equals(metaText(meta, 0, 2))) {
				throw new QuestionnaireFormatException(name + ": exported by an older Rensa without a sealed id sheet, "
						+ "so a forged copy cannot be told apart: export the questionnaire again and have it filled in anew");
			}
			if (!String.valueOf(QuestionnaireExporter.FORMAT_VERSION).equals(metaText(meta, 0, 2))) {
				throw new QuestionnaireFormatException(name + ": questionnaire format " + metaText(meta, 0, 2) + " is not supported");
			}
			WorkbookSeal key = WorkbookSeal.of(document).orElseThrow(() -> new QuestionnaireFormatException(name
					+ ": this project has never exported a questionnaire (it has no workbook key), so the workbook is not from it"));
			String assessmentId = metaText(meta, 1, 1);
			String checklistId = metaText(meta, 2, 1);
			List<IdSheetSeal.Entry> entries = new ArrayList<>();
			List<String> entryMacs = new ArrayList<>();
			int count;
			try {
				count = Integer.parseInt(metaText(meta, 6, 1));
			} catch (NumberFormatException e) {
				throw new QuestionnaireFormatException(name + ": the id sheet was altered (its row count)");
			}
			if (count < 0 || count > WorkbookGuard.MAX_ROWS) {
				throw new QuestionnaireFormatException(name + ": the id sheet was altered (its row count)");
			}
			for (int i = 0; i < count; i++) {
				int r = QuestionnaireExporter.META_FIRST_ENTRY + i;
				try {
					entries.add(new IdSheetSeal.Entry(metaText(meta, r, 0), Integer.parseInt(metaText(meta, r, 1)),
							metaText(meta, r, 2), metaText(meta, r, 3)));
					entryMacs.add(metaText(meta, r, 4));
				} catch (NumberFormatException e) {
					throw new QuestionnaireFormatException(name + ": the id sheet was altered (row " + (r + 1) + ")");
				}
			}
			checkSeal(name, workbook, meta, key, project, entries, entryMacs);
			if (expectedAssessmentId != null && !expectedAssessmentId.equals(assessmentId)) {
				throw new QuestionnaireFormatException(name + ": this workbook is for assessment " + assessmentId
						+ ", not " + expectedAssessmentId);
			}
			Assessment assessment = findAssessment(project, assessmentId);
			if (assessment == null) {
				throw new QuestionnaireFormatException(name + ": this workbook is for assessment " + assessmentId
						+ ", which is not in this project");
			}
			if (assessment.getChecklist() == null || !checklistId.equals(assessment.getChecklist().getId())) {
				throw new QuestionnaireFormatException(name + ": the assessment's checklist changed since the workbook was exported");
			}
			Map<String, Requirement> requirements = new HashMap<>();
			assessment.getChecklist().getSections().forEach(s -> s.getRequirements().forEach(r -> requirements.put(r.getId(), r)));
			List<CellProblem> problems = new ArrayList<>();
			List<DeclaredResponse> responses = new ArrayList<>();
			for (IdSheetSeal.Entry entry : entries) {
				Requirement requirement = requirements.get(entry.requirementId());
				if (requirement == null) {
					throw new QuestionnaireFormatException(name + ": requirement " + entry.code() + " is no longer in the checklist");
				}
				Sheet sheet = workbook.getSheet(entry.sheet());
				if (sheet == null) {
					throw new QuestionnaireFormatException(name + ": sheet '" + entry.sheet() + "' is missing (renamed or deleted?)");
				}
				Cell codeCell = Cells.cell(sheet, entry.row(), QuestionnaireExporter.COL_CODE);
				String code = codeCell == null || codeCell.getCellType() != CellType.STRING ? "" : codeCell.getStringCellValue().strip();
				if (!code.equals(Objects.toString(entry.code(), "").strip())) {
					throw new QuestionnaireFormatException(name + ": sheet '" + entry.sheet() + "' row " + (entry.row() + 1)
							+ " should hold requirement " + entry.code() + " but holds '" + code + "' (rows inserted, deleted or sorted?)");
				}
				int problemsBefore = problems.size();
				String answerText = Cells.text(Cells.cell(sheet, entry.row(), QuestionnaireExporter.COL_ANSWER), sheet,
						entry.row(), QuestionnaireExporter.COL_ANSWER, false, problems);
				DeclaredAnswer answer = answerText == null ? null : QuestionnaireLanguage.parse(answerText);
				if (answerText != null && answer == null) {
					problems.add(Cells.problem(sheet, entry.row(), QuestionnaireExporter.COL_ANSWER, answerText, CellProblem.Reason.NOT_LISTED_ANSWER));
				}
				String comment = Cells.text(Cells.cell(sheet, entry.row(), QuestionnaireExporter.COL_COMMENT), sheet,
						entry.row(), QuestionnaireExporter.COL_COMMENT, true, problems);
				if (problems.size() == problemsBefore) {
					responses.add(new DeclaredResponse(requirement, answer, comment.isEmpty() ? null : comment));
				}
			}
			String respondent = null;
			String[] respondentCell = metaText(meta, 5, 2).split(",");
			Sheet instructions = workbook.getSheet(metaText(meta, 5, 1));
			if (instructions != null && respondentCell.length == 2) {
				try {
					int row = Integer.parseInt(respondentCell[0]);
					int column = Integer.parseInt(respondentCell[1]);
					String text = Cells.text(Cells.cell(instructions, row, column), instructions, row, column, true, problems);
					respondent = text == null || text.isEmpty() ? null : text;
				} catch (NumberFormatException e) {
					throw new QuestionnaireFormatException(name + ": the id sheet was altered (respondent cell)");
				}
			}
			return new ReadResult(assessment, List.copyOf(responses), respondent, List.copyOf(problems));
		}
	}

	/**
	 * Writes what was read into the assessment: declared answers, comments and the respondent; sets
	 * the status to {@link AssessmentStatus#DECLARED} (if it was planned or sent) and the declaration
	 * date when anything changed.
	 *
	 * @param result a result without problems
	 * @param today  the declaration date to record
	 * @return the number of requirements whose declared answer or comment changed
	 * @throws IllegalArgumentException when the result has problems
	 */
	public static int apply(ReadResult result, LocalDate today) {
		if (!result.problems().isEmpty()) {
			throw new IllegalArgumentException("the workbook has unreadable cells; nothing applied");
		}
		Assessment assessment = result.assessment();
		Map<Requirement, Response> existing = new HashMap<>();
		for (Response response : assessment.getResponses()) {
			existing.put(response.getRequirement(), response);
		}
		int changed = 0;
		for (DeclaredResponse declared : result.responses()) {
			Response response = existing.get(declared.requirement());
			if (response == null) {
				if (declared.answer() == DeclaredAnswer.UNANSWERED && declared.comment() == null) {
					continue;
				}
				response = RensaFactory.eINSTANCE.createResponse();
				response.setRequirement(declared.requirement());
				assessment.getResponses().add(response);
				existing.put(declared.requirement(), response);
			}
			boolean differs = response.getDeclaredAnswer() != declared.answer()
					|| !Objects.equals(response.getDeclaredComment(), declared.comment());
			if (differs) {
				response.setDeclaredAnswer(declared.answer());
				response.setDeclaredComment(declared.comment());
				changed++;
			}
		}
		if (result.respondent() != null && !result.respondent().equals(assessment.getRespondent())) {
			assessment.setRespondent(result.respondent());
		}
		if (changed > 0) {
			assessment.setDeclaredOn(today);
			if (assessment.getStatus() == AssessmentStatus.PLANNED || assessment.getStatus() == AssessmentStatus.SENT) {
				assessment.setStatus(AssessmentStatus.DECLARED);
			}
		}
		return changed;
	}

	/**
	 * What {@link #apply} would change, without changing anything.
	 *
	 * @param result a read result
	 * @return the answers and comments that differ from the assessment's, in workbook order
	 */
	public static List<AnswerChange> changes(ReadResult result) {
		Map<Requirement, Response> existing = new HashMap<>();
		for (Response response : result.assessment().getResponses()) {
			existing.put(response.getRequirement(), response);
		}
		List<AnswerChange> changes = new ArrayList<>();
		for (DeclaredResponse declared : result.responses()) {
			Response response = existing.get(declared.requirement());
			DeclaredAnswer oldAnswer = response == null ? DeclaredAnswer.UNANSWERED : response.getDeclaredAnswer();
			String oldComment = response == null ? null : response.getDeclaredComment();
			if (response == null && declared.answer() == DeclaredAnswer.UNANSWERED && declared.comment() == null) {
				continue;
			}
			if (response == null || oldAnswer != declared.answer() || !Objects.equals(oldComment, declared.comment())) {
				changes.add(new AnswerChange(declared.requirement(), oldAnswer, declared.answer(), oldComment, declared.comment()));
			}
		}
		return changes;
	}

	/**
	 * Checks every MAC of the id sheet and refuses the workbook with one line naming the altered parts.
	 * The assessment id comes first, since every other MAC includes it: when it does not verify, the
	 * workbook was either exported for another assessment of this project (found by its MAC) or sealed
	 * with another key (another project).
	 */
	private static void checkSeal(String name, XSSFWorkbook workbook, Sheet meta, WorkbookSeal key, AuditProject project,
			List<IdSheetSeal.Entry> entries, List<String> entryMacs) throws QuestionnaireFormatException {
		String assessmentId = metaText(meta, 1, 1);
		IdSheetSeal seal = new IdSheetSeal(key, assessmentId);
		if (!WorkbookSeal.same(metaText(meta, 1, 2), seal.assessment())) {
			for (Assessment assessment : project.getAssessments()) {
				if (assessment.getId() != null && WorkbookSeal.same(metaText(meta, 1, 2), new IdSheetSeal(key, assessment.getId()).assessment())) {
					throw new QuestionnaireFormatException(name + ": the id sheet was altered: the assessment id (exported for "
							+ assessment.getId() + ", now " + assessmentId + "); refused");
				}
			}
			throw new QuestionnaireFormatException(name + ": the id sheet is not sealed with this project's key: "
					+ "the workbook was exported by another project, or its id sheet was rewritten; refused");
		}
		List<String> altered = new ArrayList<>();
		if (!WorkbookSeal.same(metaText(meta, 2, 2), seal.checklist(metaText(meta, 2, 1)))) {
			altered.add("the checklist id");
		}
		Sheet instructions = workbook.getSheet(metaText(meta, 5, 1));
		String shownName = instructions == null ? "" : metaText(instructions, QuestionnaireExporter.ORGANISATION_ROW, 1);
		if (!WorkbookSeal.same(metaText(meta, 3, 2), seal.organisation(metaText(meta, 3, 1), shownName))) {
			altered.add("the responding organisation (shown as '" + shownName + "')");
		}
		if (!WorkbookSeal.same(metaText(meta, 5, 3), seal.respondent(metaText(meta, 5, 1), metaText(meta, 5, 2)))) {
			altered.add("the respondent cell");
		}
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			if (!WorkbookSeal.same(entryMacs.get(i), seal.entry(entries.get(i)))) {
				rows.add("'" + entries.get(i).sheet() + "' row " + (entries.get(i).row() + 1));
			}
		}
		if (!rows.isEmpty()) {
			String listed = String.join(", ", rows.subList(0, Math.min(rows.size(), 5))) + (rows.size() > 5 ? ", …" : "");
			altered.add("the requirement of " + (rows.size() == 1 ? rows.get(0) : rows.size() + " rows (" + listed + ")"));
		}
		if (altered.isEmpty() && !WorkbookSeal.same(metaText(meta, 6, 2), seal.entries(entries))) {
			altered.add("its list of rows (rows added, removed or reordered)");
		}
		if (!altered.isEmpty()) {
			throw new QuestionnaireFormatException(name + ": the id sheet was altered: " + String.join("; ", altered) + "; refused");
		}
	}

	/**
	 * @param project a project
	 * @param id      an assessment id
	 * @return the assessment or {@code null}
	 */
	public static Assessment findAssessment(AuditProject project, String id) {
		for (Assessment assessment : project.getAssessments()) {
			if (id.equals(assessment.getId())) {
				return assessment;
			}
		}
		return null;
	}

	private static String metaText(Sheet meta, int row, int column) {
		Cell cell = Cells.cell(meta, row, column);
		if (cell == null) {
			return "";
		}
		return switch (cell.getCellType()) {
		case STRING -> cell.getStringCellValue();
		case NUMERIC -> {
			double value = cell.getNumericCellValue();
			yield value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
		}
		default -> "";
		};
	}
}
