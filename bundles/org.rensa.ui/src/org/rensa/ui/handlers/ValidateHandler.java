// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.rensa.ui.RensaUi;
import org.rensa.ui.session.ProjectController;
import org.rensa.ui.session.ProjectSession;

/** Project › Validate (F5): validates the open project and shows the Problems part. */
public final class ValidateHandler {

	/**
	 * @param session the open project, if any
	 * @return whether a project is open
	 */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session) {
		return session != null;
	}

	/**
	 * @param controller  the project controller
	 * @param partService the part service of the window
	 */
	@Execute
	public void execute(ProjectController controller, EPartService partService) {
		controller.validate();
		partService.showPart(RensaUi.PROBLEMS_PART_ID, PartState.VISIBLE);
	}
}
