// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Signals that a directory is not a readable Rensa project: it is missing, foreign, written by a newer
 * version, malformed, unsafe (DOCTYPE / external entities) or inconsistent (dangling references).
 * <p>
 * The {@link #getMessage() message} is a single user-facing line that names the offending file.
 */
public final class ProjectFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	/**
	 * @param file the file or directory at fault (may be {@code null})
	 * @param message one line, user-facing, naming the file
	 */
	public ProjectFormatException(Path file, String message) {
		super(message);
		this.file = file;
	}

	/**
	 * @param file the file or directory at fault (may be {@code null})
	 * @param message one line, user-facing, naming the file
	 * @param cause the underlying exception
	 */
	public ProjectFormatException(Path file, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
	}

	/** @return the file or directory at fault, or {@code null} when unknown */
	public Path getFile() {
		return file;
	}
}
