// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * Column widths of a table from its content: each column is at least as wide as its longest word, so
 * that no word breaks inside; the rest of the width is shared by the columns' weights.
 * <p>
 * A word is a run of Latin text between spaces, or a short run of Japanese text (up to
 * {@link #JAPANESE_WORD} characters, e.g. 完了報告済み, 一部実施している); a longer Japanese run breaks after
 * 、・ and before （ and 株式会社-like suffixes, and is otherwise broken by the renderer's kinsoku rules.
 */
final class ColumnWidths {

	/** The longest Japanese run kept on one line. */
	static final int JAPANESE_WORD = 8;

	private static final Pattern SPACES = Pattern.compile("\\s+");
	/** Where a long Japanese run may break: after list punctuation, before a parenthesis or a company-form suffix. */
	private static final Pattern JAPANESE_BREAKS = Pattern.compile("(?<=[、・，。）])|(?=[（]|株式会社|合同会社|有限会社)");

	private ColumnWidths() {
	}

	/**
	 * @param weights  the columns' relative widths
	 * @param cells    per column, the texts of its cells (header included)
	 * @param measure  the width of a word as printed
	 * @param padding  the horizontal padding and borders of a cell
	 * @param total    the width of the table
	 * @return the columns' widths, summing to {@code total}; the weights' widths when the longest words
	 *         do not fit side by side
	 */
	static float[] of(float[] weights, List<List<String>> cells, ToDoubleFunction<String> measure, float padding, float total) {
		int n = weights.length;
		float[] minimum = new float[n];
		float weightSum = 0;
		for (int i = 0; i < n; i++) {
			weightSum += weights[i];
			for (String text : cells.get(i)) {
				for (String word : words(text)) {
					minimum[i] = (float) Math.max(minimum[i], measure.applyAsDouble(word) + padding + 0.5f);
				}
			}
		}
		float[] widths = new float[n];
		for (int i = 0; i < n; i++) {
			widths[i] = total * weights[i] / weightSum;
		}
		float needed = 0;
		for (float m : minimum) {
			needed += m;
		}
		if (needed > total) {
			return widths;
		}
		// raise the narrow columns to their minimum, taking the width from the others by their weights
		boolean[] fixed = new boolean[n];
		boolean changed = true;
		while (changed) {
			changed = false;
			float fixedWidth = 0;
			float freeWeight = 0;
			for (int i = 0; i < n; i++) {
				if (fixed[i]) {
					fixedWidth += minimum[i];
				} else {
					freeWeight += weights[i];
				}
			}
			for (int i = 0; i < n; i++) {
				widths[i] = fixed[i] ? minimum[i] : (total - fixedWidth) * weights[i] / freeWeight;
			}
			for (int i = 0; i < n; i++) {
				if (!fixed[i] && widths[i] < minimum[i]) {
					fixed[i] = true;
					changed = true;
				}
			}
		}
		return widths;
	}

	/**
	 * @param text a cell's text
	 * @return the runs it must not break inside
	 */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		for (String token : SPACES.split(text.strip())) {
			if (token.isEmpty()) {
				continue;
			}
			if (!hasJapanese(token)) {
				words.add(token);
				continue;
			}
			if (token.codePointCount(0, token.length()) <= JAPANESE_WORD) {
				words.add(token);
				continue;
			}
			for (String part : JAPANESE_BREAKS.split(token)) {
				if (part.codePointCount(0, part.length()) <= JAPANESE_WORD) {
					words.add(part);
				} else {
					// a long run breaks between characters anyway: only its Latin parts must stay whole
					for (String latin : part.split("[^\\p{IsLatin}\\p{Digit}\\-.,:/()%@_]+")) {
						if (!latin.isEmpty()) {
							words.add(latin);
						}
					}
				}
			}
		}
		return words;
	}

	private static boolean hasJapanese(String text) {
		return text.codePoints().anyMatch(c -> c >= 0x2E80);
	}
}
