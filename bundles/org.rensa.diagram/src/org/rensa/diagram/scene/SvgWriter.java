// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.scene;

import java.util.Locale;

import org.rensa.diagram.scene.Scene.Box;
import org.rensa.diagram.scene.Scene.Item;
import org.rensa.diagram.scene.Scene.Line;
import org.rensa.diagram.scene.Scene.Polygon;
import org.rensa.diagram.scene.Scene.Text;

/**
 * Writes a {@link Scene} as a standalone SVG 1.1 document. Each notation element becomes a
 * {@code <g>} with {@code id} = the element's id and {@code class} = node, edge or note; every
 * primitive carries its {@link Scene.Role} as class. The legend is placed to the right of the
 * drawing.
 */
public final class SvgWriter {

	/** Space around the drawing. */
	public static final double PADDING = 24;
	/** Font families, CJK-capable first. */
	public static final String FONT_FAMILY = "'Noto Sans CJK JP', 'Noto Sans JP', 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

	private SvgWriter() {
	}

	/**
	 * @param scene the scene
	 * @param title the document title
	 * @return the SVG document
	 */
	public static String write(Scene scene, String title) {
		double[] frame = frame(scene);
		StringBuilder svg = new StringBuilder(scene.items().size() * 120 + 1024);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
		svg.append(" width=\"").append(num(frame[2])).append("\" height=\"").append(num(frame[3])).append('"');
		svg.append(" viewBox=\"").append(num(frame[0])).append(' ').append(num(frame[1])).append(' ')
				.append(num(frame[2])).append(' ').append(num(frame[3])).append("\">\n");
		svg.append("<title>").append(escape(title)).append("</title>\n");
		svg.append("<style>text{font-family:").append(FONT_FAMILY).append(";}</style>\n");
		svg.append("<rect class=\"background\" x=\"").append(num(frame[0])).append("\" y=\"").append(num(frame[1]))
				.append("\" width=\"").append(num(frame[2])).append("\" height=\"").append(num(frame[3]))
				.append("\" fill=\"#ffffff\"/>\n");
		String open = null;
		for (Item item : scene.items()) {
			if (!item.elementId().equals(open)) {
				if (open != null) {
					svg.append("</g>\n");
				}
				open = item.elementId();
				svg.append("<g id=\"").append(escape(open)).append("\" class=\"").append(groupClass(item))
						.append("\">\n");
			}
			item(svg, item);
		}
		if (open != null) {
			svg.append("</g>\n");
		}
		if (!scene.legend().isEmpty()) {
			double[] origin = legendOrigin(scene);
			svg.append("<g class=\"legend\" transform=\"translate(").append(num(origin[0])).append(' ')
					.append(num(origin[1])).append(")\">\n");
			for (Item item : scene.legend()) {
				item(svg, item);
			}
			svg.append("</g>\n");
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	/**
	 * @param scene a scene
	 * @return x, y, width, height of the exported area (drawing, legend and padding)
	 */
	public static double[] frame(Scene scene) {
		double minX = scene.minX() - PADDING;
		double minY = scene.minY() - PADDING;
		double maxX = scene.maxX() + PADDING;
		double maxY = scene.maxY() + PADDING;
		if (scene.legendWidth() > 0) {
			double[] origin = legendOrigin(scene);
			maxX = Math.max(maxX, origin[0] + scene.legendWidth() + PADDING);
			maxY = Math.max(maxY, origin[1] + scene.legendHeight() + PADDING);
		}
		return new double[] { Math.floor(minX), Math.floor(minY), Math.ceil(maxX - Math.floor(minX)),
				Math.ceil(maxY - Math.floor(minY)) };
	}

	/**
	 * @param scene a scene
	 * @return where its legend goes in exports: right of the drawing, top-aligned
	 */
	public static double[] legendOrigin(Scene scene) {
		return new double[] { scene.maxX() + 36, scene.minY() };
	}

	private static String groupClass(Item item) {
		return switch (item.role()) {
		case EDGE, EDGE_ARROW, EDGE_LABEL -> "edge";
		case NOTE, NOTE_TEXT -> "note";
		default -> "node";
		};
	}

	private static void item(StringBuilder svg, Item item) {
		String role = item.role().name().toLowerCase(Locale.ROOT).replace('_', '-');
		if (item instanceof Box box) {
			svg.append("<rect class=\"").append(role).append("\" x=\"").append(num(box.x())).append("\" y=\"")
					.append(num(box.y())).append("\" width=\"").append(num(box.width())).append("\" height=\"")
					.append(num(box.height())).append('"');
			if (box.arc() > 0) {
				svg.append(" rx=\"").append(num(box.arc())).append('"');
			}
			svg.append(" fill=\"").append(box.fill() == null ? "none" : box.fill().hex()).append('"');
			if (box.stroke() != null) {
				svg.append(" stroke=\"").append(box.stroke().hex()).append("\" stroke-width=\"")
						.append(num(box.strokeWidth())).append('"');
				if (box.dashed()) {
					svg.append(" stroke-dasharray=\"5 3\"");
				}
			}
			svg.append("/>\n");
		} else if (item instanceof Line line) {
			svg.append("<polyline class=\"").append(role).append("\" points=\"").append(points(line.points()))
					.append("\" fill=\"none\" stroke=\"").append(line.stroke().hex()).append("\" stroke-width=\"")
					.append(num(line.width())).append("\" stroke-linejoin=\"round\"");
			if (line.dashed()) {
				svg.append(" stroke-dasharray=\"7 4\"");
			}
			svg.append("/>\n");
		} else if (item instanceof Polygon polygon) {
			svg.append("<polygon class=\"").append(role).append("\" points=\"").append(points(polygon.points()))
					.append("\" fill=\"").append(polygon.fill().hex()).append("\"/>\n");
		} else if (item instanceof Text text) {
			svg.append("<text class=\"").append(role).append("\" x=\"").append(num(text.x())).append("\" y=\"")
					.append(num(text.y())).append("\" font-size=\"").append(num(text.size())).append('"');
			if (text.bold()) {
				svg.append(" font-weight=\"bold\"");
			}
			if (text.centered()) {
				svg.append(" text-anchor=\"middle\"");
			}
			svg.append(" fill=\"").append(text.color().hex()).append("\">").append(escape(text.text()))
					.append("</text>\n");
		}
	}

	private static String points(double[] points) {
		StringBuilder result = new StringBuilder();
		for (int i = 0; i + 1 < points.length; i += 2) {
			if (i > 0) {
				result.append(' ');
			}
			result.append(num(points[i])).append(',').append(num(points[i + 1]));
		}
		return result.toString();
	}

	static String num(double value) {
		long rounded = Math.round(value * 100);
		if (rounded % 100 == 0) {
			return Long.toString(rounded / 100);
		}
		return String.format(Locale.ROOT, "%.2f", rounded / 100.0).replaceAll("0+$", "");
	}

	/**
	 * @param text any text
	 * @return it escaped for XML character data and attribute values; control characters dropped
	 */
	public static String escape(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> result.append("&amp;");
			case '<' -> result.append("&lt;");
			case '>' -> result.append("&gt;");
			case '"' -> result.append("&quot;");
			default -> {
				if (c >= 0x20 || c == '\t') {
					result.append(c);
				}
			}
			}
		}
		return result.toString();
	}
}
