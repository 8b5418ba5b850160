// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Logo images for the branding tests, drawn on the fly: a coloured mark and a word. */
final class Logos {

	private Logos() {
	}

	/**
	 * @param file   the file to write
	 * @param format {@code png} (transparent background) or {@code jpg}
	 * @param word   the text of the logo
	 * @param colour the colour of the mark
	 * @return the file
	 * @throws IOException when it cannot be written
	 */
	static Path write(Path file, String format, String word, Color colour) throws IOException {
		boolean png = "png".equals(format);
		BufferedImage image = new BufferedImage(340, 120, png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			if (!png) {
				g.setColor(Color.WHITE);
				g.fillRect(0, 0, 340, 120);
			}
			g.setColor(colour);
			g.fill(new RoundRectangle2D.Float(8, 12, 96, 96, 24, 24));
			g.setColor(Color.WHITE);
			g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.drawPolyline(new int[] { 30, 50, 70, 86 }, new int[] { 84, 44, 70, 34 }, 4);
			g.setColor(colour.darker());
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
			g.drawString(word, 124, 76);
		} finally {
			g.dispose();
		}
		if (!ImageIO.write(image, png ? "png" : "jpeg", file.toFile())) {
			throw new IOException("no writer for " + format);
		}
		return file;
	}
}
