// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.rensa.core.analysis.AnalysisSettings;
import org.rensa.core.analysis.ChainReport.TierVisibility;
import org.rensa.core.analysis.ClauseRules;
import org.rensa.core.analysis.ProjectAnalysis;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.InformationClass;
import org.rensa.model.Tlp;
import org.rensa.report.build.ReportBuilder;
import org.rensa.report.model.Block;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.model.Section;

/** The portfolio's chain figures and tables come from the project's one chain report, settings included. */
class ChainReportFiguresTest {

	@Test
	void editingTheRuleTableChangesTheNextPortfolio() throws IOException {
		AuditProjectDocument document = Demo.load();
		List<List<Block.Cell>> before = table(portfolio(document), "Contracts lacking required clauses");
		assertFalse(before.isEmpty(), "the demo's contracts lack clauses the shipped table requires");

		BasicCommandStack stack = new BasicCommandStack();
		ClauseRules nothing = ClauseRules.defaults().withSubcontracting(1, List.of()).withSubcontracting(2, List.of());
		for (InformationClass informationClass : InformationClass.VALUES) {
			nothing = nothing.with(informationClass, 1, List.of()).with(informationClass, 2, List.of());
		}
		stack.execute(AnalysisSettings.changeRules(document, nothing));
		assertEquals(List.of(), table(portfolio(document), "Contracts lacking required clauses"),
				"a table requiring nothing: no row");
		stack.undo();
		assertEquals(before.size(), table(portfolio(document), "Contracts lacking required clauses").size());
	}

	@Test
	void theCoverageTableIsTheChainReportsVisibilityPerTier() throws IOException {
		AuditProjectDocument document = Demo.load();
		List<List<Block.Cell>> rows = table(portfolio(document), "Coverage");
		List<TierVisibility> tiers = ProjectAnalysis.chainReport(document).visibility().stream().filter(v -> v.tier() != 0)
				.toList();
		assertEquals(tiers.size(), rows.size());
		for (int i = 0; i < rows.size(); i++) {
			TierVisibility tier = tiers.get(i);
			assertEquals(List.of(String.valueOf(tier.organizations()), String.valueOf(tier.verified()),
					String.valueOf(tier.declaredOnly()), String.valueOf(tier.neverAssessed()),
					tier.sensitiveFlowsUnverified() + " / " + tier.sensitiveFlows()),
					rows.get(i).subList(1, 6).stream().map(Block.Cell::text).toList());
		}
	}

	private static ReportDocument portfolio(AuditProjectDocument document) {
		return ReportBuilder.portfolio(document, Demo.options("en", Tlp.RED, false));
	}

	/** The rows of the section's table; empty when the section has none. */
	private static List<List<Block.Cell>> table(ReportDocument report, String title) {
		for (Section section : report.sections()) {
			if (section.title().equals(title)) {
				for (Block block : section.blocks()) {
					if (block instanceof Block.Table table) {
						return table.rows();
					}
				}
				return List.of();
			}
		}
		throw new AssertionError("no section " + title);
	}
}
