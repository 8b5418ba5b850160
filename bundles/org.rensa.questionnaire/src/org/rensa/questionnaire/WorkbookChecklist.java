// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.rensa.core.audit.Assessments;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Checklist;
import org.rensa.model.Organization;
import org.rensa.model.RensaPackage;

/**
 * A checklist read from a third-party workbook by {@link WorkbookChecklistReader}, before anything is
 * added to a project; also the preview of a {@link ChecklistMapping}: what the id pattern extracted and
 * which rows it missed.
 *
 * @param checklist    the new checklist (detached, without ids: saving assigns them)
 * @param requirements every requirement read, in workbook order
 * @param missed       rows with content that did not become a requirement (no id, or an id cell the
 *                     pattern does not match: section headings, notes), as {@code sheet!B7: 'value': reason};
 *                     they are left out, not errors
 * @param problems     every cell that could not be read and every duplicate id; when not empty the
 *                     checklist must not be added
 * @param sheets       the names of the sheets read
 */
public record WorkbookChecklist(Checklist checklist, List<Extracted> requirements, List<CellProblem> missed,
		List<CellProblem> problems, List<String> sheets) {

	/**
	 * One requirement as read.
	 *
	 * @param sheet   the sheet
	 * @param row     the row as Excel shows it (1-based)
	 * @param id      the requirement id
	 * @param text    the requirement text
	 * @param section the section's title
	 * @param level   the level as printed, or empty
	 */
	public record Extracted(String sheet, int row, String id, String text, String section, String level) {
	}

	/**
	 * The one undoable command adding the checklist, with its sections and requirements, to a project.
	 *
	 * @param domain  the editing domain whose command stack executes it
	 * @param project the project
	 * @return the command
	 * @throws IllegalStateException when the workbook has problems (nothing may be added)
	 */
	public Command command(EditingDomain domain, AuditProject project) {
		return command(domain, project, null);
	}

	/**
	 * The one undoable command adding the checklist and, when an organisation is given, a planned
	 * assessment of it on the new checklist ({@link Assessments#planned}), into which the same workbook
	 * filled by that organisation then imports as declared answers.
	 *
	 * @param domain     the editing domain whose command stack executes it
	 * @param project    the project
	 * @param plannedFor the organisation to plan an assessment of, or {@code null}
	 * @return the command
	 * @throws IllegalStateException when the workbook has problems (nothing may be added)
	 */
	public Command command(EditingDomain domain, AuditProject project, Organization plannedFor) {
		if (!problems.isEmpty()) {
			throw new IllegalStateException("the workbook has unreadable cells or duplicate ids; nothing added");
		}
		Command command = AddCommand.create(domain, project, RensaPackage.Literals.AUDIT_PROJECT__CHECKLISTS, checklist);
		if (plannedFor == null) {
			return command;
		}
		CompoundCommand compound = new CompoundCommand(command.getLabel());
		compound.append(command);
		compound.append(Assessments.add(domain, project, Assessments.planned(plannedFor, checklist)));
		return compound;
	}

	/**
	 * @param project a project the {@link #command} was executed on
	 * @return the assessment it planned on this checklist, {@code null} when none
	 */
	public Assessment plannedAssessment(AuditProject project) {
		return project.getAssessments().stream().filter(a -> a.getChecklist() == checklist).findFirst().orElse(null);
	}
}
