// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.description;

/**
 * One line of the legend.
 *
 * @param kind   how the sample is drawn
 * @param color  the sample's colour (fill or line)
 * @param label  English text
 * @param labelJa Japanese text
 */
public record LegendEntry(Kind kind, Rgb color, String label, String labelJa) {

	/** How a legend sample is drawn. */
	public enum Kind {
		/** A filled square. */
		FILL,
		/** A thin line. */
		LINE,
		/** A thick line. */
		THICK_LINE,
		/** A dashed line. */
		DASHED_LINE,
		/** A dashed frame around a node's sample. */
		DASHED_FRAME
	}

	/**
	 * @param japanese whether Japanese is wanted
	 * @return the label in that language
	 */
	public String label(boolean japanese) {
		return japanese ? labelJa : label;
	}
}
