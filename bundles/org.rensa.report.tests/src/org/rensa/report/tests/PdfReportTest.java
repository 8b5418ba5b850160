// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Evidence;
import org.rensa.model.Finding;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.Response;
import org.rensa.model.Tlp;
import org.rensa.report.model.ReportDocument;

/** The visit report as PDF, read back with PDFBox. */
class PdfReportTest {

	private static AuditProjectDocument demo;
	private static byte[] japanese;
	private static byte[] english;

	@BeforeAll
	static void render() throws IOException {
		demo = Demo.load();
		japanese = Demo.pdf(Demo.visitReport(demo, Demo.options("ja", Tlp.RED, false)));
		english = Demo.pdf(Demo.visitReport(demo, Demo.options("en", Tlp.AMBER, false)));
	}

	@Test
	void japaneseTextIsExtractable() throws IOException {
		String text = String.join("\n", Demo.pages(japanese));
		assertTrue(text.contains("取引先セキュリティ監査報告書"), "title");
		assertTrue(text.contains("如月電子工業株式会社"), "supplier name in Japanese");
		assertTrue(text.contains("管理者パスワードがホワイトボードに掲示"), "finding title in Japanese");
		assertTrue(text.contains("目次"), "table of contents");
		assertFalse(text.contains("\uFFFD"), "no replacement characters");
	}

	@Test
	void everyPageCarriesTheTlpLabel() throws IOException {
		List<String> pages = Demo.pages(english);
		assertTrue(pages.size() > 8, "a real report has more than a few pages: " + pages.size());
		for (int i = 0; i < pages.size(); i++) {
			assertTrue(pages.get(i).contains("TLP:AMBER"), "page " + (i + 1) + " lacks TLP:AMBER");
		}
		for (int i = 1; i < pages.size(); i++) {
			assertTrue(pages.get(i).contains("Page " + (i + 1) + " of " + pages.size()), "page number on page " + (i + 1));
		}
	}

	@Test
	void everyFontIsEmbedded() throws IOException {
		try (PDDocument document = Loader.loadPDF(japanese)) {
			int fonts = 0;
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
					fonts++;
				}
			}
			assertTrue(fonts > 0);
		}
	}

	@Test
	void isTaggedPdfA2uWithLanguageTitleAndBookmarks() throws IOException {
		try (PDDocument document = Loader.loadPDF(japanese)) {
			var catalog = document.getDocumentCatalog();
			assertEquals("ja", catalog.getLanguage());
			assertNotNull(catalog.getStructureTreeRoot(), "structure tree");
			assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "marked content");
			assertTrue(document.getDocumentInformation().getTitle().startsWith("取引先セキュリティ監査報告書"));
			String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
			assertTrue(xmp.contains("pdfaid:part>2<") || xmp.contains("pdfaid:part=\"2\""), "PDF/A part 2 in XMP");
			assertTrue(xmp.contains("pdfaid:conformance>U<") || xmp.contains("pdfaid:conformance=\"U\""), "conformance U in XMP");
			assertEquals(1, catalog.getOutputIntents().size(), "one output intent");
			List<String> bookmarks = new ArrayList<>();
			for (PDOutlineItem item : catalog.getDocumentOutline().children()) {
				bookmarks.add(item.getTitle());
			}
			assertTrue(bookmarks.size() >= 6, "bookmarks: " + bookmarks);
			assertTrue(bookmarks.get(0).contains("要旨"), bookmarks.get(0));
		}
	}

	@Test
	void findingsStricterThanTheAudienceAreWithheldAndCounted() throws IOException {
		ReportDocument model = Demo.visitReport(demo, Demo.options("en", Tlp.GREEN, false));
		var visit = Demo.visit(demo);
		var supplier = visit.getAssessment().getOrganization();
		// what goes with a withheld item (the TLP closure, as the README states it), worked out here from the model
		java.util.Set<Finding> withheldFindings = new java.util.HashSet<>();
		for (Finding finding : demo.getProject().getFindings()) {
			if (finding.getTlp().getValue() > Tlp.GREEN_VALUE) {
				withheldFindings.add(finding);
			}
		}
		java.util.Set<Object> expected = new java.util.HashSet<>();
		// 1. the visit's findings marked stricter
		withheldFindings.stream().filter(f -> f.getVisit() == visit).forEach(expected::add);
		// 2. evidence the report would list (the visit's, and that of the findings it shows) that is stricter or goes with a withheld finding
		java.util.Set<Evidence> listed = new java.util.HashSet<>();
		demo.getProject().getEvidence().stream().filter(e -> e.getVisit() == visit).forEach(listed::add);
		demo.getProject().getFindings().stream().filter(f -> f.getVisit() == visit && !withheldFindings.contains(f))
				.forEach(f -> listed.addAll(f.getEvidence()));
		java.util.function.Predicate<Evidence> evidenceWithheld = e -> e.getTlp().getValue() > Tlp.GREEN_VALUE
				|| e.getFindings().stream().anyMatch(withheldFindings::contains);
		listed.stream().filter(evidenceWithheld).forEach(expected::add);
		// 3. the responses on a withheld finding's requirement, or resting on withheld evidence only
		for (Response response : visit.getAssessment().getResponses()) {
			boolean tied = withheldFindings.stream()
					.anyMatch(f -> f.getRequirement() == response.getRequirement() && f.getOrganization() == supplier);
			boolean unsupported = !response.getEvidence().isEmpty() && response.getEvidence().stream().allMatch(evidenceWithheld);
			if (tied || unsupported) {
				expected.add(response);
			}
		}
		// 4. the supplier's links to an organisation a withheld finding names (Kisaragi - Aoba, Kisaragi - Hayate)
		for (Relationship relationship : demo.getProject().getRelationships()) {
			Organization other = relationship.getFrom() == supplier ? relationship.getTo() : relationship.getTo() == supplier ? relationship.getFrom() : null;
			String shortName = other == null ? null : other.getName().split(" ")[0];
			if (shortName != null && withheldFindings.stream().filter(f -> f.getOrganization() == supplier)
					.anyMatch(f -> (f.getTitle() + " " + f.getDescription()).contains(shortName))) {
				expected.add(relationship);
			}
		}
		assertTrue(expected.stream().anyMatch(Response.class::isInstance), "the demo has responses that go with withheld findings");
		assertTrue(expected.stream().anyMatch(Relationship.class::isInstance), "the demo has links that go with withheld findings");
		assertEquals(expected.size(), model.withheld());
		String text = String.join("\n", Demo.pages(Demo.pdf(model)));
		assertTrue(text.replace("\n", " ").contains(expected.size() == 1 ? "One item" : expected.size() + " items"), "the report says how many were withheld");
		for (Finding finding : demo.getProject().getFindings()) {
			if (finding.getVisit() == visit && finding.getTlp().getValue() > Tlp.GREEN_VALUE) {
				assertFalse(text.contains(finding.getTitle()), "withheld finding appears: " + finding.getCode());
			}
		}
	}
}
