// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.analysis.ChainReport.RiskScore;
import org.rensa.core.analysis.ChainReport.TierVisibility;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.LanguageOption;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.validation.DiagnosticMessages;
import org.rensa.model.text.Language;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa risk DIR [--lang en|ja]}: the chain risk score of every organisation, highest first,
 * then the visibility gap per tier.
 */
@Component(service = CliCommand.class)
public final class RiskCommand implements CliCommand<RiskCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "risk", description = "chain risk score per organisation (highest first) and the visibility gap per tier")
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
		List<RiskScore> scores = new ArrayList<>(report.risks());
		scores.sort(Comparator.comparingDouble(RiskScore::chain).reversed()
				.thenComparing(Comparator.comparingDouble(RiskScore::own).reversed()));
		String unreached = DiagnosticMessages.message("risk.unreached").render(language);
		context.out().println(DiagnosticMessages.message("risk.header").render(language));
		for (RiskScore score : scores) {
			context.out().println(String.format(Locale.ROOT, "%.1f\t%.1f\t%s\t%s\t%s\t%s", score.chain(), score.own(),
					score.tier() < 0 ? unreached : Integer.toString(score.tier()),
					DiagnosticMessages.message("assessed." + score.assessed().name()).render(language),
					language.label(score.organization()),
					score.weakestLink() == score.organization() ? "-" : language.label(score.weakestLink())));
		}
		context.out().println();
		context.out().println(DiagnosticMessages.message("risk.tierHeader").render(language));
		for (TierVisibility tier : report.visibility()) {
			context.out().println(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%.0f%%\t%d\t%d\t%.0f%%",
					tier.tier() < 0 ? unreached : Integer.toString(tier.tier()), tier.organizations(), tier.verified(),
					tier.declaredOnly(), tier.neverAssessed(), 100 * tier.organizationGap(), tier.sensitiveFlows(),
					tier.sensitiveFlowsUnverified(), 100 * tier.flowGap()));
		}
		return RensaCommand.OK;
	}
}
