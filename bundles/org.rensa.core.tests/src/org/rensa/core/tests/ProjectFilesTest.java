// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.io.ProjectFiles;
import org.rensa.core.storage.EvidenceStore;
import org.rensa.model.EvidenceFile;

/** Files a project names must be regular files inside it after resolving links. */
class ProjectFilesTest {

	@TempDir
	Path temp;

	@Test
	void onlyRegularFilesInsideTheProjectAfterResolvingLinksAreRead() throws Exception {
		Path project = Files.createDirectories(temp.resolve("project"));
		Path outside = Files.writeString(temp.resolve("secret.txt"), "secret");
		Path settings = Files.createDirectories(project.resolve("settings"));
		Path inside = Files.writeString(settings.resolve("logo.png"), "x");
		Files.createSymbolicLink(settings.resolve("link.png"), outside);
		Files.createSymbolicLink(settings.resolve("inner-link.png"), inside);
		Files.createDirectories(settings.resolve("folder.png"));

		assertNull(ProjectFiles.problem(project, inside));
		assertNull(ProjectFiles.problem(project, settings.resolve("inner-link.png")), "a link inside the project is fine");
		assertEquals("leads outside the project (a symbolic link to " + outside.toRealPath() + ")",
				ProjectFiles.problem(project, settings.resolve("link.png")));
		assertEquals("is not a regular file", ProjectFiles.problem(project, settings.resolve("folder.png")));
		assertEquals("does not exist", ProjectFiles.problem(project, settings.resolve("none.png")));
		IOException refused = assertThrows(IOException.class, () -> ProjectFiles.inside(project, settings.resolve("link.png")));
		assertTrue(refused.getMessage().startsWith("settings/link.png: refused: leads outside the project"), refused.getMessage());

		// a folder of the project linked outside: the same
		Path linkedProject = Files.createDirectories(temp.resolve("linked"));
		Files.createSymbolicLink(linkedProject.resolve("settings"), settings);
		assertTrue(ProjectFiles.problem(linkedProject, linkedProject.resolve("settings/logo.png")).startsWith("leads outside"));
	}

	@Test
	void anEvidenceFileLinkedOutsideTheProjectCountsAsMissing() throws Exception {
		Path project = Files.createDirectories(temp.resolve("project"));
		EvidenceStore store = new EvidenceStore(project);
		EvidenceFile file = store.add("note.txt", "the note".getBytes(StandardCharsets.UTF_8));
		Path stored = store.resolve(file);
		assertEquals(EvidenceStore.Status.OK, store.check(file));
		// replaced by a link to a file with the same content elsewhere
		Path elsewhere = Files.writeString(temp.resolve("elsewhere.txt"), "the note");
		Files.delete(stored);
		Files.createSymbolicLink(stored, elsewhere);
		assertNull(store.resolve(file));
		assertEquals(EvidenceStore.Status.MISSING, store.check(file));
	}
}
