// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.session;

/**
 * A field holding text the user typed but has not committed yet (committed on Enter and on focus
 * loss). Every form registers its fields with the {@link ProjectSession}; Save, Undo, Redo and
 * closing the project commit them first, so what is on screen is what is saved and undone.
 */
public interface PendingEdit {

	/** @return whether the field holds typed text not yet committed to the model */
	boolean isPending();

	/**
	 * Commits the typed text as one command on the project's stack (as Enter would). Invalid text
	 * stays in the field, marked, and is not committed.
	 *
	 * @return {@code true} if nothing is pending afterwards
	 */
	boolean commit();
}
