// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.interaction;

/**
 * A handle of the selected edge's route.
 *
 * @param kind  a bend point (a corner) or the middle of a segment
 * @param index the bend point's index in the drawn route (1 … n−2), or the segment's index (0 … n−2)
 * @param x     its centre in diagram coordinates
 * @param y     its centre in diagram coordinates
 */
public record Handle(Kind kind, int index, double x, double y) {

	/** What a handle drags. */
	public enum Kind {
		/** A corner of the route (square handle). */
		BEND,
		/** The middle of a segment, dragged across (round handle). */
		SEGMENT
	}
}
