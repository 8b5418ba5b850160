// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.team;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.rensa.sync.ModelMerge;
import org.rensa.ui.session.ProjectController;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Named;

/**
 * Team › Resolve Conflicts: the conflicts the last sync left in a {@link ResolveConflictsDialog};
 * Apply synchronises again with the choices ({@link TeamSync}).
 */
public final class ResolveConflictsHandler {

	/**
	 * @param session the open project, if any
	 * @param state   the team state
	 * @return whether the last sync of the open project left conflicts
	 */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session, TeamState state) {
		return session != null && !state.isRunning() && !state.conflicts(session.document().getDirectory()).isEmpty();
	}

	/**
	 * @param shell      the active shell
	 * @param controller the project controller
	 * @param state      the team state
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectController controller, TeamState state) {
		ProjectSession session = controller.session();
		if (session == null) {
			return;
		}
		List<ModelMerge.Conflict> conflicts = state.conflicts(session.document().getDirectory());
		ResolveConflictsDialog dialog = new ResolveConflictsDialog(shell, conflicts);
		if (dialog.open() == Window.OK) {
			new TeamSync(controller, state, TeamSync.DIALOGS).start(shell, dialog.resolutions());
		}
	}
}
