// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.team;

import java.util.Map;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.rensa.ui.session.ProjectController;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Named;

/** Team › Synchronise: delegates to {@link TeamSync}. */
public final class SynchroniseHandler {

	/**
	 * @param session the open project, if any
	 * @param state   the team state
	 * @return whether a project is open and no sync is running
	 */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session, TeamState state) {
		return session != null && !state.isRunning();
	}

	/**
	 * @param shell      the active shell
	 * @param controller the project controller
	 * @param state      the team state
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectController controller, TeamState state) {
		new TeamSync(controller, state, TeamSync.DIALOGS).start(shell, Map.of());
	}
}
