// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.evidence;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files named by pasted text, for attaching evidence with a paste: one path a line, as a file
 * manager copies them ({@code file://} URIs, percent-encoded) or as typed or copied from a terminal
 * (absolute paths, quoted or not, {@code ~/} for the home folder).
 */
public final class PastedFiles {

	private PastedFiles() {
	}

	/**
	 * @param text the pasted text, may be {@code null}
	 * @return the regular files it names, each once, in order; empty when a line names something that
	 *         is not a readable regular file (the text is then not a list of files)
	 */
	public static List<Path> of(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Set<Path> files = new LinkedHashSet<>();
		for (String line : text.split("\\R")) {
			String name = unquoted(line.strip());
			if (name.isEmpty() || name.startsWith("#")) {
				continue; // blank lines and the comment lines of text/uri-list
			}
			Path file = path(name);
			if (file == null || !Files.isRegularFile(file) || !Files.isReadable(file)) {
				return List.of();
			}
			files.add(file.toAbsolutePath().normalize());
		}
		return new ArrayList<>(files);
	}

	private static String unquoted(String text) {
		if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
			return text.substring(1, text.length() - 1);
		}
		return text;
	}

	private static Path path(String name) {
		try {
			if (name.startsWith("file:")) {
				return Path.of(URI.create(name));
			}
			if (name.startsWith("~/")) {
				return Path.of(System.getProperty("user.home"), name.substring(2));
			}
			Path path = Path.of(name);
			return path.isAbsolute() ? path : null;
		} catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
			return null;
		}
	}
}
