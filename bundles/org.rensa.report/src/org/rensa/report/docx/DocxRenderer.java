// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.List;
import java.util.OptionalDouble;

import javax.imageio.ImageIO;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.rensa.report.ChainFigure;
import org.rensa.report.LandscapeOpening;
import org.rensa.report.TextWidth;
import org.rensa.report.model.Block;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.model.Section;
import org.rensa.report.model.Tone;
import org.rensa.report.pdf.Palette;

/**
 * Renders a {@link ReportDocument} as an editable Word document: real heading styles (navigation
 * pane, table of contents field), real tables with repeated header rows, native Word bar charts
 * (vector, editable), evidence pictures, running header with the TLP label and page numbers.
 */
public final class DocxRenderer {

	private static final String NAVY = "1F3A5F";
	private static final String RULE = "C9D1DB";
	private static final String MUTED = "5B6778";
	private static final int CONTENT_WIDTH_TWIPS = 9638; // A4 minus 2 cm margins each side
	private static final float CONTENT_WIDTH_PT = CONTENT_WIDTH_TWIPS / 20f;
	/** The width the cover title is sized for: the band's text width (less 28 pt margins) with a tenth spare. */
	public static final float COVER_TITLE_WIDTH_PT = (CONTENT_WIDTH_PT - 2 * 28) * 0.9f;
	/** The height a supply-chain figure may take (A4 with 2 cm margins, less a heading and a caption). */
	private static final float FIGURE_HEIGHT_PT = 600;
	/** The width of a landscape page's text area (A4, 2 cm margins). */
	private static final float LANDSCAPE_WIDTH_PT = (16838 - 2 * 1134) / 20f;
	/** The height a figure may take on a landscape page (less margins, header, footer and caption). */
	private static final float LANDSCAPE_HEIGHT_PT = (11906 - 1418 - 1134) / 20f - 60;
	/**
	 * The pages and text for {@link LandscapeOpening}: a heading of 16 pt without space before (it
	 * opens its page), body text of 9.5 pt 1.2 times Noto Sans CJK's line height (1.448 em) apart.
	 */
	private static final LandscapeOpening.Page PAGE = new LandscapeOpening.Page(CONTENT_WIDTH_PT, FIGURE_HEIGHT_PT,
			LANDSCAPE_WIDTH_PT, LANDSCAPE_HEIGHT_PT, 16 * 1.2 * 1.448 + 6 + 4, 9.5, 9.5 * 1.2 * 1.448, 5);

	private XWPFDocument docx;
	private ReportDocument model;
	/** Headings bookmarked so far (the TOC's PAGEREF targets, in document order). */
	private int headings;
	private int pictures;
	/** The number of sections ended so far (the first holds the cover). */
	private int sectionsEnded;
	/** The caption paragraph that ends the last landscape section, if any. */
	private XWPFParagraph landscapeEnd;
	/** The height left for the next figure below its section's heading and text on their landscape page, or NaN. */
	private double openFigureHeight = Double.NaN;

	/**
	 * Writes the document.
	 *
	 * @param document the content
	 * @param out      where the DOCX goes (not closed)
	 * @throws IOException when an image cannot be read or the output cannot be written
	 */
	public void render(ReportDocument document, OutputStream out) throws IOException {
		this.model = document;
		this.sectionsEnded = 0;
		try (XWPFDocument d = new XWPFDocument()) {
			this.docx = d;
			styles();
			page();
			d.getProperties().getCoreProperties().setTitle(document.title() + " — " + document.subtitle());
			d.getProperties().getCoreProperties().setCreator(document.author());
			d.getProperties().getCoreProperties().setSubjectProperty(document.subject());
			d.getProperties().getCoreProperties().setKeywords(document.tlpLabel());
			cover();
			toc();
			int number = 1;
			boolean first = true;
			for (Section section : document.sections()) {
				section(section, String.valueOf(number++), 1, first);
				first = false;
			}
			if (sectionsEnded > 0) {
				// the cover is in the first section; the last one has no page of its own
				d.getDocument().getBody().getSectPr().unsetTitlePg();
			}
			d.enforceUpdateFields();
			d.write(out);
		}
	}

	/** The font family of every text: Noto Sans CJK JP, as in the PDF, for both languages. */
	public static final String FONT_FAMILY = "Noto Sans CJK JP";

	private void styles() {
		XWPFStyles styles = docx.createStyles();
		CTFonts fonts = CTFonts.Factory.newInstance();
		// the family the PDF embeds (Fonts.DEFAULT_REGULAR), for Latin and Japanese text alike
		fonts.setAscii(FONT_FAMILY);
		fonts.setHAnsi(FONT_FAMILY);
		fonts.setCs(FONT_FAMILY);
		fonts.setEastAsia(FONT_FAMILY);
		styles.setDefaultFonts(fonts);
		styles.setEastAsia("ja-JP");
		styles.setSpellingLanguage(model.locale().toLanguageTag());
		paragraphStyle(styles, "Normal", "Normal", -1, 19, null, false);
		paragraphStyle(styles, "Title", "Title", -1, 44, NAVY, true);
		paragraphStyle(styles, "Subtitle", "Subtitle", -1, 30, NAVY, false);
		paragraphStyle(styles, "Heading1", "heading 1", 0, 32, NAVY, true);
		paragraphStyle(styles, "Heading2", "heading 2", 1, 25, NAVY, true);
		paragraphStyle(styles, "Heading3", "heading 3", 2, 22, NAVY, true);
		paragraphStyle(styles, "Caption", "caption", -1, 15, MUTED, false);
		paragraphStyle(styles, "TOCHeading", "TOC Heading", -1, 32, NAVY, true);
		paragraphStyle(styles, "TOC1", "toc 1", -1, 20, null, true);
		paragraphStyle(styles, "TOC2", "toc 2", -1, 18, MUTED, false);
	}

	private static void paragraphStyle(XWPFStyles styles, String id, String name, int outline, int halfPoints, String color, boolean bold) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		if (!"Normal".equals(id)) {
			style.addNewBasedOn().setVal("Normal");
			style.addNewNext().setVal("Normal");
		} else {
			style.setDefault(true);
		}
		style.addNewQFormat();
		style.addNewUiPriority().setVal(BigInteger.valueOf(outline >= 0 ? 9 : 10));
		CTPPrGeneral ppr = style.addNewPPr();
		if (outline >= 0) {
			ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
			ppr.addNewKeepNext();
			ppr.addNewSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 360 : 240));
			ppr.getSpacing().setAfter(BigInteger.valueOf(120));
		} else {
			ppr.addNewSpacing().setAfter(BigInteger.valueOf(100));
			ppr.getSpacing().setLine(BigInteger.valueOf(288));
			ppr.getSpacing().setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);
		}
		CTRPr rpr = style.addNewRPr();
		if (bold) {
			rpr.addNewB();
		}
		rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
		if (color != null) {
			rpr.addNewColor().setVal(color);
		}
		styles.addStyle(new XWPFStyle(style));
	}

	private void page() {
		CTSectPr sect = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
				: docx.getDocument().getBody().addNewSectPr();
		CTPageSz size = sect.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = sect.addNewPgMar();
		margins.setTop(BigInteger.valueOf(1418));
		margins.setBottom(BigInteger.valueOf(1134));
		margins.setLeft(BigInteger.valueOf(1134));
		margins.setRight(BigInteger.valueOf(1134));
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		XWPFHeaderFooterPolicy policy = docx.createHeaderFooterPolicy();
		XWPFHeader header = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
		XWPFParagraph h = firstParagraph(header);
		h.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
		tlpRun(h);
		XWPFRun title = h.createRun();
		title.setText("   " + model.runningHeader());
		title.setFontSize(8);
		title.setColor(MUTED);
		// the cover as in the PDF: the TLP label at its head and foot, no running header or page number
		sect.addNewTitlePg();
		XWPFHeader firstHeader = policy.createHeader(XWPFHeaderFooterPolicy.FIRST);
		XWPFFooter firstFooter = policy.createFooter(XWPFHeaderFooterPolicy.FIRST);
		for (XWPFParagraph label : new XWPFParagraph[] { firstParagraph(firstHeader),
				firstParagraph(firstFooter) }) {
			label.setAlignment(ParagraphAlignment.RIGHT);
			tlpRun(label);
		}
		XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
		XWPFParagraph f = firstParagraph(footer);
		tlpRun(f);
		XWPFRun author = f.createRun();
		author.setText("   " + model.footer() + "   ");
		author.setFontSize(8);
		author.setColor(MUTED);
		String[] parts = model.pageLabel().split("\\{0\\}|\\{1\\}", -1);
		// "Page {0} of {1}" → text, PAGE, text, NUMPAGES, text
		small(f, parts.length > 0 ? parts[0] : "");
		field(f, "PAGE", "1");
		small(f, parts.length > 1 ? parts[1] : " / ");
		field(f, "NUMPAGES", "1");
		small(f, parts.length > 2 ? parts[2] : "");
	}

	/** @return the first paragraph of a header or footer, made when it has none */
	private static XWPFParagraph firstParagraph(XWPFHeaderFooter part) {
		XWPFParagraph existing = part.getParagraphArray(0);
		return existing != null ? existing : part.createParagraph();
	}

	private void tlpRun(XWPFParagraph paragraph) {
		XWPFRun run = paragraph.createRun();
		run.setText(" " + model.tlpLabel() + " ");
		run.setBold(true);
		run.setFontSize(8);
		run.setColor(tlpHex());
		run.getCTR().isSetRPr();
		var shd = run.getCTR().isSetRPr() ? run.getCTR().getRPr().addNewShd() : run.getCTR().addNewRPr().addNewShd();
		shd.setFill("000000");
		shd.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd.CLEAR);
	}

	private String tlpHex() {
		return switch (model.tlp()) {
		case RED -> "FF2B2B";
		case AMBER, AMBER_STRICT -> "FFC000";
		case GREEN -> "33FF00";
		case CLEAR -> "FFFFFF";
		};
	}

	private static void small(XWPFParagraph paragraph, String text) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontSize(8);
		run.setColor(MUTED);
	}

	private static void field(XWPFParagraph paragraph, String instruction, String placeholder) {
		CTSimpleField field = paragraph.getCTP().addNewFldSimple();
		field.setInstr(instruction);
		var run = field.addNewR();
		run.addNewRPr().addNewSz().setVal(BigInteger.valueOf(16));
		run.addNewT().setStringValue(placeholder);
	}

	private void cover() {
		if (model.authorLogo() != null || model.clientLogo() != null) {
			XWPFParagraph logos = docx.createParagraph();
			for (java.nio.file.Path logo : new java.nio.file.Path[] { model.authorLogo(), model.clientLogo() }) {
				if (logo != null) {
					try {
						picture(logos.createRun(), new Block.Figure(logo, "", "", null), 120, 30);
						logos.createRun().setText("    ");
					} catch (IOException | InvalidFormatException e) {
						logos.createRun().setText("");
					}
				}
			}
		}
		// the designed band of the PDF cover: issuer, title and subject in white on navy
		docx.createParagraph().setSpacingBefore(model.authorLogo() != null || model.clientLogo() != null ? 120 : 600);
		XWPFTable band = table(1, new float[] { 1 });
		band.setTopBorder(XWPFBorderType.NONE, 0, 0, NAVY);
		band.setBottomBorder(XWPFBorderType.NONE, 0, 0, NAVY);
		band.setLeftBorder(XWPFBorderType.NONE, 0, 0, NAVY);
		band.setRightBorder(XWPFBorderType.NONE, 0, 0, NAVY);
		band.setCellMargins(560, 560, 560, 560);
		XWPFTableCell cell = band.getRow(0).getCell(0);
		cell.setColor(NAVY);
		XWPFParagraph author = cell.getParagraphs().get(0);
		XWPFRun a = author.createRun();
		a.setText(model.author());
		a.setColor("C9D3E0");
		a.setFontSize(10);
		XWPFParagraph title = cell.addParagraph();
		title.setStyle("Title");
		title.setSpacingBefore(360);
		XWPFRun titleRun = title.createRun();
		titleRun.setText(model.title());
		titleRun.setColor("FFFFFF");
		// on one line where it can be, as in the PDF: the band's text is the page's less the cell margins,
		// a tenth kept free because the word processor sets the line, not Rensa
		titleRun.setFontSize(TextWidth.titleSize(TextWidth.ems(model.title()), COVER_TITLE_WIDTH_PT));
		XWPFParagraph subtitle = cell.addParagraph();
		subtitle.setStyle("Subtitle");
		XWPFRun subtitleRun = subtitle.createRun();
		subtitleRun.setText(model.subtitle());
		subtitleRun.setColor("FFFFFF");
		docx.createParagraph().setSpacingAfter(400);
		facts(model.cover(), 1, 2.6f);
		XWPFParagraph tlp = docx.createParagraph();
		tlp.setSpacingBefore(480);
		tlpRun(tlp);
		XWPFRun notice = tlp.createRun();
		notice.setText("  " + model.tlpNotice());
		notice.setFontSize(9);
		docx.createParagraph().createRun().addBreak(BreakType.PAGE);
	}

	/** The deepest heading level the table of contents lists (as in the PDF). */
	private static final int TOC_LEVELS = 2;

	/** One line of the table of contents: heading level, numbered title, bookmark of the heading. */
	private record TocEntry(int level, String text, String bookmark) {
	}

	/**
	 * The table of contents: one line per heading of levels 1–2 (styles TOC 1/TOC 2, dot leader) with a
	 * PAGEREF field to the heading's bookmark, so that word processors show every entry with its page
	 * number as they lay the document out (Word updates the fields on opening, LibreOffice computes
	 * them), without a TOC field that shows nothing until updated.
	 */
	private void toc() {
		XWPFParagraph heading = docx.createParagraph();
		heading.setStyle("TOCHeading");
		heading.createRun().setText(model.tocTitle());
		List<TocEntry> entries = new java.util.ArrayList<>();
		int number = 1;
		for (Section section : model.sections()) {
			tocEntries(section, String.valueOf(number++), 1, entries);
		}
		for (TocEntry entry : entries) {
			XWPFParagraph paragraph = docx.createParagraph();
			paragraph.setStyle("TOC" + entry.level());
			int indent = (entry.level() - 1) * 360;
			paragraph.setIndentationLeft(indent);
			paragraph.setSpacingAfter(60);
			var ppr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
			var stop = ppr.addNewTabs().addNewTab();
			stop.setVal(STTabJc.RIGHT);
			stop.setLeader(STTabTlc.DOT);
			stop.setPos(BigInteger.valueOf(CONTENT_WIDTH_TWIPS - indent));
			paragraph.createRun().setText(entry.text());
			paragraph.createRun().addTab();
			fieldChar(paragraph, STFldCharType.BEGIN);
			instruction(paragraph, "PAGEREF " + entry.bookmark() + " \\h");
			fieldChar(paragraph, STFldCharType.SEPARATE);
			paragraph.createRun().setText("");
			fieldChar(paragraph, STFldCharType.END);
		}
	}

	/** Collects the headings the table of contents lists, in document order (the order {@link #section} bookmarks them). */
	private void tocEntries(Section section, String number, int level, List<TocEntry> entries) {
		if (level > TOC_LEVELS) {
			return;
		}
		entries.add(new TocEntry(level, number + "  " + section.title(), bookmark(entries.size())));
		int sub = 1;
		for (Section subsection : section.subsections()) {
			tocEntries(subsection, number + "." + sub++, level + 1, entries);
		}
	}

	private static String bookmark(int index) {
		return "_Toc" + (100000 + index);
	}

	private static void fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(type);
	}

	private static void instruction(XWPFParagraph paragraph, String text) {
		var instr = paragraph.createRun().getCTR().addNewInstrText();
		instr.setStringValue(text);
	}

	private void section(Section section, String number, int level, boolean first) {
		OptionalDouble figureHeight = LandscapeOpening.figureHeight(section, PAGE);
		if (figureHeight.isPresent()) {
			endPortraitSection();
			openFigureHeight = figureHeight.getAsDouble();
		}
		XWPFParagraph heading = docx.createParagraph();
		heading.setStyle("Heading" + Math.min(level, 3));
		if (figureHeight.isPresent()) {
			// the section break has started the page
			heading.setSpacingBefore(0);
		} else if ((section.startsNewPage() || first) && level == 1) {
			heading.setPageBreak(true);
		}
		if (level <= TOC_LEVELS) {
			// the target of the TOC entry's PAGEREF field
			var start = heading.getCTP().addNewBookmarkStart();
			start.setName(bookmark(headings));
			start.setId(BigInteger.valueOf(headings));
			heading.createRun().setText(number + "  " + section.title());
			heading.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(headings));
			headings++;
		} else {
			heading.createRun().setText(number + "  " + section.title());
		}
		for (int i = 0; i < section.blocks().size(); i++) {
			block(section.blocks().get(i), section.introducesNext(i));
		}
		int sub = 1;
		for (Section subsection : section.subsections()) {
			section(subsection, number + "." + sub++, level + 1, false);
		}
	}

	private void block(Block block, boolean keepWithNext) {
		if (block instanceof Block.Paragraph p) {
			XWPFParagraph paragraph = docx.createParagraph();
			if (keepWithNext) {
				keepNext(paragraph);
			}
			if (p.style() == Block.TextStyle.SMALL) {
				paragraph.setStyle("Caption");
			}
			lines(paragraph.createRun(), p.text(), p.style() == Block.TextStyle.LEAD ? 11 : -1);
		} else if (block instanceof Block.Bullets b) {
			for (String item : b.items()) {
				XWPFParagraph paragraph = docx.createParagraph();
				paragraph.setIndentationLeft(360);
				paragraph.setIndentationHanging(240);
				paragraph.createRun().setText("•\t" + item);
			}
		} else if (block instanceof Block.Callout c) {
			XWPFTable table = table(1, new float[] { 1 });
			XWPFTableCell cell = table.getRow(0).getCell(0);
			cell.setColor(Palette.tintHex(c.tone()));
			XWPFParagraph title = cell.getParagraphs().get(0);
			XWPFRun run = title.createRun();
			run.setBold(true);
			run.setText(c.title());
			lines(cell.addParagraph().createRun(), c.text(), -1);
			table.setLeftBorder(XWPFBorderType.THICK, 24, 0, Palette.strongHex(c.tone()));
			spacer();
		} else if (block instanceof Block.Facts f) {
			facts(f.entries(), 1, 2.8f);
			spacer();
		} else if (block instanceof Block.Table t) {
			table(t);
		} else if (block instanceof Block.Chart c) {
			chart(c);
		} else if (block instanceof Block.Gallery g) {
			gallery(g.figures());
		} else if (block instanceof Block.ChainDiagram d) {
			chainDiagram(d.figure());
		} else if (block instanceof Block.FindingBlock f) {
			finding(f, keepWithNext);
		}
	}

	private void chainDiagram(ChainFigure figure) {
		boolean wide = figure.wantsLandscape(CONTENT_WIDTH_PT, FIGURE_HEIGHT_PT, LANDSCAPE_WIDTH_PT, LANDSCAPE_HEIGHT_PT);
		double height = wide ? LANDSCAPE_HEIGHT_PT : FIGURE_HEIGHT_PT;
		if (!Double.isNaN(openFigureHeight)) {
			// its section's heading and text opened its landscape page
			height = openFigureHeight;
			openFigureHeight = Double.NaN;
		} else if (wide) {
			endPortraitSection();
		}
		XWPFParagraph paragraph = docx.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setKeepNext(true);
		try {
			SvgPictures.add(docx, paragraph.createRun(), figure, "supply-chain-" + (++pictures), wide ? LANDSCAPE_WIDTH_PT : CONTENT_WIDTH_PT,
					height);
		} catch (IOException | InvalidFormatException e) {
			paragraph.createRun().setText("[ " + e.getMessage() + " ]");
		}
		XWPFParagraph caption = docx.createParagraph();
		caption.setStyle("Caption");
		caption.setAlignment(ParagraphAlignment.CENTER);
		caption.createRun().setText(figure.caption());
		if (wide) {
			CTSectPr landscape = portraitSection();
			CTPageSz size = landscape.getPgSz();
			size.setW(BigInteger.valueOf(16838));
			size.setH(BigInteger.valueOf(11906));
			size.setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
			(caption.getCTP().isSetPPr() ? caption.getCTP().getPPr() : caption.getCTP().addNewPPr()).setSectPr(landscape);
			landscapeEnd = caption;
		}
	}

	/**
	 * Ends the portrait section before a landscape page, unless the document ends with a landscape
	 * section already (a landscape page right after another starts its own section without an empty
	 * portrait one).
	 */
	private void endPortraitSection() {
		List<IBodyElement> body = docx.getBodyElements();
		if (landscapeEnd == null || body.isEmpty() || body.get(body.size() - 1) != landscapeEnd) {
			docx.createParagraph().getCTP().addNewPPr().setSectPr(portraitSection());
		}
	}

	/**
	 * @return a copy of the document's page setup (portrait A4, margins, header and footer) for the
	 *         section it ends; only the first section, the cover's, has a first page of its own
	 */
	private CTSectPr portraitSection() {
		CTSectPr copy = (CTSectPr) docx.getDocument().getBody().getSectPr().copy();
		if (sectionsEnded++ > 0 && copy.isSetTitlePg()) {
			copy.unsetTitlePg();
		}
		return copy;
	}

	private void spacer() {
		docx.createParagraph().setSpacingAfter(0);
	}

	private static void lines(XWPFRun run, String text, int size) {
		String[] lines = (text == null ? "" : text).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
		if (size > 0) {
			run.setFontSize(size);
		}
	}

	private XWPFTable table(int rows, float[] weights) {
		XWPFTable table = docx.createTable(rows, weights.length);
		table.setWidth("100%");
		CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
				: table.getCTTbl().getTblPr().addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(CONTENT_WIDTH_TWIPS));
		table.setTableAlignment(TableRowAlign.LEFT);
		float sum = 0;
		for (float w : weights) {
			sum += w;
		}
		var grid = table.getCTTbl().getTblGrid();
		for (int i = 0; i < weights.length; i++) {
			int twips = Math.round(CONTENT_WIDTH_TWIPS * weights[i] / sum);
			if (grid != null && grid.sizeOfGridColArray() > i) {
				grid.getGridColArray(i).setW(BigInteger.valueOf(twips));
			}
			for (XWPFTableRow row : table.getRows()) {
				row.getCell(i).setWidth(String.valueOf(twips));
			}
		}
		table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
		table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
		table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
		table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
		table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
		table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
		table.setCellMargins(40, 80, 40, 80);
		return table;
	}

	private static void text(XWPFTableCell cell, String text, boolean bold, String color, int halfPoints) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setSpacingAfter(0);
		XWPFRun run = paragraph.createRun();
		lines(run, text, -1);
		run.setBold(bold);
		run.setFontSize(halfPoints / 2.0);
		if (color != null) {
			run.setColor(color);
		}
	}

	private void facts(List<Block.Fact> facts, float labelWeight, float valueWeight) {
		if (facts.isEmpty()) {
			return;
		}
		XWPFTable table = table(facts.size(), new float[] { labelWeight, valueWeight });
		for (int i = 0; i < facts.size(); i++) {
			XWPFTableRow row = table.getRow(i);
			row.setCantSplitRow(true);
			row.getCell(0).setColor("ECF0F5");
			text(row.getCell(0), facts.get(i).label(), true, null, 17);
			text(row.getCell(1), facts.get(i).value(), false, null, 17);
			if (i < facts.size() - 1) {
				// short label/value tables stay on one page, like the PDF
				row.getCell(0).getParagraphs().forEach(DocxRenderer::keepNext);
				row.getCell(1).getParagraphs().forEach(DocxRenderer::keepNext);
			}
		}
	}

	private void table(Block.Table t) {
		if (t.caption() != null && !t.caption().isEmpty()) {
			XWPFParagraph caption = docx.createParagraph();
			keepNext(caption);
			XWPFRun run = caption.createRun();
			run.setBold(true);
			run.setText(t.caption());
		}
		float[] weights = new float[t.columns().size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = t.columns().get(i).weight();
		}
		XWPFTable table = table(t.rows().size() + 1, weights);
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int i = 0; i < weights.length; i++) {
			header.getCell(i).setColor(NAVY);
			text(header.getCell(i), t.columns().get(i).header(), true, "FFFFFF", 16);
		}
		for (int r = 0; r < t.rows().size(); r++) {
			XWPFTableRow row = table.getRow(r + 1);
			row.setCantSplitRow(true);
			List<Block.Cell> cells = t.rows().get(r);
			for (int i = 0; i < cells.size(); i++) {
				Block.Cell cell = cells.get(i);
				XWPFTableCell target = row.getCell(i);
				String color = null;
				if (cell.tone() == Tone.CRITICAL) {
					target.setColor(Palette.strongHex(Tone.CRITICAL));
					color = "FFFFFF";
				} else if (cell.tone() != Tone.NONE) {
					target.setColor(Palette.tintHex(cell.tone()));
				} else if (r % 2 == 1) {
					target.setColor("F4F6F9");
				}
				text(target, cell.text(), false, color, 16);
			}
		}
		spacer();
	}

	private void chart(Block.Chart c) {
		try {
			XWPFParagraph caption = docx.createParagraph();
			keepNext(caption);
			XWPFRun captionRun = caption.createRun();
			captionRun.setBold(true);
			captionRun.setText(c.title());
			int categories = c.categories().size();
			int series = c.series().size();
			float heightPt = 40 + categories * (series * 11 + 8) + (series > 1 ? 20 : 0);
			XWPFRun run = docx.createParagraph().createRun();
			XWPFChart chart = docx.createChart(run, Units.toEMU(CONTENT_WIDTH_PT), Units.toEMU(heightPt));
			XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.LEFT);
			categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
			XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
			valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
			valueAxis.setMinimum(0);
			valueAxis.setMaximum(c.max());
			valueAxis.setMajorUnit(c.unit().isEmpty() ? Math.max(1, Math.ceil(c.max() / 5)) : 20);
			String[] labels = c.categories().stream().map(Block.Category::label).toArray(String[]::new);
			XDDFCategoryDataSource source = XDDFDataSourcesFactory.fromArray(labels);
			XDDFChartData data = chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
			((XDDFBarChartData) data).setBarDirection(BarDirection.BAR);
			data.setVaryColors(false);
			for (int s = 0; s < series; s++) {
				Double[] values = new Double[categories];
				for (int i = 0; i < categories; i++) {
					double v = c.categories().get(i).values()[s];
					values[i] = Double.isNaN(v) ? 0d : v;
				}
				XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(values);
				XDDFChartData.Series chartSeries = data.addSeries(source, numbers);
				chartSeries.setTitle(c.series().get(s), null);
				chartSeries.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(Palette.strongHex(c.seriesTones().get(s))))));
				for (int i = 0; i < categories; i++) {
					// bars coloured by their category (severity) as in the PDF (the one rule of Block.Chart#tone)
					Tone tone = c.tone(c.categories().get(i), s);
					if (tone != c.seriesTones().get(s)) {
						chartSeries.getDataPoint(i).setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(Palette.strongHex(tone)))));
					}
				}
			}
			chart.plot(data);
			if (series > 1) {
				chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
			}
		} catch (IOException | InvalidFormatException | POIXMLException e) {
			throw new IllegalStateException("chart cannot be written: " + e.getMessage(), e);
		}
	}

	private static byte[] hex(String hex) {
		int value = Integer.parseInt(hex, 16);
		return new byte[] { (byte) (value >> 16), (byte) (value >> 8), (byte) value };
	}

	private void gallery(List<Block.Figure> figures) {
		if (figures.isEmpty()) {
			return;
		}
		int rows = (figures.size() + 1) / 2;
		XWPFTable table = table(rows, new float[] { 1, 1 });
		table.setTopBorder(XWPFBorderType.NONE, 0, 0, "FFFFFF");
		table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "FFFFFF");
		table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "FFFFFF");
		table.setRightBorder(XWPFBorderType.NONE, 0, 0, "FFFFFF");
		table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "FFFFFF");
		table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "FFFFFF");
		for (int i = 0; i < figures.size(); i++) {
			XWPFTableRow row = table.getRow(i / 2);
			row.setCantSplitRow(true);
			XWPFTableCell cell = row.getCell(i % 2);
			Block.Figure figure = figures.get(i);
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			if (figure.isPlaceholder()) {
				XWPFRun run = paragraph.createRun();
				run.setText("[ " + figure.problem() + " ]");
				run.setColor(MUTED);
				cell.setColor("F4F6F9");
			} else {
				try {
					picture(paragraph.createRun(), figure, CONTENT_WIDTH_PT / 2 - 16, 190);
				} catch (IOException | InvalidFormatException e) {
					XWPFRun run = paragraph.createRun();
					run.setText("[ " + e.getMessage() + " ]");
				}
			}
			XWPFParagraph caption = cell.addParagraph();
			caption.setStyle("Caption");
			caption.createRun().setText(figure.caption());
			XWPFParagraph hash = cell.addParagraph();
			hash.setStyle("Caption");
			XWPFRun hashRun = hash.createRun();
			hashRun.setText("SHA-256 " + figure.hash());
			hashRun.setFontSize(6);
		}
		spacer();
	}

	private void picture(XWPFRun run, Block.Figure figure, float maxWidth, float maxHeight) throws IOException, InvalidFormatException {
		byte[] bytes = Files.readAllBytes(figure.image());
		PictureType type = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 ? PictureType.JPEG : PictureType.PNG;
		if (model.anonymised()) {
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
			if (decoded == null) {
				throw new IOException("image cannot be decoded");
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(decoded, "png", png);
			bytes = png.toByteArray();
			type = PictureType.PNG;
		}
		java.awt.Dimension image = dimensions(bytes);
		float scale = Math.min(maxWidth / image.width, maxHeight / image.height);
		String name = "evidence-" + (++pictures) + (type == PictureType.JPEG ? ".jpg" : ".png");
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			run.addPicture(in, type, name, Units.toEMU(image.width * scale), Units.toEMU(image.height * scale));
		}
	}

	/** Reads an image's size from its header, without decoding the pixels. */
	private static java.awt.Dimension dimensions(byte[] bytes) throws IOException {
		try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			var readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new IOException("image cannot be decoded");
			}
			javax.imageio.ImageReader reader = readers.next();
			try {
				reader.setInput(in);
				return new java.awt.Dimension(reader.getWidth(0), reader.getHeight(0));
			} finally {
				reader.dispose();
			}
		}
	}

	private void finding(Block.FindingBlock f, boolean keepWithNext) {
		XWPFParagraph heading = docx.createParagraph();
		heading.setStyle("Heading3");
		keepNext(heading);
		XWPFRun title = heading.createRun();
		title.setText(f.code() + "  " + f.title() + "  ");
		XWPFRun severity = heading.createRun();
		severity.setText(" " + f.severity() + " ");
		severity.setColor("FFFFFF");
		severity.setFontSize(9);
		var shd = severity.getCTR().isSetRPr() ? severity.getCTR().getRPr().addNewShd() : severity.getCTR().addNewRPr().addNewShd();
		shd.setFill(Palette.strongHex(f.severityTone()));
		shd.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd.CLEAR);
		facts(f.facts(), 1, 4);
		if (!f.facts().isEmpty() && !f.parts().isEmpty()) {
			List<XWPFTableRow> rows = docx.getTables().get(docx.getTables().size() - 1).getRows();
			rows.get(rows.size() - 1).getTableCells().forEach(cell -> cell.getParagraphs().forEach(DocxRenderer::keepNext));
		}
		for (int i = 0; i < f.parts().size(); i++) {
			Block.Fact part = f.parts().get(i);
			XWPFParagraph label = docx.createParagraph();
			label.setSpacingBefore(120);
			label.setSpacingAfter(20);
			keepNext(label);
			XWPFRun labelRun = label.createRun();
			labelRun.setBold(true);
			labelRun.setColor(MUTED);
			labelRun.setFontSize(9);
			labelRun.setText(part.label());
			XWPFParagraph text = docx.createParagraph();
			if (i < f.parts().size() - 1 || !f.evidence().isEmpty() || keepWithNext) {
				// pictures, parts and the actions after it stay with their finding, as in the PDF
				keepNext(text);
			}
			lines(text.createRun(), part.value(), -1);
		}
		gallery(f.evidence());
		if (keepWithNext && !f.evidence().isEmpty()) {
			List<XWPFTableRow> rows = docx.getTables().get(docx.getTables().size() - 1).getRows();
			rows.get(rows.size() - 1).getTableCells().forEach(cell -> cell.getParagraphs().forEach(DocxRenderer::keepNext));
		}
	}

	private static void keepNext(XWPFParagraph paragraph) {
		if (!paragraph.getCTP().isSetPPr()) {
			paragraph.getCTP().addNewPPr();
		}
		paragraph.setKeepNext(true);
	}

	private boolean japanese() {
		return "ja".equals(model.locale().getLanguage());
	}
}
