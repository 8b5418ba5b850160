// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.CliContext;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectLock;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.tools.ProjectGenerator;
import org.rensa.tools.internal.BenchmarkCrashCommand;
import org.rensa.tools.internal.BenchmarkWritersCommand;

/**
 * Writers in separate JVMs: two at a time never destroy the project nor lose a change that was
 * reported saved, and a writer killed at a random point leaves the old or the new project with a
 * complete backup (the small variant of {@code rensa benchmark-crash}).
 */
class CrashAndWritersTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final CliContext context = new CliContext(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8), ProjectStorage.standard(), Tools.CLOCK);

	private Path project(String name, int suppliers) throws Exception {
		Path project = temp.resolve("project");
		AuditProjectDocument document = ProjectStorage.standard().create(project, name);
		new ProjectGenerator(ProjectGenerator.Spec.forSuppliers(suppliers, 1L)).generate(document.getProject(), null);
		ProjectStorage.standard().save(document);
		ProjectStorage.standard().save(document);
		return project;
	}

	@Test
	void fiftyPairsOfConcurrentWritersNeverLoseAChangeAndTheProjectAlwaysOpens() throws Exception {
		Path project = project("Two writers", 10);
		int before = ProjectStorage.standard().loadReadOnly(project).getProject().getChecklists().size();
		BenchmarkWritersCommand.Counts counts = BenchmarkWritersCommand.run(project, 50, context);
		String report = counts + " " + err.toString(StandardCharsets.UTF_8);
		assertEquals(0, counts.unopenable(), report);
		assertEquals(0, counts.lost(), report);
		assertEquals(0, counts.failed(), report);
		assertEquals(100, counts.succeeded() + counts.refused(), report);
		assertTrue(counts.succeeded() >= 50, report); // at least one of each pair gets through
		// the project holds exactly the checklists of the writers that exited 0, and no lock is left
		assertEquals(before + counts.succeeded(), ProjectStorage.standard().loadReadOnly(project).getProject().getChecklists().size(),
				report);
		assertTrue(!Files.exists(project.resolve(ProjectLock.FILE_NAME)), report);
	}

	@Test
	void killedWritersLeaveTheOldOrTheNewProjectAndACompleteBackup() throws Exception {
		Path project = project("crash 0", 20);
		BenchmarkCrashCommand.Counts counts = BenchmarkCrashCommand.run(project, 3, 7L, context);
		String report = counts + " " + err.toString(StandardCharsets.UTF_8);
		assertTrue(counts.allHeld(), report);
		assertEquals(3, counts.openedOld() + counts.openedNew(), report);
		assertEquals(3, counts.backupComplete(), report);
		assertEquals(2, counts.lockTakenOver(), report);
	}
}
