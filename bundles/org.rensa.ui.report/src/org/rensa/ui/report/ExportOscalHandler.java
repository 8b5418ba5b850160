// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Named;

/** Project › Export OSCAL…: opens {@link ExportOscalDialog} on the open project. */
public final class ExportOscalHandler {

	/**
	 * @param session the open project, if any
	 * @return whether a project with an assessment is open
	 */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session) {
		return session != null && !session.project().getAssessments().isEmpty();
	}

	/**
	 * @param shell   the active shell
	 * @param session the open project
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectSession session) {
		new ExportOscalDialog(shell, session.project()).open();
	}
}
