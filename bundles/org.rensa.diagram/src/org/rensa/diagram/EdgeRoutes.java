// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram;

import java.util.ArrayList;
import java.util.List;

import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.Point;
import org.rensa.diagram.scene.SceneBuilder;

/**
 * Orthogonal routes edited by the user. Every edge of the supply-chain diagram is drawn with
 * horizontal and vertical segments only, and user routes stay that way:
 * <ul>
 * <li>A user-routed edge ({@link Edge#isRoutedByUser()}) stores its <em>inner</em> bend points
 * only. Its two ends are attached when it is drawn: to the side of the organisation that faces the
 * first (last) bend point, at that point's height (or width) when the side reaches it, else as
 * close as the side allows with an elbow added, so a route follows a moved organisation.</li>
 * <li>Dragging a bend point moves that corner; its neighbouring corners follow along the segments
 * they share, so the segments stay horizontal or vertical.</li>
 * <li>Dragging the handle in the middle of a segment moves the whole segment across (a vertical
 * segment left or right, a horizontal one up or down). When the segment touches an organisation
 * and the new position is beyond that organisation's side, bend points are created so that the
 * route leaves the side straight and then turns.</li>
 * <li>Removing a bend point lets the route re-attach orthogonally without it.</li>
 * <li>A bend point dragged onto one of the edge's own organisations is dropped: the route leaves
 * that organisation on the side facing the next bend point instead.</li>
 * </ul>
 * The functions here are pure: they compute the new inner points of an edge for a command to set.
 * Indices refer to the drawn route ({@link SceneBuilder#route(Edge)}): point 0 is the start on the
 * source, the last point the end on the target; bend points are 1 … n−2, segment {@code j} joins
 * points {@code j} and {@code j+1}.
 */
public final class EdgeRoutes {

	/** Distance the attachment keeps from a node's corners. */
	private static final int CORNER = 6;
	/** Length of the straight stub a route leaves a side with before it turns. */
	private static final int STUB = 16;

	private EdgeRoutes() {
	}

	/**
	 * The drawn route of a user-routed edge with at least one stored bend point.
	 *
	 * @param edge the edge
	 * @return x0, y0, x1, y1, … with the ends attached to the nodes
	 */
	public static double[] userRoute(Edge edge) {
		List<int[]> inner = new ArrayList<>();
		for (Point point : edge.getBendpoints()) {
			inner.add(new int[] { point.getX(), point.getY() });
		}
		return toArray(through(edge.getSource(), edge.getTarget(), inner));
	}

	/**
	 * @param source the source node
	 * @param target the target node
	 * @param inner  inner bend points (at least one)
	 * @return the full orthogonal route through them, ends attached, as x0, y0, x1, y1, …
	 */
	public static double[] routeThrough(Node source, Node target, List<int[]> inner) {
		return toArray(through(source, target, inner));
	}

	/**
	 * @param edge an edge
	 * @return the bend points of its drawn route (without the two ends), as {x, y}
	 */
	public static List<int[]> bends(Edge edge) {
		List<int[]> points = drawn(edge);
		return new ArrayList<>(points.subList(1, points.size() - 1));
	}

	/**
	 * Moves a bend point; the neighbouring bend points follow along their shared segments.
	 *
	 * @param edge  the edge
	 * @param index the bend point's index in the drawn route (1 … n−2)
	 * @param x     new x
	 * @param y     new y
	 * @return the edge's new inner bend points
	 */
	public static List<int[]> moveBend(Edge edge, int index, int x, int y) {
		List<int[]> points = drawn(edge);
		checkBend(points, index);
		int[] old = points.get(index);
		int last = points.size() - 1;
		if (index - 1 >= 1) {
			follow(points.get(index - 1), old, x, y);
		}
		if (index + 1 <= last - 1) {
			follow(points.get(index + 1), old, x, y);
		}
		points.set(index, new int[] { x, y });
		return normalize(edge.getSource(), edge.getTarget(), points.subList(1, last));
	}

	private static void follow(int[] neighbour, int[] old, int x, int y) {
		if (neighbour[1] == old[1] && neighbour[0] != old[0]) {
			neighbour[1] = y;
		} else if (neighbour[0] == old[0]) {
			neighbour[0] = x;
		}
	}

	/**
	 * Moves a segment across to the given point (a horizontal segment to {@code y}, a vertical one to
	 * {@code x}), creating bend points where the segment leaves an organisation and the new position
	 * is beyond its side.
	 *
	 * @param edge    the edge
	 * @param segment the segment's index in the drawn route (0 … n−2)
	 * @param x       the point dragged to
	 * @param y       the point dragged to
	 * @return the edge's new inner bend points
	 */
	public static List<int[]> moveSegment(Edge edge, int segment, int x, int y) {
		List<int[]> points = drawn(edge);
		int last = points.size() - 1;
		if (segment < 0 || segment >= last) {
			throw new IndexOutOfBoundsException("segment " + segment + " of " + last);
		}
		int[] a = points.get(segment);
		int[] b = points.get(segment + 1);
		boolean horizontal = a[1] == b[1];
		boolean vertical = a[0] == b[0];
		if (!horizontal && !vertical) {
			// Not orthogonal (cannot be drawn by this diagram, but stay safe): a bend point at the spot.
			points.add(segment + 1, new int[] { x, y });
			return normalize(edge.getSource(), edge.getTarget(), points.subList(1, points.size() - 1));
		}
		int across = horizontal ? y : x;
		int direction = direction(horizontal, a, b);
		int stub = stub(horizontal, a, b);
		List<int[]> result = copy(points);
		// The end at the target first, so that the indices before it stay valid.
		if (segment + 1 == last) {
			if (!within(edge.getTarget(), horizontal, across)) {
				int at = along(horizontal, b) - direction * stub;
				result.add(last, point(horizontal, at, along2(horizontal, b)));
				result.add(last, point(horizontal, at, across));
			} else if (segment == 0 && within(edge.getSource(), horizontal, across)) {
				// A straight route slid along both sides: one bend point in its middle keeps it.
				result.add(1, point(horizontal, (along(horizontal, a) + along(horizontal, b)) / 2, across));
			}
		} else {
			set(result.get(segment + 1), horizontal, across);
		}
		if (segment == 0) {
			if (!within(edge.getSource(), horizontal, across)) {
				int at = along(horizontal, a) + direction * stub;
				result.add(1, point(horizontal, at, across));
				result.add(1, point(horizontal, at, along2(horizontal, a)));
			}
		} else {
			set(result.get(segment), horizontal, across);
		}
		return normalize(edge.getSource(), edge.getTarget(), result.subList(1, result.size() - 1));
	}

	/** Coordinate along the segment's direction. */
	private static int along(boolean horizontal, int[] p) {
		return horizontal ? p[0] : p[1];
	}

	/** Coordinate across the segment's direction. */
	private static int along2(boolean horizontal, int[] p) {
		return horizontal ? p[1] : p[0];
	}

	private static int direction(boolean horizontal, int[] a, int[] b) {
		return Integer.signum(along(horizontal, b) - along(horizontal, a)) == 0 ? 1
				: Integer.signum(along(horizontal, b) - along(horizontal, a));
	}

	private static int stub(boolean horizontal, int[] a, int[] b) {
		return Math.max(4, Math.min(STUB, Math.abs(along(horizontal, b) - along(horizontal, a)) / 3));
	}

	private static int[] point(boolean horizontal, int alongValue, int acrossValue) {
		return horizontal ? new int[] { alongValue, acrossValue } : new int[] { acrossValue, alongValue };
	}

	private static void set(int[] p, boolean horizontal, int across) {
		if (horizontal) {
			p[1] = across;
		} else {
			p[0] = across;
		}
	}

	/** Whether a side of the node that a segment of that direction leaves from reaches {@code across}. */
	private static boolean within(Node node, boolean horizontal, int across) {
		return horizontal ? across >= node.getY() + CORNER && across <= node.getY() + node.getHeight() - CORNER
				: across >= node.getX() + CORNER && across <= node.getX() + node.getWidth() - CORNER;
	}

	/**
	 * Removes a bend point; the route re-attaches orthogonally without it.
	 *
	 * @param edge  the edge
	 * @param index the bend point's index in the drawn route (1 … n−2)
	 * @return the edge's new inner bend points (empty: back to the automatic route)
	 */
	public static List<int[]> removeBend(Edge edge, int index) {
		List<int[]> points = drawn(edge);
		checkBend(points, index);
		int[] removed = points.remove(index);
		int[] a = points.get(index - 1);
		int[] b = points.get(index);
		if (a[0] != b[0] && a[1] != b[1]) {
			// Replace the corner by the opposite one, so that the two segments stay orthogonal.
			boolean wasHorizontalFirst = removed[0] == b[0] && removed[1] == a[1];
			points.add(index, wasHorizontalFirst ? new int[] { a[0], b[1] } : new int[] { b[0], a[1] });
		}
		List<int[]> inner = points.subList(1, points.size() - 1);
		if (inner.isEmpty()) {
			return List.of();
		}
		return normalize(edge.getSource(), edge.getTarget(), inner);
	}

	/**
	 * @param edge a user-routed edge
	 * @param dx   horizontal distance
	 * @param dy   vertical distance
	 * @return its inner bend points moved by dx, dy (both its ends moved by the same distance)
	 */
	public static List<int[]> translate(Edge edge, int dx, int dy) {
		List<int[]> result = new ArrayList<>();
		for (Point point : edge.getBendpoints()) {
			result.add(new int[] { point.getX() + dx, point.getY() + dy });
		}
		return result;
	}

	/**
	 * Brings inner bend points into the canonical form of a user route: the orthogonal route through
	 * them with its ends attached, without repeated or collinear points; at least one point is kept
	 * (the middle of a straight route), so that the route stays the user's.
	 *
	 * @param source the source node
	 * @param target the target node
	 * @param inner  inner bend points
	 * @return the canonical inner bend points
	 */
	public static List<int[]> normalize(Node source, Node target, List<int[]> inner) {
		if (inner.isEmpty()) {
			return List.of();
		}
		List<int[]> route = through(source, target, copy(inner));
		if (route.size() <= 2) {
			int[] a = route.get(0);
			int[] b = route.get(route.size() - 1);
			return List.of(new int[] { (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 });
		}
		return new ArrayList<>(route.subList(1, route.size() - 1));
	}

	// ---------------------------------------------------------------------------------------------

	private static void checkBend(List<int[]> points, int index) {
		if (index < 1 || index > points.size() - 2) {
			throw new IndexOutOfBoundsException("bend point " + index + " of " + points.size() + " points");
		}
	}

	private static List<int[]> drawn(Edge edge) {
		double[] route = SceneBuilder.route(edge);
		List<int[]> points = new ArrayList<>();
		for (int i = 0; i + 1 < route.length; i += 2) {
			points.add(new int[] { (int) Math.round(route[i]), (int) Math.round(route[i + 1]) });
		}
		return points;
	}

	private static List<int[]> copy(List<int[]> points) {
		List<int[]> result = new ArrayList<>();
		for (int[] p : points) {
			result.add(new int[] { p[0], p[1] });
		}
		return result;
	}

	private static double[] toArray(List<int[]> points) {
		double[] result = new double[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			result[2 * i] = points.get(i)[0];
			result[2 * i + 1] = points.get(i)[1];
		}
		return result;
	}

	/** The orthogonal route source → inner … → target, simplified. */
	private static List<int[]> through(Node source, Node target, List<int[]> given) {
		// Bend points dragged onto an end's organisation are dropped: the route then leaves (enters)
		// that organisation on the side facing the next bend point.
		List<int[]> inner = new ArrayList<>(given);
		while (inner.size() > 1 && covers(source, inner.get(0))) {
			inner.remove(0);
		}
		while (inner.size() > 1 && covers(target, inner.get(inner.size() - 1))) {
			inner.remove(inner.size() - 1);
		}
		List<int[]> route = new ArrayList<>();
		int[] first = inner.get(0);
		int[] last = inner.get(inner.size() - 1);
		Side start = attach(source, first);
		route.add(start.point);
		if (start.horizontal ? start.point[1] != first[1] : start.point[0] != first[0]) {
			route.add(start.horizontal ? new int[] { first[0], start.point[1] } : new int[] { start.point[0], first[1] });
		}
		boolean previousHorizontal = start.horizontal;
		for (int i = 0; i < inner.size(); i++) {
			int[] p = inner.get(i);
			int[] before = route.get(route.size() - 1);
			if (before[0] != p[0] && before[1] != p[1]) {
				// Alternate: after a horizontal segment turn vertical first, and the other way round.
				route.add(previousHorizontal ? new int[] { before[0], p[1] } : new int[] { p[0], before[1] });
			}
			int[] corner = route.get(route.size() - 1);
			if (corner[0] != p[0] || corner[1] != p[1]) {
				previousHorizontal = corner[1] == p[1];
			}
			route.add(new int[] { p[0], p[1] });
		}
		Side end = attach(target, last);
		int[] before = route.get(route.size() - 1);
		if (end.horizontal ? end.point[1] != before[1] : end.point[0] != before[0]) {
			route.add(end.horizontal ? new int[] { before[0], end.point[1] } : new int[] { end.point[0], before[1] });
		}
		route.add(end.point);
		return simplify(route);
	}

	private static boolean covers(Node node, int[] p) {
		return p[0] >= node.getX() && p[0] <= node.getX() + node.getWidth() && p[1] >= node.getY()
				&& p[1] <= node.getY() + node.getHeight();
	}

	private record Side(int[] point, boolean horizontal) {
	}

	/** Where a route whose next point is {@code toward} leaves (or enters) a node. */
	private static Side attach(Node node, int[] toward) {
		int left = node.getX();
		int top = node.getY();
		int right = left + node.getWidth();
		int bottom = top + node.getHeight();
		if (toward[0] >= right) {
			return new Side(new int[] { right, clamp(toward[1], top, bottom) }, true);
		}
		if (toward[0] <= left) {
			return new Side(new int[] { left, clamp(toward[1], top, bottom) }, true);
		}
		if (toward[1] <= top) {
			return new Side(new int[] { clamp(toward[0], left, right), top }, false);
		}
		if (toward[1] >= bottom) {
			return new Side(new int[] { clamp(toward[0], left, right), bottom }, false);
		}
		// Inside the node: leave on the right, in the middle.
		return new Side(new int[] { right, (top + bottom) / 2 }, true);
	}

	private static int clamp(int value, int low, int high) {
		if (high - low < 2 * CORNER) {
			return (low + high) / 2;
		}
		return Math.max(low + CORNER, Math.min(high - CORNER, value));
	}

	private static List<int[]> simplify(List<int[]> route) {
		List<int[]> result = new ArrayList<>();
		for (int[] p : route) {
			if (!result.isEmpty() && result.get(result.size() - 1)[0] == p[0] && result.get(result.size() - 1)[1] == p[1]) {
				continue;
			}
			result.add(p);
			while (result.size() >= 3) {
				int[] a = result.get(result.size() - 3);
				int[] b = result.get(result.size() - 2);
				int[] c = result.get(result.size() - 1);
				if (a[0] == b[0] && b[0] == c[0] || a[1] == b[1] && b[1] == c[1]) {
					result.remove(result.size() - 2);
				} else {
					break;
				}
			}
		}
		if (result.size() == 1) {
			result.add(new int[] { result.get(0)[0], result.get(0)[1] });
		}
		return result;
	}
}
