// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.analysis.AssessmentHistory;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Assessment;
import org.rensa.model.Organization;
import org.rensa.ui.audit.AssessmentVerificationView;
import org.rensa.ui.session.ProjectSession;

/**
 * The verification editor shows the demo's scores of
 * {@code org.rensa.core.tests/resources/fixtures/demo-scores.tsv}, the figures the chain risk, report and
 * diagram tests assert too.
 */
final class DemoScoresTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path directory;

	@Test
	void theOverallLineOfEveryCurrentAssessmentShowsTheExpectedScores() throws Exception {
		ProjectSession demo = new ProjectSession(ProjectStorage.standard().load(AuditFixtures.demoCopy(directory.resolve("demo"))));
		Shell shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		try {
			Map<Organization, Assessment> current = AssessmentHistory.current(demo.project());
			Path file = Paths.get(System.getProperty("rensa.root"), "bundles", "org.rensa.core.tests", "resources", "fixtures", "demo-scores.tsv");
			int checked = 0;
			for (String line : Files.readAllLines(file)) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t");
				Assessment assessment = current.entrySet().stream().filter(e -> e.getKey().getName().equals(f[0])).findFirst().orElseThrow()
						.getValue();
				AssessmentVerificationView view = new AssessmentVerificationView(shell, demo, assessment, "auditor-1", CLOCK);
				List<String[]> lines = view.scoreLines();
				String[] overall = lines.get(lines.size() - 1);
				assertEquals(Math.round(100.0 * Integer.parseInt(f[2]) / Integer.parseInt(f[3])) + " %", overall[1], f[0] + " declared");
				assertEquals(Math.round(100.0 * Integer.parseInt(f[4]) / Integer.parseInt(f[5])) + " %", overall[2], f[0] + " verified");
				view.dispose();
				checked++;
			}
			assertEquals(4, checked);
		} finally {
			shell.dispose();
			demo.dispose();
		}
	}
}
