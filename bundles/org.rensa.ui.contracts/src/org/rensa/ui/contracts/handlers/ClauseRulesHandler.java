// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts.handlers;

import java.io.IOException;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.rensa.core.analysis.AnalysisSettings;
import org.rensa.ui.RensaUi;
import org.rensa.ui.contracts.ClauseRulesDialog;
import org.rensa.ui.contracts.ContractsUi;
import org.rensa.ui.contracts.Messages;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Named;

/** Project › Clause Rules…: edits the project's rule table and saves it in {@code DIR/settings}. */
public final class ClauseRulesHandler {

	/** @return whether a project is open */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session) {
		return session != null;
	}

	/** Opens the dialog; on OK writes the table and refreshes the views. */
	@Execute
	public void execute(@Named("activeShell") Shell shell, ProjectSession session, IEventBroker broker) { //$NON-NLS-1$
		var directory = session.document().getDirectory();
		AnalysisSettings settings;
		try {
			settings = AnalysisSettings.load(directory);
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Rules_title, RensaUi.oneLine(e));
			settings = AnalysisSettings.defaults();
		}
		ClauseRulesDialog dialog = new ClauseRulesDialog(shell, settings.rules());
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			AnalysisSettings.saveProjectRules(directory, dialog.result());
			broker.post(ContractsUi.TOPIC_SETTINGS, directory.toString());
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Rules_title, RensaUi.oneLine(e));
		}
	}
}
