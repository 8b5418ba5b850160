// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.pdf;

import java.util.Locale;

import org.rensa.report.model.Block;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;

/** Horizontal bar charts drawn as PDF vector graphics in a form XObject. */
final class Charts {

	private static final float ROW = 11;
	private static final float GAP = 7;
	private static final float LABEL_WIDTH = 170;

	private Charts() {
	}

	static PdfFormXObject draw(PdfDocument pdf, Block.Chart chart, float width, PdfFont regular, PdfFont bold) {
		int series = chart.series().size();
		float groupHeight = series * ROW + GAP;
		float plotHeight = chart.categories().size() * groupHeight;
		float height = 22 + plotHeight + (series > 1 ? 20 : 6);
		PdfFormXObject xobject = new PdfFormXObject(new Rectangle(width, height));
		PdfCanvas canvas = new PdfCanvas(xobject, pdf);
		try (Canvas layout = new Canvas(canvas, new Rectangle(width, height))) {
			layout.setProperty(Property.SPLIT_CHARACTERS, new JapaneseSplitCharacters());
			layout.showTextAligned(new Paragraph(chart.title()).setFont(bold).setFontSize(9).setFontColor(PdfRenderer.INK), 0, height - 12,
					TextAlignment.LEFT);
			float plotLeft = LABEL_WIDTH + 8;
			float plotWidth = width - plotLeft - 40;
			float top = height - 22;
			// grid
			canvas.saveState().setStrokeColor(PdfRenderer.RULE).setLineWidth(0.4f);
			for (int i = 0; i <= 4; i++) {
				float x = plotLeft + plotWidth * i / 4;
				canvas.moveTo(x, top).lineTo(x, top - plotHeight);
			}
			canvas.stroke().restoreState();
			float y = top;
			for (Block.Category category : chart.categories()) {
				String label = category.label();
				if (regular.getWidth(label, 8) > LABEL_WIDTH) {
					while (label.length() > 1 && regular.getWidth(label + "…", 8) > LABEL_WIDTH) {
						label = label.substring(0, label.length() - 1);
					}
					label += "…";
				}
				layout.showTextAligned(new Paragraph(label).setFont(regular).setFontSize(8).setFontColor(PdfRenderer.INK), LABEL_WIDTH,
						y - groupHeight / 2 + GAP / 2, TextAlignment.RIGHT, VerticalAlignment.MIDDLE);
				for (int s = 0; s < series; s++) {
					double value = s < category.values().length ? category.values()[s] : Double.NaN;
					float barTop = y - s * ROW - 1;
					if (!Double.isNaN(value)) {
						float length = (float) (plotWidth * Math.max(0, Math.min(1, value / chart.max())));
						canvas.saveState().setFillColor(Palette.strong(chart.tone(category, s)))
								.rectangle(plotLeft, barTop - ROW + 2, Math.max(length, 0.8f), ROW - 2).fill().restoreState();
						layout.showTextAligned(new Paragraph(format(value, chart.unit())).setFont(regular).setFontSize(7)
								.setFontColor(PdfRenderer.MUTED), plotLeft + length + 3, barTop - ROW / 2 + 1, TextAlignment.LEFT,
								VerticalAlignment.MIDDLE);
					} else {
						layout.showTextAligned(new Paragraph("–").setFont(regular).setFontSize(7).setFontColor(PdfRenderer.MUTED),
								plotLeft + 3, barTop - ROW / 2 + 1, TextAlignment.LEFT, VerticalAlignment.MIDDLE);
					}
				}
				y -= groupHeight;
			}
			canvas.saveState().setStrokeColor(PdfRenderer.MUTED).setLineWidth(0.6f).moveTo(plotLeft, top).lineTo(plotLeft, top - plotHeight)
					.stroke().restoreState();
			if (series > 1) {
				float x = plotLeft;
				for (int s = 0; s < series; s++) {
					canvas.saveState().setFillColor(Palette.strong(chart.seriesTones().get(s))).rectangle(x, 5, 9, 9).fill().restoreState();
					layout.showTextAligned(new Paragraph(chart.series().get(s)).setFont(regular).setFontSize(8), x + 13, 9.5f,
							TextAlignment.LEFT, VerticalAlignment.MIDDLE);
					x += 20 + regular.getWidth(chart.series().get(s), 8) + 16;
				}
			}
		}
		return xobject;
	}

	static String format(double value, String unit) {
		if (Double.isNaN(value)) {
			return "–";
		}
		if (value == Math.rint(value)) {
			return String.format(Locale.ROOT, "%d%s", (long) value, unit);
		}
		return String.format(Locale.ROOT, "%.0f%s", value, unit);
	}
}
