// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.rensa.ui.Messages;
import org.rensa.ui.session.ProjectController;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Named;

/** File › Open Project…: picks a project directory and opens it. */
public final class OpenProjectHandler {

	/**
	 * @param shell      the active shell
	 * @param controller the project controller
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectController controller) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(Messages.OpenProject_title);
		dialog.setMessage(Messages.OpenProject_message);
		ProjectSession current = controller.session();
		if (current != null) {
			Path parent = current.document().getDirectory().getParent();
			if (parent != null) {
				dialog.setFilterPath(parent.toString());
			}
		}
		String chosen = dialog.open();
		if (chosen != null) {
			controller.open(Path.of(chosen), shell);
		}
	}
}
