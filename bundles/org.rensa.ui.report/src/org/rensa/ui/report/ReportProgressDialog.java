// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.ProgressIndicator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A small window that follows a background job: its task, the file being written, a progress bar,
 * and Cancel (which cancels the job). It does not block the workbench; closing it with Escape or
 * its close box lets the job run on.
 */
public final class ReportProgressDialog extends Dialog {

	private final Job job;
	private final Monitor monitor = new Monitor();
	private Label task;
	private Label subTask;
	private ProgressIndicator indicator;

	/**
	 * @param parent the workbench shell
	 * @param job    the job followed
	 */
	public ReportProgressDialog(Shell parent, Job job) {
		super(parent);
		this.job = job;
		setShellStyle(SWT.DIALOG_TRIM | SWT.MODELESS | SWT.RESIZE);
		setBlockOnOpen(false);
	}

	/**
	 * @return a thread-safe monitor showing in this window (give it to the job before scheduling)
	 */
	public IProgressMonitor monitor() {
		return monitor;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Job_name);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		task = new Label(area, SWT.NONE);
		task.setText(Messages.Job_name);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(task);
		indicator = new ProgressIndicator(area, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(indicator);
		subTask = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(subTask);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
	}

	@Override
	protected void cancelPressed() {
		monitor.setCanceled(true);
		getButton(IDialogConstants.CANCEL_ID).setEnabled(false);
		subTask.setText(Messages.Job_cancelling);
	}

	@Override
	protected void handleShellCloseEvent() {
		// closing the window leaves the job running
		close();
	}

	private void ui(Runnable update) {
		Shell shell = getShell();
		if (shell == null || shell.isDisposed()) {
			return;
		}
		Display display = shell.getDisplay();
		display.asyncExec(() -> {
			if (indicator != null && !indicator.isDisposed()) {
				update.run();
			}
		});
	}

	/** Posts to the window from any thread; cancellation is read from any thread. */
	private final class Monitor implements IProgressMonitor {

		private volatile boolean cancelled;

		@Override
		public void beginTask(String name, int totalWork) {
			ui(() -> {
				if (name != null && !name.isEmpty()) {
					task.setText(name);
				}
				if (totalWork == UNKNOWN) {
					indicator.beginAnimatedTask();
				} else {
					indicator.beginTask(totalWork);
				}
			});
		}

		@Override
		public void done() {
			ui(indicator::sendRemainingWork);
		}

		@Override
		public void internalWorked(double work) {
			ui(() -> indicator.worked(work));
		}

		@Override
		public boolean isCanceled() {
			return cancelled;
		}

		@Override
		public void setCanceled(boolean value) {
			cancelled = value;
			if (value) {
				job.cancel();
			}
		}

		@Override
		public void setTaskName(String name) {
			ui(() -> task.setText(name));
		}

		@Override
		public void subTask(String name) {
			ui(() -> {
				subTask.setText(name);
				subTask.getParent().layout();
			});
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}
	}
}
