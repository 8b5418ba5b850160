// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.build;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The fixed wording of reports in one language ({@code texts.properties},
 * {@code texts_ja.properties}), and the date format that goes with it.
 */
public final class Texts {

	private final ResourceBundle bundle;
	private final Locale locale;
	private final DateTimeFormatter dates;

	/** @param locale the language; anything but Japanese gives English */
	public Texts(Locale locale) {
		this.locale = "ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
		this.bundle = ResourceBundle.getBundle("org.rensa.report.build.texts", this.locale, Texts.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		this.dates = DateTimeFormatter.ofPattern(japanese() ? "yyyy年M月d日" : "d MMM yyyy", this.locale);
	}

	/** @return whether the texts are Japanese */
	public boolean japanese() {
		return locale == Locale.JAPANESE;
	}

	/** @return the language */
	public Locale locale() {
		return locale;
	}

	/**
	 * @param key  the text's key
	 * @param args values for {@code {0}}, {@code {1}} …
	 * @return the text
	 */
	public String get(String key, Object... args) {
		String pattern;
		try {
			pattern = bundle.getString(key);
		} catch (MissingResourceException e) {
			throw new IllegalStateException("report text missing: " + key, e);
		}
		return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
	}

	/**
	 * @param literal an enumeration literal
	 * @return its label, key {@code EnumName.LITERAL}
	 */
	public String label(Enum<?> literal) {
		if (literal == null) {
			return "";
		}
		return get(literal.getDeclaringClass().getSimpleName() + "." + literal.name());
	}

	/**
	 * @param date a date or {@code null}
	 * @return the formatted date, or an empty string
	 */
	public String date(LocalDate date) {
		return date == null ? "" : dates.format(date);
	}

	/**
	 * @param value a share between 0 and 1, or {@code NaN}
	 * @return e.g. {@code 72%}, or a dash
	 */
	public String percent(double value) {
		return Double.isNaN(value) ? "–" : Math.round(value * 100) + "%";
	}

	/**
	 * Picks one language of a bilingual text written as {@code English / 日本語}.
	 *
	 * @param text a text or {@code null}
	 * @return the part in this language when the text has both, else the text
	 */
	public String pick(String text) {
		if (text == null) {
			return "";
		}
		int slash = text.lastIndexOf(" / ");
		if (slash < 0) {
			return text;
		}
		String first = text.substring(0, slash).trim();
		String second = text.substring(slash + 3).trim();
		boolean secondJapanese = second.codePoints().anyMatch(Texts::isCjk);
		boolean firstJapanese = first.codePoints().anyMatch(Texts::isCjk);
		if (secondJapanese == firstJapanese) {
			return text;
		}
		String ja = secondJapanese ? second : first;
		String en = secondJapanese ? first : second;
		return japanese() ? ja : en;
	}

	/**
	 * @param ja the Japanese text or {@code null}
	 * @param en the English text
	 * @return the Japanese text for Japanese documents when it is not empty, else the English one
	 */
	public String either(String ja, String en) {
		if (japanese() && ja != null && !ja.isBlank()) {
			return ja;
		}
		return en == null ? "" : en;
	}

	private static boolean isCjk(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA;
	}
}
