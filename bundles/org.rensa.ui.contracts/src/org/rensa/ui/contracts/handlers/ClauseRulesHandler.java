// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.rensa.core.analysis.AnalysisSettings;
import org.rensa.core.analysis.ProjectAnalysis;
import org.rensa.ui.contracts.ClauseRulesDialog;
import org.rensa.ui.contracts.Messages;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Named;

/**
 * Project › Clause Rules…: edits the project's rule table; OK executes the change as a command on the
 * project's command stack (undoable, saved with the project).
 */
public final class ClauseRulesHandler {

	/** @return whether a project is open */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session) {
		return session != null;
	}

	/** Opens the dialog; on OK changes the project's table (the views follow the command stack). */
	@Execute
	public void execute(@Named("activeShell") Shell shell, ProjectSession session) { //$NON-NLS-1$
		ProjectAnalysis.settingsProblem(session.document())
				.ifPresent(problem -> MessageDialog.openError(shell, Messages.Rules_title, problem));
		ClauseRulesDialog dialog = new ClauseRulesDialog(shell, ProjectAnalysis.settings(session.document()).rules());
		if (dialog.open() == Window.OK) {
			session.commandStack().execute(AnalysisSettings.changeRules(session.document(), dialog.result()));
		}
	}
}
