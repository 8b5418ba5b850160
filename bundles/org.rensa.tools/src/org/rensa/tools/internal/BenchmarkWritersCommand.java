// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.CliValues;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.internal.FileSystemOps;
import org.rensa.model.Checklist;
import org.rensa.tools.ProjectGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rensa benchmark-writers [--pairs N]}: two writers at once, N times. Two writer processes
 * ({@code rensa writer-rounds}, separate JVMs) each run {@code rensa import-catalog DIR --shipped sme-basics}
 * at the same moment, N times, on the same generated project. After each pair the project must open and every writer that exited 0 must have its checklist
 * (the id it printed) in the project; a writer may instead be refused because the other holds the lock
 * (exit 2, {@code locked by …}). Prints the counts; exit 1 if the project did not open, a change was
 * lost or a writer failed otherwise.
 */
@Component(service = CliCommand.class)
public final class BenchmarkWritersCommand implements CliCommand<BenchmarkWritersCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "benchmark-writers", description = { "N pairs of concurrent import-catalog runs in two JVMs on one project: it always opens, no change is lost" })
	public static final class Arguments {
		@Option(names = "--pairs", paramLabel = "N", converter = CliValues.Positive.class, description = "pairs of writers (default 50)")
		int pairs = 50;
	}

	/** The counts of one run. */
	public record Counts(int pairs, int succeeded, int refused, int failed, int lost, int unopenable) {
		/** @return whether the project always opened and no change of a writer that exited 0 was lost */
		public boolean allHeld() {
			return failed == 0 && lost == 0 && unopenable == 0;
		}
	}

	private static final Pattern ID = Pattern.compile(", id (\\S+)");

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		Path temp = Files.createTempDirectory("rensa-writers-");
		try {
			Path project = temp.resolve("project");
			AuditProjectDocument document = context.storage().create(project, "Two writers");
			new ProjectGenerator(ProjectGenerator.Spec.forSuppliers(20, 1L)).generate(document.getProject(), null);
			context.storage().save(document);
			Counts counts = run(project, arguments.pairs, context);
			context.out().println("pairs: " + counts.pairs());
			context.out().println("writers that exited 0: " + counts.succeeded());
			context.out().println("writers refused (locked by the other): " + counts.refused());
			context.out().println("writers that failed otherwise: " + counts.failed());
			context.out().println("changes lost: " + counts.lost());
			context.out().println("project did not open: " + counts.unopenable());
			return counts.allHeld() ? RensaCommand.OK : RensaCommand.FINDINGS;
		} finally {
			FileSystemOps.DEFAULT.deleteTree(temp);
		}
	}

	/**
	 * Runs the pairs.
	 *
	 * @param project a project
	 * @param pairs   how many pairs
	 * @param context the storage, and where problems are reported
	 * @return the counts
	 * @throws IOException when a writer cannot be started
	 */
	public static Counts run(Path project, int pairs, CliContext context) throws IOException {
		int succeeded = 0;
		int refused = 0;
		int failed = 0;
		int lost = 0;
		int unopenable = 0;
		Set<String> expected = new HashSet<>();
		List<Writer> writers = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				writers.add(Writer.start());
			}
			String line = String.join("\t", "import-catalog", project.toAbsolutePath().toString(), "--shipped", "sme-basics");
			for (int pair = 1; pair <= pairs; pair++) {
				for (Writer writer : writers) {
					writer.send(line);
				}
				for (Writer writer : writers) {
					String[] result = writer.result();
					Matcher id = ID.matcher(result[1]);
					if (result[0].equals("0") && id.find()) {
						succeeded++;
						expected.add(id.group(1));
					} else if (result[0].equals("2") && result[2].contains("locked by")) {
						refused++;
					} else {
						failed++;
						context.err().println("rensa: pair " + pair + ": a writer failed (exit " + result[0] + "): " + result[2]);
					}
				}
				try {
					AuditProjectDocument document = context.storage().loadReadOnly(project);
					Set<String> present = new HashSet<>();
					for (Checklist checklist : document.getProject().getChecklists()) {
						present.add(checklist.getId());
					}
					for (String id : expected) {
						if (!present.contains(id)) {
							lost++;
							context.err().println("rensa: pair " + pair + ": the checklist " + id + " of a writer that exited 0 is lost");
						}
					}
					expected.retainAll(present);
				} catch (IOException | RuntimeException e) {
					unopenable++;
					context.err().println("rensa: pair " + pair + ": the project does not open: " + e.getMessage());
					break;
				}
			}
		} finally {
			for (Writer writer : writers) {
				writer.close();
			}
		}
		return new Counts(pairs, succeeded, refused, failed, lost, unopenable);
	}

	/** A writer process ({@code rensa writer-rounds}) taking command lines on its standard input. */
	private static final class Writer implements AutoCloseable {
		private final Process process;
		private final java.io.BufferedWriter in;
		private final java.io.BufferedReader out;

		private Writer(Process process) {
			this.process = process;
			this.in = new java.io.BufferedWriter(new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
			this.out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		}

		static Writer start() throws IOException {
			List<String> command = new ArrayList<>(BenchmarkCrashCommand.childCommandLine());
			command.add(WriterRoundsCommand.NAME);
			Writer writer = new Writer(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
			for (String line; (line = writer.out.readLine()) != null;) {
				if (line.equals("ready")) {
					return writer;
				}
			}
			writer.close();
			throw new IOException("the writer JVM ended before it was ready (exit " + writer.process.exitValue() + ")");
		}

		void send(String line) throws IOException {
			in.write(line);
			in.newLine();
			in.flush();
		}

		String[] result() throws IOException {
			String line = out.readLine();
			if (line == null) {
				throw new IOException("the writer JVM ended unexpectedly");
			}
			String[] parts = line.split("\t", -1);
			return parts.length >= 3 ? parts : new String[] { parts[0], "", line };
		}

		@Override
		public void close() {
			try {
				in.close();
				process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
			} catch (IOException e) {
				// the process is gone already
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			process.destroyForcibly();
		}
	}
}
