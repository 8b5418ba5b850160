// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A seeded generator of hostile variants of real files: byte flips, truncation, duplicated and deleted
 * slices, inserted markup and control bytes, huge strings, values of the wrong JSON type, and for zip
 * packages (xlsx) corrupted, emptied, truncated, removed, renamed and added entries. The same seed
 * gives the same variants, so a failure names a reproducible case.
 */
final class Mutations {

	private static final String[] INSERTS = { "<", ">", "&", "\"", "'", "]]>", "<!--", "<x>", "</", "\u0000", "\uFFFF", "\uD800", "{", "}",
			"[", "]", ",", ":", "\\", "\\u0000", "=", "\n", "\t", "\r\n", "é", "あ", "\uD83D\uDE00", "%", "${x}", "${", "NaN", "-1",
			"999999999999999999999", "1e400", "null", "#", "!", "../../", "xmi:id=\"x\"", "href=\"#//@x\"" };
	private static final String[] JSON_VALUES = { "null", "true", "0", "-1", "1e400", "[]", "{}", "[[[[]]]]", "\"\"", "\" \"",
			"{\"x\":1}", "[1,\"a\",null]", "\"\\u0000\"" };
	private static final Pattern JSON_VALUE = Pattern.compile(":\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|true|false|null|\\[|\\{)");

	private final Random random;

	/** @param seed the seed */
	Mutations(long seed) {
		this.random = new Random(seed);
	}

	/** @return a value in [0, bound) */
	int nextInt(int bound) {
		return random.nextInt(bound);
	}

	/** @return one of the values */
	@SafeVarargs
	final <T> T pick(T... values) {
		return values[random.nextInt(values.length)];
	}

	/**
	 * @param original the bytes of a real file
	 * @return a mutated copy and the name of the mutation
	 */
	Variant bytes(byte[] original) {
		byte[] b = original.clone();
		int n = b.length;
		switch (random.nextInt(n == 0 ? 1 : 9)) {
		case 0:
			return new Variant("empty", new byte[0]);
		case 1: {
			int flips = 1 + random.nextInt(8);
			for (int i = 0; i < flips; i++) {
				int at = random.nextInt(n);
				b[at] ^= (byte) (1 + random.nextInt(255));
			}
			return new Variant(flips + " byte flips", b);
		}
		case 2: {
			int at = random.nextInt(n);
			return new Variant("truncated at " + at, java.util.Arrays.copyOf(b, at));
		}
		case 3: {
			int from = random.nextInt(n);
			int to = Math.min(n, from + 1 + random.nextInt(Math.max(1, n / 4)));
			int at = random.nextInt(n + 1);
			return new Variant("slice " + from + ".." + to + " duplicated at " + at, splice(b, at, at, java.util.Arrays.copyOfRange(b, from, to)));
		}
		case 4: {
			int from = random.nextInt(n);
			int to = Math.min(n, from + 1 + random.nextInt(Math.max(1, n / 8)));
			return new Variant("slice " + from + ".." + to + " deleted", splice(b, from, to, new byte[0]));
		}
		case 5: {
			String insert = pick(INSERTS);
			int at = random.nextInt(n + 1);
			return new Variant("'" + printable(insert) + "' inserted at " + at, splice(b, at, at, insert.getBytes(StandardCharsets.UTF_8)));
		}
		case 6: {
			int at = random.nextInt(n + 1);
			byte[] noise = new byte[1 + random.nextInt(64)];
			random.nextBytes(noise);
			return new Variant(noise.length + " random bytes inserted at " + at, splice(b, at, at, noise));
		}
		case 7: {
			int at = quoteAfter(b, random.nextInt(n));
			if (at < 0) {
				return bytes(original);
			}
			byte[] huge = "A".repeat(1 + random.nextInt(2_000_000)).getBytes(StandardCharsets.UTF_8);
			return new Variant(huge.length + " characters inserted into a string at " + at, splice(b, at, at, huge));
		}
		default: {
			int from = random.nextInt(n);
			int to = Math.min(n, from + 1 + random.nextInt(16));
			java.util.Arrays.fill(b, from, to, (byte) (random.nextBoolean() ? 0 : 0xFF));
			return new Variant("bytes " + from + ".." + to + " overwritten", b);
		}
		}
	}

	/**
	 * @param json the text of a real JSON file
	 * @return a copy with one value replaced by a value of another type (or the byte mutations)
	 */
	Variant json(byte[] json) {
		String text = new String(json, StandardCharsets.UTF_8);
		List<int[]> values = new ArrayList<>();
		Matcher matcher = JSON_VALUE.matcher(text);
		while (matcher.find()) {
			values.add(new int[] { matcher.start(1), matcher.end(1) });
		}
		if (values.isEmpty() || random.nextInt(3) == 0) {
			return bytes(json);
		}
		int[] value = values.get(random.nextInt(values.size()));
		String replacement = pick(JSON_VALUES);
		int end = value[1];
		if (text.charAt(value[0]) == '[' || text.charAt(value[0]) == '{') {
			end = closing(text, value[0]);
		}
		String mutated = text.substring(0, value[0]) + replacement + text.substring(end);
		return new Variant("value at " + value[0] + " replaced by " + replacement, mutated.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @param zip the bytes of a real zip package (xlsx)
	 * @return a package with one entry corrupted, emptied, truncated, removed, renamed or added, or the
	 *         zip's own bytes mutated
	 * @throws IOException never for a readable original
	 */
	Variant zip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		List<String> names = new ArrayList<>(entries.keySet());
		String name = names.get(random.nextInt(names.size()));
		String what;
		switch (random.nextInt(8)) {
		case 0 -> {
			return bytes(zip).named("zip bytes: ");
		}
		case 1 -> {
			Variant inner = bytes(entries.get(name));
			entries.put(name, inner.content());
			what = name + ": " + inner.name();
		}
		case 2 -> {
			entries.put(name, new byte[0]);
			what = name + " emptied";
		}
		case 3 -> {
			entries.remove(name);
			what = name + " removed";
		}
		case 4 -> {
			byte[] content = entries.remove(name);
			entries.put(name + "x", content);
			what = name + " renamed";
		}
		case 5 -> {
			entries.put("xl/worksheets/sheet" + (50 + random.nextInt(50)) + ".xml", entries.get(name));
			what = name + " copied as another sheet";
		}
		case 6 -> {
			String other = names.get(random.nextInt(names.size()));
			byte[] content = entries.get(other);
			entries.put(other, entries.get(name));
			entries.put(name, content);
			what = name + " and " + other + " swapped";
		}
		default -> {
			byte[] content = entries.get(name);
			entries.put(name, java.util.Arrays.copyOf(content, content.length / 2));
			what = name + " cut in half";
		}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zipOut = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zipOut.putNextEntry(new ZipEntry(entry.getKey()));
				zipOut.write(entry.getValue());
				zipOut.closeEntry();
			}
		}
		return new Variant(what, out.toByteArray());
	}

	private static int closing(String text, int open) {
		int depth = 0;
		boolean string = false;
		for (int i = open; i < text.length(); i++) {
			char c = text.charAt(i);
			if (string) {
				if (c == '\\') {
					i++;
				} else if (c == '"') {
					string = false;
				}
			} else if (c == '"') {
				string = true;
			} else if (c == '[' || c == '{') {
				depth++;
			} else if ((c == ']' || c == '}') && --depth == 0) {
				return i + 1;
			}
		}
		return text.length();
	}

	private static int quoteAfter(byte[] b, int from) {
		for (int i = from; i < b.length; i++) {
			if (b[i] == '"') {
				return i + 1;
			}
		}
		return -1;
	}

	private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
		byte[] result = new byte[b.length - (to - from) + insert.length];
		System.arraycopy(b, 0, result, 0, from);
		System.arraycopy(insert, 0, result, from, insert.length);
		System.arraycopy(b, to, result, from + insert.length, b.length - to);
		return result;
	}

	private static String printable(String s) {
		StringBuilder out = new StringBuilder();
		s.codePoints().forEach(c -> out.append(c < 0x20 || c == 0xFFFF || Character.isSurrogate((char) c) ? String.format("\\u%04x", c)
				: new String(Character.toChars(c))));
		return out.toString();
	}

	/**
	 * One hostile variant.
	 *
	 * @param name    what was done, for messages
	 * @param content the bytes
	 */
	record Variant(String name, byte[] content) {
		Variant named(String prefix) {
			return new Variant(prefix + name, content);
		}
	}
}
