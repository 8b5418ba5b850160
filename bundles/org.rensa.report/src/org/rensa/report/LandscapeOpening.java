// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report;

import java.util.OptionalDouble;

import org.rensa.report.model.Block;
import org.rensa.report.model.Section;

/**
 * The one rule by which a section opens on the landscape page of its supply-chain figure: a section
 * whose blocks are a little text (paragraphs only) and then a figure that goes landscape is set
 * there whole, heading and text above the figure, instead of leaving them alone on a portrait page;
 * provided the figure stays as large as on a landscape page of its own, or is at most
 * {@link #MAX_SHRINK} smaller and still readable ({@link ChainFigure#READABLE_SCALE}). What follows the figure goes on as usual.
 * <p>
 * The text's height is estimated generously from its characters, so that the figure sized by the
 * estimate and its caption always fit below the text.
 */
public final class LandscapeOpening {

	/** The most characters of text the section may have above its figure. */
	public static final int MAX_CHARACTERS = 700;

	/** How much smaller (a fraction) the figure may be drawn than on a landscape page of its own. */
	public static final double MAX_SHRINK = 0.15;


	/** Share of a line that wrapping at word boundaries may leave empty. */
	private static final double WRAP_LOSS = 0.9;

	private LandscapeOpening() {
	}

	/**
	 * A renderer's pages and text, in points.
	 *
	 * @param portraitWidth    the width a figure may take on a portrait page
	 * @param portraitHeight   the height a figure may take there
	 * @param landscapeWidth   the width a figure may take on a landscape page of its own
	 * @param landscapeHeight  the height a figure may take there, its caption left out
	 * @param headingHeight    the height of a section heading with its spacing (at least that of the
	 *                         top level, the tallest)
	 * @param fontSize         the size of body text
	 * @param lineHeight       the distance of two lines of body text
	 * @param paragraphSpacing the space a paragraph adds to its lines
	 */
	public record Page(double portraitWidth, double portraitHeight, double landscapeWidth, double landscapeHeight,
			double headingHeight, double fontSize, double lineHeight, double paragraphSpacing) {
	}

	/**
	 * @param section a section
	 * @param page    the renderer's pages
	 * @return when the section opens on the landscape page of its first figure, the height that
	 *         figure may take there below the heading and text (its caption left out); empty when the
	 *         section opens as usual
	 */
	public static OptionalDouble figureHeight(Section section, Page page) {
		double text = page.headingHeight();
		int characters = 0;
		for (Block block : section.blocks()) {
			if (block instanceof Block.Paragraph paragraph) {
				characters += paragraph.text().length();
				text += height(paragraph, page);
			} else if (block instanceof Block.ChainDiagram diagram) {
				return characters <= MAX_CHARACTERS ? figureHeight(diagram.figure(), page, text) : OptionalDouble.empty();
			} else {
				return OptionalDouble.empty();
			}
		}
		return OptionalDouble.empty();
	}

	private static OptionalDouble figureHeight(ChainFigure figure, Page page, double text) {
		if (!figure.wantsLandscape(page.portraitWidth(), page.portraitHeight(), page.landscapeWidth(), page.landscapeHeight())) {
			return OptionalDouble.empty();
		}
		double left = page.landscapeHeight() - text;
		if (left <= 0) {
			return OptionalDouble.empty();
		}
		double alone = figure.fit(page.landscapeWidth(), page.landscapeHeight());
		double shared = figure.fit(page.landscapeWidth(), left);
		boolean fits = shared >= alone || shared >= alone * (1 - MAX_SHRINK) && shared >= ChainFigure.READABLE_SCALE;
		return fits ? OptionalDouble.of(left) : OptionalDouble.empty();
	}

	/** A generous estimate of a paragraph's height across the landscape page. */
	private static double height(Block.Paragraph paragraph, Page page) {
		double scale = switch (paragraph.style()) {
		case LEAD -> 1.2;
		case SMALL -> 0.9;
		case BODY -> 1;
		};
		double lineEms = page.landscapeWidth() / (page.fontSize() * scale) * WRAP_LOSS;
		int lines = 0;
		for (String line : paragraph.text().split("\n", -1)) {
			double ems = TextWidth.ems(line);
			lines += Math.max(1, (int) Math.ceil(ems / lineEms));
		}
		return lines * page.lineHeight() * scale + page.paragraphSpacing();
	}
}
