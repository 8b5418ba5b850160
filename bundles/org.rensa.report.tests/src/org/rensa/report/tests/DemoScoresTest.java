// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Assessment;
import org.rensa.model.Tlp;
import org.rensa.model.derived.Scorecard;
import org.rensa.report.build.ReportBuilder;
import org.rensa.report.model.Block;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.model.Section;

/**
 * The reports print the demo's scores of {@code org.rensa.core.tests/resources/fixtures/demo-scores.tsv},
 * the figures the chain risk, diagram and verification editor tests assert too.
 */
class DemoScoresTest {

	@Test
	void thePortfolioSummaryPrintsTheExpectedScores() throws IOException {
		ReportDocument portfolio = ReportBuilder.portfolio(Demo.load(), Demo.options("en", Tlp.AMBER, false));
		Block.Table byTier = (Block.Table) section(portfolio, "Organisations by tier").blocks().get(0);
		Map<String, List<Block.Cell>> rows = new HashMap<>();
		byTier.rows().forEach(row -> rows.put(row.get(1).text(), row));
		Map<String, int[]> expected = expected();
		for (Map.Entry<String, int[]> entry : expected.entrySet()) {
			List<Block.Cell> row = rows.get(entry.getKey());
			assertNotNull(row, entry.getKey());
			int[] f = entry.getValue();
			assertEquals(percent(f[0], f[1]), row.get(5).text(), entry.getKey() + " declared");
			assertEquals(percent(f[2], f[3]), row.get(6).text(), entry.getKey() + " verified");
		}
		assertEquals(4, expected.size());
	}

	@Test
	void theVisitReportPrintsTheExpectedScoresInTheModelThePdfAndTheDocx() throws IOException {
		AuditProjectDocument demo = Demo.load();
		ReportDocument visit = Demo.visitReport(demo, Demo.options("en", Tlp.AMBER, false));
		Assessment assessment = Demo.visit(demo).getAssessment();
		int[] f = expected().get(assessment.getOrganization().getName());
		Map<String, String> facts = new HashMap<>();
		visit.sections().get(0).blocks().stream().filter(Block.Facts.class::isInstance)
				.forEach(b -> ((Block.Facts) b).entries().forEach(fact -> facts.put(fact.label(), fact.value())));
		String declared = "Declared score (self-check)";
		String verified = "Verified score (on site)";
		assertEquals(percent(f[0], f[1]), facts.get(declared));
		assertEquals(percent(f[2], f[3]), facts.get(verified));

		String pdf = String.join("\n", Demo.pages(Demo.pdf(visit))).replaceAll("\\s+", " ");
		String docx = Demo.docxText(Demo.docx(visit)).replaceAll("\\s+", " ");
		for (String text : List.of(pdf, docx)) {
			assertTrue(text.contains(declared + " " + percent(f[0], f[1])), declared);
			assertTrue(text.contains(verified + " " + percent(f[2], f[3])), verified);
		}

		Block.Chart chart = (Block.Chart) section(visit, "Results by section").blocks().stream().filter(Block.Chart.class::isInstance)
				.findFirst().orElseThrow();
		List<Scorecard.Score> sections = Scorecard.of(assessment).sections();
		assertEquals(sections.size(), chart.categories().size());
		for (int i = 0; i < sections.size(); i++) {
			assertEquals(sections.get(i).declaredPercent(), chart.categories().get(i).values()[0], 1e-9);
			assertEquals(sections.get(i).verifiedPercent(), chart.categories().get(i).values()[1], 1e-9);
		}
	}

	private static Section section(ReportDocument document, String title) {
		return document.sections().stream().filter(s -> s.title().equals(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no section " + title));
	}

	private static String percent(int points, int maximum) {
		return Math.round(100.0 * points / maximum) + "%";
	}

	/** @return organisation name → declared, declared maximum, verified, verified maximum */
	private static Map<String, int[]> expected() throws IOException {
		Path file = Demo.directory().resolve("../../bundles/org.rensa.core.tests/resources/fixtures/demo-scores.tsv").normalize();
		Map<String, int[]> figures = new HashMap<>();
		for (String line : Files.readAllLines(file)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				String[] f = line.split("\t");
				figures.put(f[0], new int[] { Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]) });
			}
		}
		return figures;
	}
}
