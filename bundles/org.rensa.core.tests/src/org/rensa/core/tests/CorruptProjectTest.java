// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectFormatException;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.storage.RecoveryArea;

/** A corrupt model file: its name and line, the way back to model.bak/, and the broken files kept. */
class CorruptProjectTest {

	private final ProjectStorage storage = ProjectStorage.standard();
	private Path dir;
	private Path findings;

	@BeforeEach
	void setUp(@TempDir Path temp) throws Exception {
		dir = TestSupport.copySample(temp.resolve("p"));
		AuditProjectDocument document = storage.load(dir);
		document.getProject().setName("Version 2");
		storage.save(document); // model = version 2, model.bak = version 1
		findings = dir.resolve("model/findings.xmi");
		String text = Files.readString(findings, StandardCharsets.UTF_8);
		// cut in the middle of an element after the third line
		int cut = text.indexOf('\n', text.indexOf('\n', text.indexOf('\n') + 1) + 1) + 10;
		Files.writeString(findings, text.substring(0, cut), StandardCharsets.UTF_8);
	}

	@Test
	void aTruncatedFileIsNamedWithItsLineNotAsADoctypeProblem() {
		ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> storage.load(dir));
		String message = e.getMessage();
		assertFalse(message.contains("\n"), message);
		assertFalse(message.contains("DOCTYPE"), message);
		assertTrue(message.contains("findings.xmi, line "), message);
		assertTrue(message.contains("the file ends in the middle of an element (truncated?)"), message);
		assertTrue(message.contains("model.bak/"), message);
		assertTrue(e.getLine() >= 3, "line " + e.getLine());
		assertEquals(findings, e.getFile());
		assertEquals(dir.resolve("model.bak"), e.getBackup());
	}

	@Test
	void theCommandLineSaysFileLineAndModelBakInOneLine() {
		TestSupport.Run run = TestSupport.rensa("info", dir.toString());
		assertEquals(2, run.exitCode(), run.err());
		String err = run.err().strip();
		assertFalse(err.contains("\n"), err);
		assertTrue(err.contains("findings.xmi, line "), err);
		assertTrue(err.contains("truncated?"), err);
		assertTrue(err.contains("model.bak/"), err);
	}

	@Test
	void thePreviousSaveOpensWithoutTouchingTheBrokenFilesUntilSaved() throws Exception {
		byte[] broken = Files.readAllBytes(findings);
		var before = TestSupport.snapshot(dir);
		AuditProjectDocument previous = RecoveryArea.openPreviousSave(dir);
		assertEquals("Synthetic project (seed 42)", previous.getProject().getName());
		assertEquals(dir.toAbsolutePath().normalize(), previous.getDirectory());
		assertEquals(before.keySet(), TestSupport.snapshot(dir).keySet());
		byte[] backupProject = Files.readAllBytes(dir.resolve("model.bak/project.xmi"));

		Path aside = RecoveryArea.setBrokenModelAside(dir, Instant.parse("2026-12-05T09:10:00Z"));
		assertEquals(dir.resolve("model.broken-20261205-091000"), aside);
		storage.save(previous);
		assertArrayEquals(broken, Files.readAllBytes(aside.resolve("findings.xmi")), "broken files are kept");
		assertArrayEquals(backupProject, Files.readAllBytes(dir.resolve("model.bak/project.xmi")),
				"model.bak/ stays the previous save");
		assertEquals("Synthetic project (seed 42)", storage.load(dir).getProject().getName());
		assertNotNull(storage.load(dir).getProject());
	}

	@Test
	void aBrokenBackupIsNotOfferedAsTheWayBack() throws Exception {
		Files.delete(dir.resolve("model.bak/rensa.properties"));
		ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> storage.load(dir));
		assertFalse(e.getMessage().contains("model.bak"), e.getMessage());
		assertEquals(null, e.getBackup());
	}

	@Test
	void aTruncatedFileIsRecognisedWhateverTheParsersLanguage() {
		java.util.Locale previous = java.util.Locale.getDefault();
		java.util.Locale.setDefault(java.util.Locale.JAPAN);
		try {
			ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> storage.load(dir));
			assertTrue(e.getMessage().contains("the file ends in the middle of an element (truncated?)"), e.getMessage());
		} finally {
			java.util.Locale.setDefault(previous);
		}
	}
}
