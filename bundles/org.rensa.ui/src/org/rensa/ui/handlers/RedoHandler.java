// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.rensa.ui.session.ProjectSession;

/** Edit › Redo (Ctrl+Y, Ctrl+Shift+Z): redoes the last undone command. */
public final class RedoHandler {

	/**
	 * @param session the open project, if any
	 * @return whether there is a command to redo
	 */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session) {
		return session != null && session.commandStack().canRedo();
	}

	/**
	 * @param session the open project
	 */
	@Execute
	public void execute(@Optional ProjectSession session) {
		if (session == null) {
			return;
		}
		// what is typed in the focused field is an edit too: committed first, it ends the redo history
		session.commitPendingEdits();
		if (session.commandStack().canRedo()) {
			session.commandStack().redo();
		}
	}
}
