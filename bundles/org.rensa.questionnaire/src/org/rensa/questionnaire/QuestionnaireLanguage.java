// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.rensa.model.DeclaredAnswer;

/** The language of a questionnaire workbook, with the words a supplier sees. */
public enum QuestionnaireLanguage {
	/** English. */
	EN,
	/** Japanese. */
	JA;

	private static final Map<DeclaredAnswer, String> EN_ANSWERS = new EnumMap<>(Map.of(
			DeclaredAnswer.DONE, "Done", DeclaredAnswer.PARTLY, "Partly", DeclaredAnswer.NOT_DONE, "Not done",
			DeclaredAnswer.DONT_KNOW, "Don't know", DeclaredAnswer.NOT_APPLICABLE, "Not applicable"));
	private static final Map<DeclaredAnswer, String> JA_ANSWERS = new EnumMap<>(Map.of(
			DeclaredAnswer.DONE, "実施している", DeclaredAnswer.PARTLY, "一部実施している", DeclaredAnswer.NOT_DONE, "実施していない",
			DeclaredAnswer.DONT_KNOW, "わからない", DeclaredAnswer.NOT_APPLICABLE, "該当しない"));

	/**
	 * @param code {@code ja} or {@code en} (any case)
	 * @return the language
	 * @throws IllegalArgumentException for anything else
	 */
	public static QuestionnaireLanguage of(String code) {
		return switch (code.toLowerCase(Locale.ROOT)) {
		case "en" -> EN;
		case "ja" -> JA;
		default -> throw new IllegalArgumentException("language must be ja or en, not '" + code + "'");
		};
	}

	/** @return the answers offered in the drop-down list, in order, with their labels */
	public Map<DeclaredAnswer, String> answers() {
		Map<DeclaredAnswer, String> result = new LinkedHashMap<>();
		for (DeclaredAnswer answer : new DeclaredAnswer[] { DeclaredAnswer.DONE, DeclaredAnswer.PARTLY,
				DeclaredAnswer.NOT_DONE, DeclaredAnswer.DONT_KNOW, DeclaredAnswer.NOT_APPLICABLE }) {
			result.put(answer, (this == JA ? JA_ANSWERS : EN_ANSWERS).get(answer));
		}
		return result;
	}

	/**
	 * Reads an answer cell written in either language (trimmed, case-insensitive).
	 *
	 * @param text the cell text
	 * @return the answer, {@link DeclaredAnswer#UNANSWERED} for a blank cell, {@code null} when unknown
	 */
	public static DeclaredAnswer parse(String text) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			return DeclaredAnswer.UNANSWERED;
		}
		for (Map.Entry<DeclaredAnswer, String> entry : EN_ANSWERS.entrySet()) {
			if (entry.getValue().equalsIgnoreCase(value) || entry.getValue().replace('\'', '’').equalsIgnoreCase(value)) {
				return entry.getKey();
			}
		}
		for (Map.Entry<DeclaredAnswer, String> entry : JA_ANSWERS.entrySet()) {
			if (entry.getValue().equals(value)) {
				return entry.getKey();
			}
		}
		return null;
	}

	/**
	 * @param en English text
	 * @param ja Japanese text
	 * @return the text in this language, falling back to the other when missing
	 */
	public String pick(String en, String ja) {
		if (this == JA) {
			return ja != null && !ja.isBlank() ? ja : en;
		}
		return en != null && !en.isBlank() ? en : ja;
	}
}
