// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.validation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.validation.internal.DefaultProjectValidator;
import org.rensa.model.AuditProject;

/**
 * Validates a whole project with the structural checks and the {@link RensaRulesValidator audit rules}.
 * Available as an OSGi service and, for headless use, through {@link #standard(Clock)}.
 */
public interface ProjectValidator {

	/**
	 * Validates a loaded project, including its evidence files.
	 *
	 * @param document the project
	 * @return the diagnostic tree; its children are the individual findings
	 */
	Diagnostic validate(AuditProjectDocument document);

	/**
	 * Validates a project.
	 *
	 * @param project the project root
	 * @param projectDirectory the directory holding the evidence files, or {@code null} to skip the
	 *        evidence file checks
	 * @return the diagnostic tree
	 */
	Diagnostic validate(AuditProject project, Path projectDirectory);

	/**
	 * @param clock the clock giving today's date (for overdue actions and expired certifications)
	 * @return a validator for headless use
	 */
	static ProjectValidator standard(Clock clock) {
		return new DefaultProjectValidator(clock);
	}

	/**
	 * @param clock the clock giving today's date
	 * @return a validator for headless use that adds the contract and supply-chain analysis
	 *         ({@link org.rensa.core.analysis.ChainValidator}: flow-down breaks, missing clauses, oversight
	 *         problems) to the audit rules; the OSGi service validates this way too
	 */
	static ProjectValidator withChainAnalysis(Clock clock) {
		return new DefaultProjectValidator(clock, true);
	}

	/**
	 * @param diagnostic a diagnostic tree
	 * @return its leaves (the diagnostics without children), depth first, {@code OK} leaves omitted
	 */
	static List<Diagnostic> leaves(Diagnostic diagnostic) {
		List<Diagnostic> result = new ArrayList<>();
		collect(diagnostic, result);
		return result;
	}

	private static void collect(Diagnostic diagnostic, List<Diagnostic> result) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				result.add(diagnostic);
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, result);
		}
	}
}
