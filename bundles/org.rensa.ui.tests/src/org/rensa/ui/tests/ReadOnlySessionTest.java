// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectLock;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.RensaPackage;
import org.rensa.ui.handlers.SaveHandler;
import org.rensa.ui.session.ProjectSession;

/** A project another process holds opens read-only: nothing can be saved; a writable session holds the lock until closed. */
final class ReadOnlySessionTest {

	@TempDir
	Path directory;

	@Test
	void aSessionOnALockedProjectNeverSaves() throws IOException {
		AuditProjectDocument document = TestProjects.createAndLoad(directory.resolve("p"));
		ProjectLock.Holder holder = new ProjectLock.Holder("Aiko Sato", "aiko", "pc1", 4242, null,
				java.time.Instant.parse("2026-12-05T01:00:00Z"), "rensa import-catalog", "t");
		ProjectSession session = new ProjectSession(document, null, holder);
		try {
			assertTrue(session.isReadOnly());
			session.commandStack().execute(SetCommand.create(session.editingDomain(), session.project(),
					RensaPackage.Literals.AUDIT_PROJECT__NAME, "changed"));
			assertTrue(session.isDirty());
			assertFalse(new SaveHandler().canExecute(session), "Save is disabled");
			IOException refused = assertThrows(IOException.class, () -> session.save(ProjectStorage.standard()));
			assertTrue(refused.getMessage().contains(holder.describe()), refused.getMessage());
			assertTrue(session.isDirty(), "nothing is lost: the changes stay");
			assertFalse("changed".equals(ProjectStorage.standard().loadReadOnly(directory.resolve("p")).getProject().getName()));
		} finally {
			session.dispose();
		}
	}

	@Test
	void aWritableSessionHoldsTheLockUntilItIsClosed() throws IOException {
		Path project = directory.resolve("q");
		AuditProjectDocument document = TestProjects.createAndLoad(project);
		ProjectLock lock = ProjectLock.acquire(project, ProjectLock.WORKBENCH);
		ProjectSession session = new ProjectSession(document, lock, null);
		assertFalse(session.isReadOnly());
		assertTrue(Files.exists(project.resolve(ProjectLock.FILE_NAME)));
		session.save(ProjectStorage.standard());
		session.dispose();
		assertFalse(Files.exists(project.resolve(ProjectLock.FILE_NAME)), "released when the project is closed");
	}
}
