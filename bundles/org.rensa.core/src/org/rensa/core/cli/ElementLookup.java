// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli;

import java.util.List;
import java.util.Locale;

import org.rensa.model.AuditProject;
import org.rensa.model.Organization;

/** How a command-line option names an element of the project, the same for every command. */
public final class ElementLookup {

	private ElementLookup() {
	}

	/**
	 * @param project the project
	 * @param key     an organisation's id, its English name (ignoring case) or Japanese name, or a part
	 *                of its English name that only one organisation's name contains
	 * @return the organisation
	 * @throws CliException {@code unknown organisation: KEY} or {@code ambiguous organisation: KEY (…)}
	 */
	public static Organization organization(AuditProject project, String key) throws CliException {
		for (Organization organization : project.getOrganizations()) {
			if (key.equals(organization.getId()) || key.equalsIgnoreCase(organization.getName()) || key.equals(organization.getNameJa())) {
				return organization;
			}
		}
		List<Organization> partial = project.getOrganizations().stream()
				.filter(o -> o.getName() != null && o.getName().toLowerCase(Locale.ROOT).contains(key.toLowerCase(Locale.ROOT))).toList();
		if (partial.size() == 1) {
			return partial.get(0);
		}
		throw new CliException(partial.isEmpty() ? "unknown organisation: " + key
				: "ambiguous organisation: " + key + " (" + partial.size() + " match; give the id or full name)");
	}
}
