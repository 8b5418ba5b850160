// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.rensa.core.io.AtomicFiles;

/**
 * The {@code KEY=VALUE,KEY=VALUE} form of a column mapping given on the command line, and its saved
 * form (a sorted UTF-8 properties file). A comma starts a new pair only when a key and {@code =} follow
 * it, so a value may itself contain commas (a regular expression such as {@code \d{2,3}}).
 */
public final class MapSpec {

	private static final Pattern KEY = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9-]*)\\s*=.*", Pattern.DOTALL);

	private MapSpec() {
	}

	/**
	 * @param spec  the command-line form
	 * @param known the keys allowed (lower case)
	 * @return key (lower case) → value (stripped), in the order given
	 * @throws IllegalArgumentException naming the first pair that is not {@code KEY=VALUE} or has an unknown key
	 */
	public static Map<String, String> parse(String spec, Set<String> known) {
		Map<String, String> keys = new LinkedHashMap<>();
		String key = null;
		StringBuilder value = new StringBuilder();
		for (String piece : spec.split(",", -1)) {
			var matcher = KEY.matcher(piece);
			String candidate = matcher.matches() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
			if (candidate != null) {
				put(keys, key, value, known);
				key = candidate;
				value.setLength(0);
				value.append(piece.substring(piece.indexOf('=') + 1));
			} else if (key != null) {
				value.append(',').append(piece);
			} else {
				throw new IllegalArgumentException("mapping '" + piece + "' is not KEY=VALUE");
			}
		}
		put(keys, key, value, known);
		return keys;
	}

	private static void put(Map<String, String> keys, String key, StringBuilder value, Set<String> known) {
		if (key == null) {
			return;
		}
		if (!known.contains(key)) {
			throw new IllegalArgumentException("unknown mapping key '" + key + "'");
		}
		keys.put(key, value.toString().strip());
	}

	/**
	 * Splits {@code id=COLUMN:REGEX} into {@code id=COLUMN} and {@code id-pattern=REGEX}.
	 *
	 * @param keys parsed keys, changed in place
	 * @throws IllegalArgumentException when the pattern is given twice
	 */
	public static void splitIdPattern(Map<String, String> keys) {
		String id = keys.getOrDefault("id", "");
		int colon = id.indexOf(':');
		if (colon >= 0) {
			if (keys.containsKey("id-pattern")) {
				throw new IllegalArgumentException("give the id pattern once: id=COLUMN:REGEX or id-pattern=REGEX");
			}
			keys.put("id", id.substring(0, colon));
			keys.put("id-pattern", id.substring(colon + 1));
		}
	}

	/**
	 * @param file a saved mapping
	 * @return its keys and values
	 * @throws IOException when it cannot be read
	 */
	public static Map<String, String> load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Map<String, String> keys = new TreeMap<>();
		for (String key : properties.stringPropertyNames()) {
			keys.put(key, properties.getProperty(key));
		}
		return keys;
	}

	/**
	 * Writes the keys sorted, escaped as Java properties (non-ASCII as {@code \\uXXXX}), creating the directory.
	 *
	 * @param file    the file to write
	 * @param comment the first line's comment
	 * @param keys    the keys and values
	 * @throws IOException when it cannot be written
	 */
	public static void save(Path file, String comment, Map<String, String> keys) throws IOException {
		StringBuilder text = new StringBuilder("# " + comment + "\n");
		for (Map.Entry<String, String> entry : new TreeMap<>(keys).entrySet()) {
			text.append(escape(entry.getKey(), true)).append('=').append(escape(entry.getValue(), false)).append('\n');
		}
		AtomicFiles.writeString(file, text);
	}

	/**
	 * @param directory    the project directory
	 * @param subdirectory the mappings' directory inside it
	 * @param name         a mapping name
	 * @return {@code subdirectory/NAME.properties} in the project
	 * @throws IllegalArgumentException when the name is not letters, digits, {@code . _ -}
	 */
	public static Path file(Path directory, String subdirectory, String name) {
		if (!name.matches("[A-Za-z0-9._-]{1,64}") || name.startsWith(".")) {
			throw new IllegalArgumentException("mapping name '" + name + "' may use letters, digits, . _ - only");
		}
		return directory.resolve(subdirectory).resolve(name + ".properties");
	}

	private static String escape(String text, boolean key) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!' || (key && c == ' ')) {
				out.append('\\').append(c);
			} else if (c < 0x20 || c > 0x7e) {
				out.append(String.format("\\u%04x", (int) c));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
