// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.analysis.ChainMessages;
import org.rensa.core.analysis.ChainReport.FlowDownBreak;
import org.rensa.core.analysis.ChainReport.OversightProblem;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.LanguageOption;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.validation.DiagnosticMessages;
import org.rensa.model.Organization;
import org.rensa.model.text.Language;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa chain DIR [--lang en|ja]}: flow-down breaks along whole chains and subcontracting
 * oversight problems, one per line; exit 1 when there is any.
 */
@Component(service = CliCommand.class)
public final class ChainCommand implements CliCommand<ChainCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "chain", description = "flow-down breaks along whole chains and subcontracting oversight problems; exit 1 if any")
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path directory;

		@Mixin
		LanguageOption language;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException {
		Language language = Language.of(arguments.language.orElse(Locale.ENGLISH));
		ChainReport report = AnalysisCommands.analyze(arguments.directory, context);
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
}
