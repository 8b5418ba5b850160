// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.rensa.report.ChainFigures;
import org.rensa.report.ReportSettings;
import org.rensa.ui.RensaUi;
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
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectSession session, @Optional ChainFigures figures) {
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
		run(shell, session, dialog.request(), figures);
	}

	/**
	 * Writes the request in a background job followed by a progress window with Cancel; then shows
	 * what was written and skipped with Open file / Open folder, or the error in a dialog.
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
				display.asyncExec(() -> finished(shell, progress, job, event.getResult(), written, request.output()));
			}
		});
		job.schedule();
		return job;
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
