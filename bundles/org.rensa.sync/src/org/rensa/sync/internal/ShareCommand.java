// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.sync.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.profile.AuditorProfiles;
import org.rensa.sync.GitSync;
import org.rensa.sync.SyncException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rensa share DIR [--remote URL]}: turns a project into a Git repository, first commit, push. */
@Component(service = CliCommand.class)
public final class ShareCommand implements CliCommand<ShareCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "share", description = { "turn a project into a Git repository for the team (.gitattributes with the model merge driver,",
			".gitignore, first commit under the auditor profile) and push it to --remote URL" })
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path directory;

		@Option(names = "--remote", paramLabel = "URL", description = "the shared repository (an empty bare repository)")
		String remote;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		if (Files.isDirectory(arguments.directory)) {
			// merged model files are written into the project: not while the workbench or another command holds it
			context.lockProject(arguments.directory);
		}
		try {
			String commit = new GitSync(context.storage(), GitSync.credentials(System.getenv())).share(arguments.directory, arguments.remote,
					AuditorProfiles.current());
			context.out().println("shared " + arguments.directory + " (commit " + commit.substring(0, 7) + ")"
					+ (arguments.remote == null ? "" : ", pushed to " + arguments.remote));
			return RensaCommand.OK;
		} catch (SyncException e) {
			throw new CliException("share: " + e.getMessage());
		}
	}
}
