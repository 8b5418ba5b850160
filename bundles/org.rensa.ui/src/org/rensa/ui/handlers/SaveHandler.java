// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.rensa.ui.session.ProjectController;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Named;

/** File › Save (Ctrl+S): saves the open project through the project storage. */
public final class SaveHandler {

	/**
	 * @param session the open project, if any
	 * @return whether the project has unsaved changes (typed text not yet committed included)
	 */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session) {
		return session != null && (session.isDirty() || session.hasPendingEdits()) && !session.isReadOnly();
	}

	/**
	 * @param shell      the active shell
	 * @param controller the project controller
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectController controller) {
		controller.save(shell);
	}
}
