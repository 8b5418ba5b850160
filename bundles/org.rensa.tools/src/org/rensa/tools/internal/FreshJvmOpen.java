// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa benchmark-open [--emf-default] DIR}: opens a project once in this JVM and prints how
 * long the load took and how long since the JVM started. {@code rensa benchmark} runs it in fresh JVMs,
 * launched exactly like itself (same Java, JVM options and product), to measure opening in a fresh JVM.
 */
@Component(service = CliCommand.class)
public final class FreshJvmOpen implements CliCommand<FreshJvmOpen.Arguments> {

	/** The time of one open in a fresh JVM. */
	public record Result(long loadMillis, long sinceJvmStartMillis) {
	}

	/** The declared arguments. */
	@Command(name = NAME, description = { "time one open of DIR in this JVM (run it in a fresh one; benchmark does)" })
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project (with --emf-default: the folder of default XMI files)")
		Path directory;

		@Option(names = EMF_DEFAULT, description = "EMF's default XMI load of DIR's .xmi files instead")
		boolean emfDefault;
	}

	private static final String NAME = "benchmark-open";
	private static final String CLI_APPLICATION = "org.rensa.core.cli";
	private static final String EMF_DEFAULT = "--emf-default";
	private static final Pattern RESULT = Pattern.compile("load-millis=(\\d+) since-jvm-start-millis=(\\d+)");

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		long start = System.nanoTime();
		if (arguments.emfDefault) {
			EmfDefaultXmi.load(arguments.directory);
		} else {
			context.storage().loadReadOnly(arguments.directory);
		}
		long loadMillis = (System.nanoTime() - start) / 1_000_000;
		context.out().println("load-millis=" + loadMillis + " since-jvm-start-millis="
				+ ManagementFactory.getRuntimeMXBean().getUptime());
		return RensaCommand.OK;
	}

	/**
	 * Opens a project in a new JVM started with this JVM's command line (Java, JVM options, product),
	 * running {@code rensa benchmark-open}.
	 *
	 * @param directory  the project (or, with {@code emfDefault}, the folder of default XMI files)
	 * @param emfDefault whether to load with EMF's default XMI options
	 * @return the times the new JVM measured
	 * @throws IOException when this JVM's command line is not known or the new JVM fails
	 */
	public static Result measure(Path directory, boolean emfDefault) throws IOException {
		List<String> command = new ArrayList<>(ownCommandLine());
		command.add(NAME);
		if (emfDefault) {
			command.add(EMF_DEFAULT);
		}
		command.add(directory.toAbsolutePath().toString());
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit;
		try {
			exit = process.waitFor();
		} catch (InterruptedException e) {
			process.destroy();
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for the fresh JVM", e);
		}
		Matcher matcher = RESULT.matcher(output);
		if (exit != 0 || !matcher.find()) {
			throw new IOException("the fresh JVM failed (exit " + exit + "): " + output.strip());
		}
		return new Result(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
	}

	/**
	 * @return this JVM's command line up to {@code -application}, then {@code org.rensa.core.cli} (in a
	 *         test runtime, this JVM runs another application)
	 */
	static List<String> ownCommandLine() throws IOException {
		ProcessHandle.Info info = ProcessHandle.current().info();
		List<String> line = new ArrayList<>();
		info.command().ifPresent(line::add);
		info.arguments().ifPresent(arguments -> line.addAll(List.of(arguments)));
		int application = line.indexOf("-application");
		if (line.isEmpty() || application < 0) {
			throw new IOException("this JVM's command line is not known (no -application in " + line + ")");
		}
		List<String> command = new ArrayList<>(line.subList(0, application + 1));
		command.add(CLI_APPLICATION);
		return command;
	}
}
