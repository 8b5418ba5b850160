// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.storage.internal.FileSystemOps;

/** Loading after a save was interrupted between or during the renames. */
class RecoveryTest {

	private final ProjectStorage storage = ProjectStorage.standard();
	private Path dir;

	@BeforeEach
	void setUp(@TempDir Path temp) throws Exception {
		dir = TestSupport.copySample(temp.resolve("p"));
		AuditProjectDocument document = storage.load(dir);
		document.getProject().setName("Version 2");
		storage.save(document); // model = version 2, model.bak = version 1
	}

	@Test
	void completeModelNewWithoutModelFinishesTheSwap() throws Exception {
		Files.move(dir.resolve("model"), dir.resolve("model.new"));
		AuditProjectDocument document = storage.load(dir);
		assertEquals("Version 2", document.getProject().getName());
		assertTrue(Files.isDirectory(dir.resolve("model")));
		assertFalse(Files.exists(dir.resolve("model.new")));
		assertEquals(1, document.getWarnings().size());
		assertTrue(document.getWarnings().get(0).contains("completed an interrupted save"), document.getWarnings().toString());
	}

	@Test
	void readOnlyLoadRecoversInMemoryOnly() throws Exception {
		Files.move(dir.resolve("model"), dir.resolve("model.new"));
		var before = TestSupport.listing(dir);
		AuditProjectDocument document = storage.loadReadOnly(dir);
		assertEquals("Version 2", document.getProject().getName());
		assertEquals(before, TestSupport.listing(dir));
	}

	@Test
	void incompleteModelNewFallsBackToTheBackup() throws Exception {
		Files.move(dir.resolve("model"), dir.resolve("model.new"));
		Files.delete(dir.resolve("model.new/rensa.properties")); // the commit marker was never written
		AuditProjectDocument document = storage.load(dir);
		assertEquals("Synthetic project (seed 42)", document.getProject().getName());
		assertTrue(document.getWarnings().get(0).contains("model.bak"), document.getWarnings().toString());
		// Saving from there produces a clean project again.
		storage.save(document);
		assertEquals("Synthetic project (seed 42)", storage.load(dir).getProject().getName());
		assertTrue(storage.load(dir).getWarnings().isEmpty());
	}

	@Test
	void leftOverModelNewNextToAModelIsIgnoredAndReplaced() throws Exception {
		TestSupport.copyTree(dir.resolve("model.bak"), dir.resolve("model.new"));
		Files.delete(dir.resolve("model.new/rensa.properties"));
		AuditProjectDocument document = storage.load(dir);
		assertEquals("Version 2", document.getProject().getName());
		storage.save(document);
		assertFalse(Files.exists(dir.resolve("model.new")));
		FileSystemOps.DEFAULT.deleteTree(dir.resolve("model.bak"));
		assertEquals("Version 2", storage.load(dir).getProject().getName());
	}
}
