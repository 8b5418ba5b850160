// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.evidence.EvidenceSeal;
import org.rensa.core.evidence.EvidenceVerifier;
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
			"(chain, recorded heads, hashes against the model); exit 1 if a file is missing or altered or a log broken" })
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
		EvidenceVerifier.Result logs = EvidenceVerifier.verify(document);
		List<EvidenceSeal.Sealed> seals = new ArrayList<>();
		List<EvidenceVerifier.Finding> sealFindings = EvidenceSeal.verify(document.getDirectory(), seals);
		PrintStream out = context.out();
		for (EvidenceVerifier.Finding finding : logs.findings()) {
			out.println(finding.kind() + "\t" + finding.where() + "\t" + finding.message());
		}
		for (EvidenceVerifier.Finding finding : sealFindings) {
			out.println(finding.kind() + "\t" + finding.where() + "\t" + finding.message());
		}
		for (EvidenceSeal.Sealed seal : seals) {
			out.println("SEALED-OK\t" + seal.tsr() + "\t" + seal.logs() + " logs sealed on " + seal.time() + " by " + seal.authority());
		}
		out.println(files + " files checked, " + missing + " missing, " + altered + " altered; " + logs.intact()
				+ " evidence logs intact, " + logs.broken() + " broken" + (seals.isEmpty() && sealFindings.isEmpty() ? ""
						: "; " + seals.size() + " seals hold, " + sealFindings.size() + " broken"));
		return missing + altered + logs.broken() + sealFindings.size() > 0 ? RensaCommand.FINDINGS : RensaCommand.OK;
	}
}
