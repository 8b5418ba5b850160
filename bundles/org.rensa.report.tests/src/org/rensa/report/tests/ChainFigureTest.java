// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Organization;
import org.rensa.model.Tlp;
import org.rensa.report.ChainFigure;
import org.rensa.report.ChainFigures;
import org.rensa.report.OutputFormat;
import org.rensa.report.ReportGenerator;
import org.rensa.report.ReportType;
import org.rensa.report.build.ReportBuilder;
import org.rensa.report.model.Block;
import org.rensa.report.model.ReportDocument;

/**
 * Supply-chain figures in the visit report and the portfolio summary: SVG as vector graphics in
 * PDF, SVG with a PNG fallback in DOCX; without a figure service the reports keep their text.
 */
class ChainFigureTest {

	/** A stand-in for the diagram bundle's service: one box and one line per organisation. */
	static final class FakeFigures implements ChainFigures {
		final List<Request> requests = new ArrayList<>();

		@Override
		public List<ChainFigure> wholeChain(AuditProjectDocument project, Request request) {
			requests.add(request);
			List<String> names = project.getProject().getOrganizations().stream()
					.map(o -> request.text().apply(request.japanese() && o.getNameJa() != null ? o.getNameJa() : o.getName())).toList();
			return List.of(figure(names, "whole chain"));
		}

		@Override
		public List<ChainFigure> around(AuditProjectDocument project, Organization organization, Request request) {
			requests.add(request);
			return List.of(figure(List.of(request.text().apply(organization.getName())), "around"));
		}
	}

	static ChainFigure figure(List<String> names, String caption) {
		StringBuilder svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"800\" height=\"" + (40 + 50 * names.size())
				+ "\" viewBox=\"0 0 800 " + (40 + 50 * names.size()) + "\">\n"
				+ "<style>text{font-family:'Noto Sans CJK JP', sans-serif;}</style>\n");
		int y = 20;
		for (String name : names) {
			svg.append("<rect x=\"20\" y=\"").append(y).append("\" width=\"300\" height=\"40\" rx=\"8\" fill=\"#dcefdc\" stroke=\"#2f6f3e\"/>\n");
			svg.append("<polyline points=\"320,").append(y + 20).append(" 500,").append(y + 20)
					.append("\" fill=\"none\" stroke=\"#7d8b99\" stroke-width=\"2\"/>\n");
			svg.append("<text x=\"34\" y=\"").append(y + 25).append("\" font-size=\"12.5\" font-weight=\"bold\">")
					.append(name.replace("&", "&amp;")).append("</text>\n");
			y += 50;
		}
		svg.append("</svg>\n");
		return new ChainFigure(svg.toString(), png(), 600, (40 + 50 * names.size()) * 0.75, caption, "organisations: " + names);
	}

	private static byte[] png() {
		BufferedImage image = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 80, 40);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toByteArray();
	}

	private static AuditProjectDocument demo;
	private static ReportDocument visit;
	private static byte[] visitPdf;

	@BeforeAll
	static void render() throws IOException {
		demo = Demo.load();
		visit = ReportBuilder.visit(demo, Demo.visit(demo), Demo.options("ja", Tlp.AMBER, false), new FakeFigures());
		visitPdf = Demo.pdf(visit);
	}

	@Test
	void visitReportPlacesTheFigureInItsChainSection() {
		var chain = visit.sections().stream().filter(s -> s.blocks().stream().anyMatch(Block.ChainDiagram.class::isInstance))
				.toList();
		assertEquals(1, chain.size(), "one section holds the figure");
		assertTrue(chain.get(0).blocks().stream().anyMatch(Block.Table.class::isInstance), "the table of links stays");
	}

	@Test
	void pdfDrawsTheFigureAsVectorGraphicsWithExtractableText() throws IOException {
		String supplier = Demo.visit(demo).getOrganization().getName();
		try (PDDocument document = Loader.loadPDF(visitPdf)) {
			int figurePages = 0;
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				PDPage page = document.getPage(i);
				List<PDFormXObject> forms = new ArrayList<>();
				int images = collect(page.getResources(), forms);
				boolean drawn = false;
				for (PDFormXObject form : forms) {
					List<String> operators = operators(form);
					drawn |= operators.contains("re") || operators.contains("l") && operators.contains("S");
				}
				if (drawn && Demo.pages(visitPdf).get(i).contains(supplier)) {
					figurePages++;
					assertEquals(0, images, "no raster image on the page of the figure");
				}
			}
			assertEquals(1, figurePages, "one page with the figure as a form XObject of paths and text");
		}
	}

	@Test
	void pdfIsStillPdfA() throws IOException {
		try (PDDocument document = Loader.loadPDF(visitPdf)) {
			String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
			assertTrue(xmp.contains("pdfaid:part>2<") || xmp.contains("pdfaid:part=\"2\""), "PDF/A-2 (iText's checker ran while writing)");
			for (PDPage page : document.getPages()) {
				List<PDFormXObject> forms = new ArrayList<>();
				collect(page.getResources(), forms);
				for (PDFormXObject form : forms) {
					PDResources resources = form.getResources();
					if (resources != null) {
						for (COSName name : resources.getFontNames()) {
							assertTrue(resources.getFont(name).isEmbedded(), "font in the figure is embedded: " + name.getName());
						}
					}
				}
			}
		}
	}

	@Test
	void docxHoldsSvgWithPngFallbackInOnePicture() throws IOException {
		byte[] docx = Demo.docx(visit);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			int found = 0;
			for (XWPFParagraph paragraph : document.getParagraphs()) {
				for (XWPFRun run : paragraph.getRuns()) {
					for (XWPFPicture picture : run.getEmbeddedPictures()) {
						String xml = picture.getCTPicture().xmlText();
						Matcher svg = Pattern.compile("svgBlip[^>]*embed=\"(rId\\d+)\"").matcher(xml);
						if (!svg.find()) {
							continue;
						}
						found++;
						XWPFPictureData png = picture.getPictureData();
						assertEquals("image/png", png.getPackagePart().getContentType(), "the blip is the PNG");
						XWPFPictureData svgData = document.getPictureDataByID(svg.group(1));
						assertNotNull(svgData, "the svgBlip names a part of the document");
						assertEquals("image/svg+xml", svgData.getPackagePart().getContentType());
						assertTrue(new String(svgData.getData(), StandardCharsets.UTF_8).contains("<svg"), "an SVG document");
						assertTrue(xml.contains("{96DAC541-7B7A-43D3-8B79-37D633B846F1}"), "Word's SVG extension URI");
					}
				}
			}
			assertEquals(1, found, "one picture with SVG and PNG");
		}
	}

	@Test
	void docxPutsConsecutiveLandscapeFiguresOnLandscapePagesWithoutAnEmptyPageBetween() throws IOException {
		ChainFigure base = figure(List.of("Minato Drive Systems Co., Ltd.", "Kisaragi Electronics Co., Ltd."), "");
		ChainFigures wide = new ChainFigures() {
			@Override
			public List<ChainFigure> wholeChain(AuditProjectDocument project, Request request) {
				// too small on the portrait page (0.48), notably larger on a landscape one (0.73)
				return List.of(new ChainFigure(base.svg(), base.png(), 1000, 300, "Figure 1 of 2", ""),
						new ChainFigure(base.svg(), base.png(), 1000, 300, "Figure 2 of 2", ""));
			}

			@Override
			public List<ChainFigure> around(AuditProjectDocument project, Organization organization, Request request) {
				return List.of();
			}
		};
		assertTrue(wide.wholeChain(demo, null).get(0).wantsLandscape(481.9f, 600, 728.5f, 407.7f));
		byte[] docx = Demo.docx(ReportBuilder.portfolio(demo, Demo.options("en", Tlp.AMBER, false), wide));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<XWPFParagraph> paragraphs = document.getParagraphs();
			int landscape = 0;
			for (int i = 0; i < paragraphs.size(); i++) {
				XWPFParagraph paragraph = paragraphs.get(i);
				if (paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetSectPr()) {
					var size = paragraph.getCTP().getPPr().getSectPr().getPgSz();
					if (size.getOrient() == org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE) {
						landscape++;
						assertTrue(paragraph.getText().startsWith("Figure "), "the caption ends the landscape section");
						XWPFParagraph before = paragraphs.get(i - 1);
						assertFalse(before.getCTP().isSetPPr() && before.getCTP().getPPr().isSetSectPr(),
								"the figure's section holds the figure");
					}
					if (i > 0 && paragraph.getText().isEmpty() && paragraph.getRuns().isEmpty()) {
						XWPFParagraph before = paragraphs.get(i - 1);
						assertFalse(before.getCTP().isSetPPr() && before.getCTP().getPPr().isSetSectPr(),
								"no empty section (a blank page) between paragraph " + (i - 1) + " and " + i);
					}
				}
			}
			assertEquals(2, landscape, "each figure on a landscape page");
		}
	}

	@Test
	void portfolioGetsTheWholeChainAndAnonymisedFiguresGetPseudonyms() throws IOException {
		FakeFigures figures = new FakeFigures();
		ReportDocument portfolio = ReportBuilder.portfolio(demo, Demo.options("en", Tlp.AMBER, true), figures);
		Block.ChainDiagram diagram = portfolio.sections().stream().flatMap(s -> s.blocks().stream())
				.filter(Block.ChainDiagram.class::isInstance).map(Block.ChainDiagram.class::cast).findFirst().orElseThrow();
		String supplier = Demo.visit(demo).getOrganization().getName();
		assertFalse(diagram.figure().svg().contains(supplier), "names in the figure are pseudonyms");
		assertFalse(figures.requests.get(0).japanese());
		assertTrue(figures.requests.get(0).maxWidth() > 400 && figures.requests.get(0).maxHeight() > 400, "sized to the page");
		String text = String.join("\n", Demo.pages(Demo.pdf(portfolio)));
		assertFalse(text.contains(supplier), "no real name in the PDF");
	}

	@Test
	void withoutTheServiceTheReportsKeepTheirTextualChain(@TempDir Path out) throws IOException {
		ReportGenerator generator = new ReportGenerator(demo, Demo.options("en", Tlp.AMBER, false));
		var targets = new ArrayList<ReportGenerator.Target>();
		targets.addAll(generator.targets(ReportType.VISIT, null, Demo.visit(demo)));
		targets.addAll(generator.targets(ReportType.PORTFOLIO, null, null));
		List<Path> written = generator.write(targets, EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX), out, null, null);
		assertEquals(4, written.size());
		for (Path file : written) {
			assertTrue(Files.size(file) > 10_000, file + " written");
		}
		ReportDocument plain = ReportBuilder.visit(demo, Demo.visit(demo), Demo.options("en", Tlp.AMBER, false));
		assertTrue(plain.sections().stream().flatMap(s -> s.blocks().stream()).noneMatch(Block.ChainDiagram.class::isInstance));
		String text = String.join("\n", Demo.pages(Files.readAllBytes(written.get(0))));
		Organization supplier = Demo.visit(demo).getOrganization();
		String partner = demo.getProject().getRelationships().stream().filter(r -> r.getFrom() == supplier).map(r -> r.getTo().getName())
				.findFirst().orElseThrow();
		assertTrue(text.contains("Position in the supply chain"), "the chain section is there");
		assertTrue(text.replaceAll("\\s+", "").contains(partner.replaceAll("\\s+", "")), "the table of links names " + partner);
	}

	@Test
	void generatorPassesTheServiceToBothDocuments(@TempDir Path out) throws IOException {
		FakeFigures figures = new FakeFigures();
		ReportGenerator generator = new ReportGenerator(demo, Demo.options("en", Tlp.AMBER, false), figures);
		List<ReportGenerator.Target> targets = new ArrayList<>(generator.targets(ReportType.VISIT, null, Demo.visit(demo)));
		targets.addAll(generator.targets(ReportType.PORTFOLIO, null, null));
		generator.write(targets, EnumSet.of(OutputFormat.PDF), out, null, null);
		assertEquals(2, figures.requests.size(), "one request per document");
	}

	/** Collects the form XObjects reachable from some resources; returns the number of image XObjects among them. */
	private static int collect(PDResources resources, List<PDFormXObject> forms) throws IOException {
		int images = 0;
		if (resources == null) {
			return 0;
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject xobject = resources.getXObject(name);
			if (xobject instanceof PDImageXObject) {
				images++;
			} else if (xobject instanceof PDFormXObject form && !forms.contains(form)) {
				forms.add(form);
				images += collect(form.getResources(), forms);
			}
		}
		return images;
	}

	private static List<String> operators(PDFormXObject form) throws IOException {
		List<String> operators = new ArrayList<>();
		PDFStreamParser parser = new PDFStreamParser(form);
		for (Object token : parser.parse()) {
			if (token instanceof Operator operator) {
				operators.add(operator.getName());
			}
		}
		return operators;
	}
}
