// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.analysis.AnalysisSettings;
import org.rensa.core.analysis.ChainAnalysis;
import org.rensa.core.analysis.ClauseRules;
import org.rensa.core.analysis.RiskWeights;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.diagram.DiagramFilter;
import org.rensa.diagram.DiagramStore;
import org.rensa.diagram.DiagramSynchronizer;
import org.rensa.diagram.description.ChainFacts;
import org.rensa.diagram.description.ChainFacts.RiskBand;
import org.rensa.diagram.description.ChainFacts.VerificationState;
import org.rensa.diagram.description.DiagramDescription;
import org.rensa.diagram.description.EdgeStyle;
import org.rensa.diagram.description.Layer;
import org.rensa.diagram.description.NodeStyle;
import org.rensa.diagram.description.Rgb;
import org.rensa.diagram.description.StyleRule;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Filter;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.NotationFactory;
import org.rensa.model.AuditProject;
import org.rensa.model.Clause;
import org.rensa.model.ClauseCategory;
import org.rensa.model.Contract;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.RensaFactory;
import org.rensa.model.Severity;

class LayersTest {

	private final DiagramDescription description = SupplyChainDiagram.description();

	@Test
	void riskLayerFillsByTheChainRiskBandAndBadgesTheHighestOpenFinding() {
		AuditProject project = Chains.tricky();
		Organization alpha = project.getOrganizations().get(1);
		finding(project, alpha, Severity.MEDIUM, FindingStatus.OPEN);
		finding(project, alpha, Severity.CRITICAL, FindingStatus.OPEN);
		finding(project, alpha, Severity.CRITICAL, FindingStatus.CLOSED);
		ChainFacts facts = Chains.facts(project);
		assertEquals(Severity.CRITICAL, facts.worstOpenFinding(alpha));
		List<Layer> risk = description.layers(List.of(SupplyChainDiagram.RISK));
		NodeStyle style = description.styleOf(alpha, facts, risk, false);
		assertEquals("CRIT", style.badge);
		NodeStyle plain = description.styleOf(alpha, facts, List.of(), false);
		assertNull(plain.badge, "no layer, no badge");
		assertEquals(RiskBand.NONE, facts.riskBand(project.getOrganizations().get(0)), "the buyer has no chain risk");
		for (Organization organization : project.getOrganizations().subList(1, project.getOrganizations().size())) {
			double chain = facts.report().risk(organization).chain();
			RiskBand band = facts.riskBand(organization);
			assertEquals(chain >= 75 ? RiskBand.SEVERE : chain >= 50 ? RiskBand.HIGH : chain >= 25 ? RiskBand.MODERATE : RiskBand.LOW,
					band, organization.getName() + " at " + chain);
			String fill = switch (band) {
			case LOW -> "#dcefdc";
			case MODERATE -> "#fbf0c9";
			case HIGH -> "#fbd3bd";
			default -> "#f6c4c0";
			};
			assertEquals(Rgb.of(fill), description.styleOf(organization, facts, risk, false).fill, organization.getName());
		}
	}

	@Test
	void riskBandsSplitTheChainRiskScoreAtTwentyFiveFiftyAndSeventyFive() {
		assertEquals(RiskBand.LOW, RiskBand.of(0));
		assertEquals(RiskBand.LOW, RiskBand.of(24.99));
		assertEquals(RiskBand.MODERATE, RiskBand.of(25));
		assertEquals(RiskBand.HIGH, RiskBand.of(50));
		assertEquals(RiskBand.SEVERE, RiskBand.of(75));
		assertEquals(RiskBand.SEVERE, RiskBand.of(100));
	}

	@Test
	void editingAClauseRuleThroughItsCommandChangesTheContractCoverageLayer(@TempDir Path dir) {
		AuditProject project = Chains.tricky();
		Relationship r1 = project.getRelationships().get(0); // buyer → alpha, confidential
		contract(project, r1, ClauseCategory.CONFIDENTIALITY);
		AuditProjectDocument document = Chains.document(dir, project);
		BasicCommandStack stack = new BasicCommandStack();
		List<Layer> coverage = description.layers(List.of(SupplyChainDiagram.CONTRACT_COVERAGE));
		ChainFacts before = ChainFacts.of(document);
		assertTrue(before.missingClauses(r1).contains("SECURITY_REQUIREMENTS"), "the shipped rule table: " + before.missingClauses(r1));
		assertTrue(description.styleOf(r1, before, coverage, false).dashed);

		ClauseRules relaxed = ClauseRules.defaults().with(InformationClass.CONFIDENTIAL_BUSINESS, 1,
				List.of(ClauseCategory.CONFIDENTIALITY)).withSubcontracting(1, List.of());
		stack.execute(AnalysisSettings.changeRules(document, relaxed));
		assertTrue(stack.isSaveNeeded(), "a settings change makes the project dirty");
		ChainFacts after = ChainFacts.of(document);
		assertEquals(List.of(), after.missingClauses(r1));
		assertFalse(description.styleOf(r1, after, coverage, false).dashed);

		stack.undo();
		assertEquals(before.missingClauses(r1), ChainFacts.of(document).missingClauses(r1), "undo restores the table");
	}

	@Test
	void verificationOfAnOrganisationWithoutAssessmentsIsNeverAssessed() {
		AuditProject project = Chains.tricky();
		ChainFacts facts = Chains.facts(project);
		assertEquals(VerificationState.NEVER_ASSESSED, facts.verification(project.getOrganizations().get(1)));
		NodeStyle style = description.styleOf(project.getOrganizations().get(1), facts,
				description.layers(List.of(SupplyChainDiagram.VERIFICATION)), false);
		assertTrue(style.dashed);
	}

	@Test
	void informationFlowAndContractCoverage() {
		AuditProject project = Chains.tricky();
		Relationship r1 = project.getRelationships().get(0); // confidential, no contract, alpha subcontracts
		Relationship r2 = project.getRelationships().get(1); // NONE only
		Relationship r3 = project.getRelationships().get(2); // personal data, subcontract
		AnalysisSettings simple = new AnalysisSettings(ClauseRules.empty()
				.with(InformationClass.CONFIDENTIAL_BUSINESS, 1, List.of(ClauseCategory.CONFIDENTIALITY))
				.with(InformationClass.PERSONAL_DATA, 1, List.of(ClauseCategory.CONFIDENTIALITY, ClauseCategory.PERSONAL_DATA_HANDLING))
				.withSubcontracting(1, List.of(ClauseCategory.FLOW_DOWN)), RiskWeights.defaults());
		ChainFacts facts = ChainFacts.of(project, ChainAnalysis.analyze(project, simple));
		assertEquals(List.of("CONTRACT", "CONFIDENTIALITY", "FLOW_DOWN"), facts.missingClauses(r1));
		assertTrue(facts.missingClauses(r2).isEmpty());
		assertEquals(List.of("CONTRACT", "CONFIDENTIALITY", "PERSONAL_DATA_HANDLING"), facts.missingClauses(r3));

		Contract upstream = contract(project, r1, ClauseCategory.CONFIDENTIALITY, ClauseCategory.PERSONAL_DATA_HANDLING,
				ClauseCategory.FLOW_DOWN);
		upstream.getClauses().get(1).setFlowsDown(true);
		contract(project, r3, ClauseCategory.CONFIDENTIALITY, ClauseCategory.PERSONAL_DATA_HANDLING);
		facts = ChainFacts.of(project, ChainAnalysis.analyze(project, simple));
		assertTrue(facts.missingClauses(r1).isEmpty());
		assertTrue(facts.missingClauses(r3).isEmpty(), "the flowing-down obligation is imposed on gamma");
		project.getContracts().get(1).getClauses().remove(1);
		facts = ChainFacts.of(project, ChainAnalysis.analyze(project, simple));
		assertEquals(List.of("PERSONAL_DATA_HANDLING"), facts.missingClauses(r3), "required and a flow-down break");

		List<Layer> both = description.layers(List.of(SupplyChainDiagram.CONTRACT_COVERAGE, SupplyChainDiagram.INFORMATION_FLOW));
		EdgeStyle style = description.styleOf(r3, facts, both, false);
		assertTrue(style.dashed);
		assertEquals(Rgb.of("#d32f2f"), style.color, "coverage is drawn after information flow");
		assertEquals("Personal", style.label);
		assertTrue(style.width > 3);
		assertEquals("個人情報", description.styleOf(r3, facts, both, true).label);
		assertFalse(description.styleOf(r2, facts, both, false).dashed);
	}

	@Test
	void aNewLayerIsAFewLines() {
		Layer capital = new Layer("group", "Group companies", "グループ会社",
				List.of(new StyleRule<Organization, NodeStyle>((o, f) -> o.getName().startsWith("A"),
						(s, o) -> s.fill = Rgb.of("#123456"))),
				List.of(), List.of());
		DiagramDescription extended = new DiagramDescription("x", description.nodeMappings(),
				description.edgeMappings(), List.of(capital));
		AuditProject project = Chains.tricky();
		NodeStyle style = extended.styleOf(project.getOrganizations().get(1), Chains.facts(project),
				extended.layers(List.of("group")), false);
		assertEquals(Rgb.of("#123456"), style.fill);
	}

	@Test
	void filtersHideTiersBranchesAndInsensitiveOrganisations() {
		AuditProject project = Chains.tricky();
		Diagram diagram = DiagramStore.newDiagram("t");
		new DiagramSynchronizer(description).synchronize(diagram, project);
		ChainFacts facts = Chains.facts(project);
		assertEquals(5, DiagramFilter.visibleNodes(diagram, facts).size());
		Filter filter = NotationFactory.eINSTANCE.createFilter();
		filter.setMaxTier(1);
		diagram.setFilter(filter);
		assertEquals(List.of("buyer", "alpha", "beta"), ids(diagram, facts));
		filter.unsetMaxTier();
		filter.setRootId("alpha");
		assertEquals(List.of("alpha", "gamma"), ids(diagram, facts));
		filter.setRootId(null);
		filter.setSensitiveOnly(true);
		assertEquals(List.of("buyer", "alpha", "gamma"), ids(diagram, facts));
	}

	private static List<String> ids(Diagram diagram, ChainFacts facts) {
		return DiagramFilter.visibleNodes(diagram, facts).stream().map(Node::getSemanticId).toList();
	}

	private static void finding(AuditProject project, Organization organization, Severity severity, FindingStatus status) {
		Finding finding = RensaFactory.eINSTANCE.createFinding();
		finding.setOrganization(organization);
		finding.setSeverity(severity);
		finding.setStatus(status);
		project.getFindings().add(finding);
	}

	private static Contract contract(AuditProject project, Relationship relationship, ClauseCategory... categories) {
		Contract contract = RensaFactory.eINSTANCE.createContract();
		contract.setRelationship(relationship);
		for (ClauseCategory category : categories) {
			Clause clause = RensaFactory.eINSTANCE.createClause();
			clause.setCategory(category);
			contract.getClauses().add(clause);
		}
		project.getContracts().add(contract);
		return contract;
	}
}
