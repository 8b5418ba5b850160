// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.rensa.core.cli.CliContext;
import org.rensa.core.storage.ProjectStorage;

/** Fixture locations and a command-line context that captures output. */
final class Fixtures {

	private Fixtures() {
	}

	static Path oscal(String name) {
		String root = System.getProperty("rensa.root");
		if (root != null && !root.isEmpty()) {
			Path path = Paths.get(root, "bundles", "org.rensa.catalog.tests", "resources", "oscal", name);
			if (Files.isRegularFile(path)) {
				return path;
			}
		}
		for (Path candidate = Paths.get("").toAbsolutePath(); candidate != null; candidate = candidate.getParent()) {
			Path path = candidate.resolve("resources/oscal").resolve(name);
			if (Files.isRegularFile(path)) {
				return path;
			}
			path = candidate.resolve("bundles/org.rensa.catalog.tests/resources/oscal").resolve(name);
			if (Files.isRegularFile(path)) {
				return path;
			}
		}
		throw new IllegalStateException("fixture " + name + " not found (set -Drensa.root)");
	}

	/** A context writing into byte buffers. */
	static final class Capture {
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		final ByteArrayOutputStream err = new ByteArrayOutputStream();
		final CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), ProjectStorage.standard(),
				Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

		String out() {
			return out.toString(StandardCharsets.UTF_8);
		}
	}
}
