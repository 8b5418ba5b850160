// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.ProjectStorage;

/** Runs the {@code rensa} command line in-process with the tools' commands. */
final class Tools {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

	private Tools() {
	}

	/** The outcome of an in-process run. */
	record Run(int exitCode, String out, String err) {
		String[] lines() {
			return out.isEmpty() ? new String[0] : out.split("\n");
		}
	}

	/** Every command of the product, built-in or contributed. */
	static final Set<String> PRODUCT_COMMANDS = Set.of("new", "info", "list", "validate", "verify-evidence", "coverage", "chain",
			"risk", "import-catalog", "meti-levels", "export-questionnaire", "export-oscal", "import-questionnaire", "report", "diagram", "generate",
			"benchmark", "attention", "benchmark-chain", "benchmark-audit", "benchmark-reports", "benchmark-diagram", "benchmark-crash",
			"crash-writer", "benchmark-writers", "writer-rounds", "benchmark-sync");

	/**
	 * The registered {@link CliCommand} services, as the application finds them: the bundles with DS
	 * components are started, then the registry is read until it offers every product command.
	 */
	static List<CliCommand<?>> registeredCommands() {
		BundleContext context = FrameworkUtil.getBundle(Tools.class).getBundleContext();
		try {
			for (Bundle bundle : context.getBundles()) {
				if (bundle.getSymbolicName().startsWith("org.rensa.") && bundle.getHeaders().get("Service-Component") != null
						&& bundle.getHeaders().get("Fragment-Host") == null && bundle.getState() != Bundle.ACTIVE) {
					bundle.start(Bundle.START_TRANSIENT);
				}
			}
			List<CliCommand<?>> commands = new ArrayList<>();
			long deadline = System.currentTimeMillis() + 10_000;
			do {
				commands.clear();
				for (@SuppressWarnings("rawtypes") ServiceReference<CliCommand> reference : context.getServiceReferences(CliCommand.class, null)) {
					commands.add(context.getService(reference));
				}
				if (commands.stream().map(CliCommand::name).collect(Collectors.toSet()).containsAll(PRODUCT_COMMANDS)) {
					break;
				}
				Thread.sleep(50);
			} while (System.currentTimeMillis() < deadline);
			return commands;
		} catch (BundleException | InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static Run rensa(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			int code = new RensaCommand(o, e, ProjectStorage.standard(), CLOCK, registeredCommands()).run(args);
			return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
	}

	/** @return every regular file under {@code dir} with its bytes, by relative path */
	static Map<String, byte[]> snapshot(Path dir) throws IOException {
		Map<String, byte[]> result = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isRegularFile(path)) {
					result.put(dir.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
				}
			}
		}
		return result;
	}

	static void assertUsageError(Run run, String fragment) {
		org.junit.jupiter.api.Assertions.assertEquals(2, run.exitCode(), run.toString());
		org.junit.jupiter.api.Assertions.assertEquals("", run.out());
		String[] lines = run.err().split("\n");
		org.junit.jupiter.api.Assertions.assertEquals(1, lines.length, run.err());
		org.junit.jupiter.api.Assertions.assertTrue(lines[0].startsWith("rensa: ") && lines[0].contains(fragment), run.err());
	}
}
