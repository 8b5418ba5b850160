// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rensa.catalog.ShippedCatalogues;
import org.rensa.catalog.internal.CatalogueXmlReader;
import org.rensa.model.Assessment;
import org.rensa.model.Checklist;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.RensaFactory;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Section;
import org.rensa.model.Verdict;
import org.rensa.model.derived.Scorecard;
import org.rensa.model.derived.ScoringScheme;

class ShippedCataloguesTest {

	@Test
	void smeBasicsHas25QuestionsInThreeParts() {
		Checklist checklist = ShippedCatalogues.load(ShippedCatalogues.SME_BASICS);
		assertEquals(3, checklist.getSections().size());
		assertEquals(List.of(5, 13, 7), checklist.getSections().stream().map(s -> s.getRequirements().size()).toList());
		for (Section section : checklist.getSections()) {
			assertNotNull(section.getTitleJa());
			for (Requirement requirement : section.getRequirements()) {
				assertNotNull(requirement.getTitle(), requirement.getCode());
				assertNotNull(requirement.getTitleJa(), requirement.getCode());
			}
		}
		assertTrue(checklist.getSource().contains("IPA"));
	}

	@Test
	void smeBasicsScoresFourTwoZeroMinusOneForAMaximumOf100() {
		Checklist checklist = ShippedCatalogues.load(ShippedCatalogues.SME_BASICS);
		Assessment all = assessment(checklist, DeclaredAnswer.DONE);
		Scorecard.Score overall = Scorecard.of(all).overall();
		assertEquals(ScoringScheme.SME_BASICS, Scorecard.of(all).scheme());
		assertEquals(100, overall.declared());
		assertEquals(100, overall.declaredMaximum());
		assertEquals(25, overall.requirements());

		Assessment mixed = assessment(checklist, DeclaredAnswer.DONE);
		List<Response> responses = mixed.getResponses();
		responses.get(0).setDeclaredAnswer(DeclaredAnswer.PARTLY);
		responses.get(1).setDeclaredAnswer(DeclaredAnswer.NOT_DONE);
		responses.get(2).setDeclaredAnswer(DeclaredAnswer.DONT_KNOW);
		Scorecard scores = Scorecard.of(mixed);
		assertEquals(100 - 2 - 4 - 5, scores.overall().declared());
		assertEquals(20 - 2 - 4 - 5, scores.sections().get(0).declared());
		assertEquals(20, scores.sections().get(0).declaredMaximum());
	}

	@Test
	void scoresCompareDeclaredAndVerified() {
		Checklist checklist = ShippedCatalogues.load(ShippedCatalogues.SME_BASICS);
		Assessment assessment = assessment(checklist, DeclaredAnswer.DONE);
		for (Response response : assessment.getResponses()) {
			response.setVerdict(Verdict.CONFORM);
		}
		assessment.getResponses().get(0).setVerdict(Verdict.NONCONFORM);
		assessment.getResponses().get(5).setVerdict(Verdict.PARTIALLY_CONFORM);
		Scorecard.Score overall = Scorecard.of(assessment).overall();
		assertEquals(94, overall.verified());
		assertEquals(25, overall.verifiedCount());
		assertEquals(2, overall.mismatches());
		assertEquals(-6.0, overall.differencePercent(), 1e-9);

		Assessment partial = assessment(checklist, DeclaredAnswer.DONE);
		partial.getResponses().get(0).setVerdict(Verdict.CONFORM);
		partial.getResponses().get(1).setVerdict(Verdict.NONCONFORM);
		partial.getResponses().get(2).setDeclaredAnswer(DeclaredAnswer.PARTLY);
		partial.getResponses().get(2).setVerdict(Verdict.PARTIALLY_CONFORM);
		Scorecard.Score part = Scorecard.of(partial).overall();
		assertEquals(6, part.verified());
		assertEquals(12, part.verifiedMaximum());
		assertEquals(50.0, part.verifiedPercent(), 1e-9);
		assertEquals(50.0 - 100.0 * 10 / 12, part.differencePercent(), 1e-9);
		assertEquals(false, Scorecard.of(assessment(checklist, DeclaredAnswer.DONE)).overall().hasVerified());
	}

	@Test
	void onlySmeBasicsIsScoredOnTheSelfDiagnosisScale() {
		assertEquals(ScoringScheme.SME_BASICS, ScoringScheme.of(ShippedCatalogues.load(ShippedCatalogues.SME_BASICS)));
		assertEquals(ScoringScheme.STANDARD, ScoringScheme.of(ShippedCatalogues.load(ShippedCatalogues.SECURITY_ACTION)));
		assertEquals(ScoringScheme.STANDARD, ScoringScheme.of(ShippedCatalogues.load(ShippedCatalogues.SUPPLIER_GUIDELINE)));
	}

	@Test
	void aCatalogueWhoseSourceDoesNotLeadToItsScoringIsRefused() {
		String xml = "<catalogue id='x' version='1' scoring='sme-basics'><name lang='en'>X</name>"
				+ "<source>Written by the audit team</source></catalogue>";
		IOException e = assertThrows(IOException.class,
				() -> CatalogueXmlReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "x.xml"));
		assertTrue(e.getMessage().contains("scoring 'sme-basics'"), e.getMessage());
	}

	@Test
	void securityActionHasOneAndTwoStarLevels() {
		Checklist checklist = ShippedCatalogues.load(ShippedCatalogues.SECURITY_ACTION);
		long one = requirements(checklist).stream().filter(r -> r.getLevel() == 1).count();
		long two = requirements(checklist).stream().filter(r -> r.getLevel() == 2).count();
		assertEquals(6, one);
		assertEquals(3, two);
		assertTrue(requirements(checklist).stream().filter(r -> r.getLevel() == 1).map(Requirement::getTitle)
				.anyMatch(t -> t.contains("antivirus")));
	}

	@Test
	void supplierGuidelineHasAtLeast60BilingualRequirementsOnThreeLevels() {
		Checklist checklist = ShippedCatalogues.load(ShippedCatalogues.SUPPLIER_GUIDELINE);
		List<Requirement> requirements = requirements(checklist);
		assertTrue(requirements.size() >= 60, "only " + requirements.size());
		Set<String> codes = new HashSet<>();
		int[] perLevel = new int[4];
		for (Requirement requirement : requirements) {
			assertTrue(codes.add(requirement.getCode()), "duplicate " + requirement.getCode());
			assertTrue(requirement.getLevel() >= 1 && requirement.getLevel() <= 3, requirement.getCode());
			assertEquals("Lv" + requirement.getLevel(), requirement.getLevelLabel());
			assertNotNull(requirement.getTitleJa(), requirement.getCode());
			assertNotNull(requirement.getGuidance(), requirement.getCode());
			assertNotNull(requirement.getGuidanceJa(), requirement.getCode());
			perLevel[requirement.getLevel()]++;
		}
		assertTrue(perLevel[1] >= 20 && perLevel[2] >= 20 && perLevel[3] >= 10);
		assertTrue(checklist.getSections().size() >= 10);
	}

	@Test
	void unknownCatalogueIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> ShippedCatalogues.load("nope"));
		assertEquals(3, ShippedCatalogues.entries().size());
	}

	static Assessment assessment(Checklist checklist, DeclaredAnswer answer) {
		Assessment assessment = RensaFactory.eINSTANCE.createAssessment();
		assessment.setChecklist(checklist);
		for (Requirement requirement : requirements(checklist)) {
			Response response = RensaFactory.eINSTANCE.createResponse();
			response.setRequirement(requirement);
			response.setDeclaredAnswer(answer);
			assessment.getResponses().add(response);
		}
		return assessment;
	}

	static List<Requirement> requirements(Checklist checklist) {
		return checklist.getSections().stream().flatMap(s -> s.getRequirements().stream()).toList();
	}
}
