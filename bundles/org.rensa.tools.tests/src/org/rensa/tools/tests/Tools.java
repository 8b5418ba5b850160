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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.tools.internal.BenchmarkAuditCommand;
import org.rensa.tools.internal.BenchmarkChainCommand;
import org.rensa.tools.internal.BenchmarkCommand;
import org.rensa.tools.internal.BenchmarkDiagramCommand;
import org.rensa.tools.internal.BenchmarkReportsCommand;
import org.rensa.tools.internal.GenerateCommand;

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

	static Run rensa(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			int code = new RensaCommand(o, e, ProjectStorage.standard(), CLOCK, List.of(new GenerateCommand(), new BenchmarkCommand(),
					new BenchmarkChainCommand(), new BenchmarkDiagramCommand(), new BenchmarkReportsCommand(), new BenchmarkAuditCommand()))
					.run(args);
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
