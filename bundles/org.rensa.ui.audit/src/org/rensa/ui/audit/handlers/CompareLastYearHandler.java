// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.rensa.core.audit.Assessments;
import org.rensa.model.Assessment;
import org.rensa.ui.audit.Messages;
import org.rensa.ui.audit.parts.AssessmentEditorPart;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Named;

/**
 * Compare with Last Year (Ctrl+Shift+Y): in the active assessment editor (or the editor of the selected
 * assessment, opened for it), shows or hides the organisation's previous assessment next to this one.
 */
public final class CompareLastYearHandler {

	/**
	 * @param session the open project
	 * @return whether a project is open
	 */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session) {
		return session != null;
	}

	/**
	 * @param shell        the active shell
	 * @param session      the open project
	 * @param activePart   the active part
	 * @param selection    the current selection
	 * @param application  the application model
	 * @param modelService the model service
	 * @param partService  the part service
	 */
	@Execute
	public void execute(Shell shell, @Optional ProjectSession session, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart activePart,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, MApplication application,
			EModelService modelService, EPartService partService) {
		if (session == null) {
			return;
		}
		MPart part = activePart;
		if (part == null || !(part.getObject() instanceof AssessmentEditorPart)) {
			Assessment assessment = Assessments.of(selection);
			if (assessment == null || assessment.getChecklist() == null) {
				MessageDialog.openInformation(shell, Messages.Compare_title, Messages.Compare_openFirst);
				return;
			}
			part = VerifyAssessmentHandler.open(assessment, application, modelService, partService);
		}
		if (part.getObject() instanceof AssessmentEditorPart editor) {
			editor.toggleComparison(shell);
		}
	}
}
