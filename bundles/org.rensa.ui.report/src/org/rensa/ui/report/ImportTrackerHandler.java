// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.rensa.model.Organization;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Named;

/** Project › Import Remediation Tracker…: opens {@link ImportTrackerWizard}. */
public final class ImportTrackerHandler {

	/**
	 * @param session the open project, if any
	 * @return whether a project is open
	 */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session) {
		return session != null;
	}

	/**
	 * @param shell     the active shell
	 * @param session   the open project
	 * @param selection the current selection (an organisation is preselected)
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectSession session,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		WizardDialog dialog = new WizardDialog(shell, new ImportTrackerWizard(session, selection instanceof Organization o ? o : null));
		dialog.setPageSize(780, 420);
		dialog.open();
	}
}
