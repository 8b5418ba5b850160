// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis;

import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;

/**
 * Several assessments of one organisation (this year's and earlier years'): which one is current. An
 * assessment is earlier than another when its campaign's fiscal year is lower (both set and
 * different), else when it was declared on an earlier date; between assessments that cannot be ordered
 * that way the later one in the project wins.
 */
public final class AssessmentHistory {

	private AssessmentHistory() {
	}

	/**
	 * @param a an assessment
	 * @param b another assessment
	 * @return whether {@code a} is known to be earlier than {@code b}
	 */
	public static boolean isEarlier(Assessment a, Assessment b) {
		int yearA = a.getCampaign() == null ? 0 : a.getCampaign().getFiscalYear();
		int yearB = b.getCampaign() == null ? 0 : b.getCampaign().getFiscalYear();
		if (yearA != 0 && yearB != 0 && yearA != yearB) {
			return yearA < yearB;
		}
		LocalDate dateA = a.getDeclaredOn();
		LocalDate dateB = b.getDeclaredOn();
		return dateA != null && dateB != null && dateA.isBefore(dateB);
	}

	/**
	 * @param project a project
	 * @return the current assessment of every assessed organisation, in the order organisations first
	 *         appear among the assessments
	 */
	public static Map<Organization, Assessment> current(AuditProject project) {
		Map<Organization, Assessment> current = new LinkedHashMap<>();
		for (Assessment assessment : project.getAssessments()) {
			if (assessment.getOrganization() == null) {
				continue;
			}
			Assessment best = current.get(assessment.getOrganization());
			if (best == null || !isEarlier(assessment, best)) {
				current.put(assessment.getOrganization(), assessment);
			}
		}
		return current;
	}

	/**
	 * @param project a project
	 * @return the assessments that a later assessment of the same organisation supersedes
	 */
	public static Set<Assessment> superseded(AuditProject project) {
		Map<Organization, Assessment> current = current(project);
		Set<Assessment> result = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Assessment assessment : project.getAssessments()) {
			if (assessment.getOrganization() != null && current.get(assessment.getOrganization()) != assessment) {
				result.add(assessment);
			}
		}
		return result;
	}
}
