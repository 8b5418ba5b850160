// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.oscal;

import java.io.IOException;

/** The file is not an OSCAL catalogue Rensa can read; the message names the file and the place. */
public final class OscalFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	/** @param message one line: file, location and problem */
	public OscalFormatException(String message) {
		super(message);
	}

	/**
	 * @param message one line
	 * @param cause   the parser's exception
	 */
	public OscalFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
