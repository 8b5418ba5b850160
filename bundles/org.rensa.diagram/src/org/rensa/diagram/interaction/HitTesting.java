// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.interaction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.Note;
import org.rensa.diagram.notation.Shape;
import org.rensa.diagram.scene.SceneBuilder;
import org.rensa.model.Organization;

/**
 * What lies under a point of the diagram, in diagram coordinates. Tolerances are given in screen
 * pixels and divided by the zoom, so that handles and edges are as easy to grab at any zoom.
 */
public final class HitTesting {

	/** Handle radius in screen pixels. */
	public static final double HANDLE = 5;
	/** How far from an edge a click still hits it, in screen pixels. */
	private static final double EDGE_TOLERANCE = 5;
	/** The resize handle's reach beyond a shape's bottom-right corner, in screen pixels. */
	private static final double RESIZE_REACH = 8;

	private HitTesting() {
	}

	/**
	 * @param diagram the diagram
	 * @param visible the nodes shown (the filters hide the others)
	 * @param x       diagram x
	 * @param y       diagram y
	 * @return the topmost visible node at the point, or {@code null}
	 */
	public static Node node(Diagram diagram, Set<Node> visible, double x, double y) {
		List<Node> nodes = diagram.getNodes();
		for (int i = nodes.size() - 1; i >= 0; i--) {
			Node node = nodes.get(i);
			if (visible.contains(node) && inside(node, x, y)) {
				return node;
			}
		}
		return null;
	}

	/**
	 * @param diagram the diagram
	 * @param visible the nodes shown
	 * @param x       diagram x
	 * @param y       diagram y
	 * @param zoom    the zoom factor
	 * @return the note, else the node, else the edge between visible nodes at the point, or {@code null}
	 */
	public static EObject element(Diagram diagram, Set<Node> visible, double x, double y, double zoom) {
		for (int i = diagram.getNotes().size() - 1; i >= 0; i--) {
			Note note = diagram.getNotes().get(i);
			if (inside(note, x, y)) {
				return note;
			}
		}
		Node node = node(diagram, visible, x, y);
		if (node != null) {
			return node;
		}
		double tolerance = EDGE_TOLERANCE / zoom;
		for (Edge edge : diagram.getEdges()) {
			if (!visible.contains(edge.getSource()) || !visible.contains(edge.getTarget())) {
				continue;
			}
			double[] route = SceneBuilder.route(edge);
			for (int i = 0; i + 3 < route.length; i += 2) {
				if (distance(x, y, route[i], route[i + 1], route[i + 2], route[i + 3]) <= tolerance) {
					return edge;
				}
			}
		}
		return null;
	}

	/**
	 * @param shape a node or note
	 * @param x     x
	 * @param y     y
	 * @return whether the point is inside the shape or on its border
	 */
	public static boolean inside(Shape shape, double x, double y) {
		return x >= shape.getX() && x <= shape.getX() + shape.getWidth() && y >= shape.getY()
				&& y <= shape.getY() + shape.getHeight();
	}

	/**
	 * @return the distance of a point from a line segment
	 * @param px the point
	 * @param py the point
	 * @param x1 the segment's start
	 * @param y1 the segment's start
	 * @param x2 the segment's end
	 * @param y2 the segment's end
	 */
	public static double distance(double px, double py, double x1, double y1, double x2, double y2) {
		double dx = x2 - x1;
		double dy = y2 - y1;
		double length = dx * dx + dy * dy;
		double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length));
		return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
	}

	/**
	 * @param shape the single selected shape
	 * @param x     diagram x
	 * @param y     diagram y
	 * @param zoom  the zoom factor
	 * @return whether the point grabs the shape's resize handle (its bottom-right corner)
	 */
	public static boolean onResizeHandle(Shape shape, double x, double y, double zoom) {
		double hx = shape.getX() + shape.getWidth();
		double hy = shape.getY() + shape.getHeight();
		double reach = RESIZE_REACH / zoom;
		return x >= hx - 2 && x <= hx + reach && y >= hy - 2 && y <= hy + reach;
	}

	/**
	 * @param route   a drawn route (x, y pairs)
	 * @param segment a segment's index
	 * @param zoom    the zoom factor
	 * @return whether the segment is long enough on screen to show (and grab) its middle handle
	 */
	public static boolean segmentHandleShown(double[] route, int segment, double zoom) {
		double length = Math.hypot(route[2 * segment + 2] - route[2 * segment], route[2 * segment + 3] - route[2 * segment + 1]);
		return length * zoom >= 6 * HANDLE;
	}

	/**
	 * @param route a drawn route (x, y pairs)
	 * @param zoom  the zoom factor
	 * @return its bend point handles (inner points), then the middle handles of the segments long
	 *         enough to grab
	 */
	public static List<Handle> handles(double[] route, double zoom) {
		List<Handle> handles = new ArrayList<>();
		int n = route.length / 2;
		for (int i = 1; i < n - 1; i++) {
			handles.add(new Handle(Handle.Kind.BEND, i, route[2 * i], route[2 * i + 1]));
		}
		for (int i = 0; i + 1 < n; i++) {
			if (segmentHandleShown(route, i, zoom)) {
				handles.add(new Handle(Handle.Kind.SEGMENT, i, (route[2 * i] + route[2 * i + 2]) / 2,
						(route[2 * i + 1] + route[2 * i + 3]) / 2));
			}
		}
		return handles;
	}

	/**
	 * @param route a drawn route
	 * @param x     diagram x
	 * @param y     diagram y
	 * @param zoom  the zoom factor
	 * @return the handle under the point (bend points before segment middles), or {@code null}
	 */
	public static Handle handleAt(double[] route, double x, double y, double zoom) {
		double tolerance = (HANDLE + 2) / zoom;
		for (Handle handle : handles(route, zoom)) {
			if (Math.abs(handle.x() - x) <= tolerance && Math.abs(handle.y() - y) <= tolerance) {
				return handle;
			}
		}
		return null;
	}

	/**
	 * What a rubber band selects: the visible nodes lying wholly inside it and the notes whose top-left
	 * corner is inside it.
	 *
	 * @param diagram the diagram
	 * @param visible the nodes shown
	 * @param area    the rubber band
	 * @return the shapes
	 */
	public static List<Shape> enclosed(Diagram diagram, Collection<Node> visible, Box area) {
		List<Shape> shapes = new ArrayList<>();
		for (Node node : visible) {
			if (area.contains(node.getX(), node.getY())
					&& area.contains(node.getX() + node.getWidth(), node.getY() + node.getHeight())) {
				shapes.add(node);
			}
		}
		for (Note note : diagram.getNotes()) {
			if (area.contains(note.getX(), note.getY())) {
				shapes.add(note);
			}
		}
		return shapes;
	}

	/**
	 * The organisation the arrow key moves to: the nearest one in that direction, favouring those in
	 * line with the current one.
	 *
	 * @param from      the selected node
	 * @param visible   the nodes shown
	 * @param direction LEFT, RIGHT, UP or DOWN
	 * @return the node, or {@code null} when there is none that way
	 */
	public static Node neighbour(Node from, Collection<Node> visible, Key direction) {
		double cx = from.getX() + from.getWidth() / 2.0;
		double cy = from.getY() + from.getHeight() / 2.0;
		boolean horizontal = direction == Key.LEFT || direction == Key.RIGHT;
		Node best = null;
		double bestScore = Double.MAX_VALUE;
		for (Node node : visible) {
			if (node == from) {
				continue;
			}
			double dx = node.getX() + node.getWidth() / 2.0 - cx;
			double dy = node.getY() + node.getHeight() / 2.0 - cy;
			double along = switch (direction) {
			case LEFT -> -dx;
			case RIGHT -> dx;
			case UP -> -dy;
			case DOWN -> dy;
			default -> throw new IllegalArgumentException(direction + " is not an arrow key");
			};
			double across = horizontal ? Math.abs(dy) : Math.abs(dx);
			if (along > 1) {
				double score = along + 2 * across;
				if (score < bestScore) {
					bestScore = score;
					best = node;
				}
			}
		}
		return best;
	}

	/**
	 * @param element a node or note
	 * @return where its text is edited in place: an organisation's name line, a note's whole area;
	 *         {@code null} for anything else
	 */
	public static Box textArea(EObject element) {
		if (element instanceof Node node && node.getElement() instanceof Organization) {
			return new Box(node.getX() + 10, node.getY() + 6, node.getWidth() - 16, 24);
		}
		if (element instanceof Note note) {
			return new Box(note.getX() + 2, note.getY() + 2, note.getWidth() - 4, note.getHeight() - 4);
		}
		return null;
	}

	/**
	 * @param node an organisation's node
	 * @param x    diagram x
	 * @param y    diagram y
	 * @return whether the point is on the node's name (upper half, right of the accent bar): a
	 *         double-click there renames, elsewhere it opens the organisation
	 */
	public static boolean onName(Node node, double x, double y) {
		return y <= node.getY() + node.getHeight() / 2.0 && x > node.getX() + 10;
	}
}
