// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.pdf;

import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Line breaking for mixed Japanese and Latin text: breaks after any kana or kanji (Japanese has no
 * spaces), but never before closing punctuation such as 。、」） (a simple kinsoku rule) nor inside
 * a company form (株式会社); Latin text breaks as usual.
 */
final class JapaneseSplitCharacters implements ISplitCharacters {

	private static final String NO_LINE_START = "、。，．・：；？！ー」』）】〕〉》｝］ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〜…‥%）,.";

	private final DefaultSplitCharacters latin = new DefaultSplitCharacters();

	@Override
	public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
		int current = text.get(glyphPos).getUnicode();
		int next = glyphPos + 1 < text.getEnd() ? text.get(glyphPos + 1).getUnicode() : -1;
		// the Japanese rules first: iText's default split characters break after every CJK character
		if (next >= 0 && NO_LINE_START.indexOf(next) >= 0) {
			return false;
		}
		if (next >= 0 && insideWord(text, glyphPos)) {
			return false;
		}
		if (current >= 0x2E80) {
			return breaksAfter(current);
		}
		return latin.isSplitCharacter(text, glyphPos) || next >= 0x2E80 && !Character.isLetterOrDigit(current);
	}

	/** Words a line never breaks inside: the company forms that end organisation names. */
	private static final String[] WORDS = { "株式会社", "合同会社", "有限会社" };

	/** Whether the glyphs at {@code pos} and {@code pos + 1} both belong to one of {@link #WORDS}. */
	private static boolean insideWord(GlyphLine text, int pos) {
		for (String word : WORDS) {
			for (int offset = 0; offset < word.length() - 1; offset++) {
				int start = pos - offset;
				if (start < text.getStart() || start + word.length() > text.getEnd()) {
					continue;
				}
				boolean match = true;
				for (int i = 0; i < word.length() && match; i++) {
					match = text.get(start + i).getUnicode() == word.charAt(i);
				}
				if (match) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean breaksAfter(int codePoint) {
		if (codePoint < 0x2E80) {
			return false;
		}
		if ("「『（【〔〈《｛［".indexOf(codePoint) >= 0) {
			return false;
		}
		return true;
	}
}
