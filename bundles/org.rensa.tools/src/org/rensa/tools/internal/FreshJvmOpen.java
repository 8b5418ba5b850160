// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.internal.FileSystemOps;
import org.rensa.core.storage.internal.LoadPhases;
import org.rensa.core.storage.internal.OpenCache;
import org.rensa.core.storage.internal.XmiOptions;
import org.rensa.core.storage.internal.XmiProjectStorage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa benchmark-open [--emf-default|--no-open-cache] DIR}: opens a project once in this JVM and prints how
 * long the load took, how long since the JVM started, and where the time went (start-up, CPU, JIT, GC,
 * classes, the phases of the load). {@code rensa benchmark} runs it in fresh JVMs, launched like itself
 * (same Java, JVM options and product) plus a one-shot command's JVM options from the launcher
 * ({@value #COMMAND_JVM_OPTIONS}), to measure opening in a fresh JVM as a command opens a project.
 */
@Component(service = CliCommand.class)
public final class FreshJvmOpen implements CliCommand<FreshJvmOpen.Arguments> {

	/**
	 * The time of one open in a fresh JVM.
	 *
	 * @param loadMillis          wall-clock time of the load
	 * @param sinceJvmStartMillis wall-clock time from the JVM's start to the loaded project
	 * @param details             further figures of the run in the order printed: {@code start-millis}
	 *                            (JVM start to the command), {@code start-cpu-millis} and
	 *                            {@code load-cpu-millis} (CPU time of the whole process, all threads,
	 *                            before and during the load), {@code jit-millis}, {@code gc-millis},
	 *                            {@code gc-count} and {@code classes} (JIT compilation, garbage
	 *                            collection and classes loaded during the load), then
	 *                            {@code phase.NAME} for each phase of the load in milliseconds
	 */
	public record Result(long loadMillis, long sinceJvmStartMillis, Map<String, Long> details) {
	}

	/** The declared arguments. */
	@Command(name = NAME, description = { "time one open of DIR in this JVM (run it in a fresh one; benchmark does)" })
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project (with --emf-default: the folder of default XMI files)")
		Path directory;

		@Option(names = EMF_DEFAULT, description = "EMF's default XMI load of DIR's .xmi files instead")
		boolean emfDefault;

		@Option(names = NO_OPEN_CACHE, description = "parse the XMI files without the open cache")
		boolean noOpenCache;
	}

	private static final String NAME = "benchmark-open";
	private static final String CLI_APPLICATION = "org.rensa.core.cli";
	private static final String EMF_DEFAULT = "--emf-default";
	private static final String NO_OPEN_CACHE = "--no-open-cache";
	private static final Pattern RESULT = Pattern.compile("load-millis=(\\d+) since-jvm-start-millis=(\\d+)((?: [a-z.-]+=\\d+)*)");
	/** A variable of the launching environment: JVM options for a one-shot command, given to the fresh JVM. */
	static final String COMMAND_JVM_OPTIONS = "RENSA_COMMAND_JVM_OPTS";

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		long startMillis = ManagementFactory.getRuntimeMXBean().getUptime();
		long startCpu = processCpuMillis();
		long startJit = jitMillis();
		long[] startGc = gc();
		long startClasses = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
		LoadPhases phases = new LoadPhases();
		long start = System.nanoTime();
		if (arguments.emfDefault) {
			EmfDefaultXmi.load(arguments.directory);
			phases.mark("parse-files");
		} else {
			// The storage without format migrations: benchmark projects are in the current format.
			new XmiProjectStorage(List.of(), FileSystemOps.DEFAULT, XmiOptions.FAST,
					arguments.noOpenCache ? null : OpenCache.standard()).loadReadOnly(arguments.directory, phases);
		}
		long loadMillis = (System.nanoTime() - start) / 1_000_000;
		long sinceStart = ManagementFactory.getRuntimeMXBean().getUptime();
		long[] endGc = gc();
		StringBuilder line = new StringBuilder();
		line.append("load-millis=").append(loadMillis).append(" since-jvm-start-millis=").append(sinceStart)
				.append(" start-millis=").append(startMillis).append(" start-cpu-millis=").append(startCpu)
				.append(" load-cpu-millis=").append(processCpuMillis() - startCpu)
				.append(" jit-millis=").append(jitMillis() - startJit)
				.append(" gc-millis=").append(endGc[1] - startGc[1]).append(" gc-count=").append(endGc[0] - startGc[0])
				.append(" classes=").append(ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - startClasses);
		phases.millis().forEach((phase, millis) -> line.append(" phase.").append(phase).append('=').append(millis));
		context.out().println(line);
		return RensaCommand.OK;
	}

	/** @return the CPU time of this process (all threads) so far, or 0 where the JVM does not tell */
	private static long processCpuMillis() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? Math.max(0, os.getProcessCpuTime() / 1_000_000)
				: 0;
	}

	private static long jitMillis() {
		var compilation = ManagementFactory.getCompilationMXBean();
		return compilation != null && compilation.isCompilationTimeMonitoringSupported() ? compilation.getTotalCompilationTime() : 0;
	}

	/** @return the collections so far and their milliseconds */
	private static long[] gc() {
		long count = 0;
		long millis = 0;
		for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			count += Math.max(0, collector.getCollectionCount());
			millis += Math.max(0, collector.getCollectionTime());
		}
		return new long[] { count, millis };
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
		return measure(directory, emfDefault, false);
	}

	/**
	 * As {@link #measure(Path, boolean)}, optionally without the open cache.
	 *
	 * @param directory   the project (or, with {@code emfDefault}, the folder of default XMI files)
	 * @param emfDefault  whether to load with EMF's default XMI options
	 * @param noOpenCache whether Rensa's load parses the XMI without its open cache
	 * @return the times the new JVM measured
	 * @throws IOException when this JVM's command line is not known or the new JVM fails
	 */
	public static Result measure(Path directory, boolean emfDefault, boolean noOpenCache) throws IOException {
		List<String> command = new ArrayList<>(ownCommandLine());
		command.add(NAME);
		if (emfDefault) {
			command.add(EMF_DEFAULT);
		} else if (noOpenCache) {
			command.add(NO_OPEN_CACHE);
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
		Map<String, Long> details = new LinkedHashMap<>();
		for (String pair : matcher.group(3).trim().split(" ")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				details.put(pair.substring(0, equals), Long.valueOf(pair.substring(equals + 1)));
			}
		}
		return new Result(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)), details);
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
		int launcher = line.indexOf("-jar");
		List<String> command = new ArrayList<>(line.subList(0, launcher > 0 ? launcher : application + 1));
		if (launcher > 0) {
			// A one-shot command's JVM options, as the rensa launcher gives them, after this JVM's own
			// (the last of repeated options wins): the fresh JVM opens the project as a command does.
			String commandOptions = System.getenv(COMMAND_JVM_OPTIONS);
			if (commandOptions != null && !commandOptions.isBlank()) {
				command.addAll(List.of(commandOptions.trim().split("\\s+")));
			}
			command.addAll(line.subList(launcher, application + 1));
		}
		command.add(CLI_APPLICATION);
		return command;
	}
}
