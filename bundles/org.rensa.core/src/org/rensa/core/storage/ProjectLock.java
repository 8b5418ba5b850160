// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.rensa.core.io.AtomicFiles;
import org.rensa.core.profile.AuditorProfiles;

/**
 * One writer at a time: the lock file {@value #FILE_NAME} in a project directory names the process
 * that may write the project (auditor profile, operating-system user, host, process id, start time and
 * the tool: a command of the command line or the workbench).
 * <p>
 * <b>Acquiring</b> writes the holder into a temporary file and hard-links it to {@value #FILE_NAME}
 * (where hard links are not supported, the file is created exclusively): the link either succeeds or
 * finds a lock, so of two writers exactly one wins. A second writer gets a {@link ProjectLockedException}
 * whose one-line message names the holder. Within one process the lock is re-entrant (the process
 * coordinates its own writers); it is released when the last handle is released or the process exits.
 * <p>
 * <b>Stale locks</b> are taken over: a lock of this host whose process is gone (or whose process id was
 * reused by a process started later), or a lock of another host whose heartbeat is older than
 * {@link #FOREIGN_HOST_LIMIT}. A holder refreshes the lock file's modification time every
 * {@link #HEARTBEAT}. Taking over renames the stale file to a name of the taker's own (only one of
 * several takers can move it), checks that what it moved is the stale lock it judged (else puts it back)
 * and then acquires as above, so there are never two winners; a holder whose lock was nevertheless taken
 * from it finds out at its next save ({@link #checkWritable(Path)}) and refuses to save.
 * <p>
 * The lock is never part of the project's content: {@code .gitignore} lists it, and commands that only
 * read ({@code info}, {@code list}, {@code validate}, {@code report} …) neither take nor need it.
 */
public final class ProjectLock implements AutoCloseable {

	/** The lock file's name in the project directory. */
	public static final String FILE_NAME = ".rensa.lock";

	/** A lock of another host whose heartbeat is older than this is stale. */
	public static final Duration FOREIGN_HOST_LIMIT = Duration.ofMinutes(10);

	/** How often a holder refreshes its lock file's modification time. */
	public static final Duration HEARTBEAT = Duration.ofMinutes(1);

	/** The tool named in locks this process takes when none is given: the workbench. */
	public static final String WORKBENCH = "workbench";

	/**
	 * Who holds a lock.
	 *
	 * @param profile  the auditor profile's name
	 * @param user     the operating-system user
	 * @param host     the host name
	 * @param pid      the process id
	 * @param pidStart when that process started (to recognise a reused process id), or {@code null}
	 * @param started  when the lock was taken
	 * @param tool     the tool: {@code rensa COMMAND} or {@code workbench}
	 * @param token    a random token identifying this lock
	 */
	public record Holder(String profile, String user, String host, long pid, Instant pidStart, Instant started,
			String tool, String token) {

		/** @return one line naming the holder, e.g. {@code Aiko Sato (user aiko on host pc1, pid 4242, rensa import-catalog since 2026-12-05T03:00:00Z)} */
		public String describe() {
			return profile + " (user " + user + " on host " + host + ", pid " + pid + ", " + tool + " since " + started + ")";
		}

		byte[] bytes() {
			Properties properties = new Properties();
			properties.setProperty("profile", profile);
			properties.setProperty("user", user);
			properties.setProperty("host", host);
			properties.setProperty("pid", Long.toString(pid));
			properties.setProperty("pidStart", pidStart == null ? "" : pidStart.toString());
			properties.setProperty("started", String.valueOf(started));
			properties.setProperty("tool", tool);
			properties.setProperty("token", token);
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			try {
				properties.store(out, "Rensa project lock: the process writing this project (never commit or share it)");
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			return out.toByteArray();
		}

		static Holder parse(String text) {
			Properties properties = new Properties();
			try {
				properties.load(new StringReader(text));
			} catch (IOException | IllegalArgumentException e) {
				return null;
			}
			String token = properties.getProperty("token");
			if (token == null || token.isBlank()) {
				return null;
			}
			long pid;
			try {
				pid = Long.parseLong(properties.getProperty("pid", "-1").trim());
			} catch (NumberFormatException e) {
				pid = -1;
			}
			return new Holder(properties.getProperty("profile", "?"), properties.getProperty("user", "?"),
					properties.getProperty("host", "?"), pid, instant(properties.getProperty("pidStart")),
					instant(properties.getProperty("started")), properties.getProperty("tool", "?"), token.trim());
		}

		private static Instant instant(String value) {
			try {
				return value == null || value.isBlank() ? null : Instant.parse(value.trim());
			} catch (RuntimeException e) {
				return null;
			}
		}
	}

	private static final Map<Path, ProjectLock> HELD = new HashMap<>();
	private static volatile String defaultTool = WORKBENCH;
	private static ScheduledExecutorService heartbeat;
	private static boolean shutdownHook;

	private final Path directory;
	private final Path file;
	private final Holder holder;
	private int count;

	private ProjectLock(Path directory, Holder holder) {
		this.directory = directory;
		this.file = directory.resolve(FILE_NAME);
		this.holder = holder;
	}

	/**
	 * Sets the tool named in locks taken without one (the command line sets {@code rensa COMMAND}).
	 *
	 * @param tool the tool
	 */
	public static void setDefaultTool(String tool) {
		defaultTool = tool == null || tool.isBlank() ? WORKBENCH : tool;
	}

	/**
	 * Takes the lock of a project for this process, naming the {@linkplain #setDefaultTool default tool}.
	 *
	 * @param projectDirectory the project directory
	 * @return a handle to {@linkplain #close() release}
	 * @throws ProjectLockedException when another process holds it
	 * @throws IOException when the lock file cannot be written
	 */
	public static ProjectLock acquire(Path projectDirectory) throws IOException {
		return acquire(projectDirectory, defaultTool);
	}

	/**
	 * Takes the lock of a project for this process.
	 *
	 * @param projectDirectory the project directory
	 * @param tool             the tool named in the lock
	 * @return a handle to {@linkplain #close() release}; re-entrant within the process
	 * @throws ProjectLockedException when another process holds it
	 * @throws IOException when the lock file cannot be written
	 */
	public static ProjectLock acquire(Path projectDirectory, String tool) throws IOException {
		Path dir = key(projectDirectory);
		synchronized (HELD) {
			ProjectLock held = HELD.get(dir);
			if (held != null) {
				held.verify();
				held.count++;
				return held;
			}
			if (!Files.isDirectory(dir)) {
				throw new ProjectFormatException(dir, dir + ": no such project directory");
			}
			ProjectLock lock = new ProjectLock(dir, newHolder(tool));
			lock.take();
			lock.count = 1;
			HELD.put(dir, lock);
			startHeartbeat();
			return lock;
		}
	}

	/**
	 * @param projectDirectory the project directory
	 * @return the holder of the project's lock when a live (not stale) lock is held by another process
	 */
	public static Optional<Holder> heldByOther(Path projectDirectory) {
		Path dir = key(projectDirectory);
		Holder current = read(dir.resolve(FILE_NAME));
		if (current == null || isStale(dir.resolve(FILE_NAME), current)) {
			return Optional.empty();
		}
		synchronized (HELD) {
			ProjectLock held = HELD.get(dir);
			if (held != null && held.holder.token().equals(current.token())) {
				return Optional.empty();
			}
		}
		return Optional.of(current);
	}

	/**
	 * Checks that this process may write the project: no other process holds a live lock on it, and a
	 * lock this process took is still its own. Called by the storage before every save.
	 *
	 * @param projectDirectory the project directory
	 * @throws ProjectLockedException when another process holds the lock or took it over
	 */
	public static void checkWritable(Path projectDirectory) throws ProjectLockedException {
		Path dir = key(projectDirectory);
		ProjectLock held;
		synchronized (HELD) {
			held = HELD.get(dir);
		}
		if (held != null) {
			held.verify();
			return;
		}
		Optional<Holder> other = heldByOther(dir);
		if (other.isPresent()) {
			throw new ProjectLockedException(dir, other.get());
		}
	}

	/** @return the holder this handle wrote */
	public Holder holder() {
		return holder;
	}

	/** @return the project directory */
	public Path directory() {
		return directory;
	}

	/**
	 * Releases this handle; the lock file is deleted when the process's last handle on the project is
	 * released (and only if it is still this process's lock).
	 */
	@Override
	public void close() {
		synchronized (HELD) {
			if (count == 0) {
				return;
			}
			if (--count > 0) {
				return;
			}
			HELD.remove(directory);
			removeOwnFile();
		}
	}

	/**
	 * @return how many handles this process holds on each project it has locked, to pass to
	 *         {@link #releaseSince} when a piece of work ends
	 */
	public static Map<Path, Integer> holds() {
		synchronized (HELD) {
			Map<Path, Integer> holds = new HashMap<>();
			HELD.forEach((dir, lock) -> holds.put(dir, lock.count));
			return holds;
		}
	}

	/**
	 * Releases the handles taken since {@link #holds()} returned {@code before}; locks held then stay held.
	 *
	 * @param before what {@link #holds()} returned when the work began
	 */
	public static void releaseSince(Map<Path, Integer> before) {
		synchronized (HELD) {
			for (ProjectLock lock : List.copyOf(HELD.values())) {
				int keep = before.getOrDefault(lock.directory, 0);
				while (lock.count > keep) {
					lock.close();
				}
			}
		}
	}

	/** Releases every lock this process holds (at the end of a command, or at exit). */
	public static void releaseAll() {
		synchronized (HELD) {
			for (ProjectLock lock : HELD.values()) {
				lock.count = 0;
				lock.removeOwnFile();
			}
			HELD.clear();
		}
	}

	private void removeOwnFile() {
		Holder current = read(file);
		if (current != null && current.token().equals(holder.token())) {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// left behind: it names this process, so it is stale once the process is gone
			}
		}
	}

	private void verify() throws ProjectLockedException {
		Holder current = read(file);
		if (current == null || !current.token().equals(holder.token())) {
			throw new ProjectLockedException(directory, current, true);
		}
	}

	private void take() throws IOException {
		for (int attempt = 0; attempt < 5; attempt++) {
			if (link()) {
				return;
			}
			Holder current = read(file);
			if (current == null) {
				if (!Files.exists(file)) {
					continue; // released meanwhile
				}
				if (age(file).compareTo(Duration.ofSeconds(10)) < 0) {
					throw new ProjectLockedException(directory, null);
				}
				current = new Holder("?", "?", "?", -1, null, null, "?", "unreadable"); // unreadable and old: stale
			} else if (!isStale(file, current)) {
				throw new ProjectLockedException(directory, current);
			}
			takeOver(current);
		}
		Holder current = read(file);
		throw new ProjectLockedException(directory, current);
	}

	/** Hard-links a complete temporary file holding our holder to the lock file: fails if a lock exists. */
	private boolean link() throws IOException {
		byte[] bytes = holder.bytes();
		Path temporary = directory.resolve(FILE_NAME + "." + holder.token() + ".tmp");
		AtomicFiles.writeDurably(temporary, out -> out.write(bytes));
		try {
			Files.createLink(file, temporary);
			AtomicFiles.syncDirectory(directory);
			return true;
		} catch (FileAlreadyExistsException e) {
			return false;
		} catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
			if (e instanceof java.nio.file.FileSystemException && Files.exists(file)) {
				return false;
			}
			// no hard links here: create the lock file exclusively instead
			try {
				AtomicFiles.writeDurably(createExclusively(file), out -> out.write(bytes));
				return true;
			} catch (FileAlreadyExistsException exists) {
				return false;
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static Path createExclusively(Path file) throws IOException {
		return Files.createFile(file);
	}

	private void takeOver(Holder stale) throws IOException {
		Path moved = directory.resolve(FILE_NAME + "." + holder.token() + ".stale");
		try {
			Files.move(file, moved, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		} catch (NoSuchFileException e) {
			return; // someone else moved it first
		}
		Holder taken = read(moved);
		boolean same = taken == null ? "unreadable".equals(stale.token()) : taken.token().equals(stale.token());
		if (same) {
			Files.deleteIfExists(moved);
			return;
		}
		// We moved a live lock another taker had just written: put it back unless yet another lock exists.
		try {
			Files.createLink(file, moved);
		} catch (IOException | UnsupportedOperationException e) {
			// its holder finds out at its next save (checkWritable) and refuses to save
		}
		Files.deleteIfExists(moved);
	}

	private static boolean isStale(Path file, Holder holder) {
		if (hostName().equals(holder.host())) {
			Optional<ProcessHandle> process = ProcessHandle.of(holder.pid());
			if (process.isEmpty() || !process.get().isAlive()) {
				return true;
			}
			Optional<Instant> start = process.get().info().startInstant();
			return holder.pidStart() != null && start.isPresent()
					&& Duration.between(holder.pidStart(), start.get()).abs().compareTo(Duration.ofSeconds(2)) > 0;
		}
		return age(file).compareTo(FOREIGN_HOST_LIMIT) > 0;
	}

	private static Duration age(Path file) {
		try {
			return Duration.between(Files.getLastModifiedTime(file).toInstant(), Instant.now());
		} catch (IOException e) {
			return Duration.ZERO;
		}
	}

	private static Holder read(Path file) {
		try {
			return Holder.parse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
		} catch (IOException e) {
			return null;
		}
	}

	private static Holder newHolder(String tool) {
		ProcessHandle self = ProcessHandle.current();
		return new Holder(AuditorProfiles.current().name(), System.getProperty("user.name", "?"), hostName(), self.pid(),
				self.info().startInstant().orElse(null), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
				tool == null || tool.isBlank() ? WORKBENCH : tool, UUID.randomUUID().toString());
	}

	private static volatile String hostName;

	static String hostName() {
		String name = hostName;
		if (name == null) {
			try {
				name = InetAddress.getLocalHost().getHostName();
			} catch (IOException e) {
				name = System.getenv().getOrDefault("HOSTNAME", "localhost");
			}
			hostName = name;
		}
		return name;
	}

	private static Path key(Path projectDirectory) {
		Path dir = projectDirectory.toAbsolutePath().normalize();
		try {
			return dir.toRealPath();
		} catch (IOException e) {
			return dir;
		}
	}

	private static void startHeartbeat() {
		if (!shutdownHook) {
			shutdownHook = true;
			Runtime.getRuntime().addShutdownHook(new Thread(ProjectLock::releaseAll, "rensa-lock-release"));
		}
		if (heartbeat == null) {
			heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
				Thread thread = new Thread(runnable, "rensa-lock-heartbeat");
				thread.setDaemon(true);
				return thread;
			});
			long period = HEARTBEAT.toSeconds();
			heartbeat.scheduleAtFixedRate(ProjectLock::beat, period, period, TimeUnit.SECONDS);
		}
	}

	private static void beat() {
		synchronized (HELD) {
			for (ProjectLock lock : HELD.values()) {
				try {
					Holder current = read(lock.file);
					if (current != null && current.token().equals(lock.holder.token())) {
						Files.setLastModifiedTime(lock.file, FileTime.from(Instant.now()));
					}
				} catch (IOException e) {
					// the next beat tries again
				}
			}
		}
	}
}
