// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.text;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One translation table: a properties file per language ({@code base.properties} in English,
 * {@code base_ja.properties} in Japanese, UTF-8), read without falling back to the default locale.
 * Patterns use {@link MessageFormat}; their arguments are rendered by {@link Language#display(Object)},
 * so enumeration literals and elements appear by their labels, never as constants. A pattern is formatted
 * only when arguments are given: then an apostrophe must be doubled (or written ’).
 */
public final class TextTable {

	private final String baseName;
	private final ClassLoader loader;

	/**
	 * @param baseName the fully qualified base name, e.g. {@code org.rensa.core.validation.messages}
	 * @param loader   the class loader of the bundle holding the files
	 */
	public TextTable(String baseName, ClassLoader loader) {
		this.baseName = baseName;
		this.loader = loader;
	}

	/** @return the base name */
	public String baseName() {
		return baseName;
	}

	/**
	 * @param language the language
	 * @param key      the key
	 * @param args     the arguments
	 * @return the text
	 * @throws IllegalStateException when the key is missing (a defect that the table tests catch)
	 */
	public String get(Language language, String key, Object... args) {
		String pattern;
		try {
			pattern = bundle(language).getString(key);
		} catch (MissingResourceException e) {
			throw new IllegalStateException("text missing in " + baseName + "_" + language.code() + ": " + key, e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (args.length == 0) {
			return pattern;
		}
		Object[] texts = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			texts[i] = language.display(args[i]);
		}
		return new MessageFormat(pattern, language.locale()).format(texts);
	}

	/**
	 * @param language a language
	 * @param key      a key
	 * @return whether the table has the key in that language
	 */
	public boolean has(Language language, String key) {
		return bundle(language).containsKey(key);
	}

	/**
	 * @param language a language
	 * @return the keys of that language's file
	 */
	public List<String> keys(Language language) {
		Enumeration<String> keys = bundle(language).getKeys();
		return Collections.list(keys);
	}

	/**
	 * @param key  a key of this table
	 * @param args its arguments
	 * @return a message rendered later, in the language it is shown in
	 */
	public LocalizedMessage message(String key, Object... args) {
		return new LocalizedMessage(this, key, Collections.unmodifiableList(Arrays.asList(args)));
	}

	private ResourceBundle bundle(Language language) {
		return ResourceBundle.getBundle(baseName, language.isJapanese() ? language.locale() : Locale.ROOT, loader,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}
}
