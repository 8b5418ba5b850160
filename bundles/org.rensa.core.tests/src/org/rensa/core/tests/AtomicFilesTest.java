// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.io.AtomicFiles;

/** The one atomic-write helper: replace, fail without trace, create folders, follow links. */
class AtomicFilesTest {

	@TempDir
	Path dir;

	@Test
	void replacesTheContentAndLeavesOnlyTheDestination() throws IOException {
		Path file = dir.resolve("report.csv");
		Files.writeString(file, "old content that is longer than the new one");
		AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
		assertEquals("new", Files.readString(file));
		assertEquals(List.of("report.csv"), names(dir));
	}

	@Test
	void aFailingCallbackLeavesTheOldContentAndNoTemporaryFile() throws IOException {
		Path file = dir.resolve("workbook.xlsx");
		Files.writeString(file, "old");
		IOException failure = new IOException("renderer failed");
		IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
			out.write("half of the new".getBytes(StandardCharsets.UTF_8));
			throw failure;
		}));
		assertSame(failure, thrown);
		assertEquals("old", Files.readString(file));
		assertEquals(List.of("workbook.xlsx"), names(dir));
	}

	@Test
	void aRuntimeFailureOfANewFileLeavesNothing() throws IOException {
		Path file = dir.resolve("export.svg");
		assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(file, out -> {
			out.write('<');
			throw new UncheckedIOException(new IOException("layout failed"));
		}));
		assertEquals(List.of(), names(dir));
	}

	@Test
	void aCallbackMayCloseTheStreamItIsGiven() throws IOException {
		Path file = dir.resolve("report.pdf");
		AtomicFiles.write(file, out -> {
			out.write(new byte[] { 1, 2, 3 });
			out.close();
		});
		assertArrayEquals(new byte[] { 1, 2, 3 }, Files.readAllBytes(file));
	}

	@Test
	void missingFoldersAreCreated() throws IOException {
		Path file = dir.resolve("settings").resolve("mappings").resolve("industry.properties");
		AtomicFiles.writeString(file, "sheet=回答");
		assertEquals("sheet=回答", Files.readString(file, StandardCharsets.UTF_8));
		assertEquals(List.of("industry.properties"), names(file.getParent()));
	}

	@Test
	void aSymbolicLinkIsFollowedAndStaysALink() throws IOException {
		Path elsewhere = Files.createDirectories(dir.resolve("shared"));
		Path real = Files.writeString(elsewhere.resolve("latest.pdf"), "old");
		Path reports = Files.createDirectories(dir.resolve("reports"));
		Path link = Files.createSymbolicLink(reports.resolve("latest.pdf"), Path.of("..", "shared", "latest.pdf"));
		AtomicFiles.writeString(link, "new");
		assertTrue(Files.isSymbolicLink(link));
		assertEquals("new", Files.readString(real));
		assertEquals(List.of("latest.pdf"), names(elsewhere));
		assertEquals(List.of("latest.pdf"), names(reports));
	}

	@Test
	void aReplacedFileKeepsItsPermissions() throws IOException {
		Path file = dir.resolve("tracker.xlsx");
		Files.writeString(file, "old");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
		AtomicFiles.writeString(file, "new");
		assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void aPendingFileIsMovedOnceItsNameIsKnownOrDeleted() throws IOException {
		Path store = Files.createDirectories(dir.resolve("store"));
		Path target;
		try (AtomicFiles.PendingFile pending = AtomicFiles.writeTemporary(store, out -> out.write(42))) {
			assertTrue(Files.isRegularFile(pending.path()));
			target = store.resolve("2a").resolve("42");
			pending.moveTo(target);
		}
		assertArrayEquals(new byte[] { 42 }, Files.readAllBytes(target));
		try (AtomicFiles.PendingFile pending = AtomicFiles.writeTemporary(store, out -> out.write(42))) {
			assertTrue(Files.exists(pending.path()));
		}
		assertEquals(List.of("2a"), names(store));
	}

	@Test
	void aFailedRenameLeavesTheDestinationAndNoTemporaryFile() throws IOException {
		Path occupied = Files.createDirectories(dir.resolve("out.docx"));
		Files.writeString(occupied.resolve("keep"), "a folder in the way");
		assertThrows(IOException.class, () -> AtomicFiles.writeString(occupied, "new"));
		assertTrue(Files.isDirectory(occupied));
		assertEquals("a folder in the way", Files.readString(occupied.resolve("keep")));
		assertEquals(List.of("out.docx"), names(dir));
	}

	private static List<String> names(Path directory) throws IOException {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}
}
