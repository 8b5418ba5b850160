// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.interaction;

import org.rensa.diagram.notation.Shape;

/**
 * An axis-parallel rectangle in diagram (or, for the overview, screen) coordinates.
 *
 * @param x      left
 * @param y      top
 * @param width  width
 * @param height height
 */
public record Box(double x, double y, double width, double height) {

	/**
	 * @param shape a node or note
	 * @return its bounds
	 */
	public static Box of(Shape shape) {
		return new Box(shape.getX(), shape.getY(), shape.getWidth(), shape.getHeight());
	}

	/**
	 * Half-open, as a pixel rectangle: the right and bottom borders are outside.
	 *
	 * @param px x
	 * @param py y
	 * @return whether the point is inside
	 */
	public boolean contains(double px, double py) {
		return px >= x && py >= y && px < x + width && py < y + height;
	}
}
