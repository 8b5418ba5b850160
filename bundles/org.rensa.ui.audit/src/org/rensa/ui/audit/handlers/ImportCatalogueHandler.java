// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.rensa.ui.audit.wizards.CatalogueImportWizard;
import org.rensa.ui.session.ProjectSession;

/**
 * Project ▸ Import OSCAL catalogue…: opens the {@link CatalogueImportWizard} (file, preview, Finish
 * adds the checklist as one undoable command).
 */
public final class ImportCatalogueHandler {

	/**
	 * @param session the open project
	 * @return whether a project is open
	 */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session) {
		return session != null;
	}

	/**
	 * @param shell   the active shell
	 * @param session the open project
	 */
	@Execute
	public void execute(Shell shell, @Optional ProjectSession session) {
		if (session == null) {
			return;
		}
		WizardDialog dialog = new WizardDialog(shell, new CatalogueImportWizard(session));
		dialog.setPageSize(680, 420);
		dialog.open();
	}
}
