// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.rensa.core.storage.EvidenceStore;
import org.rensa.model.AuditProject;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.EvidenceKind;
import org.rensa.model.RensaFactory;
import org.rensa.model.Tlp;
import org.rensa.model.Visit;

/**
 * Turns files the auditor chose into one evidence item: each file is checked (inside the chosen
 * folder after resolving links, not larger than the limit, an image that really decodes when it has
 * an image extension), copied into the project's content-addressed {@link EvidenceStore} and hashed;
 * a file whose content is already in the project is linked, not copied twice. The capture time of
 * a JPEG is read from its EXIF {@code DateTimeOriginal}. Problems are collected as one-line messages;
 * the rest of the files are still captured.
 */
public final class EvidenceCapture {

	/** Default largest file accepted (200 MB). */
	public static final long DEFAULT_MAX_SIZE = 200L * 1024 * 1024;

	/**
	 * The outcome.
	 *
	 * @param evidence   the new (detached) evidence item, {@code null} when no file was accepted
	 * @param duplicates names of files whose content was already in the project (linked, not copied)
	 * @param problems   one line per refused file
	 */
	public record Result(Evidence evidence, List<String> duplicates, List<String> problems) {
	}

	private final EvidenceStore store;
	private final long maxSize;

	/**
	 * @param store   the project's store
	 * @param maxSize the largest file accepted, in bytes
	 */
	public EvidenceCapture(EvidenceStore store, long maxSize) {
		this.store = store;
		this.maxSize = maxSize;
	}

	/**
	 * @param project    the project (to find files already stored)
	 * @param files      the files chosen (dialog or drop)
	 * @param chosenRoot the folder the user chose from; files resolving outside it are refused, or
	 *                   {@code null} to accept any location (a drop of individual files)
	 * @param title      the evidence title
	 * @param tlp        the TLP label
	 * @param capturedBy who captured it
	 * @param visit      the visit, or {@code null}
	 * @param now        the recording time
	 * @return the evidence item and the messages
	 */
	public Result capture(AuditProject project, List<Path> files, Path chosenRoot, String title, Tlp tlp,
			String capturedBy, Visit visit, Instant now) {
		List<String> problems = new ArrayList<>();
		List<String> duplicates = new ArrayList<>();
		List<EvidenceFile> stored = new ArrayList<>();
		Instant captured = null;
		boolean allImages = true;
		Path root = null;
		if (chosenRoot != null) {
			try {
				root = chosenRoot.toRealPath();
			} catch (IOException e) {
				problems.add(chosenRoot + ": the folder cannot be read");
				return new Result(null, duplicates, problems);
			}
		}
		for (Path file : files) {
			String name = String.valueOf(file.getFileName());
			try {
				Path real = file.toRealPath();
				if (root != null && !real.startsWith(root)) {
					problems.add(name + ": refused: it resolves to " + real + ", outside the chosen folder " + root);
					continue;
				}
				if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
					problems.add(name + ": not a regular file");
					continue;
				}
				long size = Files.size(real);
				if (size > maxSize) {
					problems.add(name + ": refused: " + size / (1024 * 1024) + " MB is more than the limit of " + maxSize / (1024 * 1024) + " MB");
					continue;
				}
				boolean image = EvidenceStore.mediaTypeOf(name).startsWith("image/");
				if (image && !decodes(real)) {
					problems.add(name + ": refused: not a readable image");
					continue;
				}
				allImages &= image;
				String sha256 = EvidenceStore.hash(real);
				EvidenceFile existing = find(project, sha256);
				EvidenceFile entry = store.add(real);
				if (existing != null) {
					duplicates.add(name);
				}
				entry.setOriginalName(name);
				stored.add(entry);
				if (captured == null && image) {
					captured = ExifDates.captureTime(real);
				}
			} catch (IOException e) {
				problems.add(name + ": cannot be read: " + e.getMessage());
			}
		}
		if (stored.isEmpty()) {
			return new Result(null, duplicates, problems);
		}
		Evidence evidence = RensaFactory.eINSTANCE.createEvidence();
		evidence.setTitle(title == null || title.isBlank() ? stored.get(0).getOriginalName() : title);
		evidence.setKind(allImages ? EvidenceKind.PHOTO : EvidenceKind.DOCUMENT);
		evidence.getFiles().addAll(stored);
		evidence.setCapturedAt(captured != null ? captured : now);
		evidence.setRecordedAt(now);
		evidence.setCapturedBy(capturedBy);
		evidence.setTlp(tlp == null ? Tlp.AMBER : tlp);
		evidence.setVisit(visit);
		return new Result(evidence, duplicates, problems);
	}

	private static EvidenceFile find(AuditProject project, String sha256) {
		for (Evidence evidence : project.getEvidence()) {
			for (EvidenceFile file : evidence.getFiles()) {
				if (sha256.equalsIgnoreCase(file.getSha256())) {
					return file;
				}
			}
		}
		return null;
	}

	private static boolean decodes(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".heic") || name.endsWith(".webp") || name.endsWith(".svg")) {
			return true;
		}
		try (InputStream in = Files.newInputStream(file); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
			if (stream == null) {
				return false;
			}
			var readers = ImageIO.getImageReaders(stream);
			if (!readers.hasNext()) {
				return false;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(stream, true, true);
				return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
			} finally {
				reader.dispose();
			}
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}
}
