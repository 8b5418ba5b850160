// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rensa.model.Assessment;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Section;
import org.rensa.model.Verdict;

/**
 * Declared and verified scores of an assessment, per section and overall, on the SME self-diagnosis
 * scale: done / conform 4 points, partly / partially conform 2, not done / nonconform 0, don't know
 * −1; not-applicable requirements count for nothing. With the 25-question SME basics checklist the
 * declared maximum is exactly 100. The verified score covers the requirements verified so far, and
 * the difference compares it with what was declared for those same requirements, so a half-walked
 * checklist already shows where declarations were overstated.
 */
public final class AssessmentScores {

	/** Points of a fully met requirement. */
	public static final int FULL = 4;

	/**
	 * The scores of one section (or, with a {@code null} section, the whole assessment).
	 *
	 * @param section          the section, {@code null} for the overall line
	 * @param requirements     number of requirements
	 * @param declared         declared points
	 * @param declaredMaximum  maximum declared points (applicable requirements × 4)
	 * @param verified         verified points
	 * @param verifiedMaximum  maximum verified points (requirements verified with a verdict other than
	 *                         not applicable × 4)
	 * @param verifiedCount    requirements with a verdict other than "not verified"
	 * @param mismatches       responses whose declaration and verification disagree
	 * @param declaredOnVerified        declared points of the requirements counted in {@code verifiedMaximum}
	 * @param declaredOnVerifiedMaximum maximum of those (4 each, unless declared not applicable)
	 */
	public record Score(Section section, int requirements, int declared, int declaredMaximum, int verified,
			int verifiedMaximum, int verifiedCount, int mismatches, int declaredOnVerified, int declaredOnVerifiedMaximum) {

		/** @return declared points as a percentage of the maximum (0 when nothing is applicable) */
		public double declaredPercent() {
			return declaredMaximum == 0 ? 0 : 100.0 * declared / declaredMaximum;
		}

		/** @return verified points as a percentage of the verified maximum (0 when nothing is verified yet) */
		public double verifiedPercent() {
			return verifiedMaximum == 0 ? 0 : 100.0 * verified / verifiedMaximum;
		}

		/** @return whether any requirement was verified with a verdict other than not applicable */
		public boolean hasVerified() {
			return verifiedMaximum > 0;
		}

		/**
		 * @return verified percentage minus the declared percentage of the same verified requirements:
		 *         negative when the declarations overstated (0 when nothing is verified yet)
		 */
		public double differencePercent() {
			if (verifiedMaximum == 0) {
				return 0;
			}
			double declaredOnVerifiedPercent = declaredOnVerifiedMaximum == 0 ? 0 : 100.0 * declaredOnVerified / declaredOnVerifiedMaximum;
			return verifiedPercent() - declaredOnVerifiedPercent;
		}
	}

	private AssessmentScores() {
	}

	/**
	 * @param answer a declared answer
	 * @return its points (4 / 2 / 0 / −1; 0 when unanswered or not applicable)
	 */
	public static int points(DeclaredAnswer answer) {
		if (answer == null) {
			return 0;
		}
		return switch (answer) {
		case DONE -> FULL;
		case PARTLY -> 2;
		case DONT_KNOW -> -1;
		default -> 0;
		};
	}

	/**
	 * @param verdict a verdict
	 * @return its points (4 / 2 / 0; 0 when not verified or not applicable)
	 */
	public static int points(Verdict verdict) {
		if (verdict == null) {
			return 0;
		}
		return switch (verdict) {
		case CONFORM -> FULL;
		case PARTIALLY_CONFORM -> 2;
		default -> 0;
		};
	}

	/**
	 * @param assessment an assessment whose checklist is set
	 * @return one score per section of the checklist, in order, followed by the overall score
	 *         (section {@code null})
	 */
	public static List<Score> of(Assessment assessment) {
		Map<Requirement, Response> responses = new HashMap<>();
		for (Response response : assessment.getResponses()) {
			if (response.getRequirement() != null) {
				responses.put(response.getRequirement(), response);
			}
		}
		List<Score> result = new ArrayList<>();
		int[] total = new int[9];
		if (assessment.getChecklist() != null) {
			for (Section section : assessment.getChecklist().getSections()) {
				int[] s = new int[9];
				for (Requirement requirement : section.getRequirements()) {
					add(s, responses.get(requirement));
				}
				result.add(new Score(section, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8]));
				for (int i = 0; i < s.length; i++) {
					total[i] += s[i];
				}
			}
		}
		result.add(new Score(null, total[0], total[1], total[2], total[3], total[4], total[5], total[6], total[7], total[8]));
		return result;
	}

	private static void add(int[] s, Response response) {
		s[0]++;
		DeclaredAnswer answer = response == null ? DeclaredAnswer.UNANSWERED : response.getDeclaredAnswer();
		Verdict verdict = response == null ? Verdict.NOT_VERIFIED : response.getVerdict();
		if (answer != DeclaredAnswer.NOT_APPLICABLE) {
			s[1] += points(answer);
			s[2] += FULL;
		}
		if (verdict != Verdict.NOT_APPLICABLE && verdict != Verdict.NOT_VERIFIED) {
			s[3] += points(verdict);
			s[4] += FULL;
			if (answer != DeclaredAnswer.NOT_APPLICABLE) {
				s[7] += points(answer);
				s[8] += FULL;
			}
		}
		if (verdict != Verdict.NOT_VERIFIED) {
			s[5]++;
		}
		if (response != null && response.isMismatch()) {
			s[6]++;
		}
	}
}
