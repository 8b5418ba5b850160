// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.handlers;

import java.io.IOException;
import java.nio.file.Paths;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.rensa.catalog.oscal.OscalCatalogReader;
import org.rensa.catalog.oscal.OscalImport;
import org.rensa.model.RensaPackage;
import org.rensa.ui.audit.Messages;
import org.rensa.ui.session.ProjectSession;

/**
 * Project ▸ Import OSCAL catalogue…: reads an OSCAL catalogue (JSON or XML) and adds it to the open
 * project as a checklist, as one undoable command; a file that is not a catalogue is reported in a
 * dialog and changes nothing.
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
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(Messages.Catalogue_dialogTitle);
		dialog.setFilterExtensions(new String[] { "*.json;*.xml", "*" });
		String file = dialog.open();
		if (file == null) {
			return;
		}
		OscalImport result;
		try {
			result = OscalCatalogReader.read(Paths.get(file));
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Error_title, e.getMessage());
			return;
		}
		Command command = AddCommand.create(session.editingDomain(), session.project(),
				RensaPackage.Literals.AUDIT_PROJECT__CHECKLISTS, result.checklist());
		session.editingDomain().getCommandStack().execute(command);
		MessageDialog.openInformation(shell, Messages.Catalogue_dialogTitle, NLS.bind(Messages.Catalogue_imported,
				new Object[] { result.checklist().getName(), result.groups(), result.controls() }));
	}
}
