// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.rensa.core.audit.Assessments;
import org.rensa.model.Assessment;
import org.rensa.ui.audit.wizards.QuestionnaireImportWizard;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Named;

/**
 * Project ▸ Import self-check questionnaire…: opens the {@link QuestionnaireImportWizard} for the
 * selected assessment (or lets the workbook name it).
 */
public final class ImportQuestionnaireHandler {

	/**
	 * @param session the open project
	 * @return whether a project is open
	 */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session) {
		return session != null;
	}

	/**
	 * @param shell     the active shell
	 * @param session   the open project
	 * @param selection the current selection
	 */
	@Execute
	public void execute(Shell shell, @Optional ProjectSession session,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (session == null) {
			return;
		}
		Assessment target = Assessments.of(selection);
		WizardDialog dialog = new WizardDialog(shell, new QuestionnaireImportWizard(session, target));
		dialog.setPageSize(860, 680);
		dialog.open();
	}
}
