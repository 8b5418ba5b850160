// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.model.Assessment;
import org.rensa.model.Finding;
import org.rensa.model.RensaFactory;
import org.rensa.model.Response;
import org.rensa.model.Verdict;
import org.rensa.ui.audit.AssessmentVerificationView;
import org.rensa.ui.audit.VerificationFilter;
import org.rensa.ui.audit.VerificationRow;
import org.rensa.ui.audit.parts.AssessmentOpenerAddon;
import org.rensa.ui.session.ProjectSession;

/**
 * Problems' (and the navigator's) double-click opens the assessment editor at the row of the
 * response or finding: where the element is edited, and that the row is shown even when filtered out.
 */
final class OpenAtTheRightPlaceTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path directory;

	private ProjectSession session;
	private Shell shell;
	private Assessment assessment;

	@BeforeEach
	void open() throws Exception {
		session = new ProjectSession(AuditFixtures.project(directory.resolve("p"))); //$NON-NLS-1$
		assessment = session.project().getAssessments().get(0);
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(1400, 900);
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.dispose();
	}

	@Test
	void responsesAreEditedInTheirAssessmentAtTheirRequirementFindingsInTheirOwnEditor() {
		Response response = assessment.getResponses().get(7);
		AssessmentOpenerAddon.Target target = AssessmentOpenerAddon.targetOf(response);
		assertSame(assessment, target.assessment());
		assertSame(response.getRequirement(), target.requirement());

		Finding finding = RensaFactory.eINSTANCE.createFinding();
		finding.setAssessment(assessment);
		finding.setRequirement(response.getRequirement());
		assertNull(AssessmentOpenerAddon.targetOf(finding), "findings open in their audit-form editor");

		assertEquals(new AssessmentOpenerAddon.Target(assessment, null), AssessmentOpenerAddon.targetOf(assessment));
		assertNull(AssessmentOpenerAddon.targetOf(assessment.getOrganization()), "organisations open in their own editor");
		assertNull(AssessmentOpenerAddon.targetOf(RensaFactory.eINSTANCE.createFinding()), "a finding of no assessment");
	}

	@Test
	void theEditorShowsTheRowEvenWhenTheFilterHidesIt() {
		AssessmentVerificationView view = new AssessmentVerificationView(shell, session, assessment, "auditor-1", CLOCK); //$NON-NLS-1$
		shell.open();
		List<VerificationRow> selected = new ArrayList<>();
		view.onSelectionChanged(selected::add);
		Response response = assessment.getResponses().get(20);
		assertTrue(view.select(response.getRequirement()));
		assertSame(response.getRequirement(), view.selectedRow().requirement());
		assertSame(response.getRequirement(), selected.get(selected.size() - 1).requirement(), "the evidence panel follows");

		view.setFilter(new VerificationFilter(VerificationFilter.Mode.MISMATCHES, null, 0));
		assertEquals(0, view.table().getItemCount(), "nothing verified: no mismatch shown");
		Response other = assessment.getResponses().get(3);
		assertTrue(view.select(other.getRequirement()));
		assertEquals(assessment.getResponses().size(), view.table().getItemCount(), "the filter is lifted");
		assertSame(other.getRequirement(), view.selectedRow().requirement());
		assertEquals(Verdict.NOT_VERIFIED, view.selectedRow().verdict());
		assertFalse(view.select(RensaFactory.eINSTANCE.createRequirement()), "a requirement of another checklist");
	}
}
