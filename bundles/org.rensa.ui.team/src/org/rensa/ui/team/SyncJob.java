// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.team;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.osgi.util.NLS;
import org.rensa.core.profile.AuditorProfiles;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.sync.GitSync;
import org.rensa.sync.ModelMerge;
import org.rensa.sync.SyncException;

/**
 * Runs {@link GitSync#sync} in the background: commits what was saved under the auditor profile,
 * fetches, merges by model, pushes. The outcome (or the one-line error) is read after the job ends.
 */
public final class SyncJob extends Job {

	private final Path directory;
	private final ProjectStorage storage;
	private final CredentialsProvider credentials;
	private final Map<String, ModelMerge.Side> resolutions;
	private volatile GitSync.Outcome outcome;
	private volatile String error;

	/**
	 * @param directory   the project (saved)
	 * @param storage     loads the merge result to check it
	 * @param credentials HTTPS credentials, or {@code null}
	 * @param resolutions element id → side, for the conflicts of an earlier sync
	 */
	public SyncJob(Path directory, ProjectStorage storage, CredentialsProvider credentials, Map<String, ModelMerge.Side> resolutions) {
		super(NLS.bind(Messages.Job_name, directory.getFileName()));
		this.directory = directory;
		this.storage = storage;
		this.credentials = credentials;
		this.resolutions = Map.copyOf(resolutions);
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			outcome = new GitSync(storage, credentials).sync(directory, null, resolutions, AuditorProfiles.current());
		} catch (SyncException | RuntimeException e) {
			error = e.getMessage() == null ? e.toString() : e.getMessage();
		} finally {
			monitor.done();
		}
		return Status.OK_STATUS;
	}

	/** @return what the sync did, or {@code null} when it failed */
	public GitSync.Outcome outcome() {
		return outcome;
	}

	/** @return the one-line error, or {@code null} when it did not fail */
	public String error() {
		return error;
	}

	/** @return the project synchronised */
	public Path directory() {
		return directory;
	}
}
