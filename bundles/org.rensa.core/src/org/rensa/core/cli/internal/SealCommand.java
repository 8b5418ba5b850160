// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.evidence.EvidenceSeal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa seal DIR --tsa URL}: an RFC 3161 time stamp over the evidence log heads from a
 * time-stamping authority, stored in {@code evidence-log/seals/}.
 */
@Component(service = CliCommand.class)
public final class SealCommand implements CliCommand<SealCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "seal", description = { "RFC 3161 time stamp over the evidence log heads from a",
			"time-stamping authority, stored in evidence-log/seals/" })
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path directory;

		@Option(names = "--tsa", paramLabel = "URL", required = true, description = "the time-stamping authority's http or https address")
		URI tsa;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		String scheme = arguments.tsa.getScheme();
		if (!"http".equals(scheme) && !"https".equals(scheme)) {
			throw new CliException("seal: --tsa: not an http or https URL: " + arguments.tsa);
		}
		context.lockProject(arguments.directory);
		EvidenceSeal.Sealed sealed = EvidenceSeal.seal(context.readProject(arguments.directory), arguments.tsa, context.clock());
		context.out().println("sealed " + sealed.logs() + " evidence log heads: " + sealed.tsr() + " (" + sealed.time() + ", "
				+ sealed.authority() + ")");
		return RensaCommand.OK;
	}
}
