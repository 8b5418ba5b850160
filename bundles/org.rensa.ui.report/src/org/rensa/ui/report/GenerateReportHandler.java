// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.osgi.util.NLS;
import org.rensa.core.security.WorkbookSeal;
import org.rensa.report.ChainFigures;
import org.rensa.report.FinalReports;
import org.rensa.report.OutputFormat;
import org.rensa.report.ReportSettings;
import org.rensa.report.ReportType;
import org.rensa.ui.RensaUi;
import org.rensa.ui.session.ProjectController;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Named;

/** Project › Generate Report…: asks for the options, writes in a background job, opens the result. */
public final class GenerateReportHandler {

	/**
	 * @param session the open project, if any
	 * @return whether a project is open
	 */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session) {
		return session != null;
	}

	/**
	 * @param shell   the active shell
	 * @param session the open project
	 * @param figures the supply-chain figure service (an OSGi service of the diagram bundle), if present
	 * @param controller saves the project when the workbook key that seals the tracker is created
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectSession session, @Optional ChainFigures figures,
			ProjectController controller) {
		Path directory = session.document().getDirectory();
		Path proposed = directory.resolveSibling(directory.getFileName() + "-reports");
		ReportSettings settings;
		try {
			settings = ReportSettings.of(session.document());
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Dialog_title, RensaUi.oneLine(e));
			return;
		}
		GenerateReportDialog dialog = new GenerateReportDialog(shell, session.project(), proposed, settings);
		if (dialog.open() != Window.OK || dialog.request() == null) {
			return;
		}
		if (dialog.request().type() == ReportType.REMEDIATION && dialog.request().formats().contains(OutputFormat.XLSX)) {
			try {
				if (WorkbookSeal.of(session.document()).isEmpty()) {
					// The tracker is sealed like a questionnaire: the key must be saved before a tracker leaves the project.
					WorkbookSeal.create(session.document());
					if (!controller.save(shell)) {
						return;
					}
					MessageDialog.openInformation(shell, Messages.Dialog_title, NLS.bind(Messages.Dialog_keyCreated, "model/" + WorkbookSeal.KEY_FILE));
				}
			} catch (IOException e) {
				MessageDialog.openError(shell, Messages.Dialog_title, RensaUi.oneLine(e));
				return;
			}
		}
		Display display = shell.getDisplay();
		ReportJob[] job = new ReportJob[1];
		ReportRequest request = dialog.request();
		job[0] = new ReportJob(session.document(), request, figures, files -> display.asyncExec(() -> {
			if (request.finalise() && !files.isEmpty()) {
				finalise(shell, session, files);
			}
			opened(shell, files, job[0].warnings());
		}));
		job[0].schedule();
	}

	/**
	 * Records the files in the register of final reports as one command on the project's command stack
	 * (undoable; the project becomes dirty and is saved by the user).
	 */
	private static void finalise(Shell shell, ProjectSession session, List<Path> files) {
		try {
			FinalReports register = FinalReports.of(session.document());
			List<FinalReports.Entry> added = new java.util.ArrayList<>();
			for (Path file : files) {
				added.add(register.next(file, LocalDate.now()));
			}
			org.eclipse.emf.common.command.Command command = register.record(session.document(), added);
			session.commandStack().execute(new org.eclipse.emf.common.command.CompoundCommand(Messages.Dialog_finalCommand, List.of(command)));
			if (!shell.isDisposed()) {
				MessageDialog.openInformation(shell, Messages.Dialog_title, NLS.bind(Messages.Dialog_finalised,
						String.join("\n", added.stream().map(FinalReports.Entry::toString).toList()))); //$NON-NLS-1$
			}
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Dialog_title, RensaUi.oneLine(e));
		}
	}

	private static void opened(Shell shell, List<Path> files, List<String> warnings) {
		if (!warnings.isEmpty() && !shell.isDisposed()) {
			MessageDialog.openWarning(shell, Messages.Dialog_title, String.join("\n", warnings)); //$NON-NLS-1$
		}
		if (files.isEmpty()) {
			return;
		}
		Path first = files.stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(files.get(0));
		if (!Program.launch(first.toString())) {
			Program.launch(first.getParent().toString());
		}
	}
}
