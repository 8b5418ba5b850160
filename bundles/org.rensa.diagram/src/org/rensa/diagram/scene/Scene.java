// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.scene;

import java.util.List;

import org.rensa.diagram.description.Rgb;

/**
 * A renderer-neutral drawing of a diagram: boxes, lines, polygons and texts in diagram coordinates,
 * in painting order. The SWT canvas, the SVG writer and the PNG writer all draw the same scene, so
 * the editor and the exports look the same.
 *
 * @param items  the drawing, edges first, then nodes and notes
 * @param legend the legend, with its top-left corner at 0,0
 * @param legendWidth  the legend's width (0 without legend)
 * @param legendHeight the legend's height
 * @param minX   bounds of {@code items}
 * @param minY   bounds of {@code items}
 * @param maxX   bounds of {@code items}
 * @param maxY   bounds of {@code items}
 */
public record Scene(List<Item> items, List<Item> legend, double legendWidth, double legendHeight, double minX,
		double minY, double maxX, double maxY) {

	/** What an item stands for, for hit-testing, SVG classes and tests. */
	public enum Role {
		/** A node's frame. */
		NODE,
		/** A node's shadow, accent bar or badge. */
		NODE_DECORATION,
		/** A node's name. */
		NODE_NAME,
		/** A node's detail line. */
		NODE_DETAIL,
		/** An edge's line. */
		EDGE,
		/** An edge's arrow head. */
		EDGE_ARROW,
		/** An edge's label (and its background). */
		EDGE_LABEL,
		/** A note. */
		NOTE,
		/** A note's text. */
		NOTE_TEXT,
		/** Part of the legend. */
		LEGEND
	}

	/** One thing to draw. */
	public sealed interface Item permits Box, Line, Polygon, Text {
		/** @return the id of the notation element it belongs to, or {@code null} (legend) */
		String elementId();

		/** @return what it stands for */
		Role role();
	}

	/**
	 * A (rounded) rectangle.
	 *
	 * @param elementId   notation element id
	 * @param role        role
	 * @param x           left
	 * @param y           top
	 * @param width       width
	 * @param height      height
	 * @param arc         corner radius
	 * @param fill        fill, or {@code null}
	 * @param stroke      border, or {@code null}
	 * @param strokeWidth border width
	 * @param dashed      dashed border
	 */
	public record Box(String elementId, Role role, double x, double y, double width, double height, double arc, Rgb fill,
			Rgb stroke, double strokeWidth, boolean dashed) implements Item {
	}

	/**
	 * A polyline.
	 *
	 * @param elementId notation element id
	 * @param role      role
	 * @param points    x0, y0, x1, y1, …
	 * @param stroke    colour
	 * @param width     width
	 * @param dashed    dashed
	 */
	public record Line(String elementId, Role role, double[] points, Rgb stroke, double width, boolean dashed)
			implements Item {
	}

	/**
	 * A filled polygon.
	 *
	 * @param elementId notation element id
	 * @param role      role
	 * @param points    x0, y0, x1, y1, …
	 * @param fill      colour
	 */
	public record Polygon(String elementId, Role role, double[] points, Rgb fill) implements Item {
	}

	/**
	 * A line of text.
	 *
	 * @param elementId notation element id
	 * @param role      role
	 * @param x         left edge (or centre with {@code centered})
	 * @param y         baseline
	 * @param text      the text
	 * @param size      font size in pixels
	 * @param bold      bold
	 * @param color     colour
	 * @param centered  whether {@code x} is the centre
	 */
	public record Text(String elementId, Role role, double x, double y, String text, double size, boolean bold,
			Rgb color, boolean centered) implements Item {
	}
}
