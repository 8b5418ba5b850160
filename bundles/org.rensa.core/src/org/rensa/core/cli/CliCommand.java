// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli;

import java.io.IOException;
import java.util.List;

/**
 * A command of the {@code rensa} command line, the one extension point for commands: the built-in
 * ones ({@code new}, {@code info}, {@code validate} …) and those of other bundles ({@code report},
 * {@code diagram}, the benchmarks …) are all registered as OSGi services of this type, e.g. as DS
 * components {@code @Component(service = CliCommand.class)}, and appear in {@code rensa --help}.
 * <p>
 * A command declares its arguments instead of parsing them: {@link #arguments()} returns a fresh
 * object of a class annotated with picocli's {@code @Command(name = "report", description = …)},
 * whose fields carry {@code @Parameters} (positional arguments) and {@code @Option} (options), and
 * {@code @Mixin LanguageOption} for {@code --lang en|ja}. The one parser of the command line fills
 * it ({@code --x v} and {@code --x=v}), answers {@code rensa NAME --help} from the declaration, and
 * reports an unknown, missing or repeated option or a bad value in one wording, as one line
 * {@code rensa: …} with exit code {@link RensaCommand#USAGE}; only then is
 * {@link #execute(Object, CliContext)} called. Values are converted by type ({@code int},
 * {@code long}, {@code double}, {@code Path}, enums) or by a converter of {@link CliValues}.
 *
 * @param <A> the class of the arguments object
 */
public interface CliCommand<A> {

	/** @return a new, unparsed arguments object (annotated with picocli's {@code @Command}) */
	A arguments();

	/**
	 * Runs the command with parsed arguments.
	 *
	 * @param arguments the object {@link #arguments()} returned, filled by the parser
	 * @param context   where to print, the project storage and the clock
	 * @return {@link RensaCommand#OK}, {@link RensaCommand#FINDINGS} or {@link RensaCommand#USAGE}
	 * @throws CliException for bad usage or unreadable input: printed as one {@code rensa: } line, exit
	 *                      code {@link CliException#exitCode()}
	 * @throws IOException  for unreadable input: printed as one line, exit code 2
	 */
	int execute(A arguments, CliContext context) throws CliException, IOException;

	/** @return the word after {@code rensa} that selects this command: the name of its {@code @Command} */
	default String name() {
		return CommandLineParser.name(this);
	}

	/**
	 * Parses the arguments with the command line's one parser and runs the command; {@code --help}
	 * prints the command's usage on {@link CliContext#out()} instead.
	 *
	 * @param args    the arguments after the command's name
	 * @param context where to print, the project storage and the clock
	 * @return the exit code
	 * @throws CliException for bad usage (exit code {@link RensaCommand#USAGE}) or as {@link #execute} throws it
	 * @throws IOException  as {@link #execute} throws it
	 */
	default int run(List<String> args, CliContext context) throws CliException, IOException {
		return CommandLineParser.run(this, args, context);
	}
}
