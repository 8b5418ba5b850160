// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.handlers;

import java.io.IOException;
import java.nio.file.Paths;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.rensa.model.Assessment;
import org.rensa.questionnaire.QuestionnaireExporter;
import org.rensa.questionnaire.QuestionnaireLanguage;
import org.rensa.ui.audit.Messages;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Named;

/** Project ▸ Export self-check questionnaire…: writes the assessment's workbook in Japanese or English. */
public final class ExportQuestionnaireHandler {

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
	public void execute(Shell shell, @Optional ProjectSession session, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (session == null) {
			return;
		}
		Assessment assessment = VerifyAssessmentHandler.choose(shell, session, selection, Messages.Questionnaire_exportTitle);
		if (assessment == null) {
			return;
		}
		MessageDialog language = new MessageDialog(shell, Messages.Questionnaire_exportTitle, null, Messages.Questionnaire_language,
				MessageDialog.QUESTION, 0, "日本語", "English", Messages.Questionnaire_cancel);
		int choice = language.open();
		if (choice != 0 && choice != 1) {
			return;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Questionnaire_exportTitle);
		dialog.setFilterExtensions(new String[] { "*.xlsx" });
		dialog.setOverwrite(true);
		String name = assessment.getOrganization() == null ? "questionnaire" : assessment.getOrganization().getName();
		dialog.setFileName(name.replaceAll("[\\\\/:*?\"<>|]", "_") + ".xlsx");
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			QuestionnaireExporter.export(assessment, choice == 0 ? QuestionnaireLanguage.JA : QuestionnaireLanguage.EN, Paths.get(file));
			MessageDialog.openInformation(shell, Messages.Questionnaire_exportTitle, NLS.bind(Messages.Questionnaire_exported, file));
		} catch (IOException | IllegalArgumentException e) {
			MessageDialog.openError(shell, Messages.Error_title, e.getMessage());
		}
	}
}
