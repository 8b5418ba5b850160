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

	private final int line;

	private final transient Path backup;

	/**
	 * @param file the file or directory at fault (may be {@code null})
	 * @param message one line, user-facing, naming the file
	 */
	public ProjectFormatException(Path file, String message) {
		super(message);
		this.file = file;
		this.line = -1;
		this.backup = null;
	}

	/**
	 * @param file the file or directory at fault (may be {@code null})
	 * @param message one line, user-facing, naming the file
	 * @param cause the underlying exception
	 */
	public ProjectFormatException(Path file, String message, Throwable cause) {
		this(file, message, -1, cause);
	}

	/**
	 * @param file the file at fault (may be {@code null})
	 * @param message one line, user-facing, naming the file and the line
	 * @param line the line of the file at fault (1-based), or -1 when unknown
	 * @param cause the underlying exception
	 */
	public ProjectFormatException(Path file, String message, int line, Throwable cause) {
		this(file, message, line, null, cause);
	}

	private ProjectFormatException(Path file, String message, int line, Path backup, Throwable cause) {
		super(message, cause);
		this.file = file;
		this.line = line;
		this.backup = backup;
	}

	/**
	 * @param backupDirectory the complete previous save of the project ({@code model.bak/})
	 * @return this problem, its message ending with a pointer to the previous save
	 */
	public ProjectFormatException withBackup(Path backupDirectory) {
		return new ProjectFormatException(file, getMessage() + "; the previous save is kept complete in "
				+ backupDirectory.getFileName() + "/", line, backupDirectory, getCause() != null ? getCause() : this);
	}

	/** @return the line of {@link #getFile()} at fault (1-based), or -1 when unknown */
	public int getLine() {
		return line;
	}

	/**
	 * @return the project's complete previous save ({@code model.bak/}) that can be opened instead, or
	 *         {@code null} when there is none (or the problem is in it)
	 */
	public Path getBackup() {
		return backup;
	}

	/** @return the file or directory at fault, or {@code null} when unknown */
	public Path getFile() {
		return file;
	}
}
