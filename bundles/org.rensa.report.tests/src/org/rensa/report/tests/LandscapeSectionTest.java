// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Organization;
import org.rensa.model.Tlp;
import org.rensa.report.ChainFigure;
import org.rensa.report.ChainFigures;
import org.rensa.report.LandscapeOpening;
import org.rensa.report.build.ReportBuilder;
import org.rensa.report.model.Block;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.model.Section;

/**
 * A section of a little text and a figure that goes landscape opens on the figure's landscape page:
 * heading, text, figure and caption on one page, in PDF and DOCX; a figure that would shrink too much
 * there keeps a landscape page of its own.
 */
class LandscapeSectionTest {

	private static final String HEADING = "4  Position in the supply chain";
	private static final String CAPTION = "The chain around the supplier";

	private static AuditProjectDocument demo;

	@BeforeAll
	static void load() throws IOException {
		demo = Demo.load();
	}

	/** A visit report whose chain figure has the given natural size (in points). */
	private static ReportDocument visit(double width, double height) {
		ChainFigure base = ChainFigureTest.figure(List.of("Kisaragi Electronics Co., Ltd."), "");
		ChainFigure figure = new ChainFigure(base.svg(), base.png(), width, height, CAPTION, "the chain");
		ChainFigures figures = new ChainFigures() {
			@Override
			public List<ChainFigure> wholeChain(AuditProjectDocument project, Request request) {
				return List.of();
			}

			@Override
			public List<ChainFigure> around(AuditProjectDocument project, Organization organization, Request request) {
				return List.of(figure);
			}
		};
		return ReportBuilder.visit(demo, Demo.visit(demo), Demo.options("en", Tlp.AMBER, false), figures);
	}

	private static Section chainSection(ReportDocument report) {
		return report.sections().stream().filter(s -> s.blocks().stream().anyMatch(Block.ChainDiagram.class::isInstance))
				.findFirst().orElseThrow();
	}

	@Test
	void pdfSetsHeadingTextAndFigureOnOneLandscapePage() throws IOException {
		// unreadable on a portrait page (0.48), drawn at the same scale (0.73) below the text
		ReportDocument report = visit(1000, 300);
		byte[] pdf = Demo.pdf(report);
		List<String> pages = Demo.pages(pdf);
		int heading = pageOf(pages, HEADING);
		String text = pages.get(heading);
		assertTrue(text.contains(CAPTION), "the figure's caption is on the heading's page");
		String intro = ((Block.Paragraph) chainSection(report).blocks().get(0)).text();
		assertTrue(flat(text).contains(intro.substring(0, 40)), "the section's text is on that page too");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertTrue(landscape(document.getPage(heading).getMediaBox()), "the page is landscape");
			assertFalse(landscape(document.getPage(heading - 1).getMediaBox()), "the page before is portrait");
			assertFalse(landscape(document.getPage(heading + 1).getMediaBox()), "what follows the figure is portrait");
			PDOutlineItem bookmark = bookmark(document.getDocumentCatalog().getDocumentOutline().getFirstChild(), "4 Position in the supply chain");
			assertNotNull(bookmark, "a bookmark for the section");
			assertEquals(heading, document.getPages().indexOf(bookmark.findDestinationPage(document)), "the bookmark leads to the heading");
		}
		assertTrue(flat(pages.get(1)).contains(flat(HEADING) + " " + (heading + 1) + " "),
				"the table of contents gives the heading's page " + (heading + 1) + ": " + pages.get(1));
	}

	@Test
	void pdfKeepsAFigureThatWouldShrinkTooMuchOnItsOwnPage() throws IOException {
		// fills a landscape page of its own: below the text it would be unreadable
		byte[] pdf = Demo.pdf(visit(1000, 560));
		List<String> pages = Demo.pages(pdf);
		int heading = pageOf(pages, HEADING);
		assertFalse(pages.get(heading).contains(CAPTION), "the figure is not on the heading's page");
		assertTrue(pages.get(heading + 1).contains(CAPTION), "it is on the next page");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertFalse(landscape(document.getPage(heading).getMediaBox()), "the heading stays on a portrait page");
			assertTrue(landscape(document.getPage(heading + 1).getMediaBox()), "the figure has a landscape page");
		}
	}

	@Test
	void docxEndsThePortraitSectionBeforeTheHeadingAndTheLandscapeOneWithTheCaption() throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Demo.docx(visit(1000, 300))))) {
			List<XWPFParagraph> paragraphs = document.getParagraphs();
			int heading = 0;
			while (!paragraphs.get(heading).getText().equals(HEADING)) {
				heading++;
			}
			CTSectPr before = sectPr(paragraphs.get(heading - 1));
			assertNotNull(before, "the paragraph before the heading ends a section");
			assertFalse(before.getPgSz().getOrient() == STPageOrientation.LANDSCAPE, "a portrait one");
			int end = heading;
			while (sectPr(paragraphs.get(end)) == null) {
				end++;
			}
			assertEquals(CAPTION, paragraphs.get(end).getText(), "the landscape section ends with the caption");
			assertEquals(STPageOrientation.LANDSCAPE, sectPr(paragraphs.get(end)).getPgSz().getOrient());
			assertFalse(paragraphs.get(heading).isPageBreak(), "no page break besides the section's");
		}
	}

	@Test
	void onlyAShortTextBeforeTheFigureOpensALandscapePage() {
		LandscapeOpening.Page page = new LandscapeOpening.Page(483, 586, 730, 399, 52, 9.5, 18.6, 10);
		ChainFigure figure = new ChainFigure("<svg/>", new byte[0], 1000, 300, "", "");
		Section section = new Section("Chain").add(new Block.Paragraph("A short introduction.")).add(new Block.ChainDiagram(figure));
		assertEquals(399 - 52 - 18.6 - 10, LandscapeOpening.figureHeight(section, page).orElseThrow(), 1e-9);
		Section long_ = new Section("Chain").add(new Block.Paragraph("x".repeat(LandscapeOpening.MAX_CHARACTERS + 1)))
				.add(new Block.ChainDiagram(figure));
		assertTrue(LandscapeOpening.figureHeight(long_, page).isEmpty(), "a long text stays on its portrait page");
		Section table = new Section("Chain").add(new Block.Table("", List.of(new Block.Column("A", 1)), List.of()))
				.add(new Block.ChainDiagram(figure));
		assertTrue(LandscapeOpening.figureHeight(table, page).isEmpty(), "a table stays on its portrait page");
		Section portrait = new Section("Chain").add(new Block.ChainDiagram(new ChainFigure("<svg/>", new byte[0], 400, 300, "", "")));
		assertTrue(LandscapeOpening.figureHeight(portrait, page).isEmpty(), "a figure readable on a portrait page stays there");
	}

	private static int pageOf(List<String> pages, String heading) {
		// the first page after the table of contents (page 2) that holds the heading
		for (int i = 2; i < pages.size(); i++) {
			if (flat(pages.get(i)).contains(flat(heading))) {
				return i;
			}
		}
		throw new AssertionError("no page with " + heading);
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", " ");
	}

	private static boolean landscape(PDRectangle box) {
		return box.getWidth() > box.getHeight();
	}

	private static PDOutlineItem bookmark(PDOutlineItem item, String title) {
		for (; item != null; item = item.getNextSibling()) {
			if (item.getTitle().equals(title)) {
				return item;
			}
			PDOutlineItem child = bookmark(item.getFirstChild(), title);
			if (child != null) {
				return child;
			}
		}
		return null;
	}

	private static CTSectPr sectPr(XWPFParagraph paragraph) {
		return paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetSectPr() ? paragraph.getCTP().getPPr().getSectPr() : null;
	}
}
