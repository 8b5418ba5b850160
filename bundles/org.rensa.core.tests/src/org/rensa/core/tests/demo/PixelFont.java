// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A 5×7 pixel font drawn with filled rectangles, so that the demo images do not depend on the
 * fonts installed on the machine and are byte-for-byte reproducible everywhere.
 */
final class PixelFont {

	/** Glyph rows, top to bottom, 5 bits each (0x10 is the leftmost pixel), as hex pairs. */
	private static final String GLYPHS = ""
			+ "A0E11111F111111B1E11111E11111EC0E11101010110ED1C12111111121CE1F10101E10101F"
			+ "F1F10101E101010G0E11101711110FH1111111F111111I0E04040404040EJ0702020202120C"
			+ "K11121418141211L1010101010101FM111B1515111111N11111915131111O0E11111111110E"
			+ "P1E11111E101010Q0E11111115120DR1E11111E141211S0F10100E01011ET1F040404040404"
			+ "U1111111111110EV11111111110A04W1111111515150AX11110A040A1111Y1111110A040404"
			+ "Z1F01020408101F00E11131519110E1040C040404040E20E11010204081F31F02040201110E"
			+ "402060A121F020251F101E0101110E60608101E11110E71F01020408080880E11110E11110E"
			+ "90E11110F01020C-0000001F000000.00000000000C0C:000C0C000C0C00/01010204081010"
			+ "!04040404040004#0A0A1F0A1F0A0A@0E11171517100F(02040808080402)08040202020408"
			+ "=00001F001F0000_0000000000001F,000000000C0408+0004041F040400*0004150E150400"
			+ "%18190204081303?0E110102040004&0C12140815120D'0C040800000000>08040201020408"
			+ "<02040810080402";

	private static final Map<Character, int[]> FONT = parse();

	private PixelFont() {
	}

	private static Map<Character, int[]> parse() {
		String compact = GLYPHS;
		Map<Character, int[]> font = new HashMap<>();
		for (int i = 0; i < compact.length(); i += 15) {
			int[] rows = new int[7];
			for (int r = 0; r < 7; r++) {
				rows[r] = Integer.parseInt(compact.substring(i + 1 + 2 * r, i + 3 + 2 * r), 16);
			}
			font.put(compact.charAt(i), rows);
		}
		return font;
	}

	/**
	 * Draws text with its top-left corner at (x, y); lower-case letters are drawn as capitals and
	 * unknown characters as blanks.
	 *
	 * @param g the graphics
	 * @param text the text
	 * @param x left edge
	 * @param y top edge
	 * @param scale size of one font pixel in image pixels
	 * @param color the colour
	 */
	static void draw(Graphics2D g, String text, int x, int y, int scale, Color color) {
		g.setColor(color);
		int cursor = x;
		for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
			int[] rows = FONT.get(c);
			if (rows != null) {
				for (int r = 0; r < 7; r++) {
					for (int col = 0; col < 5; col++) {
						if ((rows[r] & (0x10 >> col)) != 0) {
							g.fillRect(cursor + col * scale, y + r * scale, scale, scale);
						}
					}
				}
			}
			cursor += 6 * scale;
		}
	}

	/**
	 * @param text the text
	 * @param scale the scale
	 * @return the width of the drawn text in image pixels
	 */
	static int width(String text, int scale) {
		return text.length() * 6 * scale - scale;
	}
}
