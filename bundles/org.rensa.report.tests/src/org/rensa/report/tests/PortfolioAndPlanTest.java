// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Tlp;
import org.rensa.report.build.ReportBuilder;
import org.rensa.report.model.Block;
import org.rensa.report.model.ReportDocument;

/** The portfolio summary and the remediation plan, from the content model to the PDF text. */
class PortfolioAndPlanTest {

	@Test
	void portfolioListsEveryOrganisationBelowTheBuyer() throws IOException {
		var demo = Demo.load();
		ReportDocument model = ReportBuilder.portfolio(demo, Demo.options("en", Tlp.AMBER, false));
		Block.Table byTier = (Block.Table) model.sections().get(1).blocks().get(0);
		long organisations = demo.getProject().getOrganizations().stream().filter(o -> o.getKind() != OrganizationKind.BUYER).count();
		assertEquals(organisations, byTier.rows().size());
		String text = String.join("\n", Demo.pages(Demo.pdf(model))).replaceAll("\\s+", " ");
		assertTrue(text.contains("Contracts lacking required clauses"));
		assertTrue(text.contains("Certifications about to expire"));
		assertTrue(model.sections().stream().flatMap(s -> s.blocks().stream()).anyMatch(b -> b instanceof Block.Chart), "charts");
	}

	@Test
	void japanesePortfolioRenders() throws IOException {
		var demo = Demo.load();
		String text = String.join("\n", Demo.pages(Demo.pdf(ReportBuilder.portfolio(demo, Demo.options("ja", Tlp.AMBER, false)))));
		assertTrue(text.contains("サプライチェーン・セキュリティ概況報告書"));
		assertTrue(text.contains("次数別の組織"));
	}

	@Test
	void remediationPlanListsActionsWithOwnersAndDueDates() throws IOException {
		var demo = Demo.load();
		var supplier = Demo.visit(demo).getOrganization();
		ReportDocument model = ReportBuilder.remediation(demo, supplier, Demo.options("en", Tlp.RED, false));
		String text = Demo.docxText(Demo.docx(model));
		for (var finding : demo.getProject().getFindings()) {
			if (finding.getOrganization() == supplier) {
				for (var action : finding.getActions()) {
					assertTrue(text.contains(action.getCode()), action.getCode());
					assertTrue(text.contains(action.getOwner()), action.getOwner());
				}
			}
		}
	}
}
