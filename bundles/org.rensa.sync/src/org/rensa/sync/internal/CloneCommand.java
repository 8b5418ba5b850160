// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.sync.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.sync.GitSync;
import org.rensa.sync.SyncException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rensa clone URL DIR}: a working copy of a shared project, with the model merge driver registered. */
@Component(service = CliCommand.class)
public final class CloneCommand implements CliCommand<CloneCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "clone", description = { "clone a shared project into DIR and register the model merge driver" })
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "URL", description = "the shared repository")
		String url;

		@Parameters(index = "1", paramLabel = "DIR", description = "the new project directory")
		Path directory;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException {
		try {
			String commit = new GitSync(context.storage(), GitSync.credentials(System.getenv())).cloneProject(arguments.url, arguments.directory);
			context.out().println("cloned " + arguments.url + " into " + arguments.directory + " (commit " + commit.substring(0, 7) + ")");
			return RensaCommand.OK;
		} catch (SyncException e) {
			throw new CliException("clone: " + e.getMessage());
		}
	}
}
