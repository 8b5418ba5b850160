// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.derived.SupplyChainTiers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa info DIR}: the number of elements of each kind, then the organisations per tier.
 */
@Component(service = CliCommand.class)
public final class InfoCommand implements CliCommand<InfoCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "info", description = "count the elements of a project and its organisations per tier")
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
		AuditProject project = context.readProject(arguments.directory).getProject();
		for (String kind : RensaCommand.KINDS) {
			context.out().println(kind + ": " + RensaCommand.elements(project, kind).size());
		}
		Map<Integer, Integer> perTier = new TreeMap<>();
		int unreachable = 0;
		for (Map.Entry<Organization, Integer> entry : SupplyChainTiers.tiersOf(project).entrySet()) {
			int tier = entry.getValue() == null ? SupplyChainTiers.UNREACHABLE : entry.getValue();
			if (tier < 0) {
				unreachable++;
			} else {
				perTier.merge(tier, 1, Integer::sum);
			}
		}
		perTier.forEach((tier, count) -> context.out().println("tier." + tier + ": " + count));
		if (unreachable > 0) {
			context.out().println("tier.unreachable: " + unreachable);
		}
		return RensaCommand.OK;
	}
}
