// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.interaction;

import java.util.List;

import org.rensa.diagram.notation.Node;

/** What the editor draws over the diagram while a drag is under way, in diagram coordinates. */
public sealed interface Feedback {

	/** @param boxes dashed outlines where the moved or resized shapes would land */
	record Outlines(List<Box> boxes) implements Feedback {
	}

	/** @param area the rubber band */
	record RubberBand(Box area) implements Feedback {
	}

	/** @param points the route the dragged bend point or segment would give (x, y pairs) */
	record Route(double[] points) implements Feedback {
	}

	/**
	 * @param x1     start (the source's right side)
	 * @param y1     start
	 * @param x2     the pointer
	 * @param y2     the pointer
	 * @param target the organisation the link would reach, or {@code null}
	 */
	record Link(double x1, double y1, double x2, double y2, Node target) implements Feedback {
	}
}
