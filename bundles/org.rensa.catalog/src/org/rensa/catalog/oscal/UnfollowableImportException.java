// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.oscal;

import java.io.IOException;

/**
 * A profile's import names a catalogue that cannot be reached from this computer (a URL, a back-matter
 * resource whose links name no local file): the catalogue has to be given explicitly.
 */
public final class UnfollowableImportException extends IOException {

	private static final long serialVersionUID = 1L;

	/** @param message one line: profile, import and what to do */
	public UnfollowableImportException(String message) {
		super(message);
	}
}
