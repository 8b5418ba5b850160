// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.rensa.core.analysis.AnalysisSettings;
import org.rensa.core.analysis.ChainAnalysis;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.analysis.ChainReport.Assessed;
import org.rensa.core.analysis.ChainReport.RiskScore;
import org.rensa.core.analysis.ClauseRules;
import org.rensa.core.analysis.RiskWeights;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.Severity;
import org.rensa.model.Verdict;

/** The chain risk score with the documented formula and configurable weights. */
class ChainRiskTest {

	private ChainFixture f;
	private Organization supplier;
	private Organization sub;
	private Organization courier;

	private ChainReport analyze(RiskWeights weights) {
		return ChainAnalysis.analyze(f.project, new AnalysisSettings(ClauseRules.defaults(), weights));
	}

	private void build() {
		f = new ChainFixture();
		supplier = f.supplier("Supplier");
		sub = f.sub("Sub");
		courier = f.sub("Courier");
		f.link(f.buyer, supplier, InformationClass.PERSONAL_DATA);
		f.link(supplier, sub, InformationClass.TECHNICAL_DESIGN);
		f.link(supplier, courier, InformationClass.NONE);
		f.assess(supplier, Verdict.CONFORM, Verdict.CONFORM, Verdict.PARTIALLY_CONFORM, Verdict.NONCONFORM,
				Verdict.NOT_VERIFIED);
		Finding high = ChainFixture.F.createFinding();
		high.setOrganization(supplier);
		high.setSeverity(Severity.HIGH);
		high.setStatus(FindingStatus.OPEN);
		f.project.getFindings().add(high);
		Finding closed = ChainFixture.F.createFinding();
		closed.setOrganization(supplier);
		closed.setSeverity(Severity.CRITICAL);
		closed.setStatus(FindingStatus.CLOSED);
		f.project.getFindings().add(closed);
		f.assess(courier);
	}

	@Test
	void scoresFollowTheDocumentedFormula() {
		build();
		ChainReport report = analyze(RiskWeights.defaults());
		RiskScore s = report.risk(supplier);
		// conformity (2 + 0.5) / 4 → weakness 0.375; one open HIGH finding → 0.5; personal data → 1.0
		assertEquals(0.375, s.weakness(), 1e-9);
		assertEquals(0.5, s.findings(), 1e-9);
		assertEquals(1.0, s.sensitivity(), 1e-9);
		assertEquals(42.5, s.own(), 1e-9); // 100 * 1.0 * (0.6 * 0.375 + 0.4 * 0.5) / 1.0
		RiskScore subScore = report.risk(sub);
		assertEquals(Assessed.NEVER_ASSESSED, subScore.assessed());
		assertEquals(43.2, subScore.own(), 1e-9); // 100 * 0.9 * 0.6 * 0.8
		assertEquals(43.2, s.chain(), 1e-9, "no safer than the subcontractor it passes design data to");
		assertSame(sub, s.weakestLink());
		RiskScore courierScore = report.risk(courier);
		assertEquals(3.0, courierScore.own(), 1e-9); // 100 * 0.1 * 0.6 * 0.5 (declared only)
		assertEquals(null, report.risk(f.buyer), "the buyer has no score");
	}

	@Test
	void weightsAreConfigurable() throws IOException {
		build();
		Properties overrides = new Properties();
		overrides.setProperty("propagation.sensitive", "0.5");
		overrides.setProperty("weight.findings", "0");
		RiskWeights weights = RiskWeights.defaults().with(overrides);
		ChainReport report = analyze(weights);
		RiskScore s = report.risk(supplier);
		assertEquals(37.5, s.own(), 1e-9); // 100 * 1.0 * (0.6 * 0.375) / 0.6
		assertEquals(72.0, report.risk(sub).own(), 1e-9); // 100 * 0.9 * 0.8
		assertEquals(37.5, s.chain(), 1e-9); // max(37.5, 0.5 * 72)
		assertSame(supplier, s.weakestLink());

		Properties bad = new Properties();
		bad.setProperty("weight.colour", "1");
		assertTrue(assertThrows(IOException.class, () -> RiskWeights.defaults().with(bad)).getMessage().contains("weight.colour"));
		bad.clear();
		bad.setProperty("propagation.other", "2");
		assertTrue(assertThrows(IOException.class, () -> RiskWeights.defaults().with(bad)).getMessage().contains("outside"));
	}
}
