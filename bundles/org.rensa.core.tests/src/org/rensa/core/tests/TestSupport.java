// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.rensa.core.analysis.internal.AttentionCommand;
import org.rensa.core.analysis.internal.ChainCommand;
import org.rensa.core.analysis.internal.CoverageCommand;
import org.rensa.core.analysis.internal.RiskCommand;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.cli.internal.InfoCommand;
import org.rensa.core.cli.internal.ListCommand;
import org.rensa.core.cli.internal.NewCommand;
import org.rensa.core.cli.internal.ValidateCommand;
import org.rensa.core.cli.internal.SealCommand;
import org.rensa.core.cli.internal.VerifyEvidenceCommand;
import org.rensa.core.storage.ProjectStorage;

/** Shared helpers of the core tests. */
final class TestSupport {

	/** "Today" of every test: 2026-12-01. */
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

	private TestSupport() {
	}

	/** @return the fixtures directory of this bundle */
	static Path fixtures() {
		String root = System.getProperty("rensa.root");
		if (root != null && !root.isEmpty()) {
			Path path = Paths.get(root, "bundles", "org.rensa.core.tests", "resources", "fixtures");
			if (Files.isDirectory(path)) {
				return path;
			}
		}
		for (Path candidate = Paths.get("").toAbsolutePath(); candidate != null; candidate = candidate.getParent()) {
			Path path = candidate.resolve("bundles/org.rensa.core.tests/resources/fixtures");
			if (Files.isDirectory(path)) {
				return path;
			}
			path = candidate.resolve("resources/fixtures");
			if (Files.isDirectory(path) && Files.isDirectory(path.resolve("sample-project"))) {
				return path;
			}
		}
		throw new IllegalStateException("fixtures not found (set -Drensa.root)");
	}

	/** Copies the sample project fixture to {@code target}. */
	static Path copySample(Path target) throws IOException {
		copyTree(fixtures().resolve("sample-project"), target);
		return target;
	}

	static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}

	/** @return every regular file below {@code dir} (relative path → content) */
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

	/** @return a listing with sizes and modification times, to prove a directory was not touched */
	static Map<String, String> listing(Path dir) throws IOException {
		Map<String, String> result = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				result.put(dir.relativize(path).toString(), Files.isDirectory(path) ? "dir"
						: Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis());
			}
		}
		return result;
	}

	/** The outcome of an in-process CLI run. */
	record Run(int exitCode, String out, String err) {
		String[] lines() {
			return out.isEmpty() ? new String[0] : out.split("\n");
		}
	}

	/** The commands of the core bundle, as its DS components register them in the product. */
	static final List<CliCommand<?>> CORE_COMMANDS = List.of(new NewCommand(), new InfoCommand(), new ListCommand(),
			new ValidateCommand(), new VerifyEvidenceCommand(), new SealCommand(), new CoverageCommand(), new ChainCommand(), new RiskCommand(), new AttentionCommand());

	/** Runs the command line in-process with captured output. */
	static Run rensa(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			int code = new RensaCommand(o, e, ProjectStorage.standard(), CLOCK, CORE_COMMANDS).run(args);
			return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
	}
}
