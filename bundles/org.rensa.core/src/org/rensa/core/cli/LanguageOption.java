// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli;

import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code --lang en|ja}, the language of a command's output, declared once for every command that has
 * it: {@code @Mixin LanguageOption language;} in the command's arguments. The same option chooses the
 * language of the command line's own messages (usage errors, help headings).
 */
public final class LanguageOption {

	@Option(names = "--lang", paramLabel = "en|ja", converter = Converter.class, description = "language of the output: en or ja")
	private Locale language;

	/** @return the language given, or {@code null} when the option was not given */
	public Locale given() {
		return language;
	}

	/**
	 * @param fallback the command's default language
	 * @return the language given, else {@code fallback}
	 */
	public Locale orElse(Locale fallback) {
		return language != null ? language : fallback;
	}

	/** @return whether {@code --lang ja} was given */
	public boolean japanese() {
		return Locale.JAPANESE.equals(language);
	}

	/**
	 * @param value {@code en} or {@code ja}
	 * @return {@link Locale#ENGLISH} or {@link Locale#JAPANESE}, {@code null} for anything else
	 */
	public static Locale parse(String value) {
		return switch (value) {
		case "en" -> Locale.ENGLISH;
		case "ja" -> Locale.JAPANESE;
		default -> null;
		};
	}

	/** Converts {@code en} and {@code ja}; anything else is a bad value. */
	public static final class Converter implements ITypeConverter<Locale> {

		@Override
		public Locale convert(String value) {
			Locale locale = parse(value);
			if (locale == null) {
				throw CliValues.language();
			}
			return locale;
		}
	}
}
