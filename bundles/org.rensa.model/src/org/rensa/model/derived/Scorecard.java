// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.derived;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

import org.rensa.model.Assessment;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Section;
import org.rensa.model.Verdict;

/**
 * The declared and verified scores of one assessment, per section of its checklist and overall: the one
 * definition of a score in Rensa, used by the verification editor, the reports, the chain risk and the
 * diagram.
 *
 * <p>With the points of the checklist's {@link ScoringScheme} (full = the points of DONE / CONFORM):
 *
 * <pre>
 * declared score = Σ points(declared answer) / (full · requirements whose answer is not NOT_APPLICABLE)
 *                  over every requirement of the checklist (no response = UNANSWERED)
 * verified score = Σ points(verdict) / (full · requirements verified with CONFORM, PARTIALLY_CONFORM or NONCONFORM)
 *                  over what has been verified so far
 * difference     = verified score − declared score of those same verified requirements
 * </pre>
 *
 * <p>A score is {@code NaN} when nothing counts (no applicable requirement; nothing verified yet).
 * Responses outside the checklist (the assessment has none, or the requirement is not in it) count in
 * the overall score only; a requirement with several responses counts its first.
 *
 * @param scheme   the scheme the scores were computed with
 * @param sections one score per section of the checklist, in order
 * @param overall  the score of the whole assessment (section {@code null})
 */
public record Scorecard(ScoringScheme scheme, List<Score> sections, Score overall) {

	/**
	 * The score of one section or of the whole assessment, in points of the scheme.
	 *
	 * @param section                   the section, {@code null} for the overall score
	 * @param requirements              requirements counted (applicable or not)
	 * @param declared                  declared points
	 * @param declaredMaximum           maximum declared points (full × requirements not declared
	 *                                  NOT_APPLICABLE)
	 * @param verified                  verified points
	 * @param verifiedMaximum           maximum verified points (full × requirements verified conform,
	 *                                  partially conform or nonconform)
	 * @param verifiedCount             requirements with a verdict other than NOT_VERIFIED
	 * @param mismatches                responses whose declaration and verification disagree
	 * @param declaredOnVerified        declared points of the requirements counted in {@code verifiedMaximum}
	 * @param declaredOnVerifiedMaximum maximum of those (full each, unless declared NOT_APPLICABLE)
	 */
	public record Score(Section section, int requirements, int declared, int declaredMaximum, int verified,
			int verifiedMaximum, int verifiedCount, int mismatches, int declaredOnVerified, int declaredOnVerifiedMaximum) {

		/** @return declared points / maximum (1 = everything done), {@code NaN} when nothing is applicable */
		public double declaredScore() {
			return ratio(declared, declaredMaximum);
		}

		/** @return verified points / maximum (1 = everything conform), {@code NaN} when nothing is verified yet */
		public double verifiedScore() {
			return ratio(verified, verifiedMaximum);
		}

		/** @return {@link #declaredScore()} in percent */
		public double declaredPercent() {
			return 100 * declaredScore();
		}

		/** @return {@link #verifiedScore()} in percent */
		public double verifiedPercent() {
			return 100 * verifiedScore();
		}

		/** @return whether any requirement was verified conform, partially conform or nonconform */
		public boolean hasVerified() {
			return verifiedMaximum > 0;
		}

		/**
		 * @return verified percentage minus the declared percentage of the same verified requirements:
		 *         negative when the declarations overstated; {@code NaN} when nothing is verified yet
		 */
		public double differencePercent() {
			if (!hasVerified()) {
				return Double.NaN;
			}
			double declaredOnVerifiedScore = declaredOnVerifiedMaximum == 0 ? 0 : (double) declaredOnVerified / declaredOnVerifiedMaximum;
			return verifiedPercent() - 100 * declaredOnVerifiedScore;
		}

		private static double ratio(int points, int maximum) {
			return maximum == 0 ? Double.NaN : (double) points / maximum;
		}
	}

	/**
	 * @param assessment an assessment (its checklist may be unset)
	 * @return its scores with the scheme of its checklist ({@link ScoringScheme#of})
	 */
	public static Scorecard of(Assessment assessment) {
		Objects.requireNonNull(assessment, "assessment");
		ScoringScheme scheme = ScoringScheme.of(assessment.getChecklist());
		Map<Requirement, Response> responses = new HashMap<>();
		for (Response response : assessment.getResponses()) {
			if (response.getRequirement() != null) {
				responses.putIfAbsent(response.getRequirement(), response);
			}
		}
		List<Score> sections = new ArrayList<>();
		Tally total = new Tally(scheme);
		if (assessment.getChecklist() != null) {
			for (Section section : assessment.getChecklist().getSections()) {
				Tally tally = new Tally(scheme);
				for (Requirement requirement : section.getRequirements()) {
					Response response = responses.remove(requirement);
					tally.add(response);
					total.add(response);
				}
				sections.add(tally.score(section));
			}
		}
		// what is left in responses: the first response of each requirement outside the checklist
		for (Response response : assessment.getResponses()) {
			if (response.getRequirement() == null || responses.remove(response.getRequirement()) == response) {
				total.add(response);
			}
		}
		return new Scorecard(scheme, Collections.unmodifiableList(sections), total.score(null));
	}

	/** Running sums of one score. */
	private static final class Tally {
		private final ScoringScheme scheme;
		private int requirements;
		private int declared;
		private int declaredMaximum;
		private int verified;
		private int verifiedMaximum;
		private int verifiedCount;
		private int mismatches;
		private int declaredOnVerified;
		private int declaredOnVerifiedMaximum;

		Tally(ScoringScheme scheme) {
			this.scheme = scheme;
		}

		/** @param response the response to one requirement, {@code null} when it has none */
		void add(Response response) {
			requirements++;
			DeclaredAnswer answer = response == null ? DeclaredAnswer.UNANSWERED : response.getDeclaredAnswer();
			Verdict verdict = response == null ? Verdict.NOT_VERIFIED : response.getVerdict();
			OptionalInt answerPoints = scheme.points(answer);
			OptionalInt verdictPoints = scheme.points(verdict);
			if (answerPoints.isPresent()) {
				declared += answerPoints.getAsInt();
				declaredMaximum += scheme.full();
			}
			if (verdictPoints.isPresent()) {
				verified += verdictPoints.getAsInt();
				verifiedMaximum += scheme.full();
				if (answerPoints.isPresent()) {
					declaredOnVerified += answerPoints.getAsInt();
					declaredOnVerifiedMaximum += scheme.full();
				}
			}
			if (verdict != null && verdict != Verdict.NOT_VERIFIED) {
				verifiedCount++;
			}
			if (response != null && response.isMismatch()) {
				mismatches++;
			}
		}

		Score score(Section section) {
			return new Score(section, requirements, declared, declaredMaximum, verified, verifiedMaximum, verifiedCount,
					mismatches, declaredOnVerified, declaredOnVerifiedMaximum);
		}
	}
}
