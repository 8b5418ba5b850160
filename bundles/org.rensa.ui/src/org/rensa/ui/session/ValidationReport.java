// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.session;

import java.time.Instant;
import java.util.Objects;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The result of the last validation of the open project, as put into the application context.
 *
 * @param session    the project that was validated
 * @param diagnostic the validator's result (its children are the individual problems)
 * @param validatedAt when the validation ran
 */
public record ValidationReport(ProjectSession session, Diagnostic diagnostic, Instant validatedAt) {

	/** Checks the components. */
	public ValidationReport {
		Objects.requireNonNull(session);
		Objects.requireNonNull(diagnostic);
		Objects.requireNonNull(validatedAt);
	}
}
