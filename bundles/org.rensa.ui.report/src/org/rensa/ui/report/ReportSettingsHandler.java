// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.rensa.model.Organization;
import org.rensa.report.ReportSettings;
import org.rensa.ui.RensaUi;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Named;

/**
 * Project › Report Settings…: edits the branding and report defaults of the project; OK executes the
 * change as a command on the project's command stack (undoable, saved with the project in
 * {@code model/settings/report.properties}).
 */
public final class ReportSettingsHandler {

	/**
	 * @param session the open project, if any
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
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectSession session) {
		Path directory = session.document().getDirectory();
		ReportSettings settings;
		try {
			settings = ReportSettings.of(session.document());
		} catch (IOException e) {
			if (!MessageDialog.openConfirm(shell, Messages.Settings_title, NLS.bind(Messages.Settings_unreadable, RensaUi.oneLine(e)))) {
				return;
			}
			settings = ReportSettings.NONE;
		}
		Organization buyer = session.project().getBuyer();
		String buyerJa = buyer == null ? null : buyer.getNameJa();
		boolean japanese = org.rensa.model.text.Language.ui().isJapanese();
		String buyerName = buyer == null ? "" //$NON-NLS-1$
				: japanese && buyerJa != null && !buyerJa.isBlank() ? buyerJa : buyer.getName();
		ReportSettingsDialog dialog = new ReportSettingsDialog(shell, directory, settings, buyerName);
		if (dialog.open() == Window.OK && dialog.result() != null) {
			session.commandStack().execute(dialog.result().change(session.document()));
		}
	}
}
