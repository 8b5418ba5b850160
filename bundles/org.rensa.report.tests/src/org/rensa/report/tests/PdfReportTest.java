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
import org.rensa.model.Finding;
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
		java.util.Set<Object> expected = new java.util.HashSet<>();
		for (Finding finding : demo.getProject().getFindings()) {
			if (finding.getVisit() != visit) {
				continue;
			}
			if (finding.getTlp().getValue() > Tlp.GREEN_VALUE) {
				expected.add(finding);
			} else {
				finding.getEvidence().stream().filter(e -> e.getTlp().getValue() > Tlp.GREEN_VALUE).forEach(expected::add);
			}
		}
		demo.getProject().getEvidence().stream().filter(e -> e.getVisit() == visit && e.getTlp().getValue() > Tlp.GREEN_VALUE)
				.forEach(expected::add);
		assertTrue(expected.size() > 0, "the demo has items stricter than GREEN");
		assertEquals(expected.size(), model.withheld());
		String text = String.join("\n", Demo.pages(Demo.pdf(model)));
		assertTrue(text.replace("\n", " ").contains(expected.size() + " item(s)"), "the report says how many were withheld");
		for (Finding finding : demo.getProject().getFindings()) {
			if (finding.getVisit() == visit && finding.getTlp().getValue() > Tlp.GREEN_VALUE) {
				assertFalse(text.contains(finding.getTitle()), "withheld finding appears: " + finding.getCode());
			}
		}
	}
}
