// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;
import org.rensa.ui.session.ProjectController;

import jakarta.inject.Named;

/** File › Exit: asks about unsaved changes, then closes the workbench. */
public final class ExitHandler {

	/**
	 * @param shell      the active shell
	 * @param controller the project controller
	 * @param workbench  the workbench
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectController controller,
			IWorkbench workbench) {
		if (controller.confirmCloseCurrent(shell)) {
			controller.closeCurrent();
			workbench.close();
		}
	}
}
