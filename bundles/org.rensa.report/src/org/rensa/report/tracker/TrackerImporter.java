// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tracker;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.rensa.core.security.WorkbookSeal;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.ActionStatus;
import org.rensa.model.AuditProject;
import org.rensa.model.Finding;
import org.rensa.model.Organization;
import org.rensa.model.RemediationAction;
import org.rensa.model.RensaPackage.Literals;
import org.rensa.model.text.Language;
import org.rensa.questionnaire.CellProblem;
import org.rensa.questionnaire.QuestionnaireFormatException;
import org.rensa.questionnaire.internal.Cells;
import org.rensa.questionnaire.internal.WorkbookGuard;

/**
 * Reads a remediation tracker a supplier sent back and works out what it changes: each action's
 * status, completion date and comment, each finding's management response, its author and date. The
 * file is opened through the hostile-workbook guard and matched back by its sealed id sheet (the
 * project's {@link WorkbookSeal}); another supplier's tracker, one sealed by another project, one
 * whose id sheet was edited or whose rows were moved is refused with a one-line
 * {@link QuestionnaireFormatException}, before anything is compared. Unreadable cells (a status not in
 * the list, "Verified", a formula, a date that is not a date) are listed as problems; a result with
 * problems applies nothing.
 */
public final class TrackerImporter {

	private record Edit(EObject owner, EStructuralFeature feature, Object value, TrackerChange change) {
	}

	/** What a returned tracker holds. */
	public static final class Result {
		private final Organization organization;
		private final int rows;
		private final List<Edit> edits;
		private final List<TrackerChange> kept;
		private final List<CellProblem> problems;

		Result(Organization organization, int rows, List<Edit> edits, List<TrackerChange> kept, List<CellProblem> problems) {
			this.organization = organization;
			this.rows = rows;
			this.edits = edits;
			this.kept = kept;
			this.problems = problems;
		}

		/** @return the supplier the tracker is for */
		public Organization organization() {
			return organization;
		}

		/** @return the number of action rows read */
		public int rows() {
			return rows;
		}

		/** @return every value that changes, in workbook order */
		public List<TrackerChange> changes() {
			return edits.stream().map(Edit::change).toList();
		}

		/**
		 * @return the values the tracker still holds as it was sent while the project changed them since
		 *         (a newer tracker was imported, the auditor edited them): the project's values are kept;
		 *         {@link TrackerChange#before()} is the project's value, {@link TrackerChange#after()} the
		 *         tracker's
		 */
		public List<TrackerChange> kept() {
			return kept;
		}

		/** @return the cells that could not be read (nothing may be applied while there is one) */
		public List<CellProblem> problems() {
			return problems;
		}

		/**
		 * @param domain the project's editing domain
		 * @return one undoable command making every change, or {@code null} when nothing changes
		 * @throws IllegalStateException when there are unreadable cells
		 */
		public Command command(EditingDomain domain) {
			if (!problems.isEmpty()) {
				throw new IllegalStateException("the tracker has unreadable cells; nothing applied");
			}
			if (edits.isEmpty()) {
				return null;
			}
			CompoundCommand command = new CompoundCommand("Import remediation tracker");
			for (Edit edit : edits) {
				command.append(new SetCommand(domain, edit.owner(), edit.feature(), edit.value()));
			}
			return command;
		}
	}

	private TrackerImporter() {
	}

	/**
	 * @param file     the returned workbook
	 * @param document the project
	 * @param expected the supplier it must be for, or {@code null} for whichever it names
	 * @return what it holds
	 * @throws QuestionnaireFormatException when the file is refused (one line, naming the reason)
	 * @throws IOException                  when it cannot be read
	 */
	public static Result read(Path file, AuditProjectDocument document, Organization expected) throws IOException {
		String name = file.getFileName().toString();
		AuditProject project = document.getProject();
		try (XSSFWorkbook workbook = WorkbookGuard.open(file)) {
			Sheet meta = workbook.getSheet(TrackerLayout.ID_SHEET);
			if (meta == null || !TrackerLayout.MAGIC.equals(text(meta, 0, 1))) {
				throw new QuestionnaireFormatException(name + ": not a remediation tracker written by Rensa (no id sheet)");
			}
			if (!String.valueOf(TrackerLayout.FORMAT_VERSION).equals(text(meta, 0, 2))) {
				throw new QuestionnaireFormatException(name + ": tracker format " + text(meta, 0, 2) + " is not supported");
			}
			WorkbookSeal key = WorkbookSeal.of(document).orElseThrow(() -> new QuestionnaireFormatException(
					name + ": this project has never handed out a sealed workbook (it has no workbook key), so the tracker is not from it"));
			String organisationId = text(meta, 1, 1);
			TrackerSeal seal = new TrackerSeal(key, organisationId);
			String sheetName = text(meta, 3, 1);
			String shownName = text(meta, 1, 3);
			boolean organisationSealed = WorkbookSeal.same(text(meta, 1, 2), seal.organisation(shownName));
			boolean sheetSealed = WorkbookSeal.same(text(meta, 3, 2), seal.sheet(sheetName));
			if (!organisationSealed && !sheetSealed) {
				throw new QuestionnaireFormatException(name + ": the id sheet is not sealed with this project's key: "
						+ "the tracker comes from another project or its supplier was altered; refused");
			}
			if (!organisationSealed) {
				throw new QuestionnaireFormatException(name + ": the id sheet was altered: the supplier (shown as '" + shownName + "'); refused");
			}
			if (!sheetSealed) {
				throw new QuestionnaireFormatException(name + ": the id sheet was altered: the sheet name; refused");
			}
			Sheet sheet = workbook.getSheet(sheetName);
			if (sheet == null) {
				throw new QuestionnaireFormatException(name + ": sheet '" + sheetName + "' is missing (renamed or deleted?)");
			}
			int count;
			try {
				count = Integer.parseInt(text(meta, 4, 1));
			} catch (NumberFormatException e) {
				throw new QuestionnaireFormatException(name + ": the id sheet was altered: its row count; refused");
			}
			if (count < 0 || count > WorkbookGuard.MAX_ROWS) {
				throw new QuestionnaireFormatException(name + ": the id sheet was altered: its row count; refused");
			}
			List<TrackerSeal.Entry> entries = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int r = TrackerLayout.ID_FIRST_ENTRY + i;
				TrackerSeal.Entry entry;
				try {
					entry = new TrackerSeal.Entry(Integer.parseInt(text(meta, r, 0)), text(meta, r, 1), text(meta, r, 2), text(meta, r, 3),
							Boolean.parseBoolean(text(meta, r, 4)), Boolean.parseBoolean(text(meta, r, 5)), sent(meta, r));
				} catch (NumberFormatException e) {
					throw new QuestionnaireFormatException(name + ": the id sheet was altered: row " + (r + 1) + "; refused");
				}
				if (!WorkbookSeal.same(text(meta, r, 6), seal.entry(entry))) {
					throw new QuestionnaireFormatException(name + ": the id sheet was altered: the action of row " + (entry.row() + 1) + " ('"
							+ entry.code() + "'); refused");
				}
				entries.add(entry);
			}
			if (!WorkbookSeal.same(text(meta, 4, 2), seal.entries(entries))) {
				throw new QuestionnaireFormatException(name + ": the id sheet was altered: its list of rows (rows added, removed or reordered); refused");
			}
			Organization organization = project.getOrganizations().stream().filter(o -> organisationId.equals(o.getId())).findFirst()
					.orElseThrow(() -> new QuestionnaireFormatException(name + ": the tracker is for organisation " + organisationId
							+ ", which is not in this project; refused"));
			if (expected != null && expected != organization) {
				throw new QuestionnaireFormatException(name + ": this is the tracker of " + label(organization) + ", not of " + label(expected)
						+ "; refused");
			}
			return compare(name, sheet, organization, entries, project);
		}
	}

	private static Result compare(String name, Sheet sheet, Organization organization, List<TrackerSeal.Entry> entries, AuditProject project)
			throws QuestionnaireFormatException {
		Map<String, RemediationAction> actions = new HashMap<>();
		for (Finding finding : project.getFindings()) {
			for (RemediationAction action : finding.getActions()) {
				actions.put(action.getId(), action);
			}
		}
		List<Edit> edits = new ArrayList<>();
		List<TrackerChange> kept = new ArrayList<>();
		Language language = Language.of(TrackerLayout.SHEET_JA.equals(sheet.getSheetName()) ? Locale.JAPANESE : Locale.ENGLISH);
		List<CellProblem> problems = new ArrayList<>();
		for (TrackerSeal.Entry entry : entries) {
			RemediationAction action = actions.get(entry.actionId());
			if (action == null || action.getFinding() == null || !entry.findingId().equals(action.getFinding().getId())) {
				throw new QuestionnaireFormatException(name + ": action " + entry.code() + " is no longer in this project (deleted or moved "
						+ "to another finding); refused");
			}
			Finding finding = action.getFinding();
			if (finding.getOrganization() != organization) {
				throw new QuestionnaireFormatException(name + ": action " + entry.code() + " is no longer an action of " + label(organization)
						+ "; refused");
			}
			int row = entry.row();
			String shownCode = Objects.toString(Cells.text(Cells.cell(sheet, row, TrackerLayout.COL_CODE), sheet, row, TrackerLayout.COL_CODE,
					true, new ArrayList<>()), "");
			if (!shownCode.equals(Objects.toString(entry.code(), "").strip())) {
				throw new QuestionnaireFormatException(name + ": row " + (row + 1) + " should hold action " + entry.code() + " but holds '"
						+ shownCode + "' (rows inserted, deleted or sorted?); refused");
			}
			String code = action.getCode();
			TrackerRow sent = entry.sent();
			if (!entry.verified() && action.getStatus() != ActionStatus.VERIFIED) {
				String statusText = Cells.text(Cells.cell(sheet, row, TrackerLayout.COL_STATUS), sheet, row, TrackerLayout.COL_STATUS, false,
						problems);
				if (statusText != null) {
					ActionStatus status = status(statusText);
					if (status == ActionStatus.VERIFIED) {
						problems.add(Cells.problem(sheet, row, TrackerLayout.COL_STATUS, statusText, CellProblem.Reason.VERIFIED_BY_AUDITOR_ONLY));
					} else if (status == null) {
						problems.add(Cells.problem(sheet, row, TrackerLayout.COL_STATUS, statusText, CellProblem.Reason.NOT_LISTED_STATUS));
					} else if (status != TrackerRow.status(action)) {
						offer(edits, kept, sent, TrackerRow::status, status.getName(), new Edit(action, Literals.REMEDIATION_ACTION__STATUS, status,
								new TrackerChange(code, "status", label(TrackerRow.status(action)), label(status))));
					}
				}
				LocalDate completed = date(sheet, row, TrackerLayout.COL_COMPLETED, problems);
				if (completed != INVALID && !Objects.equals(completed, action.getCompletedOn())) {
					offer(edits, kept, sent, TrackerRow::completed, TrackerRow.text(completed), new Edit(action, Literals.REMEDIATION_ACTION__COMPLETED_ON, completed,
							new TrackerChange(code, "completed on", TrackerRow.text(action.getCompletedOn()), TrackerRow.text(completed))));
				}
				String comment = Cells.text(Cells.cell(sheet, row, TrackerLayout.COL_COMMENT), sheet, row, TrackerLayout.COL_COMMENT, true,
						problems);
				if (comment != null && !comment.equals(Objects.toString(action.getSupplierComment(), ""))) {
					offer(edits, kept, sent, TrackerRow::comment, comment, new Edit(action, Literals.REMEDIATION_ACTION__SUPPLIER_COMMENT, comment.isEmpty() ? null : comment,
							new TrackerChange(code, "comment", Objects.toString(action.getSupplierComment(), ""), comment)));
				}
			}
			if (entry.response()) {
				String findingCode = finding.getCode();
				String response = Cells.text(Cells.cell(sheet, row, TrackerLayout.COL_RESPONSE), sheet, row, TrackerLayout.COL_RESPONSE, true,
						problems);
				// the tracker shows the response in its language (by the fallback rule); a changed one is
				// stored as the text of that language
				String shown = language.text(finding, Literals.FINDING__MANAGEMENT_RESPONSE);
				if (response != null && !response.equals(shown)) {
					offer(edits, kept, sent, TrackerRow::response, response, new Edit(finding, language.sideBySide(Literals.FINDING__MANAGEMENT_RESPONSE).get(0),
							response.isEmpty() ? null : response, new TrackerChange(findingCode, "management response", shown, response)));
				}
				String by = Cells.text(Cells.cell(sheet, row, TrackerLayout.COL_RESPONSE_BY), sheet, row, TrackerLayout.COL_RESPONSE_BY, true,
						problems);
				// who responded is shown in the tracker's language too (Name, role / 名前（役職）)
				String shownBy = language.split(finding.getManagementResponseBy());
				if (by != null && !by.equals(shownBy)) {
					offer(edits, kept, sent, TrackerRow::by, by, new Edit(finding, Literals.FINDING__MANAGEMENT_RESPONSE_BY, by.isEmpty() ? null : by,
							new TrackerChange(findingCode, "response by", shownBy, by)));
				}
				LocalDate on = date(sheet, row, TrackerLayout.COL_RESPONSE_ON, problems);
				if (on != INVALID && !Objects.equals(on, finding.getManagementResponseOn())) {
					offer(edits, kept, sent, TrackerRow::on, TrackerRow.text(on), new Edit(finding, Literals.FINDING__MANAGEMENT_RESPONSE_ON, on,
							new TrackerChange(findingCode, "response date", TrackerRow.text(finding.getManagementResponseOn()), TrackerRow.text(on))));
				}
			}
		}
		return new Result(organization, entries.size(), List.copyOf(edits), List.copyOf(kept), List.copyOf(problems));
	}

	/**
	 * Takes a value the tracker differs in: the supplier's change, unless the tracker holds the value
	 * it was sent with and the project changed since — then the project's newer value is kept.
	 */
	private static void offer(List<Edit> edits, List<TrackerChange> kept, TrackerRow sent, Function<TrackerRow, String> field,
			String trackerValue, Edit edit) {
		if (sent != null && field.apply(sent).equals(TrackerRow.clean(trackerValue))) {
			kept.add(edit.change());
		} else {
			edits.add(edit);
		}
	}

	/** Marks a date cell that could not be read (reported as a problem). */
	private static final LocalDate INVALID = LocalDate.MIN;

	private static LocalDate date(Sheet sheet, int row, int column, List<CellProblem> problems) {
		Cell cell = Cells.cell(sheet, row, column);
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			double value = cell.getNumericCellValue();
			if (DateUtil.isValidExcelDate(value)) {
				return cell.getLocalDateTimeCellValue().toLocalDate();
			}
		}
		String text = Cells.text(cell, sheet, row, column, true, problems);
		if (text == null) {
			return INVALID;
		}
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text.replace('/', '-'));
		} catch (DateTimeParseException e) {
			problems.add(Cells.problem(sheet, row, column, text, CellProblem.Reason.NOT_A_DATE));
			return INVALID;
		}
	}

	private static ActionStatus status(String text) {
		for (ActionStatus status : ActionStatus.VALUES) {
			for (Language language : List.of(Language.of(Locale.ENGLISH), Language.of(Locale.JAPANESE))) {
				if (text.equalsIgnoreCase(language.label(status).strip())) {
					return status;
				}
			}
			if (text.equalsIgnoreCase(status.getLiteral()) || text.equalsIgnoreCase(status.getName())) {
				return status;
			}
		}
		return null;
	}

	private static String label(ActionStatus status) {
		return Language.of(Locale.ENGLISH).label(status);
	}

	private static String label(Organization organization) {
		return organization.getName() == null ? organization.getId() : organization.getName();
	}

	/** @return the values the row was sent with, {@code null} for a tracker that does not keep them */
	private static TrackerRow sent(Sheet meta, int row) {
		if (Cells.cell(meta, row, TrackerLayout.ID_SENT_COLUMN) == null) {
			return null;
		}
		List<String> values = new ArrayList<>();
		for (int i = 0; i < TrackerRow.SIZE; i++) {
			Cell cell = Cells.cell(meta, row, TrackerLayout.ID_SENT_COLUMN + i);
			values.add(cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "");
		}
		return TrackerRow.of(values);
	}

	private static String text(Sheet meta, int row, int column) {
		Cell cell = Cells.cell(meta, row, column);
		if (cell == null) {
			return "";
		}
		return cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip()
				: cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue()) : "";
	}
}
