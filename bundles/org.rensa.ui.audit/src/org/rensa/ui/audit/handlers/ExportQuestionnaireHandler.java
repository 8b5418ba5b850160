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
import org.rensa.core.security.WorkbookSeal;
import org.rensa.model.Assessment;
import org.rensa.questionnaire.QuestionnaireExporter;
import org.rensa.questionnaire.QuestionnaireLanguage;
import org.rensa.ui.audit.Messages;
import org.rensa.ui.session.ProjectController;
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
	 * @param controller saves the project when its workbook key is created
	 */
	@Execute
	public void execute(Shell shell, @Optional ProjectSession session, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
			ProjectController controller) {
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
			WorkbookSeal seal = WorkbookSeal.of(session.document()).orElse(null);
			boolean keyCreated = seal == null;
			if (keyCreated) {
				// The key must be saved before any workbook sealed with it leaves the project.
				seal = WorkbookSeal.create(session.document());
				if (!controller.save(shell)) {
					return;
				}
			}
			QuestionnaireExporter.export(assessment, choice == 0 ? QuestionnaireLanguage.JA : QuestionnaireLanguage.EN, seal, Paths.get(file));
			String done = NLS.bind(Messages.Questionnaire_exported, file);
			MessageDialog.openInformation(shell, Messages.Questionnaire_exportTitle,
					keyCreated ? done + "\n\n" + NLS.bind(Messages.Questionnaire_keyCreated, "model/" + WorkbookSeal.KEY_FILE) : done);
		} catch (IOException | IllegalArgumentException e) {
			MessageDialog.openError(shell, Messages.Error_title, e.getMessage());
		}
	}
}
