// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.rensa.diagram.description.Rgb;
import org.rensa.diagram.scene.Scene.Box;
import org.rensa.diagram.scene.Scene.Item;
import org.rensa.diagram.scene.Scene.Line;
import org.rensa.diagram.scene.Scene.Polygon;
import org.rensa.diagram.scene.Scene.Text;
import org.rensa.diagram.scene.SceneBuilder;

/**
 * Draws {@link org.rensa.diagram.scene.Scene} items with an SWT {@link GC}, in diagram coordinates
 * (the caller sets the zoom and scroll transform). Items outside the clip are skipped, so a repaint
 * of a large chain costs what is visible. Fonts are cached per size and released by {@link #dispose()}.
 */
final class SwtScenePainter {

	private final Display display;
	private final Map<Long, Font> fonts = new HashMap<>();
	private final Map<Rgb, Color> colors = new HashMap<>();
	private final String fontName;

	SwtScenePainter(Display display) {
		this.display = display;
		FontData[] system = display.getSystemFont().getFontData();
		this.fontName = system.length > 0 ? system[0].getName() : "Sans"; //$NON-NLS-1$
	}

	/**
	 * @param items what to draw
	 * @return the bounds of each item (minX, minY, maxX, maxY), computed once per scene for clipping
	 */
	static double[][] bounds(List<Item> items) {
		double[][] bounds = new double[items.size()][];
		for (int i = 0; i < bounds.length; i++) {
			bounds[i] = SceneBuilder.bounds(items.get(i));
		}
		return bounds;
	}

	/**
	 * @param gc     the GC, with its transform set
	 * @param items  what to draw
	 * @param bounds the items' bounds from {@link #bounds(List)}, or {@code null} to draw everything
	 * @param clip   the visible area in diagram coordinates, or {@code null} for everything
	 */
	void paint(GC gc, List<Item> items, double[][] bounds, double[] clip) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setLineJoin(SWT.JOIN_ROUND);
		for (int i = 0; i < items.size(); i++) {
			if (clip != null && bounds != null) {
				double[] b = bounds[i];
				if (b[2] < clip[0] || b[0] > clip[2] || b[3] < clip[1] || b[1] > clip[3]) {
					continue;
				}
			}
			draw(gc, items.get(i));
		}
	}

	private void draw(GC gc, Item item) {
		if (item instanceof Box box) {
			int x = (int) Math.round(box.x());
			int y = (int) Math.round(box.y());
			int w = (int) Math.round(box.width());
			int h = (int) Math.round(box.height());
			int arc = (int) Math.round(box.arc() * 2);
			if (box.fill() != null) {
				gc.setBackground(color(box.fill()));
				gc.fillRoundRectangle(x, y, w, h, arc, arc);
			}
			if (box.stroke() != null) {
				gc.setForeground(color(box.stroke()));
				gc.setLineWidth((int) Math.max(1, Math.round(box.strokeWidth())));
				gc.setLineStyle(box.dashed() ? SWT.LINE_CUSTOM : SWT.LINE_SOLID);
				if (box.dashed()) {
					gc.setLineDash(new int[] { 5, 3 });
				}
				gc.drawRoundRectangle(x, y, w, h, arc, arc);
				gc.setLineStyle(SWT.LINE_SOLID);
			}
		} else if (item instanceof Line line) {
			gc.setForeground(color(line.stroke()));
			gc.setLineWidth((int) Math.max(1, Math.round(line.width())));
			if (line.dashed()) {
				gc.setLineStyle(SWT.LINE_CUSTOM);
				gc.setLineDash(new int[] { 7, 4 });
			} else {
				gc.setLineStyle(SWT.LINE_SOLID);
			}
			gc.drawPolyline(ints(line.points()));
			gc.setLineStyle(SWT.LINE_SOLID);
		} else if (item instanceof Polygon polygon) {
			gc.setBackground(color(polygon.fill()));
			gc.fillPolygon(ints(polygon.points()));
		} else if (item instanceof Text text) {
			gc.setFont(font(text.size(), text.bold()));
			gc.setForeground(color(text.color()));
			int ascent = gc.getFontMetrics().getAscent() + gc.getFontMetrics().getLeading();
			double x = text.x();
			if (text.centered()) {
				x -= gc.textExtent(text.text()).x / 2.0;
			}
			gc.drawText(text.text(), (int) Math.round(x), (int) Math.round(text.y()) - ascent, true);
		}
	}

	/** Draws a dashed selection frame. */
	void selection(GC gc, Rectangle bounds, boolean handle) {
		gc.setForeground(color(Rgb.of("#1a73e8"))); //$NON-NLS-1$
		gc.setLineWidth(2);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.drawRoundRectangle(bounds.x - 3, bounds.y - 3, bounds.width + 6, bounds.height + 6, 18, 18);
		if (handle) {
			gc.setBackground(color(Rgb.of("#1a73e8"))); //$NON-NLS-1$
			gc.fillRectangle(bounds.x + bounds.width - 1, bounds.y + bounds.height - 1, 8, 8);
		}
	}

	Color color(Rgb rgb) {
		return colors.computeIfAbsent(rgb, c -> new Color(display, c.red(), c.green(), c.blue()));
	}

	Font font(double pixels, boolean bold) {
		long key = Math.round(pixels * 10) * 2 + (bold ? 1 : 0);
		return fonts.computeIfAbsent(key, k -> {
			int dpi = display.getDPI().y;
			float points = (float) (pixels * 72.0 / Math.max(72, dpi));
			FontData data = new FontData(fontName, 10, bold ? SWT.BOLD : SWT.NORMAL);
			data.height = points;
			return new Font(display, data);
		});
	}

	/** @return the points rounded to pixels */
	static int[] ints(double[] points) {
		int[] result = new int[points.length];
		for (int i = 0; i < points.length; i++) {
			result[i] = (int) Math.round(points[i]);
		}
		return result;
	}

	void dispose() {
		fonts.values().forEach(Font::dispose);
		fonts.clear();
		colors.clear();
	}
}
