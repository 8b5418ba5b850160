// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.profile.AuditorProfile;
import org.rensa.core.profile.AuditorProfiles;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.storage.RecoveryArea;
import org.rensa.core.storage.RecoveryEntry;

/** The recovery area: unsaved state written outside the project, read back, offered and discarded. */
class RecoveryAreaTest {

	private static final Instant T1 = Instant.parse("2026-12-05T09:00:00Z");
	private static final Instant T2 = Instant.parse("2026-12-05T09:00:30Z");

	private final ProjectStorage storage = ProjectStorage.standard();
	private Path dir;
	private RecoveryArea area;
	private String previousProfile;

	@BeforeEach
	void setUp(@TempDir Path temp) throws Exception {
		dir = TestSupport.copySample(temp.resolve("p"));
		area = new RecoveryArea(temp.resolve("state/rensa/recovery"));
		previousProfile = System.setProperty("rensa.profile", temp.resolve("auditor.properties").toString());
		AuditorProfiles.save(new AuditorProfile("Aiko Tanaka", "Rensa Audit", "aiko@example.org"));
	}

	@AfterEach
	void restoreProfile() {
		if (previousProfile == null) {
			System.clearProperty("rensa.profile");
		} else {
			System.setProperty("rensa.profile", previousProfile);
		}
	}

	private RecoveryEntry writeRenamed(String name, Instant time, int changes) throws Exception {
		AuditProjectDocument document = storage.load(dir);
		String savePoint = RecoveryArea.savePoint(dir);
		document.getProject().setName(name);
		return area.write(RecoveryArea.capture(document, savePoint, changes, time));
	}

	@Test
	void theEntryLivesOutsideTheProjectUnderTheHashOfItsPath() throws Exception {
		var before = TestSupport.snapshot(dir);
		RecoveryEntry entry = writeRenamed("Unsaved name", T1, 3);
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(dir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8)));
		assertEquals(area.root().resolve(hash), entry.directory());
		assertTrue(Files.isRegularFile(entry.directory().resolve("recovery.properties")));
		assertFalse(entry.directory().startsWith(dir));
		// the project on disk is untouched
		var after = TestSupport.snapshot(dir);
		assertEquals(before.keySet(), after.keySet());
		for (String file : before.keySet()) {
			assertTrue(java.util.Arrays.equals(before.get(file), after.get(file)), file);
		}
	}

	@Test
	void anEntryIsReadBackAsADocumentOfTheProject() throws Exception {
		writeRenamed("Unsaved name", T1, 3);
		RecoveryEntry entry = area.find(dir).orElseThrow();
		assertEquals(dir.toAbsolutePath().normalize(), entry.project());
		assertEquals(T1, entry.time());
		assertEquals(3, entry.changes());
		assertTrue(entry.by().contains("Aiko Tanaka"), entry.by());
		assertFalse(RecoveryArea.projectChangedSince(entry));
		AuditProjectDocument recovered = area.read(entry);
		assertEquals("Unsaved name", recovered.getProject().getName());
		assertEquals(dir.toAbsolutePath().normalize(), recovered.getDirectory());
		assertEquals("Synthetic project (seed 42)", storage.loadReadOnly(dir).getProject().getName());
		// saving the recovered state writes it into the project, and the disk version becomes model.bak/
		storage.save(recovered);
		assertEquals("Unsaved name", storage.loadReadOnly(dir).getProject().getName());
		assertTrue(Files.isRegularFile(dir.resolve("model.bak/project.xmi")));
	}

	@Test
	void aNewerStateReplacesTheOlderOneAndListShowsIt() throws Exception {
		writeRenamed("First", T1, 1);
		writeRenamed("Second", T2, 2);
		List<RecoveryEntry> entries = area.list();
		assertEquals(1, entries.size());
		assertEquals(T2, entries.get(0).time());
		assertEquals("Second", area.read(entries.get(0)).getProject().getName());
		try (var children = Files.list(entries.get(0).directory())) {
			assertEquals(2, children.count(), "recovery.properties and one snapshot");
		}
	}

	@Test
	void aStateInterruptedWhileWritingLeavesThePreviousOne() throws Exception {
		RecoveryEntry first = writeRenamed("First", T1, 1);
		// a kill after the files of a new snapshot but before recovery.properties
		Path half = first.directory().resolve("snapshot-" + T2.toEpochMilli());
		TestSupport.copyTree(first.snapshot(), half);
		Files.writeString(half.resolve("project.xmi"), "<?xml version=\"1.0\"?><trunc");
		RecoveryEntry found = area.find(dir).orElseThrow();
		assertEquals("First", area.read(found).getProject().getName());
	}

	@Test
	void aSaveSinceTheSavePointIsDetected() throws Exception {
		RecoveryEntry entry = writeRenamed("Unsaved name", T1, 1);
		AuditProjectDocument other = storage.load(dir);
		other.getProject().setName("Saved by someone else");
		storage.save(other);
		assertTrue(RecoveryArea.projectChangedSince(entry));
		assertNotEquals(entry.savePoint(), RecoveryArea.savePoint(dir));
	}

	@Test
	void discardDeletesTheEntry() throws Exception {
		RecoveryEntry entry = writeRenamed("Unsaved name", T1, 1);
		area.discard(dir);
		assertTrue(area.find(dir).isEmpty());
		assertTrue(area.list().isEmpty());
		assertFalse(Files.exists(entry.directory()));
		area.discard(dir); // nothing left: no error
	}

	@Test
	void theStandardAreaFollowsTheSystemProperty(@TempDir Path temp) {
		String previous = System.setProperty(RecoveryArea.DIRECTORY_PROPERTY, temp.toString());
		try {
			assertEquals(temp.toAbsolutePath().normalize(), RecoveryArea.standard().root());
		} finally {
			if (previous == null) {
				System.clearProperty(RecoveryArea.DIRECTORY_PROPERTY);
			} else {
				System.setProperty(RecoveryArea.DIRECTORY_PROPERTY, previous);
			}
		}
	}

	@Test
	void anUnreadableEntryIsNotOffered() throws Exception {
		RecoveryEntry entry = writeRenamed("Unsaved name", T1, 1);
		Files.writeString(entry.directory().resolve("recovery.properties"), "time=yesterday\nsnapshot=../../etc\n");
		assertTrue(area.find(dir).isEmpty());
		assertThrows(java.io.IOException.class, () -> area.read(new RecoveryEntry(dir, entry.directory(),
				entry.directory().resolve("missing"), T1, "", -1, "")));
	}

	@Test
	void anEntryKeptForLaterSurvivesNewStatesAndSavesAndIsOfferedLater() throws Exception {
		RecoveryEntry first = writeRenamed("Kept state", T1, 4);
		RecoveryEntry kept = area.keep(first);
		assertFalse(Files.exists(first.directory()));
		assertEquals("Kept state", area.read(kept).getProject().getName());
		writeRenamed("Newer state", T2, 1);
		assertEquals(T2, area.find(dir).orElseThrow().time(), "the newest state is offered first");
		area.discard(dir); // a save deletes the current entry only
		RecoveryEntry offered = area.find(dir).orElseThrow();
		assertEquals(kept.directory(), offered.directory());
		assertEquals(4, offered.changes());
		area.discard(offered);
		assertTrue(area.find(dir).isEmpty());
		assertTrue(area.list().isEmpty());
	}
}
