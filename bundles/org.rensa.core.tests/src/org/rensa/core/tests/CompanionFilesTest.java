// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.io.AtomicFiles;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.CompanionFiles;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.storage.internal.FileSystemOps;
import org.rensa.core.storage.internal.XmiOptions;
import org.rensa.core.storage.internal.XmiProjectStorage;

/** Companion files: saved inside the model's atomic swap, loaded from the same directory, carried over. */
class CompanionFilesTest {

	private static final String PATH = "extras/notes.txt";

	@TempDir
	Path temp;

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void savedWithTheModelLoadedBackAndKeptBySavesThatDoNotKnowThem() throws IOException {
		Path dir = temp.resolve("p");
		TestSupport.copySample(dir);
		AuditProjectDocument document = ProjectStorage.standard().load(dir);
		AtomicInteger told = new AtomicInteger();
		document.getCompanionFiles().contribute(PATH, new CompanionFiles.Contributor() {
			@Override
			public byte[] content() {
				return utf8("first");
			}

			@Override
			public void saved() {
				told.incrementAndGet();
			}
		});
		ProjectStorage.standard().save(document);
		assertEquals("first", Files.readString(dir.resolve("model/extras/notes.txt")));
		assertEquals(1, told.get(), "the contributor hears about the committed save");
		assertArrayEquals(utf8("first"), document.getCompanionFiles().stored(PATH).orElseThrow());

		// A save by code that does not know the companion keeps it.
		AuditProjectDocument unaware = ProjectStorage.standard().load(dir);
		assertEquals(List.of(PATH), List.copyOf(unaware.getCompanionFiles().storedPaths()));
		unaware.getProject().setName("Renamed");
		ProjectStorage.standard().save(unaware);
		assertEquals("first", Files.readString(dir.resolve("model/extras/notes.txt")));
		assertEquals("first", Files.readString(dir.resolve("model.bak/extras/notes.txt")), "the backup has it too");

		// Removed: gone with the next swap.
		unaware.getCompanionFiles().remove(PATH);
		ProjectStorage.standard().save(unaware);
		assertFalse(Files.exists(dir.resolve("model/extras")));
		assertTrue(ProjectStorage.standard().load(dir).getCompanionFiles().storedPaths().isEmpty());
	}

	@Test
	void invalidPathsAreRefused() {
		assertFalse(CompanionFiles.isValidPath("top-level.txt"), "model/'s own level belongs to the storage");
		assertFalse(CompanionFiles.isValidPath("../x/y"));
		assertFalse(CompanionFiles.isValidPath("a//b"));
		assertFalse(CompanionFiles.isValidPath("a/.hidden"));
		assertTrue(CompanionFiles.isValidPath("diagrams/supply-chain.rensadiagram"));
		CompanionFiles files = new CompanionFiles(java.util.Map.of());
		assertThrows(IllegalArgumentException.class, () -> files.contribute("x", () -> new byte[0]));
	}

	@Test
	void aFailingContributorChangesNothingOnDisk() throws IOException {
		Path dir = temp.resolve("p");
		TestSupport.copySample(dir);
		AuditProjectDocument document = ProjectStorage.standard().load(dir);
		document.getCompanionFiles().contribute(PATH, () -> utf8("v1"));
		ProjectStorage.standard().save(document);
		var before = TestSupport.snapshot(dir.resolve("model"));

		document.getProject().setName("Changed");
		document.getCompanionFiles().contribute(PATH, () -> utf8("v2"));
		document.getCompanionFiles().contribute("zz/broken.bin", () -> {
			throw new IOException("disk full");
		});
		IOException e = assertThrows(IOException.class, () -> ProjectStorage.standard().save(document));
		assertTrue(e.getMessage().contains("disk full"), e.getMessage());
		var after = TestSupport.snapshot(dir.resolve("model"));
		assertEquals(before.keySet(), after.keySet());
		for (String key : before.keySet()) {
			assertArrayEquals(before.get(key), after.get(key), key);
		}
	}

	@Test
	void aCrashAtAnyStepLeavesTheOldOrTheNewModelWithItsOwnCompanions() throws Exception {
		Path template = temp.resolve("template");
		TestSupport.copySample(template);
		AuditProjectDocument seed = ProjectStorage.standard().load(template);
		seed.getCompanionFiles().contribute(PATH, () -> utf8("old"));
		ProjectStorage.standard().save(seed);
		ProjectStorage.standard().save(ProjectStorage.standard().load(template)); // model.bak exists too

		Counting counting = new Counting(Integer.MAX_VALUE);
		Path probe = temp.resolve("probe");
		TestSupport.copyTree(template, probe);
		save(probe, counting);
		assertTrue(counting.steps.contains("write extras/notes.txt"), counting.steps.toString());
		assertTrue(counting.steps.indexOf("write extras/notes.txt") < counting.steps.indexOf("write model.new/rensa.properties"),
				"companions are written before the commit marker: " + counting.steps);
		for (int failAt = 0; failAt < counting.steps.size(); failAt++) {
			Path dir = temp.resolve("run" + failAt);
			TestSupport.copyTree(template, dir);
			String step = counting.steps.get(failAt);
			Counting ops = new Counting(failAt);
			assertThrows(IOException.class, () -> save(dir, ops), step);
			AuditProjectDocument reloaded = ProjectStorage.standard().loadReadOnly(dir);
			String name = reloaded.getProject().getName();
			String companion = new String(reloaded.getCompanionFiles().stored(PATH).orElseThrow(), StandardCharsets.UTF_8);
			assertEquals(name.equals("New name") ? "new" : "old", companion, "model and companion agree after " + step);
		}
	}

	private static void save(Path dir, FileSystemOps ops) throws IOException {
		XmiProjectStorage storage = new XmiProjectStorage(List.of(), ops, XmiOptions.FAST);
		AuditProjectDocument document = storage.load(dir);
		document.getProject().setName("New name");
		document.getCompanionFiles().contribute(PATH, () -> utf8("new"));
		storage.save(document);
	}

	/** Records the steps and fails at one of them. */
	private static final class Counting implements FileSystemOps {
		final List<String> steps = new ArrayList<>();
		final int failAt;

		Counting(int failAt) {
			this.failAt = failAt;
		}

		private void step(String name) throws IOException {
			steps.add(name);
			if (steps.size() - 1 == failAt) {
				throw new IOException("injected failure at " + name);
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
}
