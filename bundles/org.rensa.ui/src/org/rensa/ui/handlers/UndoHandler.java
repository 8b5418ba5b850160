// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.rensa.ui.session.ProjectSession;

/** Edit › Undo (Ctrl+Z): undoes the last command on the project's command stack. */
public final class UndoHandler {

	/**
	 * @param session the open project, if any
	 * @return whether there is a command to undo
	 */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session) {
		return session != null && (session.commandStack().canUndo() || session.hasPendingEdits());
	}

	/**
	 * @param session the open project
	 */
	@Execute
	public void execute(@Optional ProjectSession session) {
		if (session == null) {
			return;
		}
		// what is typed in the focused field is an edit too: commit it first, so Ctrl+Z undoes it
		session.commitPendingEdits();
		if (session.commandStack().canUndo()) {
			session.commandStack().undo();
		}
	}
}
