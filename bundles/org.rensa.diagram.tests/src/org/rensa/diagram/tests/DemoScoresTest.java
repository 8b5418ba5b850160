// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.analysis.ProjectAnalysis;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.diagram.description.ChainFacts;
import org.rensa.diagram.description.ChainFacts.RiskBand;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;

/**
 * The diagram's Risk layer colours each demo organisation by the band of its chain risk score, whose
 * weakness is one minus the verified score of
 * {@code org.rensa.core.tests/resources/fixtures/demo-scores.tsv} (asserted in the core tests): the
 * diagram reads the project's one chain report and scores nothing itself.
 */
class DemoScoresTest {

	@Test
	void theRiskBandOfEveryOrganisationFollowsTheChainReport() throws IOException {
		AuditProjectDocument document = ProjectStorage.standard().loadReadOnly(Chains.demo());
		AuditProject project = document.getProject();
		ChainFacts facts = ChainFacts.of(document);
		ChainReport report = ProjectAnalysis.chainReport(document);
		Path file = Chains.demo().resolve("../../bundles/org.rensa.core.tests/resources/fixtures/demo-scores.tsv").normalize();
		int checked = 0;
		for (String line : Files.readAllLines(file)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				String[] f = line.split("\t");
				Organization organization = project.getOrganizations().stream().filter(o -> o.getName().equals(f[0])).findFirst()
						.orElseThrow();
				assertEquals(RiskBand.of(report.risk(organization).chain()), facts.riskBand(organization), f[0]);
				checked++;
			}
		}
		assertEquals(4, checked);
		assertEquals(RiskBand.NONE, facts.riskBand(project.getBuyer()), "the buyer has no risk band");
	}
}
