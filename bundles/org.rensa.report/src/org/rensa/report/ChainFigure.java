// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report;

import java.util.Objects;

/**
 * One supply-chain figure, drawn twice: as an SVG document (vector, for PDF and for Word) and as a
 * PNG (the fallback for word processors without SVG support).
 *
 * @param svg         a standalone SVG document whose texts use the font families of the report
 * @param png         the same drawing as PNG
 * @param width       its natural width in points (the size at which its texts have their design size)
 * @param height      its natural height in points
 * @param caption     a caption for the figure (may be empty)
 * @param description a text alternative for readers who cannot see it
 */
public record ChainFigure(String svg, byte[] png, double width, double height, String caption, String description) {

	/**
	 * The smallest text size, in points at a figure's natural size, that implementations may draw (node
	 * details, badges, edge labels, legend).
	 */
	public static final double SMALLEST_TEXT = 7.875;

	/** The smallest text size, in points, a figure may print at on the page. */
	public static final double SMALLEST_PRINTED_TEXT = 6;

	/**
	 * The smallest scale at which every text of a figure prints at {@value #SMALLEST_PRINTED_TEXT} pt
	 * or more: below it renderers try a landscape page and the diagram bundle splits large chains.
	 */
	public static final double READABLE_SCALE = SMALLEST_PRINTED_TEXT / SMALLEST_TEXT;

	/** How much larger a figure must be drawn on a landscape page to be given one. */
	public static final double LANDSCAPE_GAIN = 1.2;

	/** Checks the values. */
	public ChainFigure {
		Objects.requireNonNull(svg, "svg");
		Objects.requireNonNull(png, "png");
		Objects.requireNonNull(caption, "caption");
		Objects.requireNonNull(description, "description");
		if (!(width > 0) || !(height > 0)) {
			throw new IllegalArgumentException("figure of " + width + " x " + height);
		}
	}

	/**
	 * @param portraitWidth   the width available on a portrait page
	 * @param portraitHeight  the height available there
	 * @param landscapeWidth  the width available on a landscape page of its own
	 * @param landscapeHeight the height available there
	 * @return whether the figure is too small to read on the portrait page and notably larger on the
	 *         landscape one
	 */
	public boolean wantsLandscape(double portraitWidth, double portraitHeight, double landscapeWidth, double landscapeHeight) {
		double portrait = fit(portraitWidth, portraitHeight);
		return portrait < READABLE_SCALE && fit(landscapeWidth, landscapeHeight) > portrait * LANDSCAPE_GAIN;
	}

	/**
	 * @param maxWidth  the width available
	 * @param maxHeight the height available
	 * @return the scale at which the figure fits both, never above 1
	 */
	public double fit(double maxWidth, double maxHeight) {
		return Math.min(1, Math.min(maxWidth / width, maxHeight / height));
	}
}
