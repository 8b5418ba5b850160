// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.audit;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.AuditProject;
import org.rensa.model.Checklist;
import org.rensa.model.Finding;
import org.rensa.model.Organization;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage;
import org.rensa.model.Response;

/** Facts about assessments that several views agree on, such as which one is the newest. */
public final class Assessments {

	/**
	 * The order of assessments by age: the campaign's fiscal year, then the campaign's start date,
	 * then the declaration date (missing values first).
	 */
	public static final Comparator<Assessment> BY_AGE = Comparator
			.comparingInt((Assessment a) -> a.getCampaign() == null ? Integer.MIN_VALUE : a.getCampaign().getFiscalYear())
			.thenComparing(a -> a.getCampaign() == null ? null : a.getCampaign().getStartDate(),
					Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(Assessment::getDeclaredOn, Comparator.nullsFirst(Comparator.naturalOrder()));

	private Assessments() {
	}

	/**
	 * The newest assessment: the latest campaign (fiscal year, then start date), then the latest
	 * declaration date; on a tie the one listed last.
	 *
	 * @param assessments the candidates
	 * @return the index of the newest, {@code -1} when there is none
	 */
	public static int newestIndex(List<Assessment> assessments) {
		int best = -1;
		for (int i = 0; i < assessments.size(); i++) {
			if (best < 0 || BY_AGE.compare(assessments.get(i), assessments.get(best)) >= 0) {
				best = i;
			}
		}
		return best;
	}

	/**
	 * @param assessments the candidates
	 * @return the newest ({@link #newestIndex(List)}), {@code null} when there is none
	 */
	public static Assessment newest(List<Assessment> assessments) {
		int index = newestIndex(assessments);
		return index < 0 ? null : assessments.get(index);
	}

	/**
	 * The one shape of a newly planned assessment, wherever it is planned: the organisation assessed,
	 * the checklist it answers, status <em>planned</em>, no responses yet (importing or verifying adds
	 * them).
	 *
	 * @param organization the organisation to assess
	 * @param checklist    the checklist, or {@code null} when the project has none yet
	 * @return the assessment, not yet in a project (add it with {@link #add})
	 */
	public static Assessment planned(Organization organization, Checklist checklist) {
		Assessment assessment = RensaFactory.eINSTANCE.createAssessment();
		assessment.setOrganization(organization);
		assessment.setStatus(AssessmentStatus.PLANNED);
		assessment.setChecklist(checklist);
		return assessment;
	}

	/**
	 * @param domain     the editing domain whose command stack executes it
	 * @param project    the project
	 * @param assessment a detached assessment ({@link #planned})
	 * @return the undoable command adding it to the project
	 */
	public static Command add(EditingDomain domain, AuditProject project, Assessment assessment) {
		return AddCommand.create(domain, project, RensaPackage.Literals.AUDIT_PROJECT__ASSESSMENTS, assessment);
	}

	/**
	 * The assessment a selection stands for, the same for every command that acts on "the current
	 * assessment": an assessment itself, the assessment of a response or of a finding.
	 *
	 * @param selection a selected object, may be {@code null}
	 * @return its assessment, {@code null} when it stands for none
	 */
	public static Assessment of(Object selection) {
		if (selection instanceof Assessment assessment) {
			return assessment;
		}
		if (selection instanceof Response response && response.eContainer() instanceof Assessment assessment) {
			return assessment;
		}
		return selection instanceof Finding finding ? finding.getAssessment() : null;
	}
}
