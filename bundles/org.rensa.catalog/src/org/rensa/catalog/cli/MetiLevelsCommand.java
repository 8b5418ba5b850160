// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.analysis.MetiLevels;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.LanguageOption;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.validation.DiagnosticMessages;
import org.rensa.model.AuditProject;
import org.rensa.model.MetiLevel;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.text.Language;

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
		Language language = Language.of(japanese);
		int problems = 0;
		context.out().println(text(language, "meti.header"));
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
				status.add(text(language, "meti.noTarget"));
			} else if (MetiLevels.belowRecommended(target, recommended)) {
				status.add(text(language, "meti.targetBelow"));
			}
			if (certified == null || certified.compareTo(required) < 0) {
				status.add(text(language, "meti.certificationShort"));
			}
			boolean problem = MetiLevels.belowRecommended(target, recommended)
					|| certified == null || certified.compareTo(required) < 0;
			if (problem) {
				problems++;
			}
			context.out().println(language.label(organization) + "\t" + language.display(target) + "\t"
					+ language.display(recommended) + "\t" + language.display(certified) + "\t"
					+ (status.isEmpty() ? text(language, "meti.ok") : String.join(language.listSeparator(), status)) + "\t"
					+ recommendation.reasonText().render(language));
		}
		return problems == 0 ? RensaCommand.OK : RensaCommand.FINDINGS;
	}

	private static String text(Language language, String key) {
		return DiagnosticMessages.message(key).render(language);
	}
}
