// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.CliValues;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa crash-writer DIR [--saves N]}: the writer {@code benchmark-crash} kills. Opens DIR for
 * writing (taking its lock like every writer), prints {@code loaded}, then saves it again and again,
 * each time renamed {@code crash K} with the next K, printing {@code saving K} before and
 * {@code saved K MILLIS} after each save; it stops after N saves or when the JVM that started it is gone.
 */
@Component(service = CliCommand.class)
public final class CrashWriterCommand implements CliCommand<CrashWriterCommand.Arguments> {

	static final String NAME = "crash-writer";

	/** The declared arguments. */
	@Command(name = NAME, description = { "save DIR over and over, renamed 'crash K' (the writer benchmark-crash kills)" })
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project (it is written)")
		Path directory;

		@Option(names = "--saves", paramLabel = "N", converter = CliValues.Positive.class, description = "stop after N saves (default 1000)")
		int saves = 1000;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		AuditProjectDocument document = context.openProject(arguments.directory);
		String name = document.getProject().getName();
		int k;
		try {
			k = Integer.parseInt(name == null ? "0" : name.replaceFirst("^crash ", "").trim());
		} catch (NumberFormatException e) {
			k = 0;
		}
		context.out().println("loaded");
		context.out().flush();
		Optional<ProcessHandle> parent = ProcessHandle.current().parent();
		for (int i = 0; i < arguments.saves && parent.map(ProcessHandle::isAlive).orElse(true); i++) {
			k++;
			document.getProject().setName("crash " + k);
			context.out().println("saving " + k);
			context.out().flush();
			long start = System.nanoTime();
			context.storage().save(document);
			context.out().println("saved " + k + " " + (System.nanoTime() - start) / 1_000_000);
			context.out().flush();
		}
		return RensaCommand.OK;
	}
}
