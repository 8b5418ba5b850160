// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.sync.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.io.AtomicFiles;
import org.rensa.sync.ModelMerge;
import org.rensa.sync.ProjectMerge;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa merge-driver %O %A %B %P}: Git's merge driver for model files (registered by
 * {@code share} and {@code clone}): merges by element, writes the result into {@code %A}; exit 1 with
 * the conflicts on standard error when some are left (the file then keeps your values for them).
 */
@Component(service = CliCommand.class)
public final class MergeDriverCommand implements CliCommand<MergeDriverCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "merge-driver", description = { "Git merge driver for model files: merge %%O (ancestor) %%A (yours, rewritten) %%B (theirs)",
			"for path %%P by element; exit 1 with the conflicts left" })
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "O", description = "the common ancestor's version")
		Path base;

		@Parameters(index = "1", paramLabel = "A", description = "your version; receives the result")
		Path ours;

		@Parameters(index = "2", paramLabel = "B", description = "their version")
		Path theirs;

		@Parameters(index = "3", paramLabel = "P", description = "the file's path in the project")
		String path;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		String path = arguments.path.replace('\\', '/');
		Map<String, byte[]> base = new TreeMap<>();
		Map<String, byte[]> ours = new TreeMap<>();
		Map<String, byte[]> theirs = new TreeMap<>();
		read(arguments.base, path, base);
		read(arguments.ours, path, ours);
		read(arguments.theirs, path, theirs);
		ProjectMerge.Result result = ProjectMerge.merge(base, ours, theirs, Map.of());
		byte[] merged = result.files().get(path);
		if (merged == null) {
			throw new CliException("merge-driver: " + path + ": no merge result");
		}
		AtomicFiles.write(arguments.ours, merged);
		for (ModelMerge.Conflict conflict : result.conflicts()) {
			context.err().println("rensa: conflict: " + path + ": " + conflict.describe());
		}
		return result.conflicts().isEmpty() ? RensaCommand.OK : RensaCommand.FINDINGS;
	}

	private static void read(Path file, String path, Map<String, byte[]> into) throws CliException {
		try {
			if (Files.exists(file) && Files.size(file) > 0) {
				into.put(path, Files.readAllBytes(file));
			}
		} catch (IOException e) {
			throw new CliException("merge-driver: " + file + ": cannot be read: " + e.getMessage());
		}
	}
}
