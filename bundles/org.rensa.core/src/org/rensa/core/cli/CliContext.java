// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectLock;
import org.rensa.core.storage.ProjectStorage;

/**
 * What a {@link CliCommand} runs with.
 *
 * @param out     results (UTF-8)
 * @param err     warnings; errors are reported by throwing {@link CliException}
 * @param storage opens and saves projects: commands that only read use {@link #readProject}, commands that
 *                write {@link #openProject} (which takes the project's {@link ProjectLock} for the rest of
 *                the command)
 * @param clock   "today" for anything date-dependent (overdue actions, expiring certificates)
 */
public record CliContext(PrintStream out, PrintStream err, ProjectStorage storage, Clock clock) {

	/**
	 * Opens a project read-only and prints each of its load warnings as {@code rensa: warning: …}.
	 *
	 * @param directory the project directory
	 * @return the project
	 * @throws IOException when the project cannot be read
	 */
	public AuditProjectDocument readProject(Path directory) throws IOException {
		AuditProjectDocument document = storage.loadReadOnly(directory);
		for (String warning : document.getWarnings()) {
			err.println("rensa: warning: " + warning);
		}
		return document;
	}

	/**
	 * Opens a project for writing: takes its {@link ProjectLock} (named {@code rensa COMMAND}, held until
	 * the command ends), loads it (finishing an interrupted save) and prints each load warning as
	 * {@code rensa: warning: …}. A project another process holds is refused with one line naming the
	 * holder ({@link org.rensa.core.storage.ProjectLockedException}, exit 2).
	 *
	 * @param directory the project directory
	 * @return the project
	 * @throws IOException when the project is locked or cannot be read
	 */
	public AuditProjectDocument openProject(Path directory) throws IOException {
		lockProject(directory);
		AuditProjectDocument document = storage.load(directory);
		for (String warning : document.getWarnings()) {
			err.println("rensa: warning: " + warning);
		}
		return document;
	}

	/**
	 * Takes a project's {@link ProjectLock} until the command ends, for a command that writes into the
	 * project without loading it for writing.
	 *
	 * @param directory the project directory
	 * @throws IOException when another process holds the lock
	 */
	public void lockProject(Path directory) throws IOException {
		ProjectLock.acquire(directory);
	}
}
