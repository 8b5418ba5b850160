// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.scene;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.rensa.diagram.description.Rgb;
import org.rensa.diagram.scene.Scene.Box;
import org.rensa.diagram.scene.Scene.Item;
import org.rensa.diagram.scene.Scene.Line;
import org.rensa.diagram.scene.Scene.Polygon;
import org.rensa.diagram.scene.Scene.Text;

/**
 * Paints a {@link Scene} into a PNG with Java2D (no display needed), laid out like the SVG export.
 */
public final class PngWriter {

	/** Largest width or height of an exported image, in pixels. */
	public static final int MAX_PIXELS = 16_000;
	/** Largest area of an exported image, in pixels (about 120 MB of raster). */
	public static final double MAX_AREA = 30e6;

	/** The first installed family of the SVG export's list (same metrics as the SVG and PDF), else the logical sans serif. */
	private static volatile String family;

	private PngWriter() {
	}

	private static String family() {
		String result = family;
		if (result == null) {
			java.util.Set<String> installed = java.util.Set.of(
					java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(java.util.Locale.ROOT));
			result = Font.SANS_SERIF;
			for (String candidate : new String[] { "Noto Sans CJK JP", "Noto Sans JP", "Noto Sans" }) {
				if (installed.contains(candidate)) {
					result = candidate;
					break;
				}
			}
			family = result;
		}
		return result;
	}

	/**
	 * @param scene the scene
	 * @param scale pixels per diagram unit (e.g. 2 for print quality); reduced when the image would
	 *              exceed {@link #MAX_PIXELS}
	 * @return the PNG bytes
	 * @throws IOException when encoding fails
	 */
	public static byte[] write(Scene scene, double scale) throws IOException {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
		double[] frame = SvgWriter.frame(scene);
		double s = Math.min(scale, MAX_PIXELS / Math.max(frame[2], frame[3]));
		s = Math.min(s, Math.sqrt(MAX_AREA / (frame[2] * frame[3])));
		int width = Math.max(1, (int) Math.ceil(frame[2] * s));
		int height = Math.max(1, (int) Math.ceil(frame[3] * s));
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.scale(s, s);
			g.translate(-frame[0], -frame[1]);
			paint(g, scene.items());
			if (!scene.legend().isEmpty()) {
				double[] origin = SvgWriter.legendOrigin(scene);
				g.translate(origin[0], origin[1]);
				paint(g, scene.legend());
			}
		} finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
		if (!writers.hasNext()) {
			throw new IOException("no PNG encoder available");
		}
		ImageWriter writer = writers.next();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (param.canWriteCompressed()) {
				// Diagrams are flat colours: fast deflate compresses them nearly as well as the slowest.
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(0.7f);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		} finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static void paint(Graphics2D g, List<Item> items) {
		for (Item item : items) {
			if (item instanceof Box box) {
				RoundRectangle2D shape = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(),
						box.arc() * 2, box.arc() * 2);
				if (box.fill() != null) {
					g.setColor(color(box.fill()));
					g.fill(shape);
				}
				if (box.stroke() != null) {
					g.setColor(color(box.stroke()));
					g.setStroke(stroke(box.strokeWidth(), box.dashed(), 5, 3));
					g.draw(shape);
				}
			} else if (item instanceof Line line) {
				g.setColor(color(line.stroke()));
				g.setStroke(stroke(line.width(), line.dashed(), 7, 4));
				g.draw(path(line.points(), false));
			} else if (item instanceof Polygon polygon) {
				g.setColor(color(polygon.fill()));
				g.fill(path(polygon.points(), true));
			} else if (item instanceof Text text) {
				g.setFont(new Font(family(), text.bold() ? Font.BOLD : Font.PLAIN, 12)
						.deriveFont((float) text.size()));
				g.setColor(color(text.color()));
				float x = (float) text.x();
				if (text.centered()) {
					x -= g.getFontMetrics().stringWidth(text.text()) / 2f;
				}
				g.drawString(text.text(), x, (float) text.y());
			}
		}
	}

	private static BasicStroke stroke(double width, boolean dashed, float on, float off) {
		return dashed
				? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] { on, off }, 0)
				: new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
	}

	private static Path2D path(double[] points, boolean close) {
		Path2D.Double path = new Path2D.Double();
		path.moveTo(points[0], points[1]);
		for (int i = 2; i + 1 < points.length; i += 2) {
			path.lineTo(points[i], points[i + 1]);
		}
		if (close) {
			path.closePath();
		}
		return path;
	}

	private static Color color(Rgb rgb) {
		return new Color(rgb.red(), rgb.green(), rgb.blue());
	}
}
