// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Tlp;
import org.rensa.model.text.Language;
import org.rensa.report.build.ReportBuilder;
import org.rensa.report.build.Texts;
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
					assertTrue(text.contains(Language.ENGLISH.split(action.getOwner())), action.getOwner());
				}
			}
		}
	}

	@Test
	void japanesePortfolioNamesBuyerAndCampaignInJapaneseWhereTheProjectHasAnEnglishNameOnly() throws IOException {
		var demo = Demo.load();
		ReportDocument model = ReportBuilder.portfolio(demo, Demo.options("ja", Tlp.AMBER, false));
		assertEquals("みなと駆動システム株式会社\u30002026年度 取引先年次点検", model.subtitle());
		assertFalse(model.runningHeader().contains("supplier review"), model.runningHeader());
		String text = String.join("\n", Demo.pages(Demo.pdf(model)));
		assertFalse(text.contains("FY2026 supplier review"), "no English project name in the Japanese document");
		assertTrue(text.contains("10（高3、中4、低2、情報1）"), "counts with Japanese brackets and commas");
		// the English document keeps the project's name
		assertTrue(ReportBuilder.portfolio(demo, Demo.options("en", Tlp.AMBER, false)).subtitle().contains("FY2026 supplier review"));
	}

	@Test
	void everyFindingOfThePlanIsOnThePageOfItsActions() throws IOException {
		var demo = Demo.load();
		var supplier = Demo.visit(demo).getOrganization();
		for (String lang : List.of("en", "ja")) {
			Texts texts = new Texts(Locale.forLanguageTag(lang));
			List<String> pages = Demo.pages(Demo.pdf(ReportBuilder.remediation(demo, supplier, Demo.options(lang, Tlp.AMBER, false)))).stream()
					.map(page -> page.replaceAll("\\s+", "")).toList();
			String heading = "3" + texts.get("plan.details").replaceAll("\\s+", "");
			int checked = 0;
			for (var finding : demo.getProject().getFindings()) {
				String caption = texts.get("plan.actionsfor", finding.getCode()).replaceAll("\\s+", "");
				String title = texts.either(finding.getTitleJa(), finding.getTitle()).replaceAll("\\s+", "");
				for (String page : pages) {
					if (page.contains(caption)) {
						assertTrue(page.contains(title), lang + ": " + finding.getCode() + " is on the page of its actions");
						checked++;
					}
				}
			}
			assertTrue(checked >= 5, lang + ": the demo plan lists findings with actions (" + checked + ")");
			String headingPage = pages.stream().skip(2).filter(page -> page.contains(heading)).findFirst().orElseThrow();
			assertTrue(headingPage.contains(texts.get("plan.details.text").replaceAll("\\s+", "")),
					lang + ": the section's heading is never left alone: its text follows it on its page");
		}
	}

	@Test
	void runningHeadersAreShortenedByRuleNeverCut() throws IOException {
		var demo = Demo.load();
		ReportDocument model = ReportBuilder.portfolio(demo, Demo.options("en", Tlp.AMBER, false));
		List<String> pages = Demo.pages(Demo.pdf(model));
		String header = model.runningHeader();
		assertTrue(header.length() > 70, "a header the old 70-character cut shortened: " + header);
		assertTrue(pages.get(2).replaceAll("\\s+", " ").contains(header), "the whole header fits: " + pages.get(2).substring(0, 200));
		assertFalse(String.join("\n", pages).contains("suppl…"), "no cut header");
	}

	@Test
	void remediationPlanOffersTheSupplierOnlyTheStatusesTheTrackerAccepts() throws IOException {
		var demo = Demo.load();
		var supplier = Demo.visit(demo).getOrganization();
		for (String lang : List.of("en", "ja")) {
			String text = String.join("\n", Demo.pages(Demo.pdf(ReportBuilder.remediation(demo, supplier, Demo.options(lang, Tlp.AMBER, false)))))
					.replaceAll("\\s+", "");
			if (lang.equals("en")) {
				assertTrue(text.contains("Setthestatus(Planned,Inprogress,Done)"), "supplier statuses");
				assertTrue(text.contains("theauditorssetVerifiedoncetheyhavecheckedtheclosureevidence"), "Verified is the auditors'");
			} else {
				assertTrue(text.contains("状況を計画中、対応中、完了報告済みのいずれかにし"), "supplier statuses in Japanese");
				assertTrue(text.contains("完了確認済みは、監査人が完了の証跡を確認した後に設定する。"), "完了確認済み is the auditors'");
				assertTrue(text.contains("完了日を入力すること。"), "requests to the supplier in plain formal style (である調)");
			}
		}
	}
}
