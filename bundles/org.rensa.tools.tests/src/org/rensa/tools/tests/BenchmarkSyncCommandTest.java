// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@code rensa benchmark-sync} on a small project: both merges reported, the model merge's conflicts are the shared changes. */
class BenchmarkSyncCommandTest {

	@Test
	void smallRunReportsTheModelMergeBesideGitsLineMerge() {
		Tools.Run run = Tools.rensa("benchmark-sync", "--organizations", "300", "--changes", "50", "--shared", "10");
		assertEquals(0, run.exitCode(), run.err());
		String out = run.out();
		assertTrue(out.contains("each auditor changed 50 responses, both changed the same 10 differently"), out);
		Matcher rensa = Pattern.compile("Rensa model merge +\\d+ ms +(\\d+) conflicts").matcher(out);
		assertTrue(Pattern.compile(" +\\d+ ms   CPU time of the merge \\(best of 3\\)").matcher(out).find(), out);
		assertTrue(rensa.find(), out);
		assertEquals(10, Integer.parseInt(rensa.group(1)), "one conflict per response both changed: " + out);
		Matcher git = Pattern.compile("git merge \\(lines\\) +\\d+ ms +(\\d+) conflicts \\(conflicting hunks in (\\d+) files\\)").matcher(out);
		assertTrue(git.find(), out);
		assertTrue(Integer.parseInt(git.group(1)) >= 1, "a line merge of the same three versions conflicts: " + out);
	}

	@Test
	void moreChangesThanResponsesIsOneLine() {
		Tools.Run run = Tools.rensa("benchmark-sync", "--organizations", "10", "--changes", "500");
		assertEquals(2, run.exitCode(), run.out());
		assertTrue(run.err().startsWith("rensa: benchmark-sync: the project has "), run.err());
		assertEquals(1, run.err().strip().lines().count(), run.err());
	}
}
