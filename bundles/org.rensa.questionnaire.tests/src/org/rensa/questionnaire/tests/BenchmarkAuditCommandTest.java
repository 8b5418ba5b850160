// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.CliException;
import org.rensa.questionnaire.cli.BenchmarkAuditCommand;

class BenchmarkAuditCommandTest {

	@TempDir
	Path temp;

	@Test
	void smallRunPrintsEveryFigureAndCleansUp() throws Exception {
		QuestionnaireFixtures.Capture capture = new QuestionnaireFixtures.Capture();
		assertEquals(0, new BenchmarkAuditCommand().run(List.of("--requirements", "60", "--controls", "40", "--hash-mb", "2",
				"--work", temp.toString()), capture.context));
		String out = capture.out();
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
		CliException e = assertThrows(CliException.class, () -> new BenchmarkAuditCommand().run(List.of("--controls", "many"),
				new QuestionnaireFixtures.Capture().context));
		assertEquals(2, e.exitCode());
	}
}
