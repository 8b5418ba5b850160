// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.description;

/**
 * The look of one node, built up by a {@link NodeMapping}'s base style and then changed by the
 * conditional rules of the active {@link Layer}s, in order.
 */
public final class NodeStyle {

	/** Fill colour. */
	public Rgb fill = Rgb.of("#ffffff");
	/** Border colour. */
	public Rgb border = Rgb.of("#5b6b7c");
	/** Border width in pixels. */
	public double borderWidth = 1.2;
	/** Dashed border. */
	public boolean dashed;
	/** Colour of the name and the detail line. */
	public Rgb text = Rgb.of("#1d2733");
	/** Colour of the bar on the left edge that shows the organisation's kind. */
	public Rgb accent = Rgb.of("#5b6b7c");
	/** A short marker drawn in the top-right corner (e.g. the highest open finding), or {@code null}. */
	public String badge;
	/** Colour of the badge. */
	public Rgb badgeColor = Rgb.of("#5b6b7c");

	/** A dashed frame drawn around the node (e.g. an undeclared subcontractor), or {@code null}. */
	public Rgb outline;

	/** Whether texts set by rules should be Japanese (set before the rules run). */
	public boolean japanese;

	/** @return a copy */
	public NodeStyle copy() {
		NodeStyle copy = new NodeStyle();
		copy.fill = fill;
		copy.border = border;
		copy.borderWidth = borderWidth;
		copy.dashed = dashed;
		copy.text = text;
		copy.accent = accent;
		copy.badge = badge;
		copy.badgeColor = badgeColor;
		copy.outline = outline;
		copy.japanese = japanese;
		return copy;
	}
}
