// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's own messages (usage errors, help headings) in English ({@code messages.properties})
 * and Japanese ({@code messages_ja.properties}); the language is that of the run's {@code --lang}.
 */
final class CliMessages {

	private static final String BUNDLE = "org.rensa.core.cli.messages";

	private final ResourceBundle bundle;
	private final Locale locale;

	private CliMessages(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle(BUNDLE, locale, CliMessages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/**
	 * @param locale a language
	 * @return the messages in that language (English for any but Japanese)
	 */
	static CliMessages of(Locale locale) {
		return new CliMessages(Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ROOT);
	}

	/**
	 * The language of a run's own messages: the value of {@code --lang X} or {@code --lang=X} among the
	 * arguments when it is a language the command line speaks, else English. Read before parsing, so
	 * that the errors of parsing are in that language too.
	 *
	 * @param args the arguments
	 * @return the messages
	 */
	static CliMessages forArguments(List<String> args) {
		Locale locale = Locale.ENGLISH;
		for (int i = 0; i < args.size(); i++) {
			String value = args.get(i).startsWith("--lang=") ? args.get(i).substring("--lang=".length())
					: args.get(i).equals("--lang") && i + 1 < args.size() ? args.get(i + 1) : null;
			Locale given = value == null ? null : LanguageOption.parse(value);
			if (given != null) {
				locale = given;
			}
		}
		return of(locale);
	}

	Locale locale() {
		return locale;
	}

	/** @return the text of a key as it is (help headings: picocli format strings) */
	String text(String key) {
		return bundle.getString(key);
	}

	/** @return the message of a key with its arguments ({@link MessageFormat}) */
	String format(String key, Object... arguments) {
		return new MessageFormat(bundle.getString(key), locale).format(arguments);
	}
}
