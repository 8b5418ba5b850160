// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.cli;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.rensa.catalog.MetiLevel;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;

/**
 * {@code rensa meti-levels DIR}: per supplier and subcontractor, the METI level recommended by its
 * relationships (★4 when confidential information is on its IT, an outage would delay the buyer, or it
 * reaches the buyer's network), the level recorded, and whether the recorded level falls short; exit 1
 * when one does.
 */
@Component(service = CliCommand.class)
public final class MetiLevelsCommand implements CliCommand {

	@Override
	public String name() {
		return "meti-levels";
	}

	@Override
	public String synopsis() {
		return "meti-levels DIR\n    recommended METI level (★3/★4) per supplier from its relationships, against the recorded one";
	}

	@Override
	public int run(List<String> args, CliContext context) throws CliException, IOException {
		if (args.size() != 1) {
			throw new CliException("usage: rensa meti-levels DIR");
		}
		AuditProjectDocument document = context.storage().loadReadOnly(Paths.get(args.get(0)));
		AuditProject project = document.getProject();
		int shortfalls = 0;
		context.out().println("organization\trecommended\trecorded\treasons");
		for (Organization organization : project.getOrganizations()) {
			if (organization.getKind() == OrganizationKind.BUYER) {
				continue;
			}
			MetiLevel.Criteria criteria = MetiLevel.criteria(project, organization);
			MetiLevel recommended = criteria.recommended();
			MetiLevel recorded = MetiLevel.recorded(organization);
			boolean short_ = recorded == null || recorded.compareTo(recommended) < 0;
			if (short_) {
				shortfalls++;
			}
			context.out().println(organization.getName() + "\t" + recommended.label() + "\t"
					+ (recorded == null ? "-" : recorded.label()) + (short_ ? " (short)" : "") + "\t" + criteria.reasons("; "));
		}
		return shortfalls == 0 ? RensaCommand.OK : RensaCommand.FINDINGS;
	}
}
