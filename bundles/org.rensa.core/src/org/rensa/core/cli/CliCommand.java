// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli;

import java.util.List;

/**
 * A command that another bundle adds to the {@code rensa} command line (reports, coverage, diagram
 * export, imports …). Register an implementation as an OSGi service (e.g. a DS
 * {@code @Component(service = CliCommand.class)}); the command line offers it under {@link #name()}
 * and lists its {@link #synopsis()} in {@code rensa help}.
 */
public interface CliCommand {

	/** @return the word after {@code rensa} that selects this command, e.g. {@code report} */
	String name();

	/**
	 * @return the help text: first line {@code NAME ARGS…}, then optional indented lines; the command
	 *         line aligns and prints it under "commands:"
	 */
	String synopsis();

	/**
	 * Runs the command.
	 *
	 * @param args    the arguments after the command's name
	 * @param context where to print, the project storage and the clock
	 * @return {@link RensaCommand#OK}, {@link RensaCommand#FINDINGS} or {@link RensaCommand#USAGE}
	 * @throws CliException for bad usage or unreadable input: printed as one {@code rensa: } line,
	 *                      exit code {@link CliException#exitCode()}
	 * @throws java.io.IOException for unreadable input: printed as one line, exit code 2
	 */
	int run(List<String> args, CliContext context) throws CliException, java.io.IOException;
}
