// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Verdict;
import org.rensa.model.derived.ScoringScheme;
import org.rensa.model.text.Language;

/**
 * Year over year: the previous assessment of the same organisation (an earlier campaign fiscal year,
 * else an earlier declaration date), its responses matched to this year's requirements, and the rule
 * that says whether a requirement got better, worse or stayed the same. The workbench's "Compare with
 * last year" and the visit report's comparison section both use it.
 */
public final class PreviousAssessment {

	/** How a requirement's verdict moved from the previous assessment to this one. */
	public enum Direction {
		/** The requirement was not in the previous assessment. */
		NEW,
		/** The verdict ranks higher than last time ({@link ScoringScheme#rank(Verdict)}). */
		BETTER,
		/** The verdict ranks lower than last time. */
		WORSE,
		/** The verdict differs but the two cannot be ranked (e.g. one is not applicable). */
		CHANGED,
		/** Same verdict, or one of the two was not verified. */
		UNCHANGED
	}

	/**
	 * One requirement compared with last time.
	 *
	 * @param requirement     this year's requirement
	 * @param before          last year's response, or {@code null} ({@link Direction#NEW})
	 * @param declared        this year's declared answer
	 * @param verdict         this year's verdict
	 * @param direction       how the verdict moved
	 * @param declaredChanged whether the declared answer differs from last year's
	 */
	public record Change(Requirement requirement, Response before, DeclaredAnswer declared, Verdict verdict, Direction direction,
			boolean declaredChanged) {
	}

	private PreviousAssessment() {
	}

	/**
	 * @param assessment this year's assessment
	 * @return the latest earlier assessment of the same organisation, or {@code null}
	 */
	public static Assessment of(Assessment assessment) {
		if (assessment == null || !(assessment.eContainer() instanceof AuditProject project) || assessment.getOrganization() == null) {
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
	 * The comparison rule for one requirement.
	 *
	 * @param requirement this year's requirement
	 * @param before      last year's response to it, or {@code null}
	 * @param declared    this year's declared answer
	 * @param verdict     this year's verdict
	 * @return the change
	 */
	public static Change compare(Requirement requirement, Response before, DeclaredAnswer declared, Verdict verdict) {
		if (before == null) {
			return new Change(requirement, null, declared, verdict, Direction.NEW, false);
		}
		boolean declaredChanged = before.getDeclaredAnswer() != declared;
		int was = ScoringScheme.rank(before.getVerdict());
		int now = ScoringScheme.rank(verdict);
		Direction direction;
		if (was >= 0 && now >= 0 && was != now) {
			direction = now > was ? Direction.BETTER : Direction.WORSE;
		} else if (before.getVerdict() != verdict && before.getVerdict() != Verdict.NOT_VERIFIED && verdict != Verdict.NOT_VERIFIED) {
			direction = Direction.CHANGED;
		} else {
			direction = Direction.UNCHANGED;
		}
		return new Change(requirement, before, declared, verdict, direction, declaredChanged);
	}

	/**
	 * @param previous an earlier assessment, may be {@code null}
	 * @param current  this year's assessment
	 * @return one change per response of {@code current} with a requirement, in its order
	 */
	public static List<Change> compare(Assessment previous, Assessment current) {
		Map<String, Response> before = responses(previous);
		List<Change> changes = new ArrayList<>();
		for (Response response : current.getResponses()) {
			if (response.getRequirement() != null) {
				changes.add(compare(response.getRequirement(), before.get(key(response.getRequirement())), response.getDeclaredAnswer(),
						response.getVerdict()));
			}
		}
		return changes;
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
	 * @param language   the language of the campaign name
	 * @return a longer description: its campaign's name and its declaration date, where known
	 */
	public static String describe(Assessment assessment, Language language) {
		String campaign = assessment.getCampaign() == null ? null
				: language.text(assessment.getCampaign().getName(), assessment.getCampaign().getNameJa());
		String date = assessment.getDeclaredOn() == null ? null : String.valueOf(assessment.getDeclaredOn());
		if (campaign != null && !campaign.isBlank()) {
			return date == null ? campaign : campaign + language.listSeparator() + date;
		}
		return date == null ? label(assessment) : date;
	}
}
