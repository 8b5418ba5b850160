// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.rensa.core.analysis.ChainReport;
import org.rensa.core.analysis.ProjectAnalysis;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.storage.AuditProjectDocument;

/** What the analysis commands share: loading a project read-only with its analysis settings. */
final class AnalysisCommands {

	private AnalysisCommands() {
	}

	/**
	 * @return the analysis of the project in {@code dir}, with the project's settings
	 * @throws CliException when the project or its settings cannot be read (exit 2)
	 */
	static ChainReport analyze(Path dir, CliContext context) throws CliException {
		return ProjectAnalysis.chainReport(readWithSettings(dir, context));
	}

	/**
	 * @return the project in {@code dir}, read-only, whose analysis settings are readable
	 * @throws CliException when the project or its settings cannot be read (exit 2)
	 */
	static AuditProjectDocument readWithSettings(Path dir, CliContext context) throws CliException {
		AuditProjectDocument document;
		try {
			document = context.readProject(dir);
		} catch (IOException e) {
			throw new CliException(e.getMessage() == null ? "cannot read " + dir : e.getMessage());
		}
		String problem = ProjectAnalysis.settingsProblem(document).orElse(null);
		if (problem != null) {
			throw new CliException(problem);
		}
		return document;
	}

	static String csv(String value) {
		String text = value == null ? "" : value;
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}
}
