// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rensa.core.analysis.PreviousAssessment;
import org.rensa.core.analysis.PreviousAssessment.Change;
import org.rensa.core.analysis.PreviousAssessment.Direction;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Campaign;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Organization;
import org.rensa.model.RensaFactory;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Verdict;

/** The year-over-year rule shared by the workbench's comparison and the visit report. */
class PreviousAssessmentTest {

	private static final RensaFactory F = RensaFactory.eINSTANCE;

	@Test
	void thePreviousAssessmentIsTheLatestEarlierOneOfTheSameOrganisation() {
		AuditProject project = F.createAuditProject();
		Organization supplier = F.createOrganization();
		Organization other = F.createOrganization();
		project.getOrganizations().addAll(List.of(supplier, other));
		Assessment fy2024 = assessment(project, supplier, 2024);
		Assessment fy2025 = assessment(project, supplier, 2025);
		Assessment fy2026 = assessment(project, supplier, 2026);
		Assessment otherFy2025 = assessment(project, other, 2025);
		assertSame(fy2025, PreviousAssessment.of(fy2026));
		assertSame(fy2024, PreviousAssessment.of(fy2025));
		assertNull(PreviousAssessment.of(fy2024));
		assertNull(PreviousAssessment.of(otherFy2025));
		assertEquals("FY2025", PreviousAssessment.label(fy2025));
	}

	@Test
	void verdictsRankedBetterOrWorseDeclarationsComparedAndNewRequirementsMarked() {
		Requirement requirement = F.createRequirement();
		requirement.setCode("1.1");
		Response before = F.createResponse();
		before.setRequirement(requirement);
		before.setDeclaredAnswer(DeclaredAnswer.PARTLY);
		before.setVerdict(Verdict.PARTIALLY_CONFORM);

		Change better = PreviousAssessment.compare(requirement, before, DeclaredAnswer.DONE, Verdict.CONFORM);
		assertEquals(Direction.BETTER, better.direction());
		assertTrue(better.declaredChanged());
		Change worse = PreviousAssessment.compare(requirement, before, DeclaredAnswer.PARTLY, Verdict.NONCONFORM);
		assertEquals(Direction.WORSE, worse.direction());
		assertFalse(worse.declaredChanged());
		assertEquals(Direction.UNCHANGED, PreviousAssessment.compare(requirement, before, DeclaredAnswer.PARTLY, Verdict.NOT_VERIFIED).direction());
		assertEquals(Direction.UNCHANGED, PreviousAssessment.compare(requirement, before, DeclaredAnswer.PARTLY, Verdict.PARTIALLY_CONFORM).direction());
		assertEquals(Direction.NEW, PreviousAssessment.compare(requirement, null, DeclaredAnswer.DONE, Verdict.CONFORM).direction());
	}

	private static Assessment assessment(AuditProject project, Organization organization, int fiscalYear) {
		Campaign campaign = F.createCampaign();
		campaign.setFiscalYear(fiscalYear);
		project.getCampaigns().add(campaign);
		Assessment assessment = F.createAssessment();
		assessment.setOrganization(organization);
		assessment.setCampaign(campaign);
		project.getAssessments().add(assessment);
		return assessment;
	}
}
