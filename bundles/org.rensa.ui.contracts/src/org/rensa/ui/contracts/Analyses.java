// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts;

import java.io.IOException;

import org.rensa.core.analysis.AnalysisSettings;
import org.rensa.core.analysis.ChainAnalysis;
import org.rensa.core.analysis.ChainReport;
import org.rensa.ui.RensaUi;
import org.rensa.ui.session.ProjectSession;

/** Runs the chain analysis on the open project with its settings. */
public final class Analyses {

	private Analyses() {
	}

	/**
	 * @param session the open project
	 * @return its analysis (with the default settings when the project's settings are unreadable; the
	 *         error is logged and also reported by validation)
	 */
	public static ChainReport of(ProjectSession session) {
		AnalysisSettings settings;
		try {
			settings = AnalysisSettings.load(session.document().getDirectory());
		} catch (IOException e) {
			RensaUi.log(e);
			settings = AnalysisSettings.defaults();
		}
		return ChainAnalysis.analyze(session.project(), settings);
	}
}
