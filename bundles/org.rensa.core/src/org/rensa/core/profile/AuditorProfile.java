// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.profile;

import java.util.Objects;

/**
 * Who is working: the auditor's name, organisation and e-mail, set once per user and used wherever
 * Rensa records a person (verified by, evidence capture, commits of a team sync).
 *
 * @param name         the auditor's name as it should appear in records; never blank
 * @param organisation the auditor's firm or department; may be empty
 * @param email        the auditor's e-mail address; may be empty
 */
public record AuditorProfile(String name, String organisation, String email) {

	/** Normalises missing parts to empty strings and requires a name. */
	public AuditorProfile {
		name = Objects.requireNonNull(name, "name").strip();
		organisation = organisation == null ? "" : organisation.strip();
		email = email == null ? "" : email.strip();
		if (name.isEmpty()) {
			throw new IllegalArgumentException("The auditor's name is empty");
		}
	}

	/** @return the name with the e-mail in angle brackets when there is one ("A. Morimoto &lt;am@example.jp&gt;") */
	public String signature() {
		return email.isEmpty() ? name : name + " <" + email + ">";
	}
}
