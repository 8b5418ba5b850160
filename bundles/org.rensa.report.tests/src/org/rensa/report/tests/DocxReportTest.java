// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.rensa.model.Tlp;
import org.rensa.report.TextWidth;
import org.rensa.report.build.ReportBuilder;
import org.rensa.report.docx.DocxRenderer;
import org.rensa.report.model.Block;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.pdf.Palette;

/** The visit report as DOCX, read back with POI. */
class DocxReportTest {

	@Test
	void headingsUseRealStylesAndTablesAreTables() throws IOException {
		var demo = Demo.load();
		ReportDocument model = Demo.visitReport(demo, Demo.options("ja", Tlp.AMBER, false));
		byte[] bytes = Demo.docx(model);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			XWPFStyle heading1 = document.getStyles().getStyle("Heading1");
			assertTrue(heading1 != null, "Heading1 style exists");
			assertEquals("heading 1", heading1.getName());
			assertEquals(0, heading1.getCTStyle().getPPr().getOutlineLvl().getVal().intValue(), "outline level for the navigation pane");
			List<String> headings = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
					.map(XWPFParagraph::getText).toList();
			assertEquals(model.sections().size(), headings.size(), "one Heading1 per chapter: " + headings);
			assertTrue(headings.get(0).endsWith("要旨"), headings.get(0));
			List<XWPFTable> tables = document.getTables();
			assertTrue(tables.size() > 5, "tables: " + tables.size());
			assertTrue(tables.stream().anyMatch(t -> t.getRow(0).isRepeatHeader()), "header rows repeat on every page");
			assertFalse(document.getCharts().isEmpty(), "charts are native Word charts");
			assertFalse(document.getAllPictures().isEmpty(), "evidence photos");
			String header = document.getHeaderList().get(0).getText();
			assertTrue(header.contains("TLP:AMBER"), header);
		}
	}

	@Test
	void theCoverHasTheDesignedBandOfThePdf() throws IOException {
		var demo = Demo.load();
		ReportDocument model = Demo.visitReport(demo, Demo.options("en", Tlp.AMBER, false));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Demo.docx(model)))) {
			XWPFTable band = document.getTables().get(0);
			assertEquals("1F3A5F", band.getRow(0).getCell(0).getColor(), "navy band");
			String text = band.getRow(0).getCell(0).getText();
			assertTrue(text.contains(model.title()) && text.contains(model.subtitle()), text);
			assertTrue(band.getRow(0).getCell(0).getParagraphs().stream().flatMap(p -> p.getRuns().stream())
					.filter(r -> !r.text().isBlank()).allMatch(r -> r.getColor() != null && !r.getColor().equals("1F3A5F")),
					"every text of the band is light on the navy");
		}
	}

	@Test
	void theCoverHasNoRunningHeaderAndItsTitleIsSizedToOneLine() throws IOException {
		var demo = Demo.load();
		for (String lang : List.of("en", "ja")) {
			ReportDocument model = ReportBuilder.portfolio(demo, Demo.options(lang, Tlp.AMBER, false));
			try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Demo.docx(model)))) {
				List<CTSectPr> ended = document.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
						.map(p -> p.getCTP().getPPr().getSectPr()).toList();
				CTSectPr last = document.getDocument().getBody().getSectPr();
				CTSectPr cover = ended.isEmpty() ? last : ended.get(0);
				assertTrue(cover.isSetTitlePg(), lang + ": the cover's section has a first page of its own");
				assertTrue(ended.isEmpty() || !last.isSetTitlePg(), lang + ": later sections do not");
				XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(document, cover);
				assertEquals(model.tlpLabel(), policy.getFirstPageHeader().getText().strip(), lang + ": the cover's head shows the TLP label only");
				assertEquals(model.tlpLabel(), policy.getFirstPageFooter().getText().strip(), lang + ": and so does its foot, no page number");
				XWPFRun title = document.getTables().get(0).getRow(0).getCell(0).getParagraphs().stream().filter(p -> "Title".equals(p.getStyle()))
						.findFirst().orElseThrow().getRuns().get(0);
				double size = title.getFontSizeAsDouble();
				assertEquals(TextWidth.titleSize(TextWidth.ems(model.title()), DocxRenderer.COVER_TITLE_WIDTH_PT), size, 0.5, lang + ": the cover title's size");
			}
		}
	}

	@Test
	void tableOfContentsListsEveryLevelWithAPageReferenceToItsHeading() throws IOException {
		var demo = Demo.load();
		ReportDocument model = Demo.visitReport(demo, Demo.options("en", Tlp.AMBER, false));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Demo.docx(model)))) {
			List<XWPFParagraph> level1 = document.getParagraphs().stream().filter(p -> "TOC1".equals(p.getStyle())).toList();
			List<XWPFParagraph> level2 = document.getParagraphs().stream().filter(p -> "TOC2".equals(p.getStyle())).toList();
			assertEquals(model.sections().size(), level1.size(), "one entry per chapter");
			assertEquals(model.sections().stream().mapToInt(s -> s.subsections().size()).sum(), level2.size(), "one entry per subsection");
			assertTrue(level1.get(0).getText().startsWith("1  Executive summary"), level1.get(0).getText());
			assertTrue(level2.get(0).getText().startsWith("1.1  "), level2.get(0).getText());
			Set<String> bookmarks = new HashSet<>();
			for (XWPFParagraph heading : document.getParagraphs()) {
				if (heading.getStyle() != null && heading.getStyle().startsWith("Heading")) {
					heading.getCTP().getBookmarkStartList().forEach(b -> bookmarks.add(b.getName()));
				}
			}
			for (XWPFParagraph entry : java.util.stream.Stream.concat(level1.stream(), level2.stream()).toList()) {
				String instruction = entry.getRuns().stream().flatMap(r -> r.getCTR().getInstrTextList().stream()).map(t -> t.getStringValue())
						.findFirst().orElse("");
				assertTrue(instruction.startsWith("PAGEREF "), entry.getText() + ": " + instruction);
				String target = instruction.split(" ")[1];
				assertTrue(bookmarks.contains(target), entry.getText() + " points at a bookmarked heading: " + target);
			}
		}
	}

	@Test
	void chartBarsHaveTheSeverityColoursOfThePdfAndTextIsSetInNoto() throws IOException {
		var demo = Demo.load();
		ReportDocument model = Demo.visitReport(demo, Demo.options("en", Tlp.AMBER, false));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Demo.docx(model)))) {
			Block.Chart severities = (Block.Chart) model.sections().get(0).blocks().stream().filter(b -> b instanceof Block.Chart).findFirst()
					.orElseThrow();
			List<String> charts = new java.util.ArrayList<>();
			for (var chart : document.getCharts()) {
				try (var in = chart.getPackagePart().getInputStream()) {
					charts.add(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
				}
			}
			String xml = charts.stream().filter(x -> x.contains(severities.categories().get(0).label())).findFirst().orElseThrow();
			for (Block.Category category : severities.categories()) {
				String hex = Palette.strongHex(severities.tone(category, 0));
				assertTrue(xml.toUpperCase(java.util.Locale.ROOT).contains(("val=\"" + hex + "\"").toUpperCase(java.util.Locale.ROOT)),
						category.label() + " bar coloured " + hex);
			}
			var fonts = document.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
			assertEquals("Noto Sans CJK JP", fonts.getAscii(), "the font the PDF embeds, not Arial");
			assertEquals("Noto Sans CJK JP", fonts.getEastAsia());
		} catch (org.apache.xmlbeans.XmlException e) {
			throw new IOException(e);
		}
	}

	@Test
	void pdfAndDocxSayTheSame() throws IOException {
		var demo = Demo.load();
		ReportDocument model = Demo.visitReport(demo, Demo.options("en", Tlp.AMBER, false));
		String docx = Demo.docxText(Demo.docx(model));
		String pdf = String.join("\n", Demo.pages(Demo.pdf(model))).replaceAll("\\s+", " ");
		for (var section : model.sections()) {
			assertTrue(docx.contains(section.title()), "DOCX lacks " + section.title());
			assertTrue(pdf.contains(section.title()), "PDF lacks " + section.title());
		}
	}
}
