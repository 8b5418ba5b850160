// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkAuditCommandTest {

	@TempDir
	Path temp;

	@Test
	void smallRunPrintsEveryFigureAndCleansUp() throws Exception {
		Tools.Run run = Tools.rensa("benchmark-audit", "--requirements", "60", "--controls", "40", "--hash-mb", "2", "--work",
				temp.toString());
		assertEquals(0, run.exitCode(), run.err());
		String out = run.out();
		assertTrue(out.contains("questionnaire export    60 requirements"), out);
		assertTrue(out.contains("questionnaire import    60 requirements"), out);
		assertTrue(out.matches("(?s).*OSCAL import            4\\d controls.*"), out);
		assertTrue(out.contains("SHA-256 (Rensa, Java)    2 MB"), out);
		try (var files = Files.list(temp)) {
			assertEquals(0, files.count());
		}
	}

	@Test
	void badNumbersAreUsageErrors() {
		Tools.assertUsageError(Tools.rensa("benchmark-audit", "--controls", "many"), "--controls");
	}
}
