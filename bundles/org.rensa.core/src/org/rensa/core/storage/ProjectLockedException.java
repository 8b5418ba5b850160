// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Signals that another process holds a project's {@link ProjectLock}: the one-line
 * {@link #getMessage() message} names the holder, e.g.
 * {@code /p/demo: locked by Aiko Sato (user aiko on host pc1, pid 4242, rensa import-catalog since …); try again when it has finished}.
 */
public final class ProjectLockedException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path directory;
	private final transient ProjectLock.Holder holder;

	/**
	 * @param directory the project directory
	 * @param holder    the holder, or {@code null} when its lock file cannot be read yet
	 */
	public ProjectLockedException(Path directory, ProjectLock.Holder holder) {
		this(directory, holder, false);
	}

	/**
	 * @param directory the project directory
	 * @param holder    the holder now, or {@code null} when unknown
	 * @param takenOver whether this process held the lock and lost it
	 */
	public ProjectLockedException(Path directory, ProjectLock.Holder holder, boolean takenOver) {
		super(message(directory, holder, takenOver));
		this.directory = directory;
		this.holder = holder;
	}

	private static String message(Path directory, ProjectLock.Holder holder, boolean takenOver) {
		String who = holder == null ? "another process (its lock file " + ProjectLock.FILE_NAME + " is being written)"
				: holder.describe();
		if (takenOver) {
			return directory + ": this process's lock was taken over by " + (holder == null ? "nobody (the lock file is gone)" : who)
					+ "; not saved";
		}
		return directory + ": locked by " + who + "; try again when it has finished";
	}

	/** @return the project directory */
	public Path getDirectory() {
		return directory;
	}

	/** @return the holder, or {@code null} when unknown */
	public ProjectLock.Holder getHolder() {
		return holder;
	}
}
