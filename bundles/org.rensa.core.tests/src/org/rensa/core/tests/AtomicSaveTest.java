// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.io.AtomicFiles;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.storage.internal.FileSystemOps;
import org.rensa.core.storage.internal.XmiOptions;
import org.rensa.core.storage.internal.XmiProjectStorage;

/** A failure injected at every step of a save leaves the old (or the complete new) project. */
class AtomicSaveTest {

	/** Records the steps and fails at one of them, like a crash at that point. */
	private static final class FailingOps implements FileSystemOps {
		final List<String> steps = new ArrayList<>();
		final int failAt;

		FailingOps(int failAt) {
			this.failAt = failAt;
		}

		private void step(String name) throws IOException {
			steps.add(name);
			if (steps.size() - 1 == failAt) {
				throw new IOException("injected failure at step " + failAt + " (" + name + ")");
			}
		}

		@Override
		public void writeFile(Path file, AtomicFiles.Content content) throws IOException {
			step("write " + file.getParent().getFileName() + "/" + file.getFileName());
			DEFAULT.writeFile(file, content);
		}

		@Override
		public void syncDirectory(Path directory) throws IOException {
			step("sync " + directory.getFileName());
			DEFAULT.syncDirectory(directory);
		}

		@Override
		public void rename(Path source, Path target) throws IOException {
			step("rename " + source.getFileName() + " " + target.getFileName());
			DEFAULT.rename(source, target);
		}

		@Override
		public void deleteTree(Path path) throws IOException {
			step("delete " + path.getFileName());
			DEFAULT.deleteTree(path);
		}

		@Override
		public void createDirectories(Path directory) throws IOException {
			step("mkdirs " + directory.getFileName());
			DEFAULT.createDirectories(directory);
		}
	}

	@Test
	void aFailureAtAnyStepLeavesALoadableOldOrNewProject(@TempDir Path temp) throws Exception {
		Path template = temp.resolve("template");
		TestSupport.copySample(template);
		ProjectStorage.standard().save(ProjectStorage.standard().load(template)); // creates model.bak as well

		FailingOps counting = new FailingOps(Integer.MAX_VALUE);
		Path probe = temp.resolve("probe");
		TestSupport.copyTree(template, probe);
		save(probe, counting, "counted");
		int steps = counting.steps.size();
		// Once model/ has been moved aside, the committed model.new/ is the project.
		int swap = counting.steps.indexOf("rename model model.bak") + 1;
		assertTrue(swap > 0 && counting.steps.indexOf("rename model.new model") > swap, counting.steps.toString());
		assertTrue(steps > 15, "steps: " + counting.steps);
		int lastWrite = counting.steps.indexOf("write model.new/rensa.properties");
		assertTrue(lastWrite > counting.steps.lastIndexOf("write model.new/remediationActions.xmi"),
				"rensa.properties is written last: " + counting.steps);

		for (int failAt = 0; failAt < steps; failAt++) {
			Path dir = temp.resolve("run" + failAt);
			TestSupport.copyTree(template, dir);
			FailingOps ops = new FailingOps(failAt);
			String step = counting.steps.get(failAt);
			assertThrows(IOException.class, () -> save(dir, ops, "New name"), step);

			AuditProjectDocument reloaded = ProjectStorage.standard().loadReadOnly(dir);
			String name = reloaded.getProject().getName();
			if (failAt < swap) {
				assertEquals("Synthetic project (seed 42)", name, "old project after a failure at " + step);
			} else {
				assertEquals("New name", name, "new project after a failure at " + step);
			}
			assertEquals(5, reloaded.getProject().getOrganizations().size());
			// And the full (recovering) load leaves a clean layout that saves again.
			AuditProjectDocument recovered = ProjectStorage.standard().load(dir);
			// model.bak/ is replaced as a whole: after the recovering load it is a complete version
			for (String file : XmiProjectStorage.modelFileNames()) {
				assertTrue(Files.isRegularFile(dir.resolve("model.bak").resolve(file)), "model.bak/" + file + " after " + step);
			}
			assertTrue(Files.isRegularFile(dir.resolve("model.bak").resolve("rensa.properties")), step);
			ProjectStorage.standard().loadReadOnly(dir); // and the project still opens
			ProjectStorage.standard().save(recovered);
			assertTrue(Files.isDirectory(dir.resolve("model")), step);
			assertFalse(Files.exists(dir.resolve("model.new")), step);
		}
	}

	private static void save(Path dir, FileSystemOps ops, String newName) throws IOException {
		XmiProjectStorage storage = new XmiProjectStorage(List.of(), ops, XmiOptions.FAST);
		AuditProjectDocument document = storage.load(dir);
		document.getProject().setName(newName);
		storage.save(document);
	}
}
