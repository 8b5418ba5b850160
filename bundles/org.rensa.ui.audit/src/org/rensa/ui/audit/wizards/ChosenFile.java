// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.wizards;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a wizard page read from the file the user chose. A page validates on every keystroke, so the
 * file is read again only when another file is chosen or the file itself changed.
 *
 * @param <T> what is read from the file
 */
final class ChosenFile<T> {

	/** Reads the content of a chosen file. */
	@FunctionalInterface
	interface Reader<T> {
		/**
		 * @param path the file
		 * @return its content
		 * @throws IOException when it cannot be read
		 */
		T read(Path path) throws IOException;
	}

	private final Reader<T> reader;
	private Path path;
	private String fingerprint;
	private T content;

	ChosenFile(Reader<T> reader) {
		this.reader = reader;
	}

	/**
	 * @param chosen a regular file
	 * @return its content, read now unless the same unchanged file was read last time
	 * @throws IOException when it cannot be read (the previous content is forgotten)
	 */
	T read(Path chosen) throws IOException {
		String key = FileField.fingerprint(chosen);
		if (content == null || !key.equals(fingerprint)) {
			forget();
			content = reader.read(chosen);
			path = chosen;
			fingerprint = key;
		}
		return content;
	}

	/** @return the content last read, {@code null} after {@link #forget()} */
	T content() {
		return content;
	}

	/** @return the file the content was read from, {@code null} when there is none */
	Path path() {
		return content == null ? null : path;
	}

	/** Forgets the content, e.g. when the user chose a file that cannot be read. */
	void forget() {
		content = null;
		path = null;
		fingerprint = null;
	}
}
