// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.analysis.ChainMessages;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.analysis.ChainReport.FlowDownBreak;
import org.rensa.core.analysis.ChainReport.OversightProblem;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.validation.DiagnosticMessages;
import org.rensa.model.Organization;
import org.rensa.model.text.Language;

/**
 * {@code rensa chain DIR [--lang en|ja]}: flow-down breaks along whole chains and subcontracting
 * oversight problems, one per line; exit 1 when there is any.
 */
@Component(service = CliCommand.class)
public final class ChainCommand implements CliCommand {

	@Override
	public String name() {
		return "chain";
	}

	@Override
	public String synopsis() {
		return "chain DIR [--lang en|ja]\n"
				+ "  flow-down breaks along whole chains and subcontracting oversight problems; exit 1 if any";
	}

	@Override
	public int run(List<String> args, CliContext context) throws CliException {
		CommandArgs arguments = CommandArgs.parse(args, Set.of("lang"));
		Language language = language(arguments.option("lang", "en"));
		ChainReport report = AnalysisCommands.analyze(arguments.directory(), context);
		for (FlowDownBreak flowDownBreak : report.breaks()) {
			StringBuilder line = new StringBuilder("FLOW_DOWN_BREAK\t").append(ChainMessages.describe(flowDownBreak).render(language));
			List<Organization> beyond = report.downstreamOf(flowDownBreak.link().getTo());
			beyond.removeAll(flowDownBreak.chain());
			if (!beyond.isEmpty()) {
				line.append("; ").append(DiagnosticMessages.message("chain.furtherDown", beyond).render(language));
			}
			context.out().println(line);
		}
		for (OversightProblem problem : report.problems()) {
			context.out().println(problem.kind().name() + "\t" + ChainMessages.describe(problem).render(language));
		}
		context.out().println(report.breaks().size() + " flow-down breaks, " + report.problems().size()
				+ " oversight problems");
		return report.hasChainProblems() ? RensaCommand.FINDINGS : RensaCommand.OK;
	}

	static Language language(String language) throws CliException {
		if (!language.equals("en") && !language.equals("ja")) {
			throw new CliException("--lang must be en or ja, not '" + language + "'");
		}
		return Language.ofCode(language);
	}
}
