// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli;

/**
 * A command failed in a way the user can fix: the message is printed as one line prefixed
 * {@code rensa: }, and the process exits with {@link #exitCode()}.
 */
public final class CliException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	/** Bad usage or unreadable input (exit code {@link RensaCommand#USAGE}). */
	public CliException(String message) {
		this(message, RensaCommand.USAGE);
	}

	/**
	 * @param message  one line, no stack trace
	 * @param exitCode the process exit code
	 */
	public CliException(String message, int exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

	/** @return the process exit code */
	public int exitCode() {
		return exitCode;
	}
}
