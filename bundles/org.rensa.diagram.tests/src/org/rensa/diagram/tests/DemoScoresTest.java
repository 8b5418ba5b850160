// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.diagram.description.ChainFacts;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;

/**
 * The diagram's verified score of each demo organisation is the figure of
 * {@code org.rensa.core.tests/resources/fixtures/demo-scores.tsv}, which the chain risk, report and
 * verification editor tests assert too.
 */
class DemoScoresTest {

	@Test
	void theVerifiedScoreOfEveryOrganisationIsTheExpectedOne() throws IOException {
		AuditProject project = ProjectStorage.standard().loadReadOnly(Chains.demo()).getProject();
		ChainFacts facts = ChainFacts.of(project);
		Path file = Chains.demo().resolve("../../bundles/org.rensa.core.tests/resources/fixtures/demo-scores.tsv").normalize();
		int checked = 0;
		for (String line : Files.readAllLines(file)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				String[] f = line.split("\t");
				Organization organization = project.getOrganizations().stream().filter(o -> o.getName().equals(f[0])).findFirst()
						.orElseThrow();
				assertEquals((double) Integer.parseInt(f[4]) / Integer.parseInt(f[5]), facts.verifiedScore(organization), 1e-12, f[0]);
				checked++;
			}
		}
		assertEquals(4, checked);
		Organization buyer = project.getBuyer();
		assertEquals(-1, facts.verifiedScore(buyer), "never verified");
	}
}
