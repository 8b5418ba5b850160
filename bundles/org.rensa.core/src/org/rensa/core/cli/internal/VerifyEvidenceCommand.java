// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.evidence.EvidenceLog;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.EvidenceStore;
import org.rensa.model.Evidence;
import org.rensa.model.text.Language;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa verify-evidence DIR}: re-hashes every evidence file and checks every visit's evidence log ({@code DIR/evidence-log/*.log}); exit 1 if a file is missing or altered or a log line broken.
 */
@Component(service = CliCommand.class)
public final class VerifyEvidenceCommand implements CliCommand<VerifyEvidenceCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "verify-evidence", description = { "re-hash every evidence file and check the visits' evidence logs;",
			"exit 1 if a file is missing or altered or a log line broken" })
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path directory;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		AuditProjectDocument document = context.readProject(arguments.directory);
		EvidenceStore store = document.getEvidenceStore();
		int files = 0;
		int missing = 0;
		int altered = 0;
		for (Evidence evidence : document.getProject().getEvidence()) {
			files += evidence.getFiles().size();
			for (EvidenceStore.Problem problem : store.verify(evidence)) {
				if (problem.status() == EvidenceStore.Status.MISSING) {
					missing++;
				} else {
					altered++;
				}
				context.out().println(problem.status() + "\t" + Language.ENGLISH.label(evidence) + "\t" + problem.file().getPath());
			}
		}
		int[] logs = verifyEvidenceLogs(document.getDirectory(), context.out());
		context.out().println(files + " files checked, " + missing + " missing, " + altered + " altered; " + logs[0]
				+ " evidence logs intact, " + logs[1] + " broken");
		return missing + altered + logs[1] > 0 ? RensaCommand.FINDINGS : RensaCommand.OK;
	}

	/**
	 * Verifies the SHA-256 chain of every visit's evidence log ({@code DIR/evidence-log/*.log}), printing
	 * {@code BROKEN<TAB>file:line<TAB>message} for each line whose chain does not match and
	 * {@code UNREADABLE<TAB>file<TAB>message} for a log that cannot be read.
	 *
	 * @return the number of intact and of broken logs
	 */
	private static int[] verifyEvidenceLogs(Path projectDirectory, PrintStream out) throws IOException {
		Path directory = projectDirectory.resolve(EvidenceLog.DIRECTORY);
		int[] counts = new int[2];
		if (!Files.isDirectory(directory)) {
			return counts;
		}
		List<Path> logs;
		try (var listing = Files.list(directory)) {
			logs = listing.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList();
		}
		for (Path log : logs) {
			String name = EvidenceLog.DIRECTORY + "/" + log.getFileName();
			List<Integer> broken;
			try {
				if (!Files.isRegularFile(log)) {
					throw new IOException("not a regular file");
				}
				broken = EvidenceLog.verify(log);
			} catch (IOException e) {
				counts[1]++;
				String reason = e instanceof CharacterCodingException ? "not valid UTF-8 text" : e.getMessage();
				out.println("UNREADABLE\t" + name + "\tthe evidence log cannot be read: " + reason);
				continue;
			}
			if (broken.isEmpty()) {
				counts[0]++;
				continue;
			}
			counts[1]++;
			for (int line : broken) {
				out.println("BROKEN\t" + name + ":" + line + "\tline " + line
						+ " does not match the SHA-256 chain: it was altered, or a line before it was removed or reordered");
			}
		}
		return counts;
	}
}
