// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rensa.core.storage.ProjectLock;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one parser of the command line (picocli): builds a command's specification from its declared
 * arguments with the settings every command shares, parses, and turns picocli's errors into the
 * command line's one wording for usage errors.
 */
final class CommandLineParser {

	private static final int HELP_WIDTH = 100;

	private CommandLineParser() {
	}

	/** @return the name of the command's {@code @Command} */
	static String name(CliCommand<?> command) {
		Command declaration = command.arguments().getClass().getAnnotation(Command.class);
		if (declaration == null || declaration.name().isEmpty() || declaration.name().equals(CommandSpec.DEFAULT_COMMAND_NAME)) {
			throw new IllegalStateException(command.getClass().getName() + ": its arguments carry no @Command(name = …)");
		}
		return declaration.name();
	}

	static <A> int run(CliCommand<A> command, List<String> args, CliContext context) throws CliException, IOException {
		CliMessages messages = CliMessages.forArguments(args);
		A arguments = command.arguments();
		CommandLine line = commandLine(arguments, messages);
		try {
			line.parseArgs(args.toArray(String[]::new));
		} catch (ParameterException e) {
			throw new CliException(describe(e, line.getCommandName(), args, messages));
		}
		if (line.isUsageHelpRequested()) {
			context.out().print(usage(line));
			return RensaCommand.OK;
		}
		// the locks the command takes (CliContext.openProject, lockProject) end with it, however it is run
		Map<Path, Integer> held = ProjectLock.holds();
		try {
			return command.execute(arguments, context);
		} finally {
			ProjectLock.releaseSince(held);
		}
	}

	/**
	 * @param arguments a command's arguments object
	 * @param messages  the language of the help headings
	 * @return a picocli command line for it, with the settings every command shares and {@code --help}
	 */
	static CommandLine commandLine(Object arguments, CliMessages messages) {
		CommandLine line = new CommandLine(arguments);
		line.setExpandAtFiles(false);
		line.setOverwrittenOptionsAllowed(false);
		line.setUsageHelpWidth(HELP_WIDTH);
		line.registerConverter(Integer.class, CliValues::anyInt);
		line.registerConverter(Integer.TYPE, CliValues::anyInt);
		line.registerConverter(Long.class, CliValues::wholeNumber);
		line.registerConverter(Long.TYPE, CliValues::wholeNumber);
		line.registerConverter(Double.class, CliValues::decimal);
		line.registerConverter(Double.TYPE, CliValues::decimal);
		line.registerConverter(Path.class, CliValues::path);
		CommandSpec spec = line.getCommandSpec();
		if (spec.findOption("--help") == null) {
			spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description(messages.text("help.option")).build());
		}
		headings(spec.usageMessage(), messages).sortOptions(false).sortSynopsis(false);
		return line;
	}

	static UsageMessageSpec headings(UsageMessageSpec usage, CliMessages messages) {
		return usage.synopsisHeading(messages.text("help.usage")).descriptionHeading("%n")
				.parameterListHeading(messages.text("help.arguments")).optionListHeading(messages.text("help.options"))
				.commandListHeading(messages.text("help.commands"));
	}

	/** @return the usage text of a command line, its synopsis starting {@code rensa NAME} */
	static String usage(CommandLine line) {
		if (line.getParent() == null) {
			new CommandLine(CommandSpec.create().name("rensa")).addSubcommand(line.getCommandName(), line);
		}
		return line.getUsageMessage();
	}

	/** @return one line in the command line's wording for a parse error of picocli */
	static String describe(ParameterException e, String command, List<String> args, CliMessages messages) {
		if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String first = unmatched.getUnmatched().get(0);
			if (first.startsWith("-") && first.length() > 1) {
				return messages.format("error.unknownOption", command, first.startsWith("--") && first.contains("=")
						? first.substring(0, first.indexOf('=')) : first);
			}
			return messages.format("error.unexpectedArgument", command, first);
		}
		if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
			ArgSpec spec = missing.getMissing().get(0);
			if (spec instanceof OptionSpec option) {
				return given(option, args) ? messages.format("error.needsValue", command, option.longestName())
						: messages.format("error.missing", command, option.longestName() + " " + option.paramLabel());
			}
			return messages.format("error.missing", command, missing.getMissing().stream().map(ArgSpec::paramLabel)
					.collect(Collectors.joining(" ")));
		}
		if (e instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() instanceof OptionSpec option) {
			return messages.format("error.repeated", command, option.longestName());
		}
		if (e.getCause() instanceof TypeConversionException conversion && e.getArgSpec() != null) {
			return messages.format("error.badValue", command, e.getValue(), label(e.getArgSpec()), reason(conversion, e.getArgSpec(), messages));
		}
		return messages.format("error.other", command, e.getMessage());
	}

	private static boolean given(OptionSpec option, List<String> args) {
		for (String arg : args) {
			for (String name : option.names()) {
				if (arg.equals(name) || arg.startsWith(name + "=")) {
					return true;
				}
			}
		}
		return false;
	}

	private static String label(ArgSpec spec) {
		return spec instanceof PositionalParamSpec ? spec.paramLabel() : ((OptionSpec) spec).longestName();
	}

	private static String reason(TypeConversionException conversion, ArgSpec spec, CliMessages messages) {
		if (conversion instanceof CliValues.BadValue bad) {
			return messages.format(bad.key(), bad.arguments());
		}
		Class<?> type = spec.auxiliaryTypes().length > 0 ? spec.auxiliaryTypes()[0] : spec.type();
		if (type.isEnum()) {
			CliValues.BadValue oneOf = CliValues.oneOf(Arrays.stream(type.getEnumConstants()).map(String::valueOf)
					.collect(Collectors.joining(", ")));
			return messages.format(oneOf.key(), oneOf.arguments());
		}
		return conversion.getMessage();
	}
}
