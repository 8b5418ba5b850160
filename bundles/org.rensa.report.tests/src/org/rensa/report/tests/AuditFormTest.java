// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Finding;
import org.rensa.model.Tlp;
import org.rensa.model.text.Language;
import org.rensa.report.model.Block;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.model.Section;

/**
 * Findings are reported in audit form: criterion (the requirement quoted), condition, cause,
 * effect, recommendation and management response, in the document's language, with every shared
 * evidence item named; the PDF keeps a finding with its pictures.
 */
final class AuditFormTest {

	private static List<Block.FindingBlock> findings(ReportDocument document) {
		return document.sections().stream().flatMap(AuditFormTest::blocks).filter(Block.FindingBlock.class::isInstance)
				.map(Block.FindingBlock.class::cast).toList();
	}

	private static java.util.stream.Stream<Block> blocks(Section section) {
		return java.util.stream.Stream.concat(section.blocks().stream(), section.subsections().stream().flatMap(AuditFormTest::blocks));
	}

	private static Block.FindingBlock block(ReportDocument document, String code) {
		return findings(document).stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
	}

	private static List<String> labels(Block.FindingBlock block) {
		return block.parts().stream().map(Block.Fact::label).toList();
	}

	@Test
	void everyFindingHasItsPartsInAuditOrder() throws IOException {
		AuditProjectDocument project = Demo.load();
		Block.FindingBlock f003 = block(Demo.visitReport(project, Demo.options("en", Tlp.AMBER, false)), "F-003");
		assertEquals(List.of("Criterion", "Condition", "Cause", "Effect and risk", "Recommendation", "Management response"), labels(f003));
		Finding finding = project.getProject().getFindings().stream().filter(f -> "F-003".equals(f.getCode())).findFirst().orElseThrow();
		String criterion = f003.parts().get(0).value();
		assertTrue(criterion.startsWith(finding.getRequirement().getCode() + " "), criterion);
		assertTrue(criterion.contains("\u201c" + finding.getRequirement().getDescription().strip() + "\u201d"), "the requirement quoted: " + criterion);
		assertEquals(finding.getCause(), f003.parts().get(2).value());
		assertTrue(f003.parts().get(5).value().startsWith(finding.getManagementResponse()), "the response");
		assertTrue(f003.parts().get(5).value().contains(Language.ENGLISH.split(finding.getManagementResponseBy())), "who gave it");
		assertFalse(f003.parts().get(5).value().contains("（"), "only the English part of who gave it");
	}

	@Test
	void japaneseDocumentsUseTheJapaneseTextsAndSayWhenNoResponseCameBack() throws IOException {
		AuditProjectDocument project = Demo.load();
		ReportDocument ja = Demo.visitReport(project, Demo.options("ja", Tlp.AMBER, false));
		Block.FindingBlock f004 = block(ja, "F-004");
		assertEquals(List.of("基準", "事実", "原因", "影響・リスク", "推奨事項", "経営者の回答"), labels(f004));
		Finding finding = project.getProject().getFindings().stream().filter(f -> "F-004".equals(f.getCode())).findFirst().orElseThrow();
		assertEquals(finding.getCauseJa(), f004.parts().get(2).value());
		assertTrue(f004.parts().get(1).value().equals(finding.getDescriptionJa().strip()), "the Japanese condition");
		assertEquals("未受領。", f004.parts().get(5).value());
		for (Block.FindingBlock block : findings(ja)) {
			for (Block.Fact part : block.parts()) {
				assertTrue(part.label().equals("基準") || Language.isJapaneseText(part.value()) || part.value().contains("―"),
						block.code() + " " + part.label() + " is Japanese: " + part.value());
			}
		}
	}

	@Test
	void everySharedEvidenceItemIsNamedAndPicturesStayWithTheirFinding() throws IOException {
		AuditProjectDocument project = Demo.load();
		ReportDocument en = Demo.visitReport(project, Demo.options("en", Tlp.AMBER, false));
		Block.FindingBlock f005 = block(en, "F-005");
		String evidence = f005.facts().stream().filter(f -> f.label().equals("Evidence")).findFirst().orElseThrow().value();
		assertTrue(evidence.contains("E-010"), "the photo is named too: " + evidence);
		assertTrue(!f005.evidence().isEmpty(), "and shown");
		List<String> pages = Demo.pages(Demo.pdf(en));
		int heading = -1;
		int photo = -1;
		for (int i = 0; i < pages.size(); i++) {
			if (heading < 0 && pages.get(i).contains("F-005") && pages.get(i).contains(f005.title()) && pages.get(i).contains("Cause")) {
				heading = i;
			}
			if (photo < 0 && pages.get(i).contains(f005.evidence().get(0).hash().substring(0, 8))) {
				photo = i;
			}
		}
		assertTrue(heading >= 0, "F-005 is in the PDF");
		assertEquals(heading, photo, "the photo is on the page of its finding");
	}
}
