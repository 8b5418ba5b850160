// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.CliValues;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.storage.internal.FileSystemOps;
import org.rensa.core.storage.internal.XmiProjectStorage;
import org.rensa.tools.ProjectGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rensa benchmark-crash [--kills N] [--organizations N] [--seed S]}: proves crash safety. It
 * generates a project, then N times starts a child JVM ({@code rensa crash-writer}) that opens the
 * project for writing (taking over the lock the previous, killed child left) and saves it over and
 * over, each time under a new name, and kills it ({@code kill -9}) after a random delay. After each
 * kill it checks, in this JVM, that the project opens (finishing or rolling back the interrupted save)
 * in the old or the new state — the name of the last save the child reported, or of the one it had
 * begun — that {@code model.bak/} is complete (every model file, and it opens) and that the next writer
 * could take the lock. It prints the counts; exit 1 if any check failed.
 */
@Component(service = CliCommand.class)
public final class BenchmarkCrashCommand implements CliCommand<BenchmarkCrashCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "benchmark-crash", description = { "kill -9 a saving JVM N times; check the project opens old or new and model.bak/ is complete" })
	public static final class Arguments {
		@Option(names = "--kills", paramLabel = "N", converter = CliValues.Positive.class, description = "kills (default 200)")
		int kills = 200;

		@Option(names = "--organizations", paramLabel = "N", converter = CliValues.Positive.class, description = "organisations of the generated project (default 5000)")
		int organizations = 5000;

		@Option(names = "--seed", paramLabel = "S", description = "random seed of the kill delays (default 1)")
		long seed = 1;
	}

	/** The counts of one run. */
	public record Counts(int kills, int openedOld, int openedNew, int unopenable, int wrongState, int backupComplete,
			int backupIncomplete, int interruptedSaves, int lockTakenOver, long averageSaveMillis) {

		/** @return whether every kill left an openable project in the old or new state with a complete backup */
		public boolean allHeld() {
			return unopenable == 0 && wrongState == 0 && backupIncomplete == 0 && lockTakenOver >= kills - 1;
		}
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		Path temp = Files.createTempDirectory("rensa-crash-");
		try {
			Path project = temp.resolve("project");
			long start = System.nanoTime();
			AuditProjectDocument document = context.storage().create(project, "crash 0");
			int responses = arguments.organizations * 20;
			new ProjectGenerator(new ProjectGenerator.Spec(arguments.organizations, responses, arguments.organizations * 5,
					1L, false)).generate(document.getProject(), null);
			context.storage().save(document);
			context.storage().save(document); // model.bak/ exists from here on
			document = null;
			long bytes;
			try (var files = Files.walk(project.resolve(XmiProjectStorage.MODEL_DIR))) {
				bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
			}
			context.out().printf("project: %d organisations, %d responses; model %.1f MiB; generated in %.1f s%n",
					arguments.organizations, responses, bytes / (1024.0 * 1024.0), (System.nanoTime() - start) / 1e9);
			Counts counts = run(project, arguments.kills, arguments.seed, context);
			context.out().println("kills: " + counts.kills());
			context.out().println("opened in the old state: " + counts.openedOld());
			context.out().println("opened in the new state: " + counts.openedNew());
			context.out().println("killed inside a save (model.new/ or model.bak.old/ left): " + counts.interruptedSaves());
			context.out().println("unopenable: " + counts.unopenable());
			context.out().println("opened in neither state: " + counts.wrongState());
			context.out().println("model.bak/ complete: " + counts.backupComplete() + ", incomplete: " + counts.backupIncomplete());
			context.out().println("stale lock of the killed writer taken over by the next: " + counts.lockTakenOver());
			context.out().println("average save of the child (ms): " + counts.averageSaveMillis());
			return counts.allHeld() ? RensaCommand.OK : RensaCommand.FINDINGS;
		} finally {
			FileSystemOps.DEFAULT.deleteTree(temp);
		}
	}

	/**
	 * Kills a saving child JVM {@code kills} times and checks the project after each kill.
	 *
	 * @param project a project with a {@code model.bak/}
	 * @param kills   how many kills
	 * @param seed    the seed of the random delays
	 * @param context where progress goes (one line per 10 kills) and the storage
	 * @return the counts
	 * @throws IOException when a child cannot be started
	 */
	public static Counts run(Path project, int kills, long seed, CliContext context) throws IOException {
		Random random = new Random(seed);
		int openedOld = 0;
		int openedNew = 0;
		int unopenable = 0;
		int wrongState = 0;
		int backupComplete = 0;
		int backupIncomplete = 0;
		int interrupted = 0;
		int takenOver = 0;
		long saveMillisTotal = 0;
		long saveCount = 0;
		ProjectStorage storage = context.storage();
		String current = storage.loadReadOnly(project).getProject().getName();
		for (int kill = 1; kill <= kills; kill++) {
			boolean staleLock = Files.exists(project.resolve(org.rensa.core.storage.ProjectLock.FILE_NAME));
			List<String> command = new ArrayList<>(childCommandLine());
			command.add(CrashWriterCommand.NAME);
			command.add(project.toAbsolutePath().toString());
			Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			AtomicInteger saved = new AtomicInteger(-1);
			AtomicInteger saving = new AtomicInteger(-1);
			AtomicLong childSaveMillis = new AtomicLong();
			AtomicLong childSaves = new AtomicLong();
			Object loaded = new Object();
			boolean[] ready = { false };
			Thread reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line; (line = in.readLine()) != null;) {
						String[] parts = line.split(" ");
						if (parts[0].equals("loaded")) {
							synchronized (loaded) {
								ready[0] = true;
								loaded.notifyAll();
							}
						} else if (parts[0].equals("saving") && parts.length > 1) {
							saving.set(Integer.parseInt(parts[1]));
						} else if (parts[0].equals("saved") && parts.length > 2) {
							saved.set(Integer.parseInt(parts[1]));
							childSaveMillis.addAndGet(Long.parseLong(parts[2]));
							childSaves.incrementAndGet();
						}
					}
				} catch (IOException | RuntimeException e) {
					// the child was killed
				}
				synchronized (loaded) {
					ready[0] = true;
					loaded.notifyAll();
				}
			}, "crash-child-reader");
			reader.setDaemon(true);
			reader.start();
			try {
				synchronized (loaded) {
					long deadline = System.currentTimeMillis() + 300_000;
					while (!ready[0] && System.currentTimeMillis() < deadline) {
						loaded.wait(1000);
					}
				}
				if (!child.isAlive()) {
					throw new IOException("the writer JVM ended before it was killed (exit " + child.exitValue()
							+ "): did it fail to open or lock the project?");
				}
				if (staleLock) {
					takenOver++;
				}
				// a random point inside the next saves: up to three save durations after the load
				long window = saveCount == 0 ? 3000 : Math.max(50, 3 * saveMillisTotal / saveCount);
				Thread.sleep((long) (random.nextDouble() * window));
				child.destroyForcibly(); // SIGKILL
				child.waitFor(60, TimeUnit.SECONDS);
				reader.join(10_000);
			} catch (InterruptedException e) {
				child.destroyForcibly();
				Thread.currentThread().interrupt();
				throw new IOException("interrupted", e);
			}
			saveMillisTotal += childSaveMillis.get();
			saveCount += childSaves.get();
			if (Files.exists(project.resolve(XmiProjectStorage.MODEL_NEW_DIR))
					|| Files.exists(project.resolve(XmiProjectStorage.MODEL_BAK_OLD_DIR))) {
				interrupted++;
			}
			int before = saved.get();
			String old = before >= 0 ? "crash " + before : current;
			String begun = "crash " + ((before >= 0 ? before : number(current)) + 1);
			String name;
			try {
				// the recovering load a writer does: finishes or rolls back the interrupted save
				AuditProjectDocument document = storage.load(project);
				name = document.getProject().getName();
			} catch (IOException | RuntimeException e) {
				unopenable++;
				context.err().println("rensa: kill " + kill + ": the project does not open: " + e.getMessage());
				break;
			}
			if (name.equals(old)) {
				openedOld++;
			} else if (name.equals(begun)) {
				openedNew++;
			} else {
				wrongState++;
				context.err().println("rensa: kill " + kill + ": opened as '" + name + "', expected '" + old + "' or '" + begun + "'");
			}
			current = name;
			String backup = backupProblem(project, storage);
			if (backup == null) {
				backupComplete++;
			} else {
				backupIncomplete++;
				context.err().println("rensa: kill " + kill + ": model.bak/ " + backup);
			}
			if (kill % 10 == 0) {
				context.err().println("benchmark-crash: " + kill + " of " + kills + " kills");
			}
		}
		return new Counts(kills, openedOld, openedNew, unopenable, wrongState, backupComplete, backupIncomplete, interrupted,
				takenOver, saveCount == 0 ? 0 : saveMillisTotal / saveCount);
	}

	/**
	 * @return this JVM's command line for a child running the command line ({@link FreshJvmOpen}), without
	 *         {@code -Dosgi.clean=true} (a test runtime's: children must not rebuild the shared OSGi cache)
	 */
	static List<String> childCommandLine() throws IOException {
		List<String> command = new ArrayList<>(FreshJvmOpen.ownCommandLine());
		command.removeIf(argument -> argument.startsWith("-Dosgi.clean="));
		return command;
	}

	private static int number(String name) {
		try {
			return Integer.parseInt(name.substring("crash ".length()).trim());
		} catch (RuntimeException e) {
			return 0;
		}
	}

	/** @return {@code null} when model.bak/ holds every model file and opens, else what is wrong */
	static String backupProblem(Path project, ProjectStorage storage) throws IOException {
		Path bak = project.resolve(XmiProjectStorage.MODEL_BAK_DIR);
		if (!Files.isDirectory(bak)) {
			return "is missing";
		}
		List<String> missing = new ArrayList<>();
		for (String name : XmiProjectStorage.modelFileNames()) {
			if (!Files.isRegularFile(bak.resolve(name))) {
				missing.add(name);
			}
		}
		if (!Files.isRegularFile(bak.resolve(ProjectStorage.PROPERTIES_FILE))) {
			missing.add(ProjectStorage.PROPERTIES_FILE);
		}
		if (!missing.isEmpty()) {
			return "lacks " + missing;
		}
		Path view = Files.createTempDirectory("rensa-backup-view-");
		try {
			Files.createSymbolicLink(view.resolve(XmiProjectStorage.MODEL_DIR), bak);
			storage.loadReadOnly(view);
			return null;
		} catch (IOException | RuntimeException e) {
			return "does not open: " + e.getMessage();
		} finally {
			Files.deleteIfExists(view.resolve(XmiProjectStorage.MODEL_DIR));
			Files.deleteIfExists(view);
		}
	}
}
