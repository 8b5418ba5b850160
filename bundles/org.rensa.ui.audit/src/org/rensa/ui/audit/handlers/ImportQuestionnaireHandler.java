// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.handlers;

import java.io.IOException;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.rensa.questionnaire.CellProblem;
import org.rensa.questionnaire.QuestionnaireImporter;
import org.rensa.questionnaire.ReadResult;
import org.rensa.ui.audit.Messages;
import org.rensa.ui.audit.QuestionnaireCommands;
import org.rensa.ui.session.ProjectSession;

/**
 * Project ▸ Import self-check questionnaire…: reads a returned workbook into its assessment's declared
 * answers as one undoable command. A workbook that is not a valid answer sheet of this project, or has
 * unreadable cells, is reported and changes nothing.
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
	 * @param shell   the active shell
	 * @param session the open project
	 */
	@Execute
	public void execute(Shell shell, @Optional ProjectSession session) {
		if (session == null) {
			return;
		}
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(Messages.Questionnaire_importTitle);
		dialog.setFilterExtensions(new String[] { "*.xlsx", "*" });
		String file = dialog.open();
		if (file == null) {
			return;
		}
		ReadResult result;
		try {
			result = QuestionnaireImporter.read(Paths.get(file), session.project(), null);
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Questionnaire_importTitle, e.getMessage());
			return;
		}
		if (!result.problems().isEmpty()) {
			String cells = result.problems().stream().limit(40).map(CellProblem::toString).collect(Collectors.joining("\n"));
			MessageDialog.openError(shell, Messages.Questionnaire_importTitle,
					NLS.bind(Messages.Questionnaire_problems, result.problems().size(), cells));
			return;
		}
		QuestionnaireCommands.Apply command = QuestionnaireCommands.apply(result, LocalDate.now());
		session.editingDomain().getCommandStack().execute(command);
		MessageDialog.openInformation(shell, Messages.Questionnaire_importTitle,
				NLS.bind(Messages.Questionnaire_imported, result.responses().size(), command.changed()));
	}
}
