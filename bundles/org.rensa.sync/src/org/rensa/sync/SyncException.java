// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.sync;

/**
 * A team sync that could not be carried out, with a one-line message that says what to do and
 * what happened to the local work (it is never lost).
 */
public final class SyncException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message one line, for the user */
	public SyncException(String message) {
		super(message);
	}

	/**
	 * @param message one line, for the user
	 * @param cause   the underlying failure
	 */
	public SyncException(String message, Throwable cause) {
		super(message, cause);
	}
}
