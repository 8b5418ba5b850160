// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts.parts;

import java.util.function.Supplier;

import org.eclipse.e4.ui.di.UISynchronize;
import org.rensa.ui.session.ProjectSession;

/**
 * Follows the open project for a view: listens to the project's changes and coalesces a burst of
 * them into one refresh on the UI thread.
 */
final class SessionFollower {

	private final Runnable refresh;
	private final Supplier<UISynchronize> sync;
	private final Runnable listener = this::scheduleRefresh;
	private ProjectSession session;
	private boolean pending;

	/**
	 * @param refresh rebuilds the view from {@link #session()}; runs on the UI thread
	 * @param sync    the part's UI synchroniser (read when a refresh is scheduled)
	 */
	SessionFollower(Runnable refresh, Supplier<UISynchronize> sync) {
		this.refresh = refresh;
		this.sync = sync;
	}

	/** @return the followed project, or {@code null} */
	ProjectSession session() {
		return session;
	}

	/** Follows another project (or none) and refreshes at once. */
	void follow(ProjectSession newSession) {
		stop();
		session = newSession;
		if (session != null) {
			session.addChangeListener(listener);
		}
		refresh.run();
	}

	/** Refreshes once, soon, however often it is called before that. */
	void scheduleRefresh() {
		if (!pending) {
			pending = true;
			sync.get().asyncExec(() -> {
				pending = false;
				refresh.run();
			});
		}
	}

	/** Stops listening to the project. */
	void stop() {
		if (session != null) {
			session.removeChangeListener(listener);
		}
	}
}
