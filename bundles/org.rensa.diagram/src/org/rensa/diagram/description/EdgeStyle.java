// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.description;

/**
 * The look of one edge, built up like a {@link NodeStyle}.
 */
public final class EdgeStyle {

	/** Line colour. */
	public Rgb color = Rgb.of("#7d8b99");
	/** Line width in pixels. */
	public double width = 1.4;
	/** Dashed line. */
	public boolean dashed;
	/** Text drawn at the middle of the edge, or {@code null}. */
	public String label;
	/** Colour of the label. */
	public Rgb labelColor = Rgb.of("#41505f");

	/** Whether texts set by rules should be Japanese (set before the rules run). */
	public boolean japanese;

	/** @return a copy */
	public EdgeStyle copy() {
		EdgeStyle copy = new EdgeStyle();
		copy.color = color;
		copy.width = width;
		copy.dashed = dashed;
		copy.label = label;
		copy.labelColor = labelColor;
		copy.japanese = japanese;
		return copy;
	}
}
