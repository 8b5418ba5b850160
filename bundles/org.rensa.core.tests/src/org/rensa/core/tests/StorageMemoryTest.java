// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.AuditProject;

/**
 * Nothing static keeps a project reachable after load and save (EMF's parser pool with handler cache
 * and its save configuration cache both would).
 */
class StorageMemoryTest {

	@Test
	void aClosedProjectCanBeCollected(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		WeakReference<AuditProject> project = loadAndSave(dir);
		for (int i = 0; i < 20 && project.get() != null; i++) {
			System.gc();
			Thread.sleep(20);
		}
		assertNull(project.get(), "the project is still reachable");
	}

	private static WeakReference<AuditProject> loadAndSave(Path dir) throws IOException {
		ProjectStorage storage = ProjectStorage.standard();
		AuditProjectDocument document = storage.load(dir);
		storage.save(document);
		storage.loadReadOnly(dir);
		return new WeakReference<>(document.getProject());
	}
}
