// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Assessment;
import org.rensa.model.RensaFactory;
import org.rensa.model.Tlp;
import org.rensa.model.Visit;
import org.rensa.report.build.ReportBuilder;
import org.rensa.report.model.Block;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.model.Section;

/**
 * The visit report's comparison with the previous assessment and the portfolio summary's narrative
 * (conclusions, top risks, recommendations) and year-over-year trend, on the demo.
 */
class ComparisonAndTrendTest {

	@Test
	void visitReportComparesWithTheFy2025AssessmentOfTheSupplier() throws IOException {
		AuditProjectDocument demo = Demo.load();
		ReportDocument model = Demo.visitReport(demo, Demo.options("en", Tlp.AMBER, false));
		Section comparison = section(model, "Comparison with the previous assessment");
		String intro = ((Block.Paragraph) comparison.blocks().get(0)).text();
		assertTrue(intro.contains("FY2025"), intro);
		Block.Table scores = (Block.Table) comparison.blocks().get(1);
		assertEquals(List.of("Score", "FY2025", "FY2026", "Change"), scores.columns().stream().map(Block.Column::header).toList());
		assertEquals(List.of(List.of("Declared score (self-check)", "83%", "85%", "+2 pts"), List.of("Verified score (on site)", "60%", "50%", "-10 pts")),
				texts(scores));
		Block.Facts facts = (Block.Facts) comparison.blocks().get(2);
		assertEquals(List.of("2", "3", "18", "0", "0", "1"), facts.entries().stream().map(Block.Fact::value).toList());
		Block.Table verdicts = (Block.Table) sub(comparison, "Requirements that changed").blocks().get(0);
		assertEquals(List.of("1.1 worse", "2.1 better", "2.6 better", "3.3 worse", "3.4 worse"),
				verdicts.rows().stream().map(r -> r.get(0).text() + " " + r.get(4).text()).toList());
		assertEquals(List.of(List.of("2.1", "Security awareness training", "Partly", "Done")),
				texts((Block.Table) sub(comparison, "Declarations that changed").blocks().get(0)));
		assertEquals("No finding of the FY2025 assessment is still open.",
				((Block.Paragraph) sub(comparison, "Findings of last time still open").blocks().get(0)).text());
		String text = String.join("\n", Demo.pages(Demo.pdf(model))).replaceAll("\\s+", " ");
		assertTrue(text.contains("Comparison with the previous assessment"));
		assertTrue(text.contains("Findings of last time still open"));
	}

	@Test
	void aSupplierWithoutPreviousAssessmentGetsOneSentence() throws IOException {
		AuditProjectDocument demo = Demo.load();
		Visit visited = Demo.visit(demo);
		Assessment only = demo.getProject().getAssessments().stream()
				.filter(a -> a.getOrganization() != visited.getOrganization()
						&& demo.getProject().getAssessments().stream().filter(b -> b.getOrganization() == a.getOrganization()).count() == 1)
				.findFirst().orElseThrow();
		Visit visit = RensaFactory.eINSTANCE.createVisit();
		visit.setOrganization(only.getOrganization());
		visit.setAssessment(only);
		demo.getProject().getVisits().add(visit);
		for (String language : List.of("en", "ja")) {
			ReportDocument model = ReportBuilder.visit(demo, visit, Demo.options(language, Tlp.AMBER, false));
			Section comparison = section(model, language.equals("en") ? "Comparison with the previous assessment" : "前回評価との比較");
			assertEquals(1, comparison.blocks().size());
			assertTrue(comparison.subsections().isEmpty());
			String sentence = ((Block.Paragraph) comparison.blocks().get(0)).text();
			assertTrue(sentence.contains(language.equals("en") ? only.getOrganization().getName() : only.getOrganization().getNameJa()), sentence);
			assertTrue(sentence.contains(language.equals("en") ? "this is the first assessment" : "初回の評価"), sentence);
		}
	}

	@Test
	void portfolioNarrativeNamesTheTopRiskAndRecommendsPerRiskType() throws IOException {
		AuditProjectDocument demo = Demo.load();
		ReportDocument model = ReportBuilder.portfolio(demo, Demo.options("en", Tlp.AMBER, false));
		Section overview = model.sections().get(0);
		Section conclusions = sub(overview, "Conclusions");
		String narrative = ((Block.Paragraph) conclusions.blocks().get(0)).text();
		Block.Table risks = (Block.Table) sub(overview, "Top risks").blocks().get(0);
		List<String> top = risks.rows().get(0).stream().map(Block.Cell::text).toList();
		assertEquals("1", top.get(0));
		assertEquals(List.of("Aoba Software Lab Inc.", "Undeclared subcontractor"), top.subList(1, 3));
		assertTrue(narrative.contains("The most serious risk is at " + top.get(1) + ": " + top.get(3)), narrative);
		assertTrue(narrative.contains("4 suppliers declared more than the auditors could verify"), narrative);
		assertTrue(narrative.contains("No critical finding and 3 high findings are open."), narrative);
		assertFalse(narrative.contains(".."), narrative);
		Block.Bullets recommendations = (Block.Bullets) sub(overview, "Recommendations to the buyer").blocks().get(0);
		assertTrue(recommendations.items().get(0).startsWith("Require suppliers to declare and have approved every subcontractor"),
				recommendations.items().get(0));
		assertTrue(recommendations.items().stream().anyMatch(r -> r.startsWith("Visit the suppliers whose declarations were overstated")));
		assertTrue(recommendations.items().stream().anyMatch(r -> r.startsWith("Add the missing security clauses")));
	}

	@Test
	void portfolioTrendTableShowsPreviousAndCurrentScores() throws IOException {
		AuditProjectDocument demo = Demo.load();
		ReportDocument model = ReportBuilder.portfolio(demo, Demo.options("en", Tlp.AMBER, false));
		Section trend = section(model, "Year-over-year trend");
		Block.Table table = (Block.Table) trend.blocks().stream().filter(Block.Table.class::isInstance).findFirst().orElseThrow();
		assertEquals(List.of(List.of("Kisaragi Electronics Co., Ltd.", "FY2025", "83%", "60%", "FY2026", "85%", "50%", "worse (-10 pts)")),
				texts(table));
		Block.Chart chart = (Block.Chart) trend.blocks().stream().filter(Block.Chart.class::isInstance).findFirst().orElseThrow();
		assertEquals(table.rows().size(), chart.categories().size());
		String ja = String.join("\n", Demo.pages(Demo.pdf(ReportBuilder.portfolio(demo, Demo.options("ja", Tlp.AMBER, false)))));
		assertTrue(ja.contains("前年度との比較"));
		assertTrue(ja.contains("発注元への提言"));
		assertTrue(ja.replaceAll("\\s+", "").contains("ことを推奨する。"), "recommendations to the buyer in plain formal style (である調)");
	}

	private static Section section(ReportDocument model, String title) {
		Section found = model.sections().stream().filter(s -> s.title().equals(title)).findFirst().orElse(null);
		assertNotNull(found, title + " in " + model.sections().stream().map(Section::title).toList());
		return found;
	}

	private static Section sub(Section parent, String title) {
		Section found = parent.subsections().stream().filter(s -> s.title().equals(title)).findFirst().orElse(null);
		assertNotNull(found, title + " in " + parent.subsections().stream().map(Section::title).toList());
		return found;
	}

	private static List<List<String>> texts(Block.Table table) {
		List<List<String>> rows = new ArrayList<>();
		for (List<Block.Cell> row : table.rows()) {
			rows.add(row.stream().map(Block.Cell::text).collect(Collectors.toList()));
		}
		return rows;
	}
}
