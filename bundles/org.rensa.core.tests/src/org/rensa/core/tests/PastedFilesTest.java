// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.evidence.PastedFiles;

/** Pasted text as evidence files: paths, URIs and quotes name files; anything else names nothing. */
class PastedFilesTest {

	@TempDir
	Path directory;

	@Test
	void pathsUrisAndQuotedNamesOneALine() throws IOException {
		Path photo = Files.writeString(directory.resolve("white board.jpg"), "x");
		Path log = Files.writeString(directory.resolve("firewall.log"), "y");
		String text = "# copied from the file manager\r\n" + photo.toUri() + "\n\"" + log + "\"\n\n" + log + "\n";
		assertEquals(List.of(photo, log), PastedFiles.of(text));
	}

	@Test
	void textThatIsNotAListOfFilesNamesNothing() throws IOException {
		Path photo = Files.writeString(directory.resolve("photo.png"), "x");
		assertTrue(PastedFiles.of(null).isEmpty());
		assertTrue(PastedFiles.of("  ").isEmpty());
		assertTrue(PastedFiles.of("Shared admin account seen on the whiteboard").isEmpty(), "a note is not a path");
		assertTrue(PastedFiles.of("photo.png").isEmpty(), "relative names are not resolved");
		assertTrue(PastedFiles.of(directory.toString()).isEmpty(), "a folder is not evidence");
		assertTrue(PastedFiles.of(photo + "\n" + directory.resolve("missing.png")).isEmpty(), "one missing file spoils the paste");
	}
}
