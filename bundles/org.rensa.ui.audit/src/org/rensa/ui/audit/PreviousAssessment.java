// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit;

import java.util.HashMap;
import java.util.Map;

import org.rensa.core.analysis.AssessmentHistory;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Verdict;
import org.rensa.model.text.Language;

/**
 * Year over year: the previous assessment of the same organisation (an earlier campaign fiscal year,
 * else an earlier declaration date) and its verdicts by requirement code, so this year's verification
 * can be read next to last year's.
 */
public final class PreviousAssessment {

	private PreviousAssessment() {
	}

	/**
	 * @param assessment this year's assessment
	 * @return the latest earlier assessment of the same organisation, or {@code null}
	 */
	public static Assessment of(Assessment assessment) {
		if (!(assessment.eContainer() instanceof AuditProject project) || assessment.getOrganization() == null) {
			return null;
		}
		Assessment best = null;
		for (Assessment candidate : project.getAssessments()) {
			if (candidate == assessment || candidate.getOrganization() != assessment.getOrganization()) {
				continue;
			}
			if (AssessmentHistory.isEarlier(candidate, assessment) && (best == null || AssessmentHistory.isEarlier(best, candidate))) {
				best = candidate;
			}
		}
		return best;
	}

	/**
	 * @param previous an earlier assessment, may be {@code null}
	 * @return its verdicts by requirement code (empty for {@code null})
	 */
	public static Map<String, Verdict> verdicts(Assessment previous) {
		Map<String, Verdict> result = new HashMap<>();
		if (previous != null) {
			for (Response response : previous.getResponses()) {
				if (response.getRequirement() != null && response.getRequirement().getCode() != null) {
					result.put(response.getRequirement().getCode(), response.getVerdict());
				}
			}
		}
		return result;
	}

	/**
	 * Last year's responses by requirement, matched across checklist versions: by requirement code,
	 * else (for requirements without code) by requirement id.
	 *
	 * @param previous an earlier assessment, may be {@code null}
	 * @return its responses by {@link #key(Requirement) key} (empty for {@code null})
	 */
	public static Map<String, Response> responses(Assessment previous) {
		Map<String, Response> result = new HashMap<>();
		if (previous != null) {
			for (Response response : previous.getResponses()) {
				if (response.getRequirement() != null) {
					result.put(key(response.getRequirement()), response);
				}
			}
		}
		return result;
	}

	/**
	 * @param requirement a requirement
	 * @return what matches it across checklist versions: its code, else its id
	 */
	public static String key(Requirement requirement) {
		String code = requirement.getCode();
		return code != null && !code.isBlank() ? "code:" + code.strip() : "id:" + requirement.getId();
	}

	/**
	 * @param assessment an assessment
	 * @return a short name for column headers: {@code FY2025} from its campaign, else the year of its
	 *         declaration
	 */
	public static String label(Assessment assessment) {
		if (assessment.getCampaign() != null && assessment.getCampaign().getFiscalYear() != 0) {
			return "FY" + assessment.getCampaign().getFiscalYear();
		}
		return assessment.getDeclaredOn() == null ? "?" : String.valueOf(assessment.getDeclaredOn().getYear());
	}

	/**
	 * @param assessment an assessment
	 * @return a longer description: its campaign's name and its declaration date, where known
	 */
	public static String describe(Assessment assessment) {
		String campaign = assessment.getCampaign() == null ? null
				: Language.ui().text(assessment.getCampaign().getName(), assessment.getCampaign().getNameJa());
		String date = assessment.getDeclaredOn() == null ? null : String.valueOf(assessment.getDeclaredOn());
		if (campaign != null && !campaign.isBlank()) {
			return date == null ? campaign : campaign + ", " + date;
		}
		return date == null ? label(assessment) : date;
	}
}
