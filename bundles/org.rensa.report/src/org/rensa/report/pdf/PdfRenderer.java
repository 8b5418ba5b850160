// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.rensa.model.Tlp;
import org.rensa.report.ChainFigure;
import org.rensa.report.LandscapeOpening;
import org.rensa.report.TextWidth;
import org.rensa.report.model.Block;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.model.Section;
import org.rensa.report.model.Tone;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.draw.DottedLine;
import com.itextpdf.kernel.pdf.navigation.PdfDestination;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.DashedBorder;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Link;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Tab;
import com.itextpdf.layout.element.TabStop;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.ParagraphOrphansControl;
import com.itextpdf.layout.properties.ParagraphWidowsControl;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TabAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;
import com.itextpdf.pdfa.PdfADocument;

/**
 * Renders a {@link ReportDocument} as a tagged PDF/A-2u file: A4, embedded Noto Sans CJK, a cover
 * page, a table of contents with page numbers and links, bookmarks, running header and footer
 * with the TLP label and page numbers on every page, tables with repeated headers, vector charts
 * and evidence pictures (placeholders for files that cannot be shown).
 * <p>
 * The document is laid out twice: a first pass into nothing finds the page of every heading, the
 * second writes the file with those page numbers in the table of contents.
 */
public final class PdfRenderer {

	static final Color INK = new DeviceRgb(0x1F, 0x29, 0x37);
	static final Color NAVY = new DeviceRgb(0x1F, 0x3A, 0x5F);
	static final Color MUTED = new DeviceRgb(0x5B, 0x67, 0x78);
	static final Color RULE = new DeviceRgb(0xC9, 0xD1, 0xDB);
	static final Color ZEBRA = new DeviceRgb(0xF4, 0xF6, 0xF9);
	static final Color LABEL = new DeviceRgb(0xEC, 0xF0, 0xF5);

	private static final String TOTAL = "#pages";
	private static final float MARGIN_X = 56;
	private static final float MARGIN_TOP = 72;
	private static final float MARGIN_BOTTOM = 64;
	/** The width a supply-chain figure may take on a portrait page. */
	private static final float FIGURE_WIDTH = PageSize.A4.getWidth() - 2 * MARGIN_X;
	/** The height it may take there (less a heading and a caption). */
	private static final float FIGURE_HEIGHT = PageSize.A4.getHeight() - MARGIN_TOP - MARGIN_BOTTOM - 120;
	/** The width a figure may take on a landscape page. */
	private static final float LANDSCAPE_WIDTH = PageSize.A4.getHeight() - 2 * MARGIN_X;
	/** The height it may take on a landscape page of its own, with room for its caption: it stays on the figure's page. */
	private static final float LANDSCAPE_HEIGHT = PageSize.A4.getWidth() - MARGIN_TOP - MARGIN_BOTTOM - 60;
	/**
	 * The pages and text for {@link LandscapeOpening}; lines of body text are 1.35 times Noto Sans CJK's
	 * line height (1.448 em) apart.
	 */
	private static final LandscapeOpening.Page PAGE = new LandscapeOpening.Page(FIGURE_WIDTH, FIGURE_HEIGHT, LANDSCAPE_WIDTH,
			LANDSCAPE_HEIGHT, 52, 9.5, 9.5 * 1.35 * 1.448, 10);

	/** The margins above and below a figure's image. */
	private static final float IMAGE_MARGINS = 10;
	/** The space below a figure and its caption. */
	private static final float FIGURE_SPACING = 10;

	private final Fonts fonts;

	/** @param fonts the fonts to embed */
	public PdfRenderer(Fonts fonts) {
		this.fonts = fonts;
	}

	/**
	 * Writes the document.
	 *
	 * @param document the content
	 * @param out      where the PDF goes (not closed)
	 * @throws IOException when fonts or images cannot be read or the output cannot be written
	 */
	public void render(ReportDocument document, OutputStream out) throws IOException {
		Map<String, Integer> pages = new HashMap<>();
		new Pass(document, null).run(OutputStream.nullOutputStream(), pages);
		new Pass(document, pages).run(new NonClosing(out), new HashMap<>());
	}

	/** One layout of the document. */
	private final class Pass {
		private final ReportDocument model;
		private final Map<String, Integer> knownPages;
		private PdfFont regular;
		private PdfFont bold;
		private PdfDocument pdf;
		private Document doc;
		private int destinations;
		private int findingDestinations;
		private final Map<Path, ImageData> images = new HashMap<>();
		private FontProvider svgFonts;
		private boolean landscapePage;
		/** Whether the current landscape page was opened for the next figure, with its section's heading and text above it. */
		private boolean figurePageOpen;
		private final java.util.List<Object[]> outline = new ArrayList<>();

		Pass(ReportDocument model, Map<String, Integer> knownPages) {
			this.model = model;
			this.knownPages = knownPages;
		}

		void run(OutputStream out, Map<String, Integer> pages) throws IOException {
			PdfWriter writer = new PdfWriter(out, new WriterProperties().addXmpMetadata());
			if (knownPages == null) {
				pdf = new PdfDocument(writer);
			} else {
				byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
				pdf = new PdfADocument(writer, PdfAConformance.PDF_A_2U,
						new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(icc)));
				pdf.setTagged();
				pdf.getCatalog().setLang(new PdfString(model.locale().toLanguageTag()));
				pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
				PdfDocumentInfo info = pdf.getDocumentInfo();
				info.setTitle(model.title() + " — " + model.subtitle());
				info.setAuthor(model.author());
				info.setSubject(model.subject());
				info.setKeywords(model.tlpLabel());
				info.setCreator("Rensa");
			}
			regular = fonts.regular();
			bold = fonts.bold();
			int totalPages = knownPages == null ? 0 : knownPages.getOrDefault(TOTAL, 0);
			pdf.addEventHandler(com.itextpdf.kernel.pdf.event.PdfDocumentEvent.END_PAGE,
					new com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler() {
						@Override
						protected void onAcceptedEvent(com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent event) {
							PdfPage page = ((com.itextpdf.kernel.pdf.event.PdfDocumentEvent) event).getPage();
							decorate(page, pdf.getPageNumber(page), totalPages);
						}
					});
			doc = new Document(pdf, PageSize.A4, true);
			doc.setMargins(MARGIN_TOP, MARGIN_X, MARGIN_BOTTOM, MARGIN_X);
			doc.setFont(regular).setFontSize(9.5f).setFontColor(INK);
			doc.setProperty(Property.SPLIT_CHARACTERS, new JapaneseSplitCharacters());
			cover();
			toc();
			int number = 1;
			for (Section section : model.sections()) {
				section(section, String.valueOf(number++), 1, pages, number == 2 || section.startsNewPage());
			}
			bookmarks();
			pages.put(TOTAL, pdf.getNumberOfPages());
			doc.close();
		}

		private void cover() throws IOException {
			if (model.authorLogo() != null || model.clientLogo() != null) {
				Table logos = new Table(UnitValue.createPercentArray(new float[] { 1, 1 })).useAllAvailableWidth();
				logos.addCell(logoCell(model.authorLogo(), TextAlignment.LEFT));
				logos.addCell(logoCell(model.clientLogo(), TextAlignment.RIGHT));
				doc.add(logos);
			}
			Div band = new Div().setBackgroundColor(NAVY).setPadding(28).setMarginTop(model.authorLogo() != null || model.clientLogo() != null ? 12 : 40);
			band.add(new Paragraph(model.author()).setFontColor(ColorConstantsWhite.WHITE).setFontSize(10).setMarginBottom(36));
			float titleWidth = PageSize.A4.getWidth() - 2 * MARGIN_X - 60;
			float titleSize = TextWidth.titleSize(bold.getWidth(model.title(), 1), titleWidth);
			Paragraph title = new Paragraph(model.title()).setFont(bold).setFontSize(titleSize).setFontColor(ColorConstantsWhite.WHITE)
					.setMultipliedLeading(1.15f);
			title.getAccessibilityProperties().setRole(StandardRoles.H1);
			band.add(title);
			band.add(new Paragraph(model.subtitle()).setFontSize(15).setFontColor(ColorConstantsWhite.WHITE).setMarginTop(6));
			doc.add(band);
			Table facts = new Table(UnitValue.createPercentArray(new float[] { 1, 2.6f })).useAllAvailableWidth().setMarginTop(36);
			for (Block.Fact fact : model.cover()) {
				facts.addCell(new Cell().add(new Paragraph(fact.label()).setFont(bold).setFontColor(MUTED)).setBorder(Border.NO_BORDER)
						.setBorderBottom(new SolidBorder(RULE, 0.5f)).setPaddingTop(6).setPaddingBottom(6));
				facts.addCell(new Cell().add(new Paragraph(fact.value())).setBorder(Border.NO_BORDER)
						.setBorderBottom(new SolidBorder(RULE, 0.5f)).setPaddingTop(6).setPaddingBottom(6));
			}
			doc.add(facts);
			Table tlp = new Table(UnitValue.createPercentArray(new float[] { 1, 3.6f })).useAllAvailableWidth().setMarginTop(30);
			tlp.addCell(new Cell().add(new Paragraph(model.tlpLabel()).setFont(bold).setFontSize(12).setFontColor(tlpColor(model.tlp())))
					.setBackgroundColor(BLACK).setBorder(Border.NO_BORDER).setVerticalAlignment(VerticalAlignment.MIDDLE)
					.setTextAlignment(TextAlignment.CENTER).setPadding(8));
			tlp.addCell(new Cell().add(new Paragraph(model.tlpNotice()).setFontSize(9)).setBorder(new SolidBorder(BLACK, 1))
					.setVerticalAlignment(VerticalAlignment.MIDDLE).setPaddingLeft(10));
			doc.add(tlp);
		}

		private Cell logoCell(Path logo, TextAlignment alignment) throws IOException {
			Cell cell = new Cell().setBorder(Border.NO_BORDER).setTextAlignment(alignment).setPadding(0);
			if (logo != null) {
				Image image = new Image(image(logo));
				float scale = Math.min(160 / image.getImageWidth(), 40 / image.getImageHeight());
				image.scaleAbsolute(image.getImageWidth() * scale, image.getImageHeight() * scale);
				image.setHorizontalAlignment(alignment == TextAlignment.LEFT ? HorizontalAlignment.LEFT : HorizontalAlignment.RIGHT);
				image.getAccessibilityProperties().setAlternateDescription(alignment == TextAlignment.LEFT ? model.author() : "logo");
				cell.add(image);
			}
			return cell;
		}

		private void toc() {
			doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
			Paragraph heading = new Paragraph(model.tocTitle()).setFont(bold).setFontSize(18).setFontColor(NAVY).setMarginBottom(14);
			heading.getAccessibilityProperties().setRole(StandardRoles.H1);
			doc.add(heading);
			float width = PageSize.A4.getWidth() - 2 * MARGIN_X;
			int number = 1;
			int counter = 0;
			for (Section section : model.sections()) {
				String label = number + "  " + section.title();
				String dest = "s" + (counter++);
				doc.add(tocLine(label, dest, width, true));
				int sub = 1;
				for (Section subsection : section.subsections()) {
					doc.add(tocLine(number + "." + sub++ + "  " + subsection.title(), "s" + (counter++), width, false));
					counter += countDescendants(subsection);
				}
				number++;
			}
		}

		private Paragraph tocLine(String label, String dest, float width, boolean top) {
			Integer page = knownPages == null ? null : knownPages.get(dest);
			String pageText = page == null ? "000" : String.valueOf(page);
			Link link = new Link(label, PdfAction.createGoTo(dest));
			link.getLinkAnnotation().setFlag(PdfAnnotation.PRINT);
			link.getLinkAnnotation().setBorder(new com.itextpdf.kernel.pdf.PdfArray(new float[] { 0, 0, 0 }));
			link.getLinkAnnotation().setContents(label);
			Paragraph line = new Paragraph().addTabStops(new TabStop(width, TabAlignment.RIGHT, new DottedLine(0.6f, 3)))
					.add(link).add(new Tab()).add(new Text(pageText));
			line.setMarginLeft(top ? 0 : 18).setMarginTop(top ? 7 : 1).setMarginBottom(0);
			if (top) {
				line.setFont(bold).setFontSize(10.5f);
			} else {
				line.setFontSize(9.5f).setFontColor(MUTED);
			}
			return line;
		}

		private int countDescendants(Section section) {
			int n = 0;
			for (Section sub : section.subsections()) {
				n += 1 + countDescendants(sub);
			}
			return n;
		}

		private void section(Section section, String number, int level, Map<String, Integer> pages, boolean newPage)
				throws IOException {
			boolean opensLandscape = LandscapeOpening.figureHeight(section, PAGE).isPresent();
			if (opensLandscape) {
				doc.add(new AreaBreak(PageSize.A4.rotate()));
				landscapePage = true;
				figurePageOpen = true;
			} else if (landscapePage) {
				portrait();
			} else if (newPage || section.startsNewPage()) {
				doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
			}
			String dest = "s" + (destinations++);
			// on its figure's page the heading is laid out at once, so that the figure is sized to the room left
			Paragraph heading = new Paragraph(number + "  " + section.title()).setFont(bold).setFontColor(NAVY)
					.setKeepWithNext(!opensLandscape).setDestination(dest);
			switch (level) {
			case 1 -> heading.setFontSize(16).setMarginTop(6).setMarginBottom(8).setBorderBottom(new SolidBorder(NAVY, 1.2f))
					.setPaddingBottom(3);
			case 2 -> heading.setFontSize(12.5f).setMarginTop(14).setMarginBottom(6);
			default -> heading.setFontSize(11).setMarginTop(10).setMarginBottom(4);
			}
			heading.getAccessibilityProperties().setRole(level == 1 ? StandardRoles.H1 : level == 2 ? StandardRoles.H2 : StandardRoles.H3);
			heading.setNextRenderer(new PageRecorder(heading, dest, pages));
			if (level <= 3) {
				outline.add(new Object[] { level, number + " " + section.title(), dest });
			}
			int first = 0;
			if (!opensLandscape && section.introducesNext(0)) {
				// the heading and the block introducing a table (a text, a finding) move as one onto the
				// table's page: the layout keeps one element with the next, not a chain of them
				Block intro = section.blocks().get(0);
				Div opening = new Div().setKeepTogether(true).setKeepWithNext(true);
				opening.add(heading.setKeepWithNext(false));
				opening.add(intro instanceof Block.Paragraph p ? paragraph(p) : findingElement((Block.FindingBlock) intro));
				doc.add(opening);
				first = 1;
			} else {
				doc.add(heading);
			}
			for (int i = first; i < section.blocks().size(); i++) {
				block(section.blocks().get(i), section.introducesNext(i));
			}
			int sub = 1;
			for (Section subsection : section.subsections()) {
				section(subsection, number + "." + sub++, level + 1, pages, false);
			}
		}

		private void block(Block block, boolean keepWithNext) throws IOException {
			if (!(block instanceof Block.ChainDiagram) && !figurePageOpen) {
				portrait();
			}
			if (block instanceof Block.Paragraph p) {
				doc.add(paragraph(p).setKeepWithNext(keepWithNext));
			} else if (block instanceof Block.Bullets b) {
				List list = new List().setSymbolIndent(10).setListSymbol("•").setMarginBottom(6);
				for (String item : b.items()) {
					ListItem entry = new ListItem();
					entry.add(lines(new Paragraph(item)).setMargin(0));
					list.add(entry);
				}
				doc.add(list);
			} else if (block instanceof Block.Callout c) {
				Div div = new Div().setBackgroundColor(Palette.tint(c.tone())).setBorderLeft(new SolidBorder(Palette.strong(c.tone()), 4))
						.setPadding(10).setMarginTop(4).setMarginBottom(10).setKeepTogether(true);
				div.add(new Paragraph(c.title()).setFont(bold).setFontSize(11).setMarginBottom(3));
				div.add(new Paragraph(c.text()).setMultipliedLeading(1.35f));
				doc.add(div);
			} else if (block instanceof Block.Facts f) {
				doc.add(facts(f.entries(), 1, 2.8f).setMarginBottom(10));
			} else if (block instanceof Block.Table t) {
				table(t);
			} else if (block instanceof Block.Chart c) {
				chart(c);
			} else if (block instanceof Block.Gallery g) {
				doc.add(gallery(g.figures()));
			} else if (block instanceof Block.ChainDiagram d) {
				chainDiagram(d.figure());
			} else if (block instanceof Block.FindingBlock f) {
				finding(f, keepWithNext);
			}
		}

		private Table facts(java.util.List<Block.Fact> entries, float labelWeight, float valueWeight) {
			Table table = new Table(UnitValue.createPercentArray(new float[] { labelWeight, valueWeight })).useAllAvailableWidth();
			for (Block.Fact fact : entries) {
				table.addCell(new Cell().add(new Paragraph(fact.label()).setFont(bold).setFontSize(8.5f)).setBackgroundColor(LABEL)
						.setBorder(new SolidBorder(RULE, 0.5f)).setPadding(4));
				table.addCell(new Cell().add(new Paragraph(fact.value()).setFontSize(8.5f).setMultipliedLeading(1.3f))
						.setBorder(new SolidBorder(RULE, 0.5f)).setPadding(4));
			}
			return table;
		}

		private void table(Block.Table t) {
			float[] weights = new float[t.columns().size()];
			java.util.List<java.util.List<String>> texts = new java.util.ArrayList<>();
			for (int i = 0; i < weights.length; i++) {
				weights[i] = t.columns().get(i).weight();
				java.util.List<String> column = new java.util.ArrayList<>();
				column.add(t.columns().get(i).header());
				for (java.util.List<Block.Cell> row : t.rows()) {
					if (i < row.size()) {
						column.add(row.get(i).text());
					}
				}
				texts.add(column);
			}
			// no word breaks inside: bold headers are the widest measure of a word
			float[] widths = ColumnWidths.of(weights, texts, word -> bold.getWidth(word, 8), 8.5f, PageSize.A4.getWidth() - 2 * MARGIN_X);
			Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setMarginBottom(10);
			if (t.rows().size() <= 12) {
				table.setKeepTogether(true);
			}
			for (Block.Column column : t.columns()) {
				table.addHeaderCell(new Cell().add(new Paragraph(column.header()).setFont(bold).setFontSize(8).setFontColor(ColorConstantsWhite.WHITE))
						.setBackgroundColor(NAVY).setBorder(new SolidBorder(NAVY, 0.5f)).setPadding(4));
			}
			int r = 0;
			for (java.util.List<Block.Cell> row : t.rows()) {
				Color zebra = r++ % 2 == 1 ? ZEBRA : null;
				for (Block.Cell cell : row) {
					Cell c = new Cell().add(new Paragraph(cell.text()).setFontSize(8).setMultipliedLeading(1.25f))
							.setBorder(new SolidBorder(RULE, 0.5f)).setPadding(4);
					if (cell.tone() != Tone.NONE) {
						c.setBackgroundColor(Palette.tint(cell.tone()));
						if (cell.tone() == Tone.CRITICAL) {
							c.setBackgroundColor(Palette.strong(Tone.CRITICAL)).setFontColor(ColorConstantsWhite.WHITE);
						}
					} else if (zebra != null) {
						c.setBackgroundColor(zebra);
					}
					table.addCell(c);
				}
			}
			if (t.caption() != null && !t.caption().isEmpty()) {
				// the caption is part of the table, so that a heading kept with the table keeps its caption too
				table.setCaption(new Div().add(new Paragraph(t.caption()).setFont(bold).setFontSize(9.5f).setMarginBottom(3)));
			}
			doc.add(table);
		}

		private void chart(Block.Chart chart) {
			float width = PageSize.A4.getWidth() - 2 * MARGIN_X;
			PdfFormXObject xobject = Charts.draw(pdf, chart, width, regular, bold);
			Image image = new Image(xobject).setMarginTop(4).setMarginBottom(10).setHorizontalAlignment(HorizontalAlignment.CENTER);
			StringBuilder alt = new StringBuilder(chart.title()).append(": ");
			for (Block.Category category : chart.categories()) {
				alt.append(category.label());
				for (int i = 0; i < category.values().length; i++) {
					alt.append(' ').append(chart.series().get(i)).append(' ').append(Charts.format(category.values()[i], chart.unit()));
				}
				alt.append("; ");
			}
			image.getAccessibilityProperties().setAlternateDescription(alt.toString());
			doc.add(image);
		}

		private void chainDiagram(ChainFigure figure) throws IOException {
			if (svgFonts == null) {
				svgFonts = fonts.provider(regular, bold);
			}
			boolean wide = figure.wantsLandscape(FIGURE_WIDTH, FIGURE_HEIGHT, LANDSCAPE_WIDTH, LANDSCAPE_HEIGHT);
			float width = wide ? LANDSCAPE_WIDTH : FIGURE_WIDTH;
			float height = wide ? LANDSCAPE_HEIGHT : FIGURE_HEIGHT;
			if (figurePageOpen) {
				// below its section's heading and text: the room left on the page, less the caption's
				figurePageOpen = false;
				height = doc.getRenderer().getCurrentArea().getBBox().getHeight() - IMAGE_MARGINS - captionHeight(figure, width) - 2;
			} else if (wide) {
				doc.add(new AreaBreak(PageSize.A4.rotate()));
				landscapePage = true;
			} else {
				portrait();
			}
			Image image = SvgFigures.image(figure, pdf, svgFonts, width, height);
			image.setMarginTop(IMAGE_MARGINS - 4).setMarginBottom(4).setHorizontalAlignment(HorizontalAlignment.CENTER);
			Div block = new Div().setKeepTogether(true).setMarginBottom(FIGURE_SPACING).add(image);
			if (!figure.caption().isEmpty()) {
				block.add(caption(figure));
			}
			doc.add(block);
		}

		private Paragraph caption(ChainFigure figure) {
			Paragraph caption = new Paragraph(figure.caption()).setFontSize(8).setFontColor(MUTED).setTextAlignment(TextAlignment.CENTER);
			caption.getAccessibilityProperties().setRole(StandardRoles.CAPTION);
			return caption;
		}

		/** @return the height a figure's caption takes across the given width, with the space below the figure */
		private float captionHeight(ChainFigure figure, float width) {
			Div block = new Div().setMarginBottom(FIGURE_SPACING);
			if (!figure.caption().isEmpty()) {
				block.add(caption(figure));
			}
			IRenderer renderer = block.createRendererSubTree().setParent(doc.getRenderer());
			LayoutResult result = renderer.layout(new LayoutContext(new LayoutArea(0, new Rectangle(width, 10_000))));
			return result.getOccupiedArea().getBBox().getHeight();
		}

		/** Leaves a landscape figure page: what follows goes on a new portrait page. */
		private void portrait() {
			if (landscapePage) {
				doc.add(new AreaBreak(PageSize.A4));
				landscapePage = false;
			}
		}

		private Table gallery(java.util.List<Block.Figure> figures) throws IOException {
			float width = (PageSize.A4.getWidth() - 2 * MARGIN_X) / 2 - 12;
			Table table = new Table(UnitValue.createPercentArray(new float[] { 1, 1 })).useAllAvailableWidth().setMarginBottom(8);
			for (Block.Figure figure : figures) {
				Div content = new Div().setKeepTogether(true);
				if (figure.isPlaceholder()) {
					Div box = new Div().setHeight(130).setBorder(new DashedBorder(MUTED, 1)).setBackgroundColor(ZEBRA)
							.setVerticalAlignment(VerticalAlignment.MIDDLE);
					box.add(new Paragraph("⚠ " + figure.problem()).setTextAlignment(TextAlignment.CENTER).setFontColor(MUTED));
					content.add(box);
				} else {
					Image image = new Image(image(figure.image())).setAutoScale(false);
					float w = image.getImageWidth();
					float h = image.getImageHeight();
					float scale = Math.min(width / w, 190 / h);
					image.scaleAbsolute(w * scale, h * scale).setHorizontalAlignment(HorizontalAlignment.CENTER);
					image.getAccessibilityProperties().setAlternateDescription(figure.caption());
					content.add(image);
				}
				Paragraph caption = new Paragraph(figure.caption()).setFontSize(7.5f).setMarginTop(3).setMultipliedLeading(1.25f);
				caption.getAccessibilityProperties().setRole(StandardRoles.CAPTION);
				content.add(caption);
				content.add(new Paragraph("SHA-256 " + figure.hash()).setFontSize(6).setFontColor(MUTED));
				table.addCell(new Cell().add(content).setBorder(Border.NO_BORDER).setPadding(4).setKeepTogether(true));
			}
			if (figures.size() % 2 == 1) {
				table.addCell(new Cell().setBorder(Border.NO_BORDER));
			}
			return table;
		}

		private ImageData image(Path path) throws IOException {
			synchronized (images) {
				ImageData data = images.get(path);
				if (data == null) {
					if (model.anonymised()) {
						BufferedImage decoded = ImageIO.read(path.toFile());
						ByteArrayOutputStream png = new ByteArrayOutputStream();
						ImageIO.write(decoded, "png", png);
						data = ImageDataFactory.create(png.toByteArray());
					} else {
						data = ImageDataFactory.create(path.toUri().toURL());
					}
					images.put(path, data);
				}
				return data;
			}
		}

		private static Paragraph paragraph(Block.Paragraph p) {
			Paragraph paragraph = lines(new Paragraph(p.text())).setMultipliedLeading(1.35f).setMarginBottom(6);
			if (p.style() == Block.TextStyle.LEAD) {
				paragraph.setFontSize(10.5f);
			} else if (p.style() == Block.TextStyle.SMALL) {
				paragraph.setFontSize(8).setFontColor(MUTED);
			}
			return paragraph;
		}

		/**
		 * Running text never leaves a single line of a paragraph alone at the foot or head of a page
		 * (a page holding one line of the previous page's bullet).
		 */
		private static Paragraph lines(Paragraph paragraph) {
			return paragraph.setOrphansControl(new ParagraphOrphansControl(2))
					.setWidowsControl(new ParagraphWidowsControl(2, 2, false));
		}

		private void finding(Block.FindingBlock f, boolean keepWithNext) throws IOException {
			doc.add(findingElement(f).setKeepWithNext(keepWithNext));
		}

		/** @return a finding as one block, its pictures included; its bookmark is recorded */
		private Div findingElement(Block.FindingBlock f) throws IOException {
			Table bar = new Table(UnitValue.createPercentArray(new float[] { 6, 1.2f })).useAllAvailableWidth();
			String dest = "f" + (findingDestinations++);
			Paragraph title = new Paragraph(f.code() + "  " + f.title()).setFont(bold).setFontSize(11).setDestination(dest);
			title.getAccessibilityProperties().setRole(StandardRoles.H3);
			bar.addCell(new Cell().add(title).setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(Palette.strong(f.severityTone()), 2))
					.setPaddingBottom(3));
			bar.addCell(new Cell().add(new Paragraph(f.severity()).setFont(bold).setFontSize(9).setFontColor(ColorConstantsWhite.WHITE))
					.setBackgroundColor(Palette.strong(f.severityTone())).setTextAlignment(TextAlignment.CENTER)
					.setVerticalAlignment(VerticalAlignment.MIDDLE).setBorder(Border.NO_BORDER));
			// the whole finding, its pictures included, moves to the next page rather than being split
			// from them; only a finding longer than a page is split
			Div finding = new Div().setKeepTogether(true).setMarginTop(12);
			finding.add(bar);
			finding.add(facts(f.facts(), 1, 4).setMarginTop(4));
			for (Block.Fact part : f.parts()) {
				finding.add(new Paragraph(part.label()).setFont(bold).setFontSize(8.5f).setFontColor(MUTED).setMarginTop(6).setMarginBottom(1));
				finding.add(new Paragraph(part.value()).setMultipliedLeading(1.35f).setMarginTop(0));
			}
			if (!f.evidence().isEmpty()) {
				finding.add(gallery(f.evidence()));
			}
			outline.add(new Object[] { 3, f.code() + " " + f.title(), dest });
			return finding;
		}

		private void decorate(PdfPage page, int number, int total) {
			float width = page.getPageSize().getWidth();
			float height = page.getPageSize().getHeight();
			PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
			canvas.openTag(new CanvasArtifact());
			try (Canvas layout = new Canvas(canvas, page.getPageSize())) {
				layout.setFont(regular).setFontSize(7.5f).setFontColor(MUTED);
				layout.setProperty(Property.SPLIT_CHARACTERS, new JapaneseSplitCharacters());
				tlpBadge(canvas, layout, width - MARGIN_X, height - 40);
				tlpBadge(canvas, layout, width - MARGIN_X, 30);
				if (number > 1) {
					String header = runningHeader(width);
					layout.showTextAligned(header, MARGIN_X, height - 36, TextAlignment.LEFT);
					canvas.setStrokeColor(RULE).setLineWidth(0.5f).moveTo(MARGIN_X, height - 46).lineTo(width - MARGIN_X, height - 46)
							.stroke();
					layout.showTextAligned(MessageFormat.format(model.pageLabel(), number, Math.max(number, total)), width / 2, 34,
							TextAlignment.CENTER);
					layout.showTextAligned(model.footer(), MARGIN_X, 34, TextAlignment.LEFT);
				}
			}
			canvas.closeTag();
		}

		/**
		 * The running header that fits beside the TLP badge: the full one, else the title alone; a
		 * header is shortened by that rule, never cut.
		 */
		private String runningHeader(float pageWidth) {
			float room = pageWidth - 2 * MARGIN_X - bold.getWidth(model.tlpLabel(), 8) - 24;
			String full = model.runningHeader();
			return regular.getWidth(full, 7.5f) <= room ? full : model.shortRunningHeader();
		}

		private void tlpBadge(PdfCanvas canvas, Canvas layout, float right, float baseline) {
			String label = model.tlpLabel();
			float textWidth = bold.getWidth(label, 8);
			canvas.saveState().setFillColor(BLACK).rectangle(right - textWidth - 10, baseline - 4, textWidth + 10, 14).fill().restoreState();
			layout.showTextAligned(new Paragraph(label).setFont(bold).setFontSize(8).setFontColor(tlpColor(model.tlp())), right - 5,
					baseline, TextAlignment.RIGHT);
		}

		private void bookmarks() {
			if (knownPages == null) {
				return;
			}
			PdfOutline root = pdf.getOutlines(false);
			PdfOutline[] parents = new PdfOutline[4];
			parents[0] = root;
			for (Object[] entry : outline) {
				int level = (Integer) entry[0];
				PdfOutline parent = parents[Math.max(0, level - 1)];
				if (parent == null) {
					parent = root;
				}
				PdfOutline item = parent.addOutline((String) entry[1]);
				item.addDestination(PdfDestination.makeDestination(new PdfString((String) entry[2])));
				parents[Math.min(3, level)] = item;
				for (int l = level + 1; l < 4; l++) {
					parents[l] = null;
				}
			}
		}
	}

	private static final Color BLACK = new DeviceRgb(0, 0, 0);

	/** White, kept here so the palette has one home. */
	private static final class ColorConstantsWhite {
		static final Color WHITE = new DeviceRgb(255, 255, 255);
	}

	static Color tlpColor(Tlp tlp) {
		return switch (tlp) {
		case RED -> new DeviceRgb(0xFF, 0x2B, 0x2B);
		case AMBER, AMBER_STRICT -> new DeviceRgb(0xFF, 0xC0, 0x00);
		case GREEN -> new DeviceRgb(0x33, 0xFF, 0x00);
		case CLEAR -> new DeviceRgb(0xFF, 0xFF, 0xFF);
		};
	}

	/** Records the page a heading lands on (its destination name → page number). */
	private static final class PageRecorder extends ParagraphRenderer {
		private final String dest;
		private final Map<String, Integer> pages;

		PageRecorder(Paragraph paragraph, String dest, Map<String, Integer> pages) {
			super(paragraph);
			this.dest = dest;
			this.pages = pages;
		}

		@Override
		public IRenderer getNextRenderer() {
			return new PageRecorder((Paragraph) modelElement, dest, pages);
		}

		@Override
		public void draw(DrawContext drawContext) {
			pages.putIfAbsent(dest, getOccupiedArea().getPageNumber());
			super.draw(drawContext);
		}
	}

	/** Keeps the caller's stream open when iText closes its writer. */
	private static final class NonClosing extends java.io.FilterOutputStream {
		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}

}
