// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.rensa.core.audit.Assessments;
import org.rensa.model.Assessment;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Named;

/**
 * Project › Export OSCAL…: opens {@link ExportOscalDialog} on the open project (the selected assessment,
 * else the newest, preselected), then says what was written ({@link OscalWrittenDialog}).
 */
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
	 * @param shell     the active shell
	 * @param session   the open project
	 * @param selection the current selection (an assessment, or the assessment of a response or finding, is preselected: {@link Assessments#of})
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectSession session,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		Assessment selected = Assessments.of(selection);
		ExportOscalDialog dialog = new ExportOscalDialog(shell, session.project(), selected);
		if (dialog.open() == Window.OK && dialog.writtenFile() != null) {
			new OscalWrittenDialog(shell, dialog.writtenFile(), dialog.written()).open();
		}
	}
}
