// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;

/**
 * What a {@link CliCommand} runs with.
 *
 * @param out     results (UTF-8)
 * @param err     warnings; errors are reported by throwing {@link CliException}
 * @param storage opens and saves projects ({@link ProjectStorage#loadReadOnly} for commands that only read)
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
}
