// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.EvidenceStore;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceKind;
import org.rensa.model.Tlp;
import org.rensa.core.evidence.EvidenceCapture;
import org.rensa.core.evidence.EvidenceLog;
import org.rensa.core.evidence.ExifDates;

/** Evidence capture (store, hash, EXIF date, refusals, duplicates) and the append-only evidence log. */
final class EvidenceCaptureTest {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	@TempDir
	Path temp;

	private AuditProjectDocument project() throws java.io.IOException {
		return ProjectStorage.standard().create(temp.resolve("p"), "Evidence test");
	}

	@Test
	void photosAreStoredHashedAndDatedFromExif() throws Exception {
		AuditProjectDocument document = project();
		Path chosen = Files.createDirectories(temp.resolve("camera"));
		Path photo = chosen.resolve("server-room.jpg");
		Files.write(photo, jpegWithExif("2026:11:30 14:05:09"));
		EvidenceCapture capture = new EvidenceCapture(document.getEvidenceStore(), EvidenceCapture.DEFAULT_MAX_SIZE);
		EvidenceCapture.Result result = capture.capture(document.getProject(), List.of(photo), chosen, "Server room door", Tlp.AMBER,
				"auditor-1", null, NOW);
		assertEquals(List.of(), result.problems());
		Evidence evidence = result.evidence();
		assertEquals(EvidenceKind.PHOTO, evidence.getKind());
		assertEquals(LocalDateTime.of(2026, 11, 30, 14, 5, 9).atZone(ZoneId.systemDefault()).toInstant(), evidence.getCapturedAt());
		assertEquals(NOW, evidence.getRecordedAt());
		assertEquals(EvidenceStore.hash(photo), evidence.getFiles().get(0).getSha256());
		assertTrue(Files.isRegularFile(document.getEvidenceStore().resolve(evidence.getFiles().get(0))));
		assertEquals("server-room.jpg", evidence.getFiles().get(0).getOriginalName());
	}

	@Test
	void badFilesAreRefusedOneByOneAndDuplicatesLinked() throws Exception {
		AuditProjectDocument document = project();
		Path chosen = Files.createDirectories(temp.resolve("docs"));
		Path policy = Files.writeString(chosen.resolve("policy.txt"), "Information security policy");
		Path broken = Files.writeString(chosen.resolve("broken.png"), "not a png");
		Path big = Files.write(chosen.resolve("big.pdf"), new byte[4096]);
		Path outside = Files.writeString(temp.resolve("secret.txt"), "outside");
		Path link = Files.createSymbolicLink(chosen.resolve("link.txt"), outside);
		EvidenceCapture capture = new EvidenceCapture(document.getEvidenceStore(), 1024);
		EvidenceCapture.Result first = capture.capture(document.getProject(), List.of(policy, broken, big, link), chosen, null, Tlp.GREEN,
				"auditor-1", null, NOW);
		assertEquals(1, first.evidence().getFiles().size());
		assertEquals("policy.txt", first.evidence().getTitle());
		assertEquals(EvidenceKind.DOCUMENT, first.evidence().getKind());
		assertEquals(3, first.problems().size(), String.valueOf(first.problems()));
		assertTrue(first.problems().get(0).startsWith("broken.png: refused: not a readable image"));
		assertTrue(first.problems().get(1).startsWith("big.pdf: refused: 0 MB is more than the limit"), first.problems().get(1));
		assertTrue(first.problems().get(2).startsWith("link.txt: refused: it resolves to"), first.problems().get(2));
		document.getProject().getEvidence().add(first.evidence());

		Path copy = Files.writeString(chosen.resolve("policy-copy.txt"), "Information security policy");
		EvidenceCapture.Result second = capture.capture(document.getProject(), List.of(copy), chosen, null, Tlp.GREEN, "auditor-1", null, NOW);
		assertEquals(List.of("policy-copy.txt"), second.duplicates());
		assertEquals(first.evidence().getFiles().get(0).getPath(), second.evidence().getFiles().get(0).getPath());
		try (var files = Files.walk(document.getDirectory().resolve("evidence"))) {
			assertEquals(1, files.filter(Files::isRegularFile).count());
		}
		EvidenceCapture.Result none = capture.capture(document.getProject(), List.of(broken), chosen, null, Tlp.GREEN, "a", null, NOW);
		assertNull(none.evidence());
	}

	@Test
	void theEvidenceLogIsAppendOnlyAndDetectsEdits() throws Exception {
		AuditProjectDocument document = project();
		Path chosen = Files.createDirectories(temp.resolve("docs"));
		EvidenceCapture capture = new EvidenceCapture(document.getEvidenceStore(), EvidenceCapture.DEFAULT_MAX_SIZE);
		Path log = EvidenceLog.file(document.getDirectory(), "visit-1");
		for (int i = 0; i < 3; i++) {
			Path file = Files.writeString(chosen.resolve("note-" + i + ".txt"), "interview note " + i);
			Evidence evidence = capture.capture(document.getProject(), List.of(file), chosen, "Note " + i, Tlp.AMBER, "auditor-1", null, NOW).evidence();
			evidence.setId("ev-" + i);
			EvidenceLog.append(log, NOW.plusSeconds(i), "auditor-1", "recorded", evidence);
		}
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		assertEquals(3, lines.size());
		assertTrue(lines.get(1).startsWith("2026-12-01T10:00:01Z\tauditor-1\trecorded\tev-1\tNote 1\tnote-1.txt="));
		assertEquals(List.of(), EvidenceLog.verify(log));
		Files.writeString(log, String.join("\n", lines.get(0), lines.get(1).replace("Note 1", "Note X"), lines.get(2)) + "\n");
		assertEquals(List.of(2), EvidenceLog.verify(log));
		Files.writeString(log, String.join("\n", lines.get(0), lines.get(2)) + "\n");
		assertEquals(List.of(2), EvidenceLog.verify(log), "a removed line breaks the chain of the next one");
	}

	@Test
	void exifParserIgnoresNonJpegs() {
		assertNull(ExifDates.captureTime("plain text".getBytes(StandardCharsets.UTF_8)));
		assertNull(ExifDates.captureTime(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }));
	}

	/** A real JPEG with an APP1 Exif segment holding DateTimeOriginal in an Exif sub-IFD (big-endian). */
	static byte[] jpegWithExif(String dateTime) throws Exception {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", jpeg);
		byte[] plain = jpeg.toByteArray();
		ByteArrayOutputStream tiff = new ByteArrayOutputStream();
		// header: MM, 42, IFD0 at 8
		tiff.write(new byte[] { 'M', 'M', 0, 42, 0, 0, 0, 8 });
		// IFD0: 1 entry: ExifIFD pointer (0x8769, LONG, 1, offset 26)
		tiff.write(new byte[] { 0, 1, (byte) 0x87, 0x69, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0 });
		// Exif IFD at 26: 1 entry: DateTimeOriginal (0x9003, ASCII, 20, offset 44)
		tiff.write(new byte[] { 0, 1, (byte) 0x90, 0x03, 0, 2, 0, 0, 0, 20, 0, 0, 0, 44, 0, 0, 0, 0 });
		tiff.write((dateTime + "\0").getBytes(StandardCharsets.US_ASCII));
		byte[] tiffBytes = tiff.toByteArray();
		int length = 2 + 6 + tiffBytes.length;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2);
		out.write(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length, 'E', 'x', 'i', 'f', 0, 0 });
		out.write(tiffBytes);
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}
}
