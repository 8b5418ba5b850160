// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.analysis.ChainMessages;
import org.rensa.core.analysis.MetiLevels;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.LanguageOption;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.AuditProject;
import org.rensa.model.MetiLevel;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa meti-levels DIR [--lang en|ja]}: per supplier and subcontractor, the METI target level
 * the audit team set, the level recommended by its relationships (★4 when confidential information is
 * on its IT, an outage would delay the buyer, or it reaches the buyer's network) with the reasons, and
 * the level certified. Exit 1 when a target is below the recommendation or a certification falls short
 * of the required level (the target, or the recommendation where no target is set).
 */
@Component(service = CliCommand.class)
public final class MetiLevelsCommand implements CliCommand<MetiLevelsCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "meti-levels", description = "METI level (★3/★4) per supplier: target set, recommended from its relationships"
			+ " (with reasons), certified")
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
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		boolean japanese = arguments.language.japanese();
		AuditProjectDocument document = context.storage().loadReadOnly(arguments.directory);
		AuditProject project = document.getProject();
		ChainMessages names = japanese ? ChainMessages.JA : ChainMessages.EN;
		int problems = 0;
		context.out().println(japanese ? "組織\t目標\t推奨\t認定\t状態\t推奨の理由"
				: "organization\ttarget\trecommended\tcertified\tstatus\treasons");
		for (Organization organization : project.getOrganizations()) {
			if (organization.getKind() == OrganizationKind.BUYER) {
				continue;
			}
			MetiLevels.Recommendation recommendation = MetiLevels.recommend(project, organization);
			MetiLevel recommended = recommendation.level();
			MetiLevel target = MetiLevels.target(organization);
			MetiLevel certified = MetiLevels.certified(organization);
			MetiLevel required = target != null ? target : recommended;
			List<String> status = new ArrayList<>();
			if (target == null) {
				status.add(japanese ? "目標未設定" : "no target");
			} else if (MetiLevels.belowRecommended(target, recommended)) {
				status.add(japanese ? "目標が推奨未満" : "target below recommended");
			}
			if (certified == null || certified.compareTo(required) < 0) {
				status.add(japanese ? "認定不足" : "certification short");
			}
			boolean problem = MetiLevels.belowRecommended(target, recommended)
					|| certified == null || certified.compareTo(required) < 0;
			if (problem) {
				problems++;
			}
			context.out().println(names.name(organization) + "\t" + MetiLevels.label(target, japanese) + "\t"
					+ MetiLevels.label(recommended, japanese) + "\t" + MetiLevels.label(certified, japanese) + "\t"
					+ (status.isEmpty() ? "ok" : String.join(japanese ? "、" : ", ", status)) + "\t"
					+ recommendation.reasonText(japanese, japanese ? "、" : "; "));
		}
		return problems == 0 ? RensaCommand.OK : RensaCommand.FINDINGS;
	}
}
