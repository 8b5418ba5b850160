// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.scene;

/**
 * Estimates text widths without a display or font files, so that a diagram is laid out the same
 * way in the editor, in exports and on a server. The estimate is generous for Latin text and exact
 * for full-width (CJK) characters.
 */
public final class TextMetrics {

	private TextMetrics() {
	}

	/**
	 * @param text the text
	 * @param size the font size in pixels
	 * @param bold whether the font is bold
	 * @return the estimated width in pixels
	 */
	public static double width(String text, double size, boolean bold) {
		double em = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			em += advance(c);
		}
		return em * size * (bold ? 1.06 : 1.0);
	}

	private static double advance(int c) {
		if (c >= 0x2E80) {
			return c >= 0xFF61 && c <= 0xFF9F ? 0.5 : 1.0;
		}
		if (c == ' ' || c == '.' || c == ',' || c == ':' || c == ';' || c == '\'' || c == '|' || c == '!') {
			return 0.28;
		}
		if (c == 'i' || c == 'l' || c == 'j' || c == 'I' || c == 't' || c == 'f' || c == 'r' || c == '(' || c == ')') {
			return 0.34;
		}
		if (c == 'm' || c == 'w' || c == 'M' || c == 'W') {
			return 0.86;
		}
		if (Character.isUpperCase(c)) {
			return 0.68;
		}
		if (Character.isDigit(c)) {
			return 0.57;
		}
		return 0.54;
	}

	/**
	 * Shortens a text with an ellipsis so that it fits.
	 *
	 * @param text     the text
	 * @param size     the font size
	 * @param bold     whether the font is bold
	 * @param maxWidth the available width
	 * @return the text, or a prefix of it followed by "…"
	 */
	public static String fit(String text, double size, boolean bold, double maxWidth) {
		if (width(text, size, bold) <= maxWidth) {
			return text;
		}
		int end = text.length();
		while (end > 0 && width(text.substring(0, end) + "…", size, bold) > maxWidth) {
			end = text.offsetByCodePoints(end, -1);
		}
		return text.substring(0, end).stripTrailing() + "…";
	}
}
