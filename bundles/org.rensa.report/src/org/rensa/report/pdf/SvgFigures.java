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

	/** How much larger a turned figure must be drawn to be worth turning the page for. */
	private static final float TURN_GAIN = 1.2f;

	private SvgFigures() {
	}

	/**
	 * @param figure    the figure
	 * @param pdf       the document
	 * @param fonts     the provider of the document's embedded fonts (SVG texts are set in them)
	 * @param maxWidth  the width available
	 * @param maxHeight the height available
	 * @param maxLength the height available to a turned figure (a page of its own)
	 * @return the figure as an image element, scaled down to fit (never up), with its text alternative;
	 *         a wide figure that would be drawn much larger turned a quarter (to be read with the page
	 *         turned clockwise) is turned
	 */
	static Image image(ChainFigure figure, PdfDocument pdf, FontProvider fonts, float maxWidth, float maxHeight, float maxLength) {
		SvgConverterProperties properties = new SvgConverterProperties();
		properties.setFontProvider(fonts);
		PdfFormXObject xobject = SvgConverter.convertToXObject(figure.svg(), pdf, properties);
		float width = xobject.getWidth();
		float height = xobject.getHeight();
		float upright = Math.min(1, Math.min(maxWidth / width, maxHeight / height));
		float turned = Math.min(1, Math.min(maxLength / width, maxWidth / height));
		boolean turn = turned > upright * TURN_GAIN;
		float scale = turn ? turned : upright;
		Image image = new Image(xobject).setAutoScale(false);
		image.scaleAbsolute(width * scale, height * scale);
		if (turn) {
			image.setRotationAngle(Math.PI / 2);
		}
		image.getAccessibilityProperties().setAlternateDescription(figure.description());
		return image;
	}
}
