// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rensa.core.analysis.AssessmentHistory;
import org.rensa.core.analysis.ChainAnalysis;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.analysis.ChainReport.RiskScore;
import org.rensa.core.analysis.internal.RiskCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.validation.DiagnosticMessages;
import org.rensa.model.text.Language;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.derived.Scorecard;

/**
 * The demo's scores, as the chain risk and the {@code risk} command use them, are the figures of
 * {@code resources/fixtures/demo-scores.tsv}, which the report, diagram and verification editor tests
 * assert too.
 */
class DemoScoresTest {

	@Test
	void everyCurrentAssessmentScoresTheExpectedFigures() throws IOException {
		AuditProject project = ProjectStorage.standard().loadReadOnly(ChainCommandsTest.demo()).getProject();
		List<String> actual = new ArrayList<>();
		for (Map.Entry<Organization, Assessment> entry : AssessmentHistory.current(project).entrySet()) {
			Scorecard card = Scorecard.of(entry.getValue());
			Scorecard.Score overall = card.overall();
			actual.add(String.join("\t", entry.getKey().getName(), card.scheme().id(), String.valueOf(overall.declared()),
					String.valueOf(overall.declaredMaximum()), String.valueOf(overall.verified()), String.valueOf(overall.verifiedMaximum())));
		}
		assertEquals(String.join("\n", expectedLines()), String.join("\n", actual));
	}

	@Test
	void theChainRiskWeaknessIsOneMinusTheVerifiedScoreAndTheRiskCommandPrintsIt() throws Exception {
		AuditProject project = ProjectStorage.standard().loadReadOnly(ChainCommandsTest.demo()).getProject();
		ChainReport report = ChainAnalysis.analyze(project);
		String printed = risk();
		Map<String, int[]> expected = expected();
		int verified = 0;
		for (RiskScore score : report.risks()) {
			int[] figures = expected.get(score.organization().getName());
			if (figures != null && figures[3] > 0) {
				verified++;
				assertEquals(1 - (double) figures[2] / figures[3], score.weakness(), 1e-12, score.organization().getName());
				assertTrue(printed.contains(String.format(Locale.ROOT, "\t%.1f\t", score.own()) + score.tier() + "\t"
						+ DiagnosticMessages.message("assessed." + score.assessed().name()).render(Language.ENGLISH) + "\t" + score.organization().getName() + "\t"), printed);
			}
		}
		assertTrue(verified >= 2, "the demo has organisations verified on site");
	}

	private static String risk() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
			assertEquals(0, new RiskCommand().run(List.of(ChainCommandsTest.demo().toString()),
					new CliContext(o, e, ProjectStorage.standard(), TestSupport.CLOCK)));
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static List<String> expectedLines() throws IOException {
		return Files.readAllLines(TestSupport.fixtures().resolve("demo-scores.tsv")).stream()
				.filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
	}

	/** @return organisation name → declared, declared maximum, verified, verified maximum */
	private static Map<String, int[]> expected() throws IOException {
		Map<String, int[]> figures = new LinkedHashMap<>();
		for (String line : expectedLines()) {
			String[] f = line.split("\t");
			figures.put(f[0], new int[] { Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]) });
		}
		return figures;
	}
}
