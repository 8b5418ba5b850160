// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.team;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;

/**
 * The progress of a running {@link SyncJob}: modal, so that nothing is edited while the merge
 * rewrites the project's files (the project is reloaded afterwards). It closes when the job ends.
 */
public final class SyncProgressDialog extends Dialog {

	private final String project;
	private final String remote;
	private boolean finished;

	/**
	 * @param parent  the workbench shell
	 * @param project the project's name
	 * @param remote  the remote's URL
	 */
	public SyncProgressDialog(Shell parent, String project, String remote) {
		super(parent);
		this.project = project;
		this.remote = remote;
		setShellStyle(SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Sync_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label label = new Label(area, SWT.WRAP);
		label.setText(NLS.bind(Messages.Progress_message, project, remote));
		GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(label);
		ProgressBar bar = new ProgressBar(area, SWT.HORIZONTAL | SWT.INDETERMINATE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		return area;
	}

	@Override
	protected Control createButtonBar(Composite parent) {
		// nothing to press: a sync is not interrupted half-way (the next sync recovers one that was killed)
		Composite empty = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().hint(0, 0).applyTo(empty);
		return empty;
	}

	@Override
	protected void handleShellCloseEvent() {
		if (finished) {
			super.handleShellCloseEvent();
		}
	}

	/** Closes the window when the job has ended. */
	public void finish() {
		finished = true;
		close();
	}
}
