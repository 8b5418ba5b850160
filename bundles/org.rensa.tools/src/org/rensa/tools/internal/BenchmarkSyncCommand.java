// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.revwalk.RevCommit;
import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.CliValues;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Assessment;
import org.rensa.model.Response;
import org.rensa.model.Verdict;
import org.rensa.sync.ProjectMerge;
import org.rensa.tools.ProjectGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rensa benchmark-sync [--organizations N] [--changes N] [--shared N]}: two auditors each
 * change N random responses of a generated project (default 10,000 organisations, 500 each) and the
 * same {@code --shared} ones differently (default 50); prints the time of Rensa's model merge and the
 * conflicts it reports beside the conflicts a line-based {@code git merge} (JGit's recursive
 * strategy, Git's text merge) reports on the same three commits.
 */
@Component(service = CliCommand.class)
public final class BenchmarkSyncCommand implements CliCommand<BenchmarkSyncCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "benchmark-sync", description = "time the model merge of two auditors' work; conflicts of git merge vs Rensa's merge")
	public static final class Arguments {
		@Option(names = "--organizations", paramLabel = "N", converter = Size.class, description = "organisations of the project (default 10000)")
		int organizations = 10_000;

		@Option(names = "--changes", paramLabel = "N", converter = Size.class, description = "responses each auditor changes alone (default 500)")
		int changes = 500;

		@Option(names = "--shared", paramLabel = "N", converter = Size.class, description = "responses both change differently (default 50)")
		int shared = 50;
	}

	/** A size from 1 to 1,000,000. */
	public static final class Size extends CliValues.WholeNumber {
		/** The converter. */
		public Size() {
			super(1, 1_000_000);
		}
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments options, CliContext context) throws CliException, IOException {
		Path work = Files.createTempDirectory("rensa-benchmark-sync-");
		try {
			Path base = work.resolve("base");
			AuditProjectDocument document = context.storage().create(base, "Sync benchmark");
			new ProjectGenerator(new ProjectGenerator.Spec(options.organizations, options.organizations * 2, 0, 42, false))
					.generate(document.getProject(), null);
			context.storage().save(document);
			List<Response> all = new ArrayList<>();
			for (Assessment assessment : document.getProject().getAssessments()) {
				all.addAll(assessment.getResponses());
			}
			if (all.size() < 2 * options.changes + options.shared) {
				throw new CliException("benchmark-sync: the project has " + all.size() + " responses, fewer than the changes asked for");
			}
			List<String> ids = new ArrayList<>();
			all.forEach(r -> ids.add(r.getId()));
			Collections.shuffle(ids, new Random(7));
			List<String> shared = ids.subList(0, options.shared);
			List<String> first = ids.subList(options.shared, options.shared + options.changes);
			List<String> second = ids.subList(options.shared + options.changes, options.shared + 2 * options.changes);
			Path ours = copy(base, work.resolve("ours"));
			Path theirs = copy(base, work.resolve("theirs"));
			change(context, ours, first, shared, Verdict.NONCONFORM, Verdict.CONFORM);
			change(context, theirs, second, shared, Verdict.PARTIALLY_CONFORM, Verdict.NOT_APPLICABLE);

			Map<String, byte[]> b = files(base);
			Map<String, byte[]> o = files(ours);
			Map<String, byte[]> t = files(theirs);
			ProjectMerge.merge(b, o, t, Map.of()); // warm-up
			// wall time and the thread's CPU time (the merge runs in this thread): on a shared machine the
			// wall time includes waiting for a core, the CPU time does not
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long best = Long.MAX_VALUE;
			long bestCpu = Long.MAX_VALUE;
			ProjectMerge.Result result = null;
			for (int run = 0; run < 3; run++) {
				long cpu = threads.getCurrentThreadCpuTime();
				long start = System.nanoTime();
				result = ProjectMerge.merge(b, o, t, Map.of());
				best = Math.min(best, System.nanoTime() - start);
				bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
			}
			long[] git = gitMerge(work.resolve("repo"), b, o, t);
			PrintStreamOut out = new PrintStreamOut(context);
			out.line("project: %d organisations, %d responses; each auditor changed %d responses, both changed the same %d differently",
					document.getProject().getOrganizations().size(), all.size(), options.changes, options.shared);
			out.line("Rensa model merge   %7.0f ms   %4d conflicts (the shared responses: one per element and feature); target <= 2000 ms, best of 3",
					best / 1e6, result.conflicts().size());
			out.line("                    %7.0f ms   CPU time of the merge (best of 3)", bestCpu / 1e6);
			out.line("git merge (lines)   %7.0f ms   %4d conflicts (conflicting hunks in %d files)", git[2] / 1e6, git[0], git[1]);
			return RensaCommand.OK;
		} finally {
			delete(work);
		}
	}

	private record PrintStreamOut(CliContext context) {
		void line(String format, Object... args) {
			context.out().printf(Locale.ROOT, format + "%n", args);
		}
	}

	private static void change(CliContext context, Path project, List<String> alone, List<String> shared, Verdict mine, Verdict sharedVerdict)
			throws IOException {
		AuditProjectDocument document = context.storage().load(project);
		Map<String, Response> byId = new TreeMap<>();
		for (Assessment assessment : document.getProject().getAssessments()) {
			for (Response response : assessment.getResponses()) {
				byId.put(response.getId(), response);
			}
		}
		for (String id : alone) {
			Response response = byId.get(id);
			response.setVerdict(response.getVerdict() == mine ? Verdict.NOT_VERIFIED : mine);
		}
		for (String id : shared) {
			Response response = byId.get(id);
			response.setVerdict(response.getVerdict() == sharedVerdict ? Verdict.NOT_VERIFIED : sharedVerdict);
		}
		context.storage().save(document);
	}

	/** @return conflicting hunks, conflicting files and the time of a line-based merge of the same trees */
	private static long[] gitMerge(Path directory, Map<String, byte[]> base, Map<String, byte[]> ours, Map<String, byte[]> theirs)
			throws IOException {
		PersonIdent who = new PersonIdent("benchmark", "benchmark@example.org");
		try (Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call()) {
			commit(git, directory, base, "base", who);
			git.branchCreate().setName("theirs").call();
			commit(git, directory, ours, "ours", who);
			git.checkout().setName("theirs").call();
			RevCommit theirCommit = commit(git, directory, theirs, "theirs", who);
			git.checkout().setName("main").call();
			long start = System.nanoTime();
			MergeResult result = git.merge().include(theirCommit).setStrategy(MergeStrategy.RECURSIVE).setCommit(false).call();
			long time = System.nanoTime() - start;
			long hunks = 0;
			Map<String, int[][]> conflicts = result.getConflicts() == null ? Map.of() : result.getConflicts();
			for (int[][] chunks : conflicts.values()) {
				hunks += chunks.length;
			}
			return new long[] { hunks, conflicts.size(), time };
		} catch (GitAPIException e) {
			throw new IOException("git merge: " + e.getMessage(), e);
		}
	}

	private static RevCommit commit(Git git, Path directory, Map<String, byte[]> files, String message, PersonIdent who)
			throws IOException, GitAPIException {
		for (Map.Entry<String, byte[]> entry : files.entrySet()) {
			Path file = directory.resolve(entry.getKey());
			Files.createDirectories(file.getParent());
			Files.write(file, entry.getValue());
		}
		git.add().addFilepattern(".").call();
		return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
	}

	private static Map<String, byte[]> files(Path project) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		Path model = project.resolve("model");
		try (Stream<Path> walk = Files.walk(model)) {
			for (Path file : (Iterable<Path>) walk::iterator) {
				if (Files.isRegularFile(file)) {
					files.put(project.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
				}
			}
		}
		return files;
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path source : (Iterable<Path>) walk::iterator) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
		}
		return to;
	}

	private static void delete(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(directory)) {
			for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
				Files.deleteIfExists(path);
			}
		}
	}
}
