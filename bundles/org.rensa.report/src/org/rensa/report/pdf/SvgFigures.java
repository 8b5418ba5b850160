// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.pdf;

import org.rensa.report.ChainFigure;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.svg.converter.SvgConverter;
import com.itextpdf.svg.processors.impl.SvgConverterProperties;

/**
 * Turns a figure's SVG into a form XObject: vector paths and real (embedded, extractable) text, no
 * raster image.
 */
final class SvgFigures {

	private SvgFigures() {
	}

	/**
	 * @param figure    the figure
	 * @param pdf       the document
	 * @param fonts     the provider of the document's embedded fonts (SVG texts are set in them)
	 * @param maxWidth  the width available
	 * @param maxHeight the height available
	 * @return the figure as an image element, scaled down to fit (never up), with its text alternative
	 */
	static Image image(ChainFigure figure, PdfDocument pdf, FontProvider fonts, float maxWidth, float maxHeight) {
		SvgConverterProperties properties = new SvgConverterProperties();
		properties.setFontProvider(fonts);
		PdfFormXObject xobject = SvgConverter.convertToXObject(figure.svg(), pdf, properties);
		float width = xobject.getWidth();
		float height = xobject.getHeight();
		float scale = Math.min(1, Math.min(maxWidth / width, maxHeight / height));
		Image image = new Image(xobject).setAutoScale(false);
		image.scaleAbsolute(width * scale, height * scale);
		image.getAccessibilityProperties().setAlternateDescription(figure.description());
		return image;
	}
}
