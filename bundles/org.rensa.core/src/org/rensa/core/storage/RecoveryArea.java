// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.rensa.core.io.AtomicFiles;
import org.rensa.core.profile.AuditorProfile;
import org.rensa.core.profile.AuditorProfiles;
import org.rensa.core.storage.internal.XmiProjectStorage;

/**
 * Where the workbench keeps the unsaved state of open projects so that a killed workbench loses
 * nothing: {@code $XDG_STATE_HOME/rensa/recovery/<SHA-256 of the absolute project path>/} (by default
 * under {@code ~/.local/state}; the system property {@value #DIRECTORY_PROPERTY} names another folder).
 * The area is outside every project and never written over one.
 * <p>
 * An entry holds a complete model directory (the bytes a save would write) and {@code recovery.properties}
 * (which project, when, by whom, how many unsaved changes, the save point it started from), written
 * last: a new state goes into a new snapshot folder, so a kill while writing leaves the previous state.
 * Capturing ({@link #capture}) runs where the model may be read (the UI thread); {@link #write} does
 * the file work and may run in the background.
 */
public final class RecoveryArea {

	/** System property naming the recovery area's folder (tests, portable installations). */
	public static final String DIRECTORY_PROPERTY = "rensa.recovery.dir";

	private static final String ENTRY_FILE = "recovery.properties";
	private static final String SNAPSHOT_PREFIX = "snapshot-";
	private static final String KEPT_INFIX = "-kept-";
	private static final DateTimeFormatter BROKEN_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
			.withZone(ZoneOffset.UTC);

	private final Path root;

	/**
	 * @param root the folder holding one entry per project
	 */
	public RecoveryArea(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** @return the user's recovery area (see the class comment) */
	public static RecoveryArea standard() {
		String explicit = System.getProperty(DIRECTORY_PROPERTY);
		if (explicit != null && !explicit.isBlank()) {
			return new RecoveryArea(Path.of(explicit));
		}
		String xdg = System.getenv("XDG_STATE_HOME");
		Path state = xdg != null && !xdg.isBlank() ? Path.of(xdg)
				: Path.of(System.getProperty("user.home"), ".local", "state");
		return new RecoveryArea(state.resolve("rensa").resolve("recovery"));
	}

	/** @return the folder holding the entries */
	public Path root() {
		return root;
	}

	/**
	 * @param project a project directory
	 * @return the folder of that project's entry (whether or not it exists)
	 */
	public Path entryDirectory(Path project) {
		return root.resolve(sha256(absolute(project).toString().getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * The save point of a project on disk: a digest over the names and contents of the files of its
	 * {@code model/} directory. Two saves of the same model give the same digest.
	 *
	 * @param project the project directory
	 * @return the digest, or {@code "none"} when the project has no model directory
	 * @throws IOException when a file cannot be read
	 */
	public static String savePoint(Path project) throws IOException {
		Path model = absolute(project).resolve(XmiProjectStorage.MODEL_DIR);
		if (!Files.isDirectory(model)) {
			return "none";
		}
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(model)) {
			for (Path file : (Iterable<Path>) walk::iterator) {
				if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
					files.put(model.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
				}
			}
		}
		MessageDigest digest = newDigest();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(sha256(file.getValue()).getBytes(StandardCharsets.US_ASCII));
			digest.update((byte) '\n');
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * The state of an open project, serialised to bytes exactly as a save would write it; nothing is
	 * written. Call it where the model may be read (the UI thread); pass the result to {@link #write}.
	 *
	 * @param document  the open project
	 * @param savePoint the {@linkplain #savePoint(Path) save point} the unsaved changes started from
	 * @param changes   how many commands are away from the save point, or -1 when unknown
	 * @param time      the time of the capture
	 * @return the captured state
	 * @throws IOException when the model cannot be serialised
	 */
	public static Snapshot capture(AuditProjectDocument document, String savePoint, int changes, Instant time)
			throws IOException {
		Map<String, byte[]> files = new XmiProjectStorage().serialize(document);
		return new Snapshot(document.getDirectory(), files, savePoint, changes, time);
	}

	/**
	 * The captured state of an open project.
	 *
	 * @param project   the project directory
	 * @param files     the model directory's files by relative path
	 * @param savePoint the save point the state started from
	 * @param changes   unsaved commands, or -1 when unknown
	 * @param time      when it was captured
	 */
	public record Snapshot(Path project, Map<String, byte[]> files, String savePoint, int changes, Instant time) {
	}

	/**
	 * Writes a captured state as the project's entry (replacing the previous one only once the new
	 * one is complete), naming the current {@linkplain AuditorProfiles auditor}. Every file goes
	 * through {@link AtomicFiles}.
	 *
	 * @param snapshot the state
	 * @return the entry written
	 * @throws IOException when the area cannot be written; the previous entry is then intact
	 */
	public synchronized RecoveryEntry write(Snapshot snapshot) throws IOException {
		Path project = absolute(snapshot.project());
		Path entry = entryDirectory(project);
		String name = SNAPSHOT_PREFIX + snapshot.time().toEpochMilli();
		for (int i = 1; Files.exists(entry.resolve(name)); i++) {
			name = SNAPSHOT_PREFIX + snapshot.time().toEpochMilli() + "-" + i;
		}
		Path folder = entry.resolve(name);
		for (Map.Entry<String, byte[]> file : snapshot.files().entrySet()) {
			AtomicFiles.write(folder.resolve(file.getKey()), file.getValue());
		}
		AuditorProfile by = AuditorProfiles.current();
		Properties properties = new Properties();
		properties.setProperty("project", project.toString());
		properties.setProperty("time", snapshot.time().toString());
		properties.setProperty("by", by.signature());
		properties.setProperty("changes", Integer.toString(snapshot.changes()));
		properties.setProperty("savePoint", snapshot.savePoint());
		properties.setProperty("snapshot", name);
		StringWriter text = new StringWriter();
		properties.store(text, "Rensa recovery entry");
		AtomicFiles.writeString(entry.resolve(ENTRY_FILE), text.toString());
		deleteSnapshotsExcept(entry, name);
		return new RecoveryEntry(project, entry, folder, snapshot.time(), by.signature(), snapshot.changes(),
				snapshot.savePoint());
	}

	/**
	 * @param project a project directory
	 * @return the project's entry, if there is a complete one
	 */
	public synchronized Optional<RecoveryEntry> find(Path project) {
		Path current = entryDirectory(project);
		String kept = current.getFileName() + KEPT_INFIX;
		List<RecoveryEntry> entries = new ArrayList<>();
		readEntry(current).ifPresent(entries::add);
		if (Files.isDirectory(root)) {
			try (Stream<Path> children = Files.list(root)) {
				children.filter(child -> child.getFileName().toString().startsWith(kept))
						.forEach(child -> readEntry(child).ifPresent(entries::add));
			} catch (IOException unreadable) {
				// the current entry alone
			}
		}
		entries.sort((a, b) -> b.time().compareTo(a.time()));
		return entries.stream().findFirst();
	}

	/**
	 * Keeps an entry for later: it is moved aside, so the state written while the project is open
	 * again does not replace it, and a save does not delete it; {@link #find(Path)} offers the
	 * newest of the project's entries at the next opening.
	 *
	 * @param entry an entry of this area
	 * @return the entry in its new place
	 * @throws IOException when it cannot be moved
	 */
	public synchronized RecoveryEntry keep(RecoveryEntry entry) throws IOException {
		if (entry.directory().getFileName().toString().contains(KEPT_INFIX)) {
			return entry;
		}
		Path target = root.resolve(entry.directory().getFileName() + KEPT_INFIX + entry.time().toEpochMilli());
		for (int i = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); i++) {
			target = root.resolve(entry.directory().getFileName() + KEPT_INFIX + entry.time().toEpochMilli() + "-" + i);
		}
		AtomicFiles.rename(entry.directory(), target);
		return new RecoveryEntry(entry.project(), target, target.resolve(entry.snapshot().getFileName()), entry.time(),
				entry.by(), entry.changes(), entry.savePoint());
	}

	/**
	 * Deletes one entry (the user discarded it, or it was restored and saved).
	 *
	 * @param entry an entry of this area
	 * @throws IOException when it cannot be deleted
	 */
	public synchronized void discard(RecoveryEntry entry) throws IOException {
		if (!entry.directory().getParent().equals(root)) {
			throw new IOException(entry.directory() + ": not an entry of " + root);
		}
		Files.deleteIfExists(entry.directory().resolve(ENTRY_FILE));
		deleteTree(entry.directory());
	}

	/** @return every complete entry of the area, newest first */
	public synchronized List<RecoveryEntry> list() {
		List<RecoveryEntry> entries = new ArrayList<>();
		if (Files.isDirectory(root)) {
			try (Stream<Path> children = Files.list(root)) {
				children.forEach(child -> readEntry(child).ifPresent(entries::add));
			} catch (IOException unreadable) {
				return entries;
			}
		}
		entries.sort((a, b) -> b.time().compareTo(a.time()));
		return entries;
	}

	/**
	 * Reads an entry back as a document of its project (to be saved into the project directory);
	 * nothing on disk changes.
	 *
	 * @param entry an entry of this area
	 * @return the recovered project
	 * @throws IOException when the entry cannot be read (the message names the file)
	 */
	public AuditProjectDocument read(RecoveryEntry entry) throws IOException {
		return new XmiProjectStorage().loadModel(entry.project(), entry.snapshot());
	}

	/**
	 * @param entry an entry
	 * @return whether the project's model on disk is no longer the save the entry started from
	 *         (someone saved or synchronised it since)
	 * @throws IOException when the project's files cannot be read
	 */
	public static boolean projectChangedSince(RecoveryEntry entry) throws IOException {
		return !savePoint(entry.project()).equals(entry.savePoint());
	}

	/**
	 * Deletes the project's current entry (after a successful save or a clean close), its
	 * {@code recovery.properties} first, so a half-deleted entry is never offered; entries
	 * {@linkplain #keep(RecoveryEntry) kept for later} stay.
	 *
	 * @param project a project directory
	 * @throws IOException when the entry cannot be deleted
	 */
	public synchronized void discard(Path project) throws IOException {
		Path entry = entryDirectory(project);
		if (!Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Files.deleteIfExists(entry.resolve(ENTRY_FILE));
		deleteTree(entry);
	}

	/**
	 * Opens the project's previous save ({@code model.bak/}) without changing anything on disk: what
	 * the workbench offers when {@code model/} is corrupt. Before this document is saved, call
	 * {@link #setBrokenModelAside(Path, Instant)} so the broken files are kept.
	 *
	 * @param project the project directory
	 * @return the previous save, as a document of the project
	 * @throws IOException when {@code model.bak/} cannot be read either
	 */
	public static AuditProjectDocument openPreviousSave(Path project) throws IOException {
		Path dir = absolute(project);
		return new XmiProjectStorage().loadModel(dir, dir.resolve(XmiProjectStorage.MODEL_BAK_DIR));
	}

	/**
	 * Renames a broken {@code model/} to {@code model.broken-<UTC time>/} (never deletes it), so that
	 * the next save writes a new {@code model/} and keeps {@code model.bak/} as it is.
	 *
	 * @param project the project directory
	 * @param time    the time naming the folder
	 * @return the folder the broken model now is in, or {@code null} when there was no {@code model/}
	 * @throws IOException when the rename fails
	 */
	public static Path setBrokenModelAside(Path project, Instant time) throws IOException {
		Path dir = absolute(project);
		Path model = dir.resolve(XmiProjectStorage.MODEL_DIR);
		if (!Files.isDirectory(model, LinkOption.NOFOLLOW_LINKS)) {
			return null;
		}
		String base = "model.broken-" + BROKEN_STAMP.format(time);
		Path target = dir.resolve(base);
		for (int i = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); i++) {
			target = dir.resolve(base + "-" + i);
		}
		AtomicFiles.rename(model, target);
		return target;
	}

	private Optional<RecoveryEntry> readEntry(Path entry) {
		Path file = entry.resolve(ENTRY_FILE);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file);
				Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
			String snapshot = properties.getProperty("snapshot", "");
			Path folder = entry.resolve(snapshot).normalize();
			if (!snapshot.startsWith(SNAPSHOT_PREFIX) || !folder.getParent().equals(entry)
					|| !Files.isDirectory(folder)) {
				return Optional.empty();
			}
			return Optional.of(new RecoveryEntry(Path.of(properties.getProperty("project")), entry, folder,
					Instant.parse(properties.getProperty("time")), properties.getProperty("by", ""),
					Integer.parseInt(properties.getProperty("changes", "-1")), properties.getProperty("savePoint", "")));
		} catch (IOException | RuntimeException unreadable) {
			// DateTimeParseException, NumberFormatException, a missing key: not an entry to offer
			return Optional.empty();
		}
	}

	private static void deleteSnapshotsExcept(Path entry, String keep) throws IOException {
		try (Stream<Path> children = Files.list(entry)) {
			for (Path child : (Iterable<Path>) children::iterator) {
				String name = child.getFileName().toString();
				if (name.startsWith(SNAPSHOT_PREFIX) && !name.equals(keep)) {
					deleteTree(child);
				}
			}
		}
	}

	private static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
			try (Stream<Path> children = Files.list(path)) {
				for (Path child : (Iterable<Path>) children::iterator) {
					deleteTree(child);
				}
			}
		}
		Files.deleteIfExists(path);
	}

	private static Path absolute(Path path) {
		return path.toAbsolutePath().normalize();
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(newDigest().digest(bytes));
	}
}
