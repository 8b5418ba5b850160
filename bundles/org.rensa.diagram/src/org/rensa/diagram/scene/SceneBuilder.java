// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.scene;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.rensa.diagram.DiagramFilter;
import org.rensa.diagram.NodeLabels;
import org.rensa.diagram.description.ChainFacts;
import org.rensa.diagram.description.DiagramDescription;
import org.rensa.diagram.description.EdgeStyle;
import org.rensa.diagram.description.Layer;
import org.rensa.diagram.description.LegendEntry;
import org.rensa.diagram.description.NodeMapping;
import org.rensa.diagram.description.NodeStyle;
import org.rensa.diagram.description.Rgb;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.Note;
import org.rensa.diagram.notation.Point;
import org.rensa.diagram.scene.Scene.Box;
import org.rensa.diagram.scene.Scene.Item;
import org.rensa.diagram.scene.Scene.Line;
import org.rensa.diagram.scene.Scene.Polygon;
import org.rensa.diagram.scene.Scene.Role;
import org.rensa.diagram.scene.Scene.Text;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.text.Language;

/**
 * Turns a synchronised diagram into a {@link Scene} under its description, its active layers and
 * its filter.
 */
public final class SceneBuilder {

	private static final Rgb SHADOW = Rgb.of("#dde2e7");
	private static final Rgb DETAIL = Rgb.of("#5f6f7f");
	private static final Rgb WHITE = Rgb.of("#ffffff");
	private static final double ARROW_LENGTH = 9;
	private static final double ARROW_HALF_WIDTH = 4.5;

	/**
	 * The smallest text any scene draws (node details, badges, edge labels and the legend), in
	 * diagram units: a drawing scaled by {@code s} prints its smallest text at
	 * {@code SMALLEST_TEXT * 0.75 * s} points.
	 */
	public static final double SMALLEST_TEXT = NodeLabels.DETAIL_SIZE;
	private static final double BADGE_SIZE = SMALLEST_TEXT;
	private static final double LABEL_SIZE = SMALLEST_TEXT;
	private static final double LABEL_LEADING = 13;

	private final DiagramDescription description;
	private final boolean japanese;
	private final boolean legend;

	/**
	 * @param description what the diagram draws
	 * @param japanese    Japanese names and texts
	 * @param legend      whether to build the legend
	 */
	public SceneBuilder(DiagramDescription description, boolean japanese, boolean legend) {
		this.description = Objects.requireNonNull(description, "description");
		this.japanese = japanese;
		this.legend = legend;
	}

	/**
	 * @param diagram a synchronised diagram
	 * @param facts   the facts of its project
	 * @return the scene
	 */
	public Scene build(Diagram diagram, ChainFacts facts) {
		List<Layer> active = description.layers(diagram.getActiveLayers());
		Set<Node> visible = DiagramFilter.visibleNodes(diagram, facts);
		List<Item> items = new ArrayList<>();
		for (Edge edge : diagram.getEdges()) {
			if (edge.getElement() instanceof Relationship relationship && visible.contains(edge.getSource())
					&& visible.contains(edge.getTarget())) {
				EdgeStyle style = description.styleOf(relationship, facts, active, japanese);
				if (style != null) {
					edge(items, edge, style);
				}
			}
		}
		for (Node node : diagram.getNodes()) {
			if (visible.contains(node) && node.getElement() instanceof Organization organization) {
				NodeStyle style = description.styleOf(organization, facts, active, japanese);
				NodeMapping mapping = description.mappingOf(organization).orElse(null);
				if (style != null && mapping != null) {
					node(items, node, organization, style, mapping.detail().detail(organization, facts, japanese));
				}
			}
		}
		for (Note note : diagram.getNotes()) {
			note(items, note);
		}
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (Item item : items) {
			double[] b = bounds(item);
			minX = Math.min(minX, b[0]);
			minY = Math.min(minY, b[1]);
			maxX = Math.max(maxX, b[2]);
			maxY = Math.max(maxY, b[3]);
		}
		if (items.isEmpty()) {
			minX = minY = maxX = maxY = 0;
		}
		List<Item> legendItems = new ArrayList<>();
		double[] size = legend ? legend(legendItems, active) : new double[2];
		return new Scene(List.copyOf(items), List.copyOf(legendItems), size[0], size[1], minX, minY, maxX, maxY);
	}

	private void node(List<Item> items, Node node, Organization organization, NodeStyle style, String detail) {
		String id = node.getId();
		double x = node.getX();
		double y = node.getY();
		double w = node.getWidth();
		double h = node.getHeight();
		if (style.outline != null) {
			items.add(new Box(id, Role.NODE_DECORATION, x - 6, y - 6, w + 12, h + 12, 12, null, style.outline, 2.2, true));
		}
		items.add(new Box(id, Role.NODE_DECORATION, x + 2, y + 3, w, h, 8, SHADOW, null, 0, false));
		items.add(new Box(id, Role.NODE, x, y, w, h, 8, style.fill, style.border, style.borderWidth, style.dashed));
		items.add(new Box(id, Role.NODE_DECORATION, x + 3, y + 6, 4, h - 12, 2, style.accent, null, 0, false));
		double detailWidth = w - 26;
		if (style.badge != null) {
			// On the detail line's right, so that the name keeps its full width.
			double bw = TextMetrics.width(style.badge, BADGE_SIZE, true) + 10;
			double by = y + h / 2 + 2;
			items.add(new Box(id, Role.NODE_DECORATION, x + w - bw - 8, by, bw, 16, 8, style.badgeColor, null, 0,
					false));
			items.add(new Text(id, Role.NODE_DECORATION, x + w - bw / 2 - 8, by + 12, style.badge, BADGE_SIZE, true, WHITE,
					true));
			detailWidth -= bw + 6;
		}
		String name = TextMetrics.fit(Language.of(japanese).label(organization), NodeLabels.NAME_SIZE, true, w - 26);
		items.add(new Text(id, Role.NODE_NAME, x + 15, y + h / 2 - 3, name, NodeLabels.NAME_SIZE, true, style.text,
				false));
		items.add(new Text(id, Role.NODE_DETAIL, x + 15, y + h / 2 + 13,
				TextMetrics.fit(detail, NodeLabels.DETAIL_SIZE, false, detailWidth), NodeLabels.DETAIL_SIZE, false, DETAIL,
				false));
	}

	private void note(List<Item> items, Note note) {
		String id = note.getId();
		items.add(new Box(id, Role.NOTE, note.getX(), note.getY(), note.getWidth(), note.getHeight(), 2,
				Rgb.of("#fff8d6"), Rgb.of("#d9c77a"), 1, false));
		String text = note.getText() == null ? "" : note.getText();
		double y = note.getY() + 18;
		for (String line : wrap(text, 11, note.getWidth() - 16)) {
			if (y > note.getY() + note.getHeight() - 4) {
				break;
			}
			items.add(new Text(id, Role.NOTE_TEXT, note.getX() + 8, y, line, 11, false, Rgb.of("#4a4330"), false));
			y += 15;
		}
	}

	/**
	 * Wraps text into lines no wider than the given width (breaking at spaces, or anywhere for CJK).
	 *
	 * @param text  the text
	 * @param size  font size
	 * @param width available width
	 * @return the lines
	 */
	public static List<String> wrap(String text, double size, double width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			int lastSpace = -1;
			for (int i = 0; i < paragraph.length(); i++) {
				char c = paragraph.charAt(i);
				line.append(c);
				if (c == ' ') {
					lastSpace = line.length() - 1;
				}
				if (TextMetrics.width(line.toString(), size, false) > width && line.length() > 1) {
					if (lastSpace > 0) {
						lines.add(line.substring(0, lastSpace));
						line.delete(0, lastSpace + 1);
					} else {
						lines.add(line.substring(0, line.length() - 1));
						line.delete(0, line.length() - 1);
					}
					lastSpace = line.indexOf(" ");
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private void edge(List<Item> items, Edge edge, EdgeStyle style) {
		double[] points = route(edge);
		String id = edge.getId();
		int n = points.length;
		// Stop the line at the arrow's base so that thick lines do not poke through the tip.
		double ex = points[n - 2];
		double ey = points[n - 1];
		double px = points[n - 4];
		double py = points[n - 3];
		double length = Math.hypot(ex - px, ey - py);
		double ux = length == 0 ? 1 : (ex - px) / length;
		double uy = length == 0 ? 0 : (ey - py) / length;
		double arrow = ARROW_LENGTH + style.width;
		double[] line = points.clone();
		line[n - 2] = ex - ux * arrow * 0.8;
		line[n - 1] = ey - uy * arrow * 0.8;
		items.add(new Line(id, Role.EDGE, line, style.color, style.width, style.dashed));
		double half = ARROW_HALF_WIDTH + style.width / 2;
		items.add(new Polygon(id, Role.EDGE_ARROW, new double[] { ex, ey, ex - ux * arrow - uy * half,
				ey - uy * arrow + ux * half, ex - ux * arrow + uy * half, ey - uy * arrow - ux * half }, style.color));
		if (style.label != null && !style.label.isEmpty()) {
			label(items, id, points, style);
		}
	}

	private static void label(List<Item> items, String id, double[] points, EdgeStyle style) {
		// Centred on the last segment (the one entering the target, clear of the fan-out at the source);
		// never shortened: a label wider than the segment wraps between its parts (or words) onto
		// several lines, and no line is narrower than its longest part.
		int n = points.length;
		double x0 = points[n - 4];
		double y0 = points[n - 3];
		double x1 = points[n - 2];
		double y1 = points[n - 1];
		double available = Math.abs(x1 - x0) - ARROW_LENGTH - 10;
		double cx = (Math.min(x0, x1) + Math.max(x0, x1) - (x1 > x0 ? ARROW_LENGTH : -ARROW_LENGTH)) / 2;
		if (y0 != y1 || available < 28) {
			double[] mid = labelAnchor(points);
			cx = mid[0];
			y1 = mid[1];
			available = 120;
		}
		List<String> lines = labelLines(style.label, LABEL_SIZE, available - 8);
		double tw = 0;
		for (String line : lines) {
			tw = Math.max(tw, TextMetrics.width(line, LABEL_SIZE, false));
		}
		double height = 15 + LABEL_LEADING * (lines.size() - 1);
		double top = y1 - height / 2;
		items.add(new Box(id, Role.EDGE_LABEL, cx - tw / 2 - 4, top, tw + 8, height, 3, WHITE, Rgb.of("#d5dbe1"), 0.8,
				false));
		for (int i = 0; i < lines.size(); i++) {
			items.add(new Text(id, Role.EDGE_LABEL, cx, top + 11 + LABEL_LEADING * i, lines.get(i), LABEL_SIZE, false,
					style.labelColor, true));
		}
	}

	/**
	 * Breaks an edge label into lines no wider than the given width where possible: after the
	 * separators of its parts ({@code ", "}, {@code "・"}) or at spaces; a part wider than the width
	 * keeps a line of its own, whole.
	 *
	 * @param label the label
	 * @param size  font size
	 * @param width available width
	 * @return the lines, together the whole label
	 */
	public static List<String> labelLines(String label, double size, double width) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			part.append(c);
			if (c == ' ' || c == '・') {
				parts.add(part.toString());
				part.setLength(0);
			}
		}
		if (part.length() > 0) {
			parts.add(part.toString());
		}
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String p : parts) {
			if (line.length() > 0 && TextMetrics.width((line + p).strip(), size, false) > width) {
				lines.add(line.toString().strip());
				line.setLength(0);
			}
			line.append(p);
		}
		if (line.length() > 0) {
			lines.add(line.toString().strip());
		}
		return lines;
	}

	private static double[] labelAnchor(double[] points) {
		// The middle of the longest horizontal segment, else of the longest segment.
		int best = 0;
		double bestLength = -1;
		boolean bestHorizontal = false;
		for (int i = 0; i + 3 < points.length; i += 2) {
			double length = Math.hypot(points[i + 2] - points[i], points[i + 3] - points[i + 1]);
			boolean horizontal = points[i + 1] == points[i + 3];
			if (horizontal && !bestHorizontal || horizontal == bestHorizontal && length > bestLength) {
				best = i;
				bestLength = length;
				bestHorizontal = horizontal;
			}
		}
		return new double[] { (points[best] + points[best + 2]) / 2, (points[best + 1] + points[best + 3]) / 2 };
	}

	/**
	 * The route of an edge: for a user-routed edge, the orthogonal route through its bend points with
	 * both ends attached to the nodes ({@link org.rensa.diagram.EdgeRoutes}); else its stored points
	 * (the layout's route) when it has at least two; else a simple orthogonal route from the source's
	 * right side to the target's left side (around both for backward edges, a loop for self-loops).
	 *
	 * @param edge the edge
	 * @return x0, y0, x1, y1, … with at least two points
	 */
	public static double[] route(Edge edge) {
		if (edge.isRoutedByUser() && !edge.getBendpoints().isEmpty()) {
			return org.rensa.diagram.EdgeRoutes.userRoute(edge);
		}
		if (edge.getBendpoints().size() >= 2) {
			double[] points = new double[edge.getBendpoints().size() * 2];
			int i = 0;
			for (Point point : edge.getBendpoints()) {
				points[i++] = point.getX();
				points[i++] = point.getY();
			}
			return points;
		}
		Node s = edge.getSource();
		Node t = edge.getTarget();
		double sx = s.getX() + s.getWidth();
		double sy = s.getY() + s.getHeight() / 2.0;
		double tx = t.getX();
		double ty = t.getY() + t.getHeight() / 2.0;
		if (s == t) {
			double right = sx + 22;
			double bottom = s.getY() + s.getHeight() + 16;
			double back = s.getX() + s.getWidth() - 30;
			return new double[] { sx, sy, right, sy, right, bottom, back, bottom, back, s.getY() + s.getHeight() };
		}
		if (tx >= sx + 20) {
			double mx = Math.round((sx + tx) / 2);
			return sy == ty ? new double[] { sx, sy, tx, ty } : new double[] { sx, sy, mx, sy, mx, ty, tx, ty };
		}
		double around = Math.max(s.getY() + s.getHeight(), t.getY() + t.getHeight()) + 18;
		return new double[] { sx, sy, sx + 16, sy, sx + 16, around, tx - 16, around, tx - 16, ty, tx, ty };
	}

	private double[] legend(List<Item> items, List<Layer> active) {
		List<LegendEntry> entries = new ArrayList<>();
		entries.add(new LegendEntry(LegendEntry.Kind.FILL, org.rensa.diagram.description.SupplyChainDiagram.BUYER,
				"Buyer", "発注元"));
		entries.add(new LegendEntry(LegendEntry.Kind.FILL, org.rensa.diagram.description.SupplyChainDiagram.SUPPLIER,
				"Supplier (tier 1)", "取引先（1次）"));
		entries.add(new LegendEntry(LegendEntry.Kind.FILL,
				org.rensa.diagram.description.SupplyChainDiagram.SUBCONTRACTOR, "Subcontractor (tier 2+)",
				"再委託先（2次以降）"));
		List<String> headings = new ArrayList<>();
		List<Integer> headingAt = new ArrayList<>();
		for (Layer layer : active) {
			headingAt.add(entries.size());
			headings.add(layer.label(japanese));
			entries.addAll(layer.legend());
		}
		double y = 10;
		double width = TextMetrics.width(japanese ? "凡例" : "Legend", 11.5, true);
		List<Item> body = new ArrayList<>();
		body.add(new Text(null, Role.LEGEND, 12, y + 12, japanese ? "凡例" : "Legend", 11.5, true, Rgb.of("#1d2733"),
				false));
		y += 20;
		for (int i = 0; i < entries.size(); i++) {
			int heading = headingAt.indexOf(i);
			if (heading >= 0) {
				y += 6;
				body.add(new Text(null, Role.LEGEND, 12, y + 11, headings.get(heading), 10.5, true, Rgb.of("#41505f"),
						false));
				width = Math.max(width, TextMetrics.width(headings.get(heading), 10.5, true));
				y += 16;
			}
			LegendEntry entry = entries.get(i);
			double cy = y + 7;
			switch (entry.kind()) {
			case FILL -> body.add(new Box(null, Role.LEGEND, 12, y + 1, 22, 12, 3, entry.color(), Rgb.of("#8a99a8"),
					0.8, false));
			case LINE -> body.add(new Line(null, Role.LEGEND, new double[] { 12, cy, 34, cy }, entry.color(), 2, false));
			case THICK_LINE -> body.add(new Line(null, Role.LEGEND, new double[] { 12, cy, 34, cy }, entry.color(), 3.4,
					false));
			case DASHED_LINE -> body.add(new Line(null, Role.LEGEND, new double[] { 12, cy, 34, cy }, entry.color(), 2,
					true));
			case DASHED_FRAME -> {
				body.add(new Box(null, Role.LEGEND, 14, y + 3, 18, 8, 2, Rgb.of("#ffffff"), Rgb.of("#8a99a8"), 0.8, false));
				body.add(new Box(null, Role.LEGEND, 10, y - 1, 26, 16, 4, null, entry.color(), 1.6, true));
			}
			default -> throw new IllegalStateException();
			}
			String label = entry.label(japanese);
			body.add(new Text(null, Role.LEGEND, 42, y + 11, label, 10.5, false, Rgb.of("#1d2733"), false));
			width = Math.max(width, 30 + TextMetrics.width(label, 10.5, false));
			y += 17;
		}
		double totalWidth = width * 1.08 + 30;
		double totalHeight = y + 8;
		items.add(new Box(null, Role.LEGEND, 0, 0, totalWidth, totalHeight, 6, Rgb.of("#fbfcfd"), Rgb.of("#c9d1d9"), 1,
				false));
		items.addAll(body);
		return new double[] { totalWidth, totalHeight };
	}

	/**
	 * @param item an item
	 * @return its bounds as minX, minY, maxX, maxY (texts estimated)
	 */
	public static double[] bounds(Item item) {
		if (item instanceof Box box) {
			return new double[] { box.x(), box.y(), box.x() + box.width(), box.y() + box.height() };
		}
		if (item instanceof Text text) {
			double w = TextMetrics.width(text.text(), text.size(), text.bold());
			double left = text.centered() ? text.x() - w / 2 : text.x();
			return new double[] { left, text.y() - text.size(), left + w, text.y() + text.size() * 0.3 };
		}
		double[] points = item instanceof Line line ? line.points() : ((Polygon) item).points();
		double[] b = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (int i = 0; i + 1 < points.length; i += 2) {
			b[0] = Math.min(b[0], points[i]);
			b[1] = Math.min(b[1], points[i + 1]);
			b[2] = Math.max(b[2], points[i]);
			b[3] = Math.max(b[3], points[i + 1]);
		}
		return b;
	}

	/**
	 * @param scene a scene
	 * @return the ids of the notation elements it draws, in painting order, without repetition
	 */
	public static Collection<String> elementIds(Scene scene) {
		java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
		for (Item item : scene.items()) {
			if (item.elementId() != null) {
				ids.add(item.elementId());
			}
		}
		return ids;
	}
}
