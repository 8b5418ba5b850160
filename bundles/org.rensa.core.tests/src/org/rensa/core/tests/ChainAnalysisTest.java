// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rensa.core.analysis.AnalysisSettings;
import org.rensa.core.analysis.ChainAnalysis;
import org.rensa.core.analysis.ChainMessages;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.analysis.ChainReport.Assessed;
import org.rensa.core.analysis.ChainReport.CoverageRow;
import org.rensa.core.analysis.ChainReport.CoverageState;
import org.rensa.core.analysis.ChainReport.FlowDownBreak;
import org.rensa.core.analysis.ChainReport.OversightProblem;
import org.rensa.core.analysis.ChainReport.ProblemKind;
import org.rensa.core.analysis.ChainReport.TierVisibility;
import org.rensa.core.analysis.ClauseRules;
import org.rensa.core.analysis.RiskWeights;
import org.rensa.model.ClauseCategory;
import org.rensa.model.Contract;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.text.Language;

/** Coverage, flow-down, oversight and visibility on hand-built chains with known answers. */
class ChainAnalysisTest {

	private static final ClauseCategory SEC = ClauseCategory.SECURITY_REQUIREMENTS;
	private static final ClauseCategory INC = ClauseCategory.INCIDENT_NOTIFICATION;
	private static final ClauseCategory FD = ClauseCategory.FLOW_DOWN;
	private static final ClauseCategory CONF = ClauseCategory.CONFIDENTIALITY;
	private static final InformationClass TECH = InformationClass.TECHNICAL_DESIGN;

	/** Rules: technical design needs confidentiality and security requirements at every tier. */
	private static AnalysisSettings simpleRules() {
		return new AnalysisSettings(ClauseRules.empty().with(TECH, 1, List.of(CONF, SEC)), RiskWeights.defaults());
	}

	private static List<String> names(List<Organization> organizations) {
		return organizations.stream().map(Organization::getName).collect(Collectors.toList());
	}

	@Test
	void deepChainReportsTheWholeChainOfTheBreak() {
		ChainFixture f = new ChainFixture();
		Organization a = f.supplier("A");
		Organization b = f.sub("B");
		Organization c = f.sub("C");
		Organization d = f.sub("D");
		f.contract(f.link(f.buyer, a, TECH), SEC, INC, FD);
		f.contract(f.link(a, b, TECH), SEC, INC, FD);
		Relationship bc = f.link(b, c, TECH);
		Contract weak = f.contract(bc);
		f.clause(weak, CONF, false);
		f.link(c, d, TECH);

		ChainReport report = ChainAnalysis.analyze(f.project, simpleRules());
		assertEquals(1, report.breaks().size(), report.breaks().toString());
		FlowDownBreak flowDownBreak = report.breaks().get(0);
		assertSame(bc, flowDownBreak.link());
		assertSame(weak, flowDownBreak.contract());
		assertEquals(EnumSet.of(SEC, INC, FD), flowDownBreak.missing());
		assertEquals(List.of("Buyer", "A", "B", "C"), names(flowDownBreak.chain()));
		assertEquals("Contract A-B", flowDownBreak.upstreamContract().getTitle());
		assertEquals(List.of("D"), names(report.downstreamOf(c)));
		assertEquals("Flow-down broken along Buyer → A → B → C: B does not impose Security requirements,"
				+ " Incident notification, Flow-down to subcontractors (required to flow down by “Contract A-B”) on C"
				+ " (“Contract B-C”)", ChainMessages.describe(flowDownBreak).render(Language.ENGLISH));
		assertEquals("再委託先への要求の継承が途切れています: Buyer → A → B → C — B は「Contract A-B」で継承を求められた"
				+ " セキュリティ要求事項、インシデント報告、再委託先への要求の継承 を C に課していません（Contract B-C）",
				ChainMessages.describe(flowDownBreak).render(Language.JAPANESE));

		CoverageRow rowC = report.coverage().get(2);
		assertSame(c, rowC.organization());
		assertEquals(3, rowC.tier());
		assertEquals(CoverageState.PRESENT, rowC.cell(CONF).state());
		assertSame(weak, rowC.cell(CONF).contract());
		assertEquals(CoverageState.MISSING, rowC.cell(SEC).state());
		assertSame(weak, rowC.cell(SEC).contract());
		assertEquals(CoverageState.NOT_REQUIRED, rowC.cell(ClauseCategory.AUDIT_RIGHT).state());
		CoverageRow rowD = report.coverage().get(3);
		assertEquals(4, rowD.tier());
		assertEquals(CoverageState.MISSING, rowD.cell(CONF).state());
		assertNull(rowD.cell(CONF).contract(), "no contract governs C -> D");
		assertEquals(4, report.coverage().size(), "one row per organisation but the buyer");
	}

	@Test
	void diamondUnitesObligationsAndReportsOnlyTheBrokenBranch() {
		ChainFixture f = new ChainFixture();
		Organization a = f.supplier("A");
		Organization b = f.supplier("B");
		Organization c = f.sub("C");
		Organization d = f.sub("D");
		f.contract(f.link(f.buyer, a, TECH), SEC);
		f.contract(f.link(f.buyer, b, TECH), SEC, INC);
		f.contract(f.link(a, c, TECH), CONF, SEC);
		Relationship bc = f.link(b, c, TECH);
		f.contract(bc, CONF, SEC);
		f.contract(f.link(c, d, TECH), CONF, SEC);

		ChainReport report = ChainAnalysis.analyze(f.project, simpleRules());
		assertEquals(1, report.breaks().size(), report.breaks().toString());
		assertSame(bc, report.breaks().get(0).link());
		assertEquals(EnumSet.of(INC), report.breaks().get(0).missing());
		assertEquals(List.of("Buyer", "B", "C"), names(report.breaks().get(0).chain()));
		assertEquals(List.of("C"), names(report.coverage(2, null).stream().map(CoverageRow::organization).toList()));
		assertEquals(List.of("D"), names(report.coverage(3, TECH).stream().map(CoverageRow::organization).toList()));
		assertEquals(List.of(), report.coverage(null, InformationClass.PERSONAL_DATA));
		assertEquals(List.of("D"), names(report.downstreamOf(c)));
	}

	@Test
	void cyclesTerminateAndBreakOnTheLinkBack() {
		ChainFixture f = new ChainFixture();
		Organization a = f.supplier("A");
		Organization b = f.sub("B");
		Organization c = f.sub("C");
		f.clause(f.contract(f.link(f.buyer, a, TECH), SEC), CONF, false);
		f.contract(f.link(a, b, TECH), SEC);
		f.contract(f.link(b, c, TECH), SEC);
		Relationship back = f.link(c, a, TECH);

		ChainReport report = ChainAnalysis.analyze(f.project, simpleRules());
		assertEquals(1, report.breaks().size(), report.breaks().toString());
		assertSame(back, report.breaks().get(0).link());
		assertNull(report.breaks().get(0).contract());
		assertEquals(List.of("Buyer", "A", "B", "C", "A"), names(report.breaks().get(0).chain()));
		assertEquals(List.of("B", "C"), names(report.downstreamOf(a)));
		assertEquals(List.of(1, 2, 3), report.coverage().stream().map(CoverageRow::tier).toList());
		// A receives from C too: CONFIDENTIALITY is missing on C -> A although present nowhere on A's links
		assertEquals(CoverageState.MISSING, report.coverage().get(0).cell(CONF).state());
		assertSame(back, report.coverage().get(0).cell(CONF).relationship());
		// nobody assessed: every chain score equals the highest own score in the cycle
		double top = report.risks().stream().mapToDouble(s -> s.own()).max().orElseThrow();
		report.risks().forEach(s -> assertEquals(top, s.chain(), s.toString()));
	}

	@Test
	void aBuyerThatIsItsSuppliersSubcontractorIsNeitherRowNorBreakNorOversightProblem() {
		ChainFixture f = new ChainFixture();
		Organization a = f.supplier("A");
		f.contract(f.link(f.buyer, a, TECH), CONF, SEC, FD);
		Relationship toBuyer = f.link(a, f.buyer, TECH);
		toBuyer.setDeclaredToBuyer(false);
		toBuyer.setApproved(false);
		f.assess(a, org.rensa.model.Verdict.CONFORM);

		ChainReport report = ChainAnalysis.analyze(f.project, simpleRules());
		assertEquals(List.of("A"), names(report.coverage().stream().map(CoverageRow::organization).toList()));
		assertEquals(List.of(), report.breaks());
		assertEquals(List.of(), report.problems());
		assertEquals(1, report.risks().size());
		assertEquals(List.of(), report.downstreamOf(a), "the buyer is never downstream");
		assertEquals(CoverageState.PRESENT, report.coverage().get(0).cell(SEC).state());
	}

	@Test
	void oversightFindsUndeclaredUnapprovedUnassessedAndForeign() {
		ChainFixture f = new ChainFixture();
		Organization a = f.supplier("A");
		Organization hidden = f.sub("Hidden");
		Organization pending = f.sub("Pending");
		Organization abroad = f.org("Abroad", org.rensa.model.OrganizationKind.SUBCONTRACTOR, "VN");
		f.contract(f.link(f.buyer, a, TECH, InformationClass.PERSONAL_DATA));
		f.assess(a, org.rensa.model.Verdict.CONFORM);
		Relationship undeclared = f.link(a, hidden, InformationClass.NETWORK_ACCESS);
		undeclared.setDeclaredToBuyer(false);
		undeclared.setApproved(false);
		f.assess(hidden);
		Relationship unapproved = f.link(a, pending, TECH);
		unapproved.setApproved(false);
		Relationship foreign = f.link(a, abroad, InformationClass.PERSONAL_DATA);
		f.assess(abroad, org.rensa.model.Verdict.NONCONFORM);

		ChainReport report = ChainAnalysis.analyze(f.project, simpleRules());
		List<OversightProblem> problems = report.problems();
		assertEquals(List.of(ProblemKind.UNDECLARED_SUBCONTRACTOR, ProblemKind.UNAPPROVED_SUBCONTRACTOR,
				ProblemKind.FOREIGN_PERSONAL_DATA, ProblemKind.SENSITIVE_DATA_UNASSESSED),
				problems.stream().map(OversightProblem::kind).toList());
		assertSame(undeclared, problems.get(0).relationship());
		assertSame(hidden, problems.get(0).organization());
		assertEquals(List.of("Buyer", "A", "Hidden"), names(problems.get(0).chain()));
		assertSame(unapproved, problems.get(1).relationship());
		assertSame(foreign, problems.get(2).relationship());
		assertSame(pending, problems.get(3).organization(), "Hidden only gets network access; Abroad was verified");
		assertEquals(Set.of(TECH), problems.get(3).classes());
		assertEquals("Personal data goes to Abroad in VN (Buyer → A → Abroad)",
				ChainMessages.describe(problems.get(2)).render(Language.ENGLISH));
		assertEquals("Undeclared subcontractor: A passes Network access to the buyer to Hidden without declaring it"
				+ " to the buyer (Buyer → A → Hidden)", ChainMessages.describe(problems.get(0)).render(Language.ENGLISH));
		assertEquals("未申告の再委託先: A → Hidden（ネットワークへのアクセス）経路 Buyer → A → Hidden",
				ChainMessages.describe(problems.get(0)).render(Language.JAPANESE));
		assertTrue(report.hasChainProblems());

		List<TierVisibility> visibility = report.visibility();
		assertEquals(2, visibility.size());
		TierVisibility tier1 = visibility.get(0);
		assertEquals(1, tier1.tier());
		assertEquals(1, tier1.organizations());
		assertEquals(1, tier1.verified());
		assertEquals(0.0, tier1.organizationGap());
		assertEquals(1, tier1.sensitiveFlows());
		TierVisibility tier2 = visibility.get(1);
		assertEquals(3, tier2.organizations());
		assertEquals(1, tier2.verified());
		assertEquals(1, tier2.declaredOnly());
		assertEquals(1, tier2.neverAssessed());
		assertEquals(2 / 3.0, tier2.organizationGap(), 1e-9);
		assertEquals(2, tier2.sensitiveFlows(), "technical design to Pending, personal data to Abroad");
		assertEquals(1, tier2.sensitiveFlowsUnverified());
		assertEquals(Assessed.DECLARED_ONLY, report.risk(hidden).assessed());
	}

	@Test
	void unreachedOrganisationsAreReportedLast() {
		ChainFixture f = new ChainFixture();
		Organization a = f.supplier("A");
		Organization island = f.sub("Island");
		f.contract(f.link(f.buyer, a, TECH), CONF, SEC);
		ChainReport report = ChainAnalysis.analyze(f.project, simpleRules());
		assertEquals(-1, report.coverage().get(1).tier());
		assertSame(island, report.coverage().get(1).organization());
		assertEquals(List.of(1, -1), report.visibility().stream().map(TierVisibility::tier).toList());
		assertFalse(report.coverage().get(0).missingCount() > 0);
	}
}
