// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rensa.model.Assessment;
import org.rensa.model.Checklist;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.RensaFactory;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Section;
import org.rensa.model.Verdict;
import org.rensa.model.derived.Scorecard;
import org.rensa.model.derived.Scorecard.Score;
import org.rensa.model.derived.ScoringScheme;

class ScorecardTest {

	private static final RensaFactory F = RensaFactory.eINSTANCE;
	private static final String SME_SOURCE = "Structure of IPA's 5-minute information security self-diagnosis"
			+ " (5分でできる！情報セキュリティ自社診断); wording by Rensa";

	@Test
	void doneAndDontKnowScore37AndAHalfPercentOnTheSmeScaleAndHalfOnTheStandardOne() {
		Assessment sme = assessment(checklist(SME_SOURCE, 2), DeclaredAnswer.DONE, DeclaredAnswer.DONT_KNOW);
		Assessment standard = assessment(checklist("Written by the audit team", 2), DeclaredAnswer.DONE, DeclaredAnswer.DONT_KNOW);

		Score smeScore = Scorecard.of(sme).overall();
		assertEquals(3, smeScore.declared());
		assertEquals(8, smeScore.declaredMaximum());
		assertEquals(37.5, smeScore.declaredPercent(), 1e-9);
		assertEquals(50.0, Scorecard.of(standard).overall().declaredPercent(), 1e-9);
	}

	@Test
	void twentyFiveSmeQuestionsAllDoneMake100PointsAndEachAnswerCountsFourTwoZeroMinusOne() {
		Checklist checklist = checklist(SME_SOURCE, 25);
		DeclaredAnswer[] answers = new DeclaredAnswer[25];
		java.util.Arrays.fill(answers, DeclaredAnswer.DONE);
		Score all = Scorecard.of(assessment(checklist, answers)).overall();
		assertEquals(100, all.declared());
		assertEquals(100, all.declaredMaximum());
		assertEquals(1.0, all.declaredScore(), 1e-9);

		Checklist four = checklist(SME_SOURCE, 4);
		Score mixed = Scorecard.of(assessment(four, DeclaredAnswer.DONE, DeclaredAnswer.PARTLY, DeclaredAnswer.NOT_DONE,
				DeclaredAnswer.DONT_KNOW)).overall();
		assertEquals(4 + 2 + 0 - 1, mixed.declared());
		assertEquals(16, mixed.declaredMaximum());
	}

	@Test
	void notApplicableCountsNeitherPointsNorMaximumOnEitherSide() {
		Checklist checklist = checklist("any", 3);
		Assessment assessment = assessment(checklist, DeclaredAnswer.DONE, DeclaredAnswer.NOT_APPLICABLE, DeclaredAnswer.NOT_DONE);
		verdicts(assessment, Verdict.CONFORM, Verdict.NOT_APPLICABLE, Verdict.NOT_APPLICABLE);

		Score score = Scorecard.of(assessment).overall();
		assertEquals(3, score.requirements());
		assertEquals(4, score.declaredMaximum(), "two applicable requirements, 2 points each");
		assertEquals(50.0, score.declaredPercent(), 1e-9);
		assertEquals(2, score.verifiedMaximum(), "only the conform one is verified and applicable");
		assertEquals(100.0, score.verifiedPercent(), 1e-9);
		assertEquals(3, score.verifiedCount(), "not applicable is a verdict");
	}

	@Test
	void unansweredAndMissingResponsesCountZeroOfTheMaximum() {
		Checklist checklist = checklist("any", 4);
		Assessment assessment = assessment(checklist, DeclaredAnswer.DONE, DeclaredAnswer.UNANSWERED);

		Score score = Scorecard.of(assessment).overall();
		assertEquals(4, score.requirements(), "requirements without a response count too");
		assertEquals(2, score.declared());
		assertEquals(8, score.declaredMaximum());
		assertEquals(25.0, score.declaredPercent(), 1e-9);
		assertFalse(score.hasVerified());
		assertTrue(Double.isNaN(score.verifiedScore()));
		assertTrue(Double.isNaN(score.differencePercent()));
	}

	@Test
	void theVerifiedScoreCoversWhatWasVerifiedAndTheDifferenceComparesTheSameRequirements() {
		Checklist checklist = checklist(SME_SOURCE, 4);
		Assessment assessment = assessment(checklist, DeclaredAnswer.DONE, DeclaredAnswer.DONE, DeclaredAnswer.DONE, DeclaredAnswer.NOT_DONE);
		verdicts(assessment, Verdict.CONFORM, Verdict.PARTIALLY_CONFORM, Verdict.NOT_VERIFIED, Verdict.NOT_VERIFIED);

		Score score = Scorecard.of(assessment).overall();
		assertEquals(6, score.verified());
		assertEquals(8, score.verifiedMaximum());
		assertEquals(75.0, score.verifiedPercent(), 1e-9);
		assertEquals(-25.0, score.differencePercent(), 1e-9, "declared 100 % on the two verified ones");
		assertEquals(1, score.mismatches());
		assertEquals(2, score.verifiedCount());
	}

	@Test
	void sectionsAddUpToTheOverallScore() {
		Checklist checklist = checklist("any", 2);
		Section second = F.createSection();
		second.getRequirements().add(requirement("B1"));
		checklist.getSections().add(second);
		Assessment assessment = assessment(checklist, DeclaredAnswer.DONE, DeclaredAnswer.PARTLY, DeclaredAnswer.NOT_DONE);

		Scorecard card = Scorecard.of(assessment);
		assertEquals(2, card.sections().size());
		assertSame(second, card.sections().get(1).section());
		assertEquals(75.0, card.sections().get(0).declaredPercent(), 1e-9);
		assertEquals(0.0, card.sections().get(1).declaredPercent(), 1e-9);
		assertEquals(50.0, card.overall().declaredPercent(), 1e-9);
		assertEquals(null, card.overall().section());
	}

	@Test
	void responsesOutsideTheChecklistCountInTheOverallScoreOnly() {
		Assessment assessment = F.createAssessment();
		for (Verdict verdict : List.of(Verdict.CONFORM, Verdict.PARTIALLY_CONFORM, Verdict.NONCONFORM, Verdict.NOT_VERIFIED)) {
			Response response = F.createResponse();
			response.setVerdict(verdict);
			assessment.getResponses().add(response);
		}

		Scorecard card = Scorecard.of(assessment);
		assertSame(ScoringScheme.STANDARD, card.scheme());
		assertTrue(card.sections().isEmpty());
		assertEquals(0.5, card.overall().verifiedScore(), 1e-9);
	}

	@Test
	void theSchemeFollowsTheSourceOfTheChecklist() {
		assertSame(ScoringScheme.SME_BASICS, ScoringScheme.of(checklist(SME_SOURCE, 1)));
		assertSame(ScoringScheme.SME_BASICS, ScoringScheme.of(checklist("IPA 5分でできる!情報セキュリティ自社診断", 1)));
		assertSame(ScoringScheme.STANDARD, ScoringScheme.of(checklist("NIST SP 800-171", 1)));
		assertSame(ScoringScheme.STANDARD, ScoringScheme.of(checklist(null, 1)));
		assertSame(ScoringScheme.STANDARD, ScoringScheme.of(null));
		assertSame(ScoringScheme.SME_BASICS, ScoringScheme.byId("sme-basics").orElseThrow());
		assertSame(ScoringScheme.STANDARD, ScoringScheme.byId("standard").orElseThrow());
	}

	@Test
	void verdictsAndAnswersRankOnOneScale() {
		assertEquals(List.of(2, 1, 0, -1, -1), List.of(ScoringScheme.rank(Verdict.CONFORM), ScoringScheme.rank(Verdict.PARTIALLY_CONFORM),
				ScoringScheme.rank(Verdict.NONCONFORM), ScoringScheme.rank(Verdict.NOT_APPLICABLE), ScoringScheme.rank(Verdict.NOT_VERIFIED)));
		assertEquals(List.of(2, 1, 0, -1, -1, -1), List.of(ScoringScheme.rank(DeclaredAnswer.DONE), ScoringScheme.rank(DeclaredAnswer.PARTLY),
				ScoringScheme.rank(DeclaredAnswer.NOT_DONE), ScoringScheme.rank(DeclaredAnswer.DONT_KNOW),
				ScoringScheme.rank(DeclaredAnswer.UNANSWERED), ScoringScheme.rank(DeclaredAnswer.NOT_APPLICABLE)));
		assertEquals(-1, ScoringScheme.rank((Verdict) null));
	}

	/** A checklist with one section of {@code requirements} requirements. */
	private static Checklist checklist(String source, int requirements) {
		Checklist checklist = F.createChecklist();
		checklist.setSource(source);
		Section section = F.createSection();
		for (int i = 1; i <= requirements; i++) {
			section.getRequirements().add(requirement("A" + i));
		}
		checklist.getSections().add(section);
		return checklist;
	}

	private static Requirement requirement(String code) {
		Requirement requirement = F.createRequirement();
		requirement.setCode(code);
		return requirement;
	}

	/** An assessment answering the checklist's first requirements, in order, with the answers. */
	private static Assessment assessment(Checklist checklist, DeclaredAnswer... answers) {
		Assessment assessment = F.createAssessment();
		assessment.setChecklist(checklist);
		List<Requirement> requirements = checklist.getSections().stream().flatMap(s -> s.getRequirements().stream()).toList();
		for (int i = 0; i < answers.length; i++) {
			Response response = F.createResponse();
			response.setRequirement(requirements.get(i));
			response.setDeclaredAnswer(answers[i]);
			assessment.getResponses().add(response);
		}
		return assessment;
	}

	private static void verdicts(Assessment assessment, Verdict... verdicts) {
		for (int i = 0; i < verdicts.length; i++) {
			assessment.getResponses().get(i).setVerdict(verdicts[i]);
		}
	}
}
