// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.model.AuditProject;
import org.rensa.model.Identifiable;
import org.rensa.model.text.Language;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa list DIR KIND}: {@code id<TAB>label} of every element of a kind, in model order.
 */
@Component(service = CliCommand.class)
public final class ListCommand implements CliCommand<ListCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "list", description = "list the elements of a kind: id<TAB>label, in model order")
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path directory;

		@Parameters(index = "1", paramLabel = "KIND", description = "organizations, relationships, contracts, clauses, checklists, "
				+ "requirements, campaigns, assessments, responses, visits, evidence, findings or remediationActions")
		String kind;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		String kind = arguments.kind;
		if (!RensaCommand.KINDS.contains(kind)) {
			throw new CliException("unknown kind '" + kind + "'; one of " + String.join(", ", RensaCommand.KINDS));
		}
		AuditProject project = context.readProject(arguments.directory).getProject();
		for (EObject element : RensaCommand.elements(project, kind)) {
			String id = element instanceof Identifiable identifiable && identifiable.getId() != null ? identifiable.getId() : "-";
			context.out().println(id + "\t" + Language.ENGLISH.label(element));
		}
		return RensaCommand.OK;
	}
}
