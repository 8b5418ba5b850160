// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.team;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.rensa.sync.GitSync;
import org.rensa.sync.ModelMerge;
import org.rensa.sync.SyncException;
import org.rensa.ui.session.ProjectController;
import org.rensa.ui.session.ProjectSession;

/**
 * Team › Synchronise and the apply step of Team › Resolve Conflicts: the open project is saved first
 * (or the user is asked), HTTPS credentials are asked once per session, the sync runs as a
 * {@link SyncJob} while a modal progress window keeps the project from being edited, and after a
 * merge the project is reloaded from disk.
 */
public final class TeamSync {

	/** How the flow talks to the user; the workbench shows dialogs, tests record. */
	public interface Feedback {
		/**
		 * @param shell   the parent
		 * @param message a one-line error
		 */
		void error(Shell shell, String message);

		/**
		 * @param shell  the parent
		 * @param remote the remote's URL
		 * @return credentials typed by the user, or {@code null} when cancelled
		 */
		CredentialsProvider askCredentials(Shell shell, String remote);

		/**
		 * @param shell   the parent
		 * @param project the project's name
		 * @return whether to save the unsaved changes and go on
		 */
		boolean confirmSave(Shell shell, String project);

		/**
		 * @param shell     the parent
		 * @param conflicts the conflicts the sync left (nothing merged)
		 */
		void conflicts(Shell shell, List<ModelMerge.Conflict> conflicts);

		/**
		 * @param shell   the parent
		 * @param outcome what the sync did
		 */
		void done(Shell shell, GitSync.Outcome outcome);
	}

	/** The workbench's feedback: dialogs. */
	public static final Feedback DIALOGS = new Feedback() {
		@Override
		public void error(Shell shell, String message) {
			MessageDialog.openError(shell, Messages.Sync_title, message);
		}

		@Override
		public CredentialsProvider askCredentials(Shell shell, String remote) {
			CredentialsDialog dialog = new CredentialsDialog(shell, remote);
			return dialog.open() == Window.OK ? dialog.credentials() : null;
		}

		@Override
		public boolean confirmSave(Shell shell, String project) {
			MessageDialog dialog = new MessageDialog(shell, Messages.Sync_title, null, NLS.bind(Messages.Sync_unsaved, project),
					MessageDialog.QUESTION, new String[] { Messages.Sync_saveAndSync, IDialogConstants.CANCEL_LABEL }, 0);
			return dialog.open() == 0;
		}

		@Override
		public void conflicts(Shell shell, List<ModelMerge.Conflict> conflicts) {
			MessageDialog.openWarning(shell, Messages.Sync_title, NLS.bind(Messages.Sync_conflicts, conflicts.size()));
		}

		@Override
		public void done(Shell shell, GitSync.Outcome outcome) {
			if (!outcome.notes().isEmpty()) {
				MessageDialog.openInformation(shell, Messages.Sync_title,
						NLS.bind(Messages.Sync_notes, describe(outcome), String.join("\n", outcome.notes()))); //$NON-NLS-1$
			}
		}
	};

	private final ProjectController controller;
	private final TeamState state;
	private final Feedback feedback;

	/**
	 * @param controller opens, saves and reloads the project
	 * @param state      the session's team state
	 * @param feedback   how to talk to the user
	 */
	public TeamSync(ProjectController controller, TeamState state, Feedback feedback) {
		this.controller = controller;
		this.state = state;
		this.feedback = feedback;
	}

	/**
	 * Starts a sync of the open project.
	 *
	 * @param shell       the parent of dialogs
	 * @param resolutions element id → side for the conflicts of an earlier sync (empty for none)
	 * @return the scheduled job, or {@code null} when nothing was started (no project, refused, cancelled)
	 */
	public SyncJob start(Shell shell, Map<String, ModelMerge.Side> resolutions) {
		ProjectSession session = controller.session();
		if (session == null || state.isRunning()) {
			return null;
		}
		Path directory = session.document().getDirectory();
		if (session.isReadOnly()) {
			feedback.error(shell, NLS.bind(Messages.Sync_readOnly, directory, session.lockedBy().describe()));
			return null;
		}
		if (!Files.isDirectory(directory.resolve(".git"))) { //$NON-NLS-1$
			feedback.error(shell, NLS.bind(Messages.Sync_notShared, directory));
			return null;
		}
		session.commitPendingEdits();
		if (session.isDirty()) {
			if (!feedback.confirmSave(shell, session.displayName()) || !controller.save(shell)) {
				return null;
			}
		}
		String remote;
		try {
			remote = new GitSync(controller.storage(), null).status(directory).remote();
		} catch (SyncException e) {
			feedback.error(shell, e.getMessage());
			return null;
		}
		if (remote == null) {
			feedback.error(shell, NLS.bind(Messages.Sync_noRemote, directory));
			return null;
		}
		CredentialsProvider credentials = null;
		if (remote.toLowerCase(Locale.ROOT).startsWith("http")) { //$NON-NLS-1$
			credentials = state.credentials(remote);
			if (credentials == null && System.getenv(GitSync.TOKEN_VARIABLE) != null) {
				credentials = GitSync.credentials(System.getenv());
			}
			if (credentials == null) {
				credentials = feedback.askCredentials(shell, remote);
				if (credentials == null) {
					return null;
				}
				state.remember(remote, credentials);
			}
		}
		SyncJob job = new SyncJob(directory, controller.storage(), credentials, resolutions);
		SyncProgressDialog progress = shell == null ? null : new SyncProgressDialog(shell, session.displayName(), remote);
		Display display = shell != null ? shell.getDisplay() : Display.getCurrent();
		state.setRunning(true);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				display.asyncExec(() -> finished(shell, progress, job, remote));
			}
		});
		if (progress != null) {
			progress.open();
		}
		job.schedule();
		return job;
	}

	private void finished(Shell shell, SyncProgressDialog progress, SyncJob job, String remote) {
		if (progress != null) {
			progress.finish();
		}
		state.setRunning(false);
		Shell parent = shell == null || shell.isDisposed() ? null : shell;
		if (job.error() != null) {
			if (job.error().contains("authentication failed")) { //$NON-NLS-1$
				state.forget(remote);
			}
			state.setLastResult(Messages.Status_failed);
			feedback.error(parent, job.error());
			return;
		}
		GitSync.Outcome outcome = job.outcome();
		state.setConflicts(job.directory(), outcome.conflicts());
		if (!outcome.conflicts().isEmpty()) {
			state.setLastResult(NLS.bind(Messages.Status_conflicts, outcome.conflicts().size()));
			feedback.conflicts(parent, outcome.conflicts());
			return;
		}
		if (outcome.state().equals("merged") || outcome.state().equals("fast-forwarded")) { //$NON-NLS-1$ //$NON-NLS-2$
			// the working tree now holds the merged model: the session reloads it from disk
			controller.closeCurrent();
			controller.open(job.directory(), parent);
		}
		state.setLastResult(describe(outcome));
		feedback.done(parent, outcome);
	}

	/**
	 * @param outcome what a sync did
	 * @return it in the user's language ("merged (abc1234)")
	 */
	public static String describe(GitSync.Outcome outcome) {
		String what = switch (outcome.state()) {
			case "pushed" -> Messages.Outcome_pushed; //$NON-NLS-1$
			case "fast-forwarded" -> Messages.Outcome_fastForwarded; //$NON-NLS-1$
			case "merged" -> Messages.Outcome_merged; //$NON-NLS-1$
			case "up to date" -> Messages.Outcome_upToDate; //$NON-NLS-1$
			default -> outcome.state();
		};
		String commit = outcome.commit() == null ? "" : outcome.commit().substring(0, Math.min(7, outcome.commit().length())); //$NON-NLS-1$
		return NLS.bind(Messages.Outcome_format, what, commit);
	}
}
