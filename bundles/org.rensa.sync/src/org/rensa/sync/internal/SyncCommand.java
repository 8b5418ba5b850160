// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.sync.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.profile.AuditorProfiles;
import org.rensa.sync.GitSync;
import org.rensa.sync.ModelMerge;
import org.rensa.sync.SyncException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa sync DIR [-m MESSAGE] [--ours ID...] [--theirs ID...] [--bundle FILE]}: commit what
 * was saved, fetch, merge by model, push (or exchange through a Git bundle file).
 */
@Component(service = CliCommand.class)
public final class SyncCommand implements CliCommand<SyncCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "sync", description = { "commit what was saved (under the auditor profile), fetch, merge by element, push;",
			"exit 1 listing the conflicts left (resolve with --ours/--theirs ID), exit 2 when the remote cannot be reached" })
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path directory;

		@Option(names = { "-m", "--message" }, paramLabel = "MESSAGE", description = "the commit message of your work")
		String message;

		@Option(names = "--ours", paramLabel = "ID", arity = "1..*", description = "keep your version of these elements (ids the conflicts name)")
		List<String> ours = new ArrayList<>();

		@Option(names = "--theirs", paramLabel = "ID", arity = "1..*", description = "take their version of these elements")
		List<String> theirs = new ArrayList<>();

		@Option(names = "--bundle", paramLabel = "FILE", description = "exchange through a Git bundle file instead of the remote: "
				+ "read it (verified) if it exists, then write it with the result")
		Path bundle;
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
		Map<String, ModelMerge.Side> resolutions = new HashMap<>();
		arguments.ours.forEach(id -> resolutions.put(id, ModelMerge.Side.OURS));
		for (String id : arguments.theirs) {
			if (resolutions.put(id, ModelMerge.Side.THEIRS) != null) {
				throw new CliException("sync: " + id + " given with both --ours and --theirs");
			}
		}
		GitSync sync = new GitSync(context.storage(), GitSync.credentials(System.getenv()));
		GitSync.Outcome outcome;
		try {
			outcome = arguments.bundle == null
					? sync.sync(arguments.directory, arguments.message, resolutions, AuditorProfiles.current())
					: sync.syncBundle(arguments.directory, arguments.bundle, arguments.message, resolutions, AuditorProfiles.current());
		} catch (SyncException e) {
			throw new CliException("sync: " + e.getMessage());
		}
		for (String note : outcome.notes()) {
			context.err().println("rensa: note: " + note);
		}
		if (!outcome.conflicts().isEmpty()) {
			for (ModelMerge.Conflict conflict : outcome.conflicts()) {
				context.out().println("CONFLICT\t" + conflict.describe());
			}
			context.out().println(outcome.conflicts().size() + " conflicts left; nothing merged, your work is committed locally. "
					+ "Resolve with: rensa sync " + arguments.directory + " --ours ID... --theirs ID...");
			return RensaCommand.FINDINGS;
		}
		context.out().println(outcome.state() + " (commit " + outcome.commit().substring(0, 7) + ")"
				+ (arguments.bundle == null ? "" : "; bundle written: " + arguments.bundle));
		return RensaCommand.OK;
	}
}
