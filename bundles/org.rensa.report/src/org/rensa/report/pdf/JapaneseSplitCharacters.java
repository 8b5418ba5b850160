// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.pdf;

import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Line breaking for mixed Japanese and Latin text: breaks after any kana or kanji (Japanese has no
 * spaces), but never before closing punctuation such as 。、」） (a simple kinsoku rule); Latin text
 * breaks as usual.
 */
final class JapaneseSplitCharacters implements ISplitCharacters {

	private static final String NO_LINE_START = "、。，．・：；？！ー」』）】〕〉》｝］ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〜…‥%）,.";

	private final DefaultSplitCharacters latin = new DefaultSplitCharacters();

	@Override
	public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
		if (latin.isSplitCharacter(text, glyphPos)) {
			return true;
		}
		int current = text.get(glyphPos).getUnicode();
		int next = glyphPos + 1 < text.getEnd() ? text.get(glyphPos + 1).getUnicode() : -1;
		if (next >= 0 && NO_LINE_START.indexOf(next) >= 0) {
			return false;
		}
		return breaksAfter(current) || next >= 0x2E80;
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
