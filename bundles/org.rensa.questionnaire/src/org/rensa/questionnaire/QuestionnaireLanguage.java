// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rensa.model.DeclaredAnswer;
import org.rensa.model.text.Language;

/**
 * The language of a questionnaire workbook. The answers a supplier chooses from are the
 * {@link DeclaredAnswer} labels of the language layer ({@link Language#label(org.eclipse.emf.common.util.Enumerator)}).
 */
public enum QuestionnaireLanguage {
	/** English. */
	EN,
	/** Japanese. */
	JA;

	/** The answers offered, in order. */
	private static final List<DeclaredAnswer> OFFERED = List.of(DeclaredAnswer.DONE, DeclaredAnswer.PARTLY,
			DeclaredAnswer.NOT_DONE, DeclaredAnswer.DONT_KNOW, DeclaredAnswer.NOT_APPLICABLE);

	/**
	 * @param code {@code ja} or {@code en} (any case)
	 * @return the language
	 * @throws IllegalArgumentException for anything else
	 */
	public static QuestionnaireLanguage of(String code) {
		return Language.ofCode(code).isJapanese() ? JA : EN;
	}

	/** @return the language layer's language */
	public Language language() {
		return this == JA ? Language.JAPANESE : Language.ENGLISH;
	}

	/** @return the answers offered in the drop-down list, in order, with their labels */
	public Map<DeclaredAnswer, String> answers() {
		Map<DeclaredAnswer, String> result = new LinkedHashMap<>();
		OFFERED.forEach(answer -> result.put(answer, language().label(answer)));
		return result;
	}

	/**
	 * Reads an answer cell written in either language (trimmed, case-insensitive; see
	 * {@link Language#parse(java.util.Collection, String)}).
	 *
	 * @param text the cell text
	 * @return the answer, {@link DeclaredAnswer#UNANSWERED} for a blank cell, {@code null} when unknown
	 */
	public static DeclaredAnswer parse(String text) {
		if (text == null || text.isBlank()) {
			return DeclaredAnswer.UNANSWERED;
		}
		return Language.parse(OFFERED, text);
	}

	/**
	 * @param en English text
	 * @param ja Japanese text
	 * @return the text in this language by the fallback rule of {@link Language#text(String, String)}
	 */
	public String pick(String en, String ja) {
		return language().text(en, ja);
	}
}
