// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.team;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.rensa.sync.ModelMerge;

import jakarta.inject.Singleton;

/**
 * What the workbench knows about team sync in this session: the HTTPS credentials the user typed
 * (per remote, in memory only: never written into the project or to disk), the conflicts the last
 * sync left, whether a sync is running and its last result. One instance per workbench.
 */
@Creatable
@Singleton
public final class TeamState {

	private final Map<String, CredentialsProvider> credentials = new ConcurrentHashMap<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private volatile Path conflictsIn;
	private volatile List<ModelMerge.Conflict> conflicts = List.of();
	private volatile boolean running;
	private volatile String lastResult;

	/**
	 * @param remote the remote's URL
	 * @return the credentials typed for it in this session, or {@code null}
	 */
	public CredentialsProvider credentials(String remote) {
		return remote == null ? null : credentials.get(remote);
	}

	/**
	 * Keeps credentials for a remote until the workbench exits.
	 *
	 * @param remote   the remote's URL
	 * @param provider the credentials
	 */
	public void remember(String remote, CredentialsProvider provider) {
		credentials.put(remote, provider);
	}

	/**
	 * Forgets the credentials of a remote (after an authentication failure).
	 *
	 * @param remote the remote's URL
	 */
	public void forget(String remote) {
		if (remote != null) {
			credentials.remove(remote);
		}
	}

	/**
	 * @param directory the project
	 * @return the conflicts the last sync of that project left, empty when none
	 */
	public List<ModelMerge.Conflict> conflicts(Path directory) {
		return directory != null && directory.equals(conflictsIn) ? conflicts : List.of();
	}

	/**
	 * @param directory the project synchronised
	 * @param left      the conflicts the sync left (empty after a sync that merged)
	 */
	public void setConflicts(Path directory, List<ModelMerge.Conflict> left) {
		conflictsIn = directory;
		conflicts = List.copyOf(left);
		changed();
	}

	/** @return whether a sync is running */
	public boolean isRunning() {
		return running;
	}

	/** @param running whether a sync is running */
	public void setRunning(boolean running) {
		this.running = running;
		changed();
	}

	/** @return what the last sync did, in the user's language, or {@code null} */
	public String lastResult() {
		return lastResult;
	}

	/** @param result what the last sync did, in the user's language */
	public void setLastResult(String result) {
		lastResult = result;
		changed();
	}

	/** @param listener called (in any thread) whenever the state changes */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	/** @param listener a listener added before */
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void changed() {
		listeners.forEach(Runnable::run);
	}
}
