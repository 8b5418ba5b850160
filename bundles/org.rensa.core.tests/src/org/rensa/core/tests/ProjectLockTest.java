// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectLock;
import org.rensa.core.storage.ProjectLockedException;
import org.rensa.core.storage.ProjectStorage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** One writer at a time: the project lock refuses a second writer, names the holder and takes over stale locks. */
class ProjectLockTest {

	@TempDir
	Path temp;

	private Path project;

	@BeforeEach
	void setUp() throws Exception {
		project = temp.resolve("project");
		TestSupport.copySample(project);
	}

	@AfterEach
	void tearDown() {
		ProjectLock.releaseAll();
	}

	/** Writes a lock file as another process would. */
	private Path foreignLock(String host, long pid, Instant pidStart) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("profile", "Aiko Sato");
		properties.setProperty("user", "aiko");
		properties.setProperty("host", host);
		properties.setProperty("pid", Long.toString(pid));
		properties.setProperty("pidStart", pidStart == null ? "" : pidStart.toString());
		properties.setProperty("started", "2026-12-05T01:00:00Z");
		properties.setProperty("tool", "rensa import-catalog");
		properties.setProperty("token", "other-token");
		Path file = project.resolve(ProjectLock.FILE_NAME);
		try (var out = Files.newOutputStream(file)) {
			properties.store(out, null);
		}
		return file;
	}

	private static String thisHost() throws Exception {
		try (ProjectLock probe = ProjectLock.acquire(Files.createTempDirectory("rensa-host-probe"), "probe")) {
			return probe.holder().host();
		}
	}

	private static long livePid() {
		ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();
		return parent.pid();
	}

	private static Instant startOf(long pid) {
		return ProcessHandle.of(pid).flatMap(p -> p.info().startInstant()).orElse(null);
	}

	private static long deadPid() throws Exception {
		Process process = new ProcessBuilder("true").start();
		process.waitFor();
		long pid = process.pid();
		assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
		return pid;
	}

	@Test
	void theLockNamesItsHolderAndIsReleased() throws Exception {
		Path file = project.resolve(ProjectLock.FILE_NAME);
		try (ProjectLock lock = ProjectLock.acquire(project, "rensa test")) {
			assertTrue(Files.isRegularFile(file));
			Properties properties = new Properties();
			try (var in = Files.newInputStream(file)) {
				properties.load(in);
			}
			assertEquals(Long.toString(ProcessHandle.current().pid()), properties.getProperty("pid"));
			assertEquals("rensa test", properties.getProperty("tool"));
			assertEquals(lock.holder().host(), properties.getProperty("host"));
			assertEquals(System.getProperty("user.name"), properties.getProperty("user"));
			assertFalse(properties.getProperty("profile").isBlank());
			assertFalse(properties.getProperty("started").isBlank());
			// re-entrant within the process; saving is allowed to the holder
			try (ProjectLock again = ProjectLock.acquire(project, "rensa test")) {
				assertEquals(lock.holder().token(), again.holder().token());
			}
			assertTrue(Files.exists(file), "still held by the first handle");
			ProjectStorage.standard().save(ProjectStorage.standard().load(project));
		}
		assertFalse(Files.exists(file), "released");
		try (var entries = Files.list(project)) {
			assertTrue(entries.noneMatch(p -> p.getFileName().toString().startsWith(ProjectLock.FILE_NAME)),
					"no temporary lock files are left");
		}
	}

	@Test
	void aSecondWriterIsRefusedWithOneLineNamingTheHolder() throws Exception {
		foreignLock(thisHost(), livePid(), startOf(livePid()));
		ProjectLockedException refused = assertThrows(ProjectLockedException.class, () -> ProjectLock.acquire(project, "x"));
		String message = refused.getMessage();
		assertTrue(message.contains("locked by Aiko Sato (user aiko on host " + thisHost() + ", pid " + livePid()
				+ ", rensa import-catalog since 2026-12-05T01:00:00Z)"), message);
		assertFalse(message.contains("\n"), message);
		// the storage refuses to save while another process holds the lock; reading needs no lock
		AuditProjectDocument document = ProjectStorage.standard().loadReadOnly(project);
		document.getProject().setName("changed");
		assertThrows(ProjectLockedException.class, () -> ProjectStorage.standard().save(document));
		assertNotEquals("changed", ProjectStorage.standard().loadReadOnly(project).getProject().getName());
	}

	@Test
	void aLockOfADeadProcessOnThisHostIsTakenOver() throws Exception {
		Path file = foreignLock(thisHost(), deadPid(), null);
		try (ProjectLock lock = ProjectLock.acquire(project, "x")) {
			assertTrue(Files.readString(file, StandardCharsets.ISO_8859_1).contains(lock.holder().token()));
		}
	}

	@Test
	void aLockWhoseProcessIdWasReusedIsTakenOver() throws Exception {
		Path file = foreignLock(thisHost(), livePid(), Instant.parse("2001-01-01T00:00:00Z"));
		try (ProjectLock lock = ProjectLock.acquire(project, "x")) {
			assertTrue(Files.readString(file, StandardCharsets.ISO_8859_1).contains(lock.holder().token()));
		}
	}

	@Test
	void aLockOfAnotherHostIsStaleOnlyAfterTheDocumentedLimit() throws Exception {
		Path file = foreignLock("elsewhere.example", 4242, null);
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));
		assertThrows(ProjectLockedException.class, () -> ProjectLock.acquire(project, "x"));
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(ProjectLock.FOREIGN_HOST_LIMIT).minusSeconds(30)));
		try (ProjectLock lock = ProjectLock.acquire(project, "x")) {
			assertTrue(Files.readString(file, StandardCharsets.ISO_8859_1).contains(lock.holder().token()));
		}
	}

	@Test
	void aHolderWhoseLockWasTakenOverRefusesToSave() throws Exception {
		try (ProjectLock lock = ProjectLock.acquire(project, "x")) {
			AuditProjectDocument document = ProjectStorage.standard().load(project);
			foreignLock(thisHost(), livePid(), startOf(livePid())); // replaced behind our back
			ProjectLockedException refused = assertThrows(ProjectLockedException.class,
					() -> ProjectStorage.standard().save(document));
			assertTrue(refused.getMessage().contains("taken over by Aiko Sato"), refused.getMessage());
		}
	}

	/** A writing command as every command writes: through {@link CliContext#openProject}. */
	@Command(name = "touch", description = "rename the project")
	public static final class TouchArguments {
		@Parameters(index = "0", paramLabel = "DIR")
		Path directory;
	}

	private final CliCommand<TouchArguments> touch = new CliCommand<>() {
		@Override
		public TouchArguments arguments() {
			return new TouchArguments();
		}

		@Override
		public int execute(TouchArguments arguments, CliContext context) throws java.io.IOException {
			AuditProjectDocument document = context.openProject(arguments.directory);
			assertTrue(Files.readString(arguments.directory.resolve(ProjectLock.FILE_NAME), StandardCharsets.ISO_8859_1)
					.contains("tool=rensa touch"));
			document.getProject().setName("touched");
			context.storage().save(document);
			return RensaCommand.OK;
		}
	};

	private int run(ByteArrayOutputStream err, String... args) {
		return new RensaCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), ProjectStorage.standard(), TestSupport.CLOCK, List.of(touch))
				.run(args);
	}

	@Test
	void aWritingCommandTakesTheLockForItsRunAndIsRefusedWhileAnotherHoldsIt() throws Exception {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(0, run(err, "touch", project.toString()), err.toString(StandardCharsets.UTF_8));
		assertFalse(Files.exists(project.resolve(ProjectLock.FILE_NAME)), "released when the command ends");
		assertEquals("touched", ProjectStorage.standard().loadReadOnly(project).getProject().getName());

		foreignLock(thisHost(), livePid(), startOf(livePid()));
		ByteArrayOutputStream refused = new ByteArrayOutputStream();
		assertEquals(2, run(refused, "touch", project.toString()));
		String line = refused.toString(StandardCharsets.UTF_8);
		assertTrue(line.startsWith("rensa: " + project.toRealPath() + ": locked by Aiko Sato (user aiko on host "), line);
		assertEquals(1, line.lines().count(), line);
		assertTrue(Files.exists(project.resolve(ProjectLock.FILE_NAME)), "the other's lock stays");
	}
}
