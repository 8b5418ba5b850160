// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rensa.core.io.AtomicFiles;
import org.rensa.model.AuditProject;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.RensaFactory;

/**
 * The content-addressed, add-only store of evidence files of a project: a file with SHA-256
 * {@code h} lives at {@code evidence/<first two hex digits of h>/h}, written atomically.
 */
public final class EvidenceStore {

	/** The project-relative directory of evidence files. */
	public static final String DIRECTORY = "evidence";

	private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
			Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
			Map.entry("gif", "image/gif"), Map.entry("heic", "image/heic"), Map.entry("webp", "image/webp"),
			Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"), Map.entry("svg", "image/svg+xml"),
			Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"), Map.entry("md", "text/markdown"),
			Map.entry("csv", "text/csv"), Map.entry("html", "text/html"), Map.entry("xml", "application/xml"),
			Map.entry("json", "application/json"), Map.entry("zip", "application/zip"),
			Map.entry("doc", "application/msword"),
			Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			Map.entry("xls", "application/vnd.ms-excel"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
			Map.entry("mp4", "video/mp4"), Map.entry("mov", "video/quicktime"), Map.entry("m4a", "audio/mp4"),
			Map.entry("mp3", "audio/mpeg"), Map.entry("eml", "message/rfc822"), Map.entry("log", "text/plain"));

	/** The outcome of checking one evidence file. */
	public enum Status {
		/** The file is present and its SHA-256 matches. */
		OK,
		/** The file does not exist (or its path leaves the project directory). */
		MISSING,
		/** The file exists but its content no longer matches the recorded SHA-256 or size. */
		ALTERED
	}

	/**
	 * A problem with one evidence file.
	 *
	 * @param evidence the evidence record
	 * @param file the file entry
	 * @param status {@link Status#MISSING} or {@link Status#ALTERED}
	 * @param actualSha256 the hash found on disk ({@code null} when missing)
	 */
	public record Problem(Evidence evidence, EvidenceFile file, Status status, String actualSha256) {
	}

	private final Path projectDirectory;

	/** @param projectDirectory the project directory */
	public EvidenceStore(Path projectDirectory) {
		this.projectDirectory = projectDirectory.toAbsolutePath().normalize();
	}

	/** @return the project directory */
	public Path getProjectDirectory() {
		return projectDirectory;
	}

	/**
	 * Copies a file into the store (if an identical file is not there already) and describes it.
	 *
	 * @param file the file to add
	 * @return a new, detached {@link EvidenceFile} with path, original name, media type, size and SHA-256
	 * @throws IOException when the file cannot be read or the store written
	 */
	public EvidenceFile add(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return add(in, file.getFileName().toString());
		}
	}

	/**
	 * Stores content given as bytes (e.g. a screenshot from the clipboard or generated test data).
	 *
	 * @param originalName the name to record, also used to guess the media type
	 * @param content the content
	 * @return a new, detached {@link EvidenceFile}
	 * @throws IOException when the store cannot be written
	 */
	public EvidenceFile add(String originalName, byte[] content) throws IOException {
		return add(new java.io.ByteArrayInputStream(content), originalName);
	}

	private EvidenceFile add(InputStream in, String originalName) throws IOException {
		Path directory = projectDirectory.resolve(DIRECTORY);
		Files.createDirectories(directory);
		MessageDigest digest = sha256();
		long[] size = new long[1];
		String sha256;
		try (AtomicFiles.PendingFile pending = AtomicFiles.writeTemporary(directory, out -> {
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
				out.write(buffer, 0, n);
				size[0] += n;
			}
		})) {
			sha256 = HexFormat.of().formatHex(digest.digest());
			Path target = directory.resolve(sha256.substring(0, 2)).resolve(sha256);
			// An identical file is there already: the pending copy is dropped when closed.
			if (!Files.exists(target)) {
				pending.moveTo(target);
			}
		}
		EvidenceFile result = RensaFactory.eINSTANCE.createEvidenceFile();
		result.setPath(relativePath(sha256));
		result.setOriginalName(originalName);
		result.setMediaType(mediaTypeOf(originalName));
		result.setSize(size[0]);
		result.setSha256(sha256);
		return result;
	}

	/**
	 * @param sha256 a lower-case hex SHA-256
	 * @return the project-relative path of the stored file, with forward slashes
	 */
	public static String relativePath(String sha256) {
		return DIRECTORY + "/" + sha256.substring(0, 2) + "/" + sha256;
	}

	/**
	 * @param fileName a file name
	 * @return the media type guessed from the extension, {@code application/octet-stream} when unknown
	 */
	public static String mediaTypeOf(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return MEDIA_TYPES.getOrDefault(extension, "application/octet-stream");
	}

	/**
	 * @param file an evidence file entry
	 * @return the absolute location of its content, or {@code null} when its path is empty or leaves
	 *         the project directory (also through a symbolic link, or when it is not a regular file)
	 */
	public Path resolve(EvidenceFile file) {
		String path = file.getPath();
		if (path == null || path.isEmpty()) {
			return null;
		}
		Path resolved;
		try {
			resolved = projectDirectory.resolve(path).normalize();
		} catch (java.nio.file.InvalidPathException e) {
			return null;
		}
		if (!resolved.startsWith(projectDirectory) || resolved.equals(projectDirectory)) {
			return null;
		}
		// After resolving links too: a symbolic link (to the file or one of its folders) out of the
		// project is treated as a missing file (org.rensa.core.io.ProjectFiles is the rule)
		if (Files.exists(resolved, java.nio.file.LinkOption.NOFOLLOW_LINKS)
				&& org.rensa.core.io.ProjectFiles.problem(projectDirectory, resolved) != null) {
			return null;
		}
		return resolved;
	}

	/**
	 * Re-hashes one file entry.
	 *
	 * @param file the entry
	 * @return the status of its content on disk
	 * @throws IOException when the file exists but cannot be read
	 */
	public Status check(EvidenceFile file) throws IOException {
		Path location = resolve(file);
		if (location == null || !Files.isRegularFile(location)) {
			return Status.MISSING;
		}
		String actual = hash(location);
		boolean same = actual.equalsIgnoreCase(String.valueOf(file.getSha256()))
				&& (file.getSize() <= 0 || file.getSize() == Files.size(location));
		return same ? Status.OK : Status.ALTERED;
	}

	/**
	 * Re-hashes the files of one evidence record.
	 *
	 * @param evidence the record
	 * @return its missing or altered files (empty when all are intact)
	 * @throws IOException when an existing file cannot be read
	 */
	public List<Problem> verify(Evidence evidence) throws IOException {
		List<Problem> problems = new ArrayList<>();
		for (EvidenceFile file : evidence.getFiles()) {
			Path location = resolve(file);
			if (location == null || !Files.isRegularFile(location)) {
				problems.add(new Problem(evidence, file, Status.MISSING, null));
				continue;
			}
			String actual = hash(location);
			if (!actual.equalsIgnoreCase(String.valueOf(file.getSha256()))) {
				problems.add(new Problem(evidence, file, Status.ALTERED, actual));
			}
		}
		return problems;
	}

	/**
	 * Re-hashes every evidence file of a project.
	 *
	 * @param project the project
	 * @return the missing or altered files, in project order
	 * @throws IOException when an existing file cannot be read
	 */
	public List<Problem> verifyAll(AuditProject project) throws IOException {
		List<Problem> problems = new ArrayList<>();
		for (Evidence evidence : project.getEvidence()) {
			problems.addAll(verify(evidence));
		}
		return problems;
	}

	/**
	 * @param file a file
	 * @return its SHA-256 as lower-case hex
	 * @throws IOException when it cannot be read
	 */
	public static String hash(Path file) throws IOException {
		MessageDigest digest = sha256();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * @param content bytes
	 * @return their SHA-256 as lower-case hex
	 */
	public static String hash(byte[] content) {
		return HexFormat.of().formatHex(sha256().digest(content));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is not available", e);
		}
	}
}
