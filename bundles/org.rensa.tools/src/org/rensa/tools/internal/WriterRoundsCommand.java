// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;

import picocli.CommandLine.Command;

/**
 * {@code rensa writer-rounds}: the writer process of {@code benchmark-writers}. Prints {@code ready},
 * then reads command lines from standard input (arguments separated by tabs) and runs each exactly as
 * {@code rensa} would in a process of its own (the registered commands, the project lock taken and
 * released by the command), printing one line per command:
 * {@code EXIT<TAB>last line of standard output<TAB>first line of standard error}. Ends at the end of
 * its input. Two such processes make two writers at once without two JVM starts per pair.
 */
@Component(service = CliCommand.class)
public final class WriterRoundsCommand implements CliCommand<WriterRoundsCommand.Arguments> {

	static final String NAME = "writer-rounds";

	/** The declared arguments: none. */
	@Command(name = NAME, description = { "run rensa command lines read from standard input, one result line each (the writer of benchmark-writers)" })
	public static final class Arguments {
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		context.out().println("ready");
		context.out().flush();
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (String line; (line = in.readLine()) != null;) {
			if (line.isBlank()) {
				continue;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			int exit = new RensaCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
					context.storage(), context.clock(), registeredCommands()).run(line.split("\t"));
			context.out().println(exit + "\t" + last(out.toString(StandardCharsets.UTF_8)) + "\t" + first(err.toString(StandardCharsets.UTF_8)));
			context.out().flush();
		}
		return RensaCommand.OK;
	}

	private static String first(String text) {
		return text.lines().findFirst().orElse("").replace('\t', ' ');
	}

	private static String last(String text) {
		List<String> lines = text.lines().filter(l -> l.startsWith("imported ") || l.startsWith("saved")).toList();
		return (lines.isEmpty() ? text.lines().reduce("", (a, b) -> b) : lines.get(lines.size() - 1)).replace('\t', ' ');
	}

	/** @return the registered commands, as {@code rensa} finds them */
	@SuppressWarnings("rawtypes")
	private static List<CliCommand<?>> registeredCommands() throws CliException {
		BundleContext bundleContext = FrameworkUtil.getBundle(WriterRoundsCommand.class).getBundleContext();
		List<CliCommand<?>> commands = new ArrayList<>();
		try {
			for (ServiceReference<CliCommand> reference : bundleContext.getServiceReferences(CliCommand.class, null)) {
				CliCommand<?> command = bundleContext.getService(reference);
				if (command != null) {
					commands.add(command);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new CliException(NAME + ": " + e.getMessage());
		}
		return commands;
	}
}
