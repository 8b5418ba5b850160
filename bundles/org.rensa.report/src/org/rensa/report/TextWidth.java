// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report;

/**
 * Widths of text where a renderer cannot measure it (DOCX is laid out by the word processor): a
 * generous estimate in ems for Noto Sans, Japanese and other East Asian characters a full em, the
 * rest {@link #LATIN_EM}. Also the one rule for the cover title's size, measured or estimated.
 */
public final class TextWidth {

	/** Width of a Latin character in ems, generous for Noto Sans (about 0.5 on average, bold 0.55). */
	public static final double LATIN_EM = 0.6;

	/** The cover title's largest size, in points. */
	public static final float TITLE_SIZE = 26;

	/** The cover title's smallest size, in points: below it the title wraps. */
	public static final float TITLE_MIN_SIZE = 18;

	private TextWidth() {
	}

	/**
	 * @param text a line of text
	 * @return its estimated width in ems
	 */
	public static double ems(String text) {
		return text.codePoints().mapToDouble(c -> wide(c) ? 1 : LATIN_EM).sum();
	}

	/**
	 * @param codePoint a character
	 * @return whether it is set a full em wide (Japanese and other East Asian scripts, full-width forms)
	 */
	public static boolean wide(int codePoint) {
		return codePoint >= 0x2E80 && !(codePoint >= 0xFF61 && codePoint <= 0xFFDC);
	}

	/**
	 * The cover title on one line where it can be: its largest size, smaller as far as
	 * {@link #TITLE_MIN_SIZE} for a long title.
	 *
	 * @param widthAtOnePoint the title's width at 1 pt (measured, or {@link #ems(String)})
	 * @param available       the width of the cover band's text, in points
	 * @return the title's size in points
	 */
	public static float titleSize(double widthAtOnePoint, double available) {
		return (float) Math.max(TITLE_MIN_SIZE, Math.min(TITLE_SIZE, available / Math.max(0.01, widthAtOnePoint)));
	}
}
