// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
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

/**
 * Project › Generate Report…: asks for the options, writes in a background job with a progress window
 * and Cancel, then tells what was written (Open file / Open folder) and skipped, or shows the error.
 */
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
		Path signingKeystore;
		try {
			settings = ReportSettings.of(session.document());
			signingKeystore = FinalReports.of(session.document()).keystore(directory).orElse(null);
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Dialog_title, RensaUi.oneLine(e));
			return;
		}
		GenerateReportDialog dialog = new GenerateReportDialog(shell, session.project(), proposed, settings, signingKeystore);
		if (dialog.open() != Window.OK || dialog.request() == null) {
			return;
		}
		ReportRequest request = dialog.request();
		if (request.type() == ReportType.REMEDIATION && request.formats().contains(OutputFormat.XLSX)) {
			try {
				if (WorkbookSeal.of(session.document()).isEmpty()) {
					// The tracker is sealed like a questionnaire: the key must be saved before a tracker leaves the project.
					WorkbookSeal.create(session.document());
					if (!controller.save(shell)) {
						return;
					}
					MessageDialog.openInformation(shell, Messages.Dialog_title, NLS.bind(Messages.Dialog_keyCreated, "model/" + WorkbookSeal.KEY_FILE)); //$NON-NLS-1$
				}
			} catch (IOException e) {
				MessageDialog.openError(shell, Messages.Dialog_title, RensaUi.oneLine(e));
				return;
			}
		}
		run(shell, session, request, figures);
	}

	/**
	 * Writes the request in a background job followed by a progress window with Cancel; then shows
	 * what was written and skipped with Open file / Open folder, or the error in a dialog. A final
	 * issue is recorded in the register of final reports.
	 *
	 * @param shell   the workbench shell
	 * @param session the open project
	 * @param request what to write
	 * @param figures draws the supply-chain figures, or {@code null}
	 * @return the scheduled job
	 */
	public static ReportJob run(Shell shell, ProjectSession session, ReportRequest request, ChainFigures figures) {
		Display display = shell.getDisplay();
		List<Path> written = new CopyOnWriteArrayList<>();
		ReportJob job = new ReportJob(session.document(), request, figures, written::addAll);
		ReportProgressDialog progress = new ReportProgressDialog(shell, job);
		progress.open();
		job.observe(progress.monitor());
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				display.asyncExec(() -> {
					if (request.finalise() && event.getResult().isOK() && !written.isEmpty()) {
						finalise(shell, session, written);
					}
					finished(shell, progress, job, event.getResult(), written, request.output());
				});
			}
		});
		job.schedule();
		return job;
	}

	/**
	 * Records the files in the register of final reports as one command on the project's command stack
	 * (undoable; the project becomes dirty and is saved by the user).
	 */
	private static void finalise(Shell shell, ProjectSession session, List<Path> files) {
		try {
			FinalReports register = FinalReports.of(session.document());
			List<FinalReports.Entry> added = new ArrayList<>();
			for (Path file : files) {
				added.add(register.next(file, LocalDate.now()));
			}
			Command command = register.record(session.document(), added);
			session.commandStack().execute(new CompoundCommand(Messages.Dialog_finalCommand, List.of(command)));
			if (!shell.isDisposed()) {
				MessageDialog.openInformation(shell, Messages.Dialog_title, NLS.bind(Messages.Dialog_finalised,
						String.join("\n", added.stream().map(FinalReports.Entry::toString).toList()))); //$NON-NLS-1$
			}
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Dialog_title, RensaUi.oneLine(e));
		}
	}

	private static void finished(Shell shell, ReportProgressDialog progress, ReportJob job, IStatus result, List<Path> written, Path folder) {
		progress.close();
		if (shell.isDisposed()) {
			return;
		}
		switch (result.getSeverity()) {
		case IStatus.OK -> new ReportDoneNotification(shell, written, folder, job.skipped(), job.warnings()).open();
		case IStatus.CANCEL -> {
			if (!written.isEmpty()) {
				new ReportDoneNotification(shell, written, folder, job.skipped(), job.warnings()).open();
			}
		}
		case IStatus.WARNING, IStatus.INFO -> MessageDialog.openInformation(shell, Messages.Dialog_title, result.getMessage());
		default -> MessageDialog.openError(shell, Messages.Error_title, result.getMessage());
		}
	}
}
