// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa new DIR [--name NAME]}: creates an empty project.
 */
@Component(service = CliCommand.class)
public final class NewCommand implements CliCommand<NewCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "new", description = "create an empty project")
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path directory;

		@Option(names = "--name", paramLabel = "NAME", description = "the project's name (default: the directory's name)")
		String name;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		Path dir = arguments.directory;
		Path fileName = dir.toAbsolutePath().normalize().getFileName();
		String name = arguments.name != null ? arguments.name : fileName == null ? "Rensa project" : fileName.toString();
		context.storage().create(dir, name);
		context.out().println("created " + dir);
		return RensaCommand.OK;
	}
}
