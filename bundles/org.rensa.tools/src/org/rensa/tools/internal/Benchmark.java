// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.storage.internal.FileSystemOps;
import org.rensa.core.storage.internal.OpenCache;
import org.rensa.core.storage.internal.XmiOptions;
import org.rensa.core.storage.internal.XmiProjectStorage;
import org.rensa.tools.ProjectGenerator;

/**
 * {@code rensa benchmark}: times load (in fresh JVMs, then the median of several after warm-up) and
 * save (after one warm-up) of a large project, the heap used after load, and EMF's default XMI load
 * and save of the same model ({@link EmfDefaultXmi}) for comparison. Works on a private copy in a
 * temporary directory, which is deleted afterwards.
 */
public final class Benchmark {

	private static final int WARM_UP_LOADS = 2;
	private static final int MEASURED_LOADS = 5;
	private static final int FRESH_JVM_LOADS = 3;

	/** Target wall-clock time of load and save, in milliseconds. */
	public static final long TARGET_MILLIS = 2000;
	/** Target heap after load, in MiB. */
	public static final long TARGET_HEAP_MIB = 1024;

	private final PrintStream out;
	private final ProjectStorage storage;

	/**
	 * @param out where the table goes
	 * @param storage the storage to measure
	 */
	public Benchmark(PrintStream out, ProjectStorage storage) {
		this.out = out;
		this.storage = storage;
	}

	/**
	 * Runs the benchmark.
	 *
	 * @param source an existing project to measure (read, never written), or {@code null} to generate one
	 * @param keep a folder (absent or empty) in which the measured project is made and left, or
	 *            {@code null} for a temporary one
	 * @param organizations organisations of the generated project
	 * @param responses responses of the generated project
	 * @param evidence evidence records of the generated project
	 * @return the exit code (0)
	 * @throws IOException when the project cannot be generated, read or written
	 */
	public int run(Path source, Path keep, int organizations, int responses, int evidence) throws IOException {
		Path temp = Files.createTempDirectory("rensa-benchmark-");
		try {
			Path project = keep != null ? keep.toAbsolutePath().normalize() : temp.resolve("project");
			long start = System.nanoTime();
			// In a method of its own so that nothing of the generated model stays reachable from this frame.
			prepare(source, project, organizations, responses, evidence);
			long generateMillis = millisSince(start);
			Path model = project.resolve(XmiProjectStorage.MODEL_DIR);
			long bytes = sizeOf(model);
			gc();

			// The open cache of the project: entries made by the save above (written in the background).
			OpenCache cache = OpenCache.standard();
			OpenCache.awaitWrites(60_000);
			if (cache != null) {
				// One unmeasured open in a fresh JVM makes sure the entries are in the cache the fresh JVMs use.
				FreshJvmOpen.measure(project, false, false);
			}
			FreshJvmOpen.Result fresh = medianOfFreshLoads(project, false, cache == null);
			FreshJvmOpen.Result parsed = cache == null ? fresh : medianOfFreshLoads(project, false, true);
			for (int i = 0; i < WARM_UP_LOADS; i++) {
				timeLoad(project);
			}
			long[] loads = new long[MEASURED_LOADS];
			for (int i = 0; i < loads.length; i++) {
				loads[i] = timeLoad(project);
			}
			Arrays.sort(loads);
			long loadMillis = loads[loads.length / 2];
			gc();
			AuditProjectDocument document = storage.loadReadOnly(project);
			gc();
			gc();
			long heapMib = usedHeap() / (1024 * 1024);

			storage.save(document);
			start = System.nanoTime();
			storage.save(document);
			long saveMillis = millisSince(start);

			ProjectStorage fileBuffered = new XmiProjectStorage(List.of(), FileSystemOps.DEFAULT, XmiOptions.FILE_BUFFERED);
			fileBuffered.save(document);
			start = System.nanoTime();
			fileBuffered.save(document);
			long fileBufferMillis = millisSince(start);

			Path plain = temp.resolve("default-xmi");
			Files.createDirectories(plain);
			EmfDefaultXmi.save(document, plain);
			start = System.nanoTime();
			EmfDefaultXmi.save(document, plain);
			long plainMillis = millisSince(start);
			long plainBytes = sizeOf(plain);
			FreshJvmOpen.Result plainFresh = medianOfFreshLoads(plain, true, false);
			EmfDefaultXmi.load(plain);
			long[] plainLoads = new long[MEASURED_LOADS];
			for (int i = 0; i < plainLoads.length; i++) {
				gc();
				start = System.nanoTime();
				EmfDefaultXmi.load(plain);
				plainLoads[i] = millisSince(start);
			}
			Arrays.sort(plainLoads);

			var project0 = document.getProject();
			out.println("rensa benchmark: " + project0.getOrganizations().size() + " organizations, "
					+ RensaCommand.elements(project0, "responses").size() + " responses, " + project0.getEvidence().size()
					+ " evidence; model " + mib(bytes) + " MiB (default XMI " + mib(plainBytes) + " MiB); prepared in "
					+ seconds(generateMillis) + " s");
			Runtime runtime = Runtime.getRuntime();
			out.println("jvm: " + System.getProperty("java.version") + ", gc: " + ManagementFactory.getGarbageCollectorMXBeans()
					.stream().map(java.lang.management.GarbageCollectorMXBean::getName).collect(java.util.stream.Collectors.joining(" + "))
					+ ", max heap " + runtime.maxMemory() / (1024 * 1024) + " MiB, " + runtime.availableProcessors() + " processors");
			out.println(String.format("%-36s %10s %10s  %s", "measure", "value", "target", "result"));
			row("load, fresh JVM, median of " + FRESH_JVM_LOADS + " (s)", seconds(fresh.loadMillis()), seconds(TARGET_MILLIS),
					fresh.loadMillis() <= TARGET_MILLIS);
			info(cache == null ? "  open cache disabled (-D" + OpenCache.ENABLED_PROPERTY + "=false)" : "  with the open cache", "");
			info("  JVM start to loaded (s)", seconds(fresh.sinceJvmStartMillis()));
			breakdown(fresh);
			if (cache != null) {
				info("load, fresh JVM, no open cache (s)", seconds(parsed.loadMillis()));
				info("  JVM start to loaded (s)", seconds(parsed.sinceJvmStartMillis()));
				breakdown(parsed);
			}
			row("load, median of " + MEASURED_LOADS + " (s)", seconds(loadMillis), seconds(TARGET_MILLIS), loadMillis <= TARGET_MILLIS);
			row("save (s)", seconds(saveMillis), seconds(TARGET_MILLIS), saveMillis <= TARGET_MILLIS);
			row("heap after load (MiB)", Long.toString(heapMib), Long.toString(TARGET_HEAP_MIB), heapMib <= TARGET_HEAP_MIB);
			info("save, OPTION_USE_FILE_BUFFER (s)", seconds(fileBufferMillis));
			info("EMF default XMI: save (s)", seconds(plainMillis));
			info("  load, fresh JVM, median of " + FRESH_JVM_LOADS + " (s)", seconds(plainFresh.loadMillis()));
			info("  JVM start to loaded (s)", seconds(plainFresh.sinceJvmStartMillis()));
			breakdown(plainFresh);
			info("  load, median of " + MEASURED_LOADS + " (s)", seconds(plainLoads[plainLoads.length / 2]));
			return RensaCommand.OK;
		} finally {
			FileSystemOps.DEFAULT.deleteTree(temp);
			OpenCache cache = OpenCache.standard();
			if (cache != null && keep == null) {
				// The temporary project's cache entries go with it.
				OpenCache.awaitWrites(60_000);
				FileSystemOps.DEFAULT.deleteTree(cache.directoryOf(temp.resolve("project")));
			}
		}
	}

	private void prepare(Path source, Path project, int organizations, int responses, int evidence) throws IOException {
		if (source != null) {
			AuditProjectDocument original = storage.loadReadOnly(source);
			for (Resource resource : original.getResourceSet().getResources()) {
				resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(
						project.resolve(XmiProjectStorage.MODEL_DIR).resolve(resource.getURI().lastSegment()).toString()));
			}
			storage.save(new AuditProjectDocument(project, original.getResourceSet(), original.getProject(), List.of()));
		} else {
			AuditProjectDocument document = storage.create(project, "Benchmark");
			new ProjectGenerator(new ProjectGenerator.Spec(organizations, responses, evidence, 1L, false))
					.generate(document.getProject(), null);
			storage.save(document);
		}
	}

	/** Loads the project once and returns the milliseconds it took; the model is dropped afterwards. */
	private long timeLoad(Path project) throws IOException {
		gc();
		long start = System.nanoTime();
		storage.loadReadOnly(project);
		return millisSince(start);
	}

	private void row(String measure, String value, String target, boolean met) {
		out.println(String.format("%-36s %10s %10s  %s", measure, value, target, met ? "ok" : "MISSED"));
	}

	/** Prints where the time of a fresh JVM's open went: start-up, CPU, JIT, GC, classes, load phases. */
	private void breakdown(FreshJvmOpen.Result run) {
		java.util.Map<String, Long> details = run.details();
		info("    JVM start to command (s)", seconds(details.getOrDefault("start-millis", 0L)));
		info("    CPU before the load (s)", seconds(details.getOrDefault("start-cpu-millis", 0L)));
		info("    CPU during the load (s)", seconds(details.getOrDefault("load-cpu-millis", 0L)));
		info("    JIT during the load (s)", seconds(details.getOrDefault("jit-millis", 0L)));
		info("    GC during the load (s/count)", seconds(details.getOrDefault("gc-millis", 0L)) + "/"
				+ details.getOrDefault("gc-count", 0L));
		info("    classes loaded by the load", Long.toString(details.getOrDefault("classes", 0L)));
		details.forEach((key, millis) -> {
			if (key.startsWith(PHASE)) {
				info("    phase " + key.substring(PHASE.length()) + " (s)", seconds(millis));
			}
		});
	}

	private static final String PHASE = "phase.";

	private void info(String measure, String value) {
		out.println(String.format("%-36s %10s %10s  %s", measure, value, "-", "-"));
	}

	/** Opens the project in fresh JVMs and returns the run with the median load time. */
	private static FreshJvmOpen.Result medianOfFreshLoads(Path directory, boolean emfDefault, boolean noOpenCache)
			throws IOException {
		FreshJvmOpen.Result[] runs = new FreshJvmOpen.Result[FRESH_JVM_LOADS];
		for (int i = 0; i < runs.length; i++) {
			runs[i] = FreshJvmOpen.measure(directory, emfDefault, noOpenCache);
		}
		Arrays.sort(runs, java.util.Comparator.comparingLong(FreshJvmOpen.Result::loadMillis));
		return runs[runs.length / 2];
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static String seconds(long millis) {
		return String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0);
	}

	private static String mib(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

	private static long sizeOf(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> {
				try {
					return Files.size(f);
				} catch (IOException e) {
					return 0;
				}
			}).sum();
		}
	}

	private static void gc() {
		System.gc();
	}

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}
