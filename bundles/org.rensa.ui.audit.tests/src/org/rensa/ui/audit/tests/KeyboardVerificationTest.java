// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.Finding;
import org.rensa.model.Severity;
import org.rensa.model.Verdict;
import org.rensa.model.VerificationMethod;
import org.rensa.ui.audit.AssessmentVerificationView;
import org.rensa.ui.audit.VerificationFilter;
import org.rensa.ui.audit.VerificationRow;
import org.rensa.ui.session.ProjectSession;

/** Verifies a checklist with the keyboard only, through the real SWT table. */
final class KeyboardVerificationTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path directory;

	private ProjectSession session;
	private Shell shell;
	private AssessmentVerificationView view;
	private Assessment assessment;

	@BeforeEach
	void open() throws Exception {
		session = new ProjectSession(AuditFixtures.project(directory.resolve("p")));
		assessment = session.project().getAssessments().get(0);
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(1400, 900);
		view = new AssessmentVerificationView(shell, session, assessment, "auditor-1", CLOCK);
		shell.open();
		view.table().setFocus();
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.dispose();
	}

	@Test
	void singleKeysSetTheVerdictAndMoveToTheNextRow() {
		assertEquals(25, view.table().getItemCount());
		assertEquals(0, view.table().getSelectionIndex());
		press('c');
		assertEquals(1, view.table().getSelectionIndex());
		press('n');
		press('p');
		press('x');
		assertEquals(4, view.table().getSelectionIndex());
		List<VerificationRow> rows = VerificationFilter.rows(assessment);
		assertEquals(Verdict.CONFORM, rows.get(0).verdict());
		assertEquals(Verdict.NONCONFORM, rows.get(1).verdict());
		assertEquals(Verdict.PARTIALLY_CONFORM, rows.get(2).verdict());
		assertEquals(Verdict.NOT_APPLICABLE, rows.get(3).verdict());
		assertEquals("auditor-1", rows.get(0).response().getVerifiedBy());
		assertEquals(Instant.parse("2026-12-01T10:00:00Z"), rows.get(0).response().getVerifiedAt());
		assertEquals(AssessmentStatus.VERIFYING, assessment.getStatus());
		assertTrue(session.isDirty());

		session.commandStack().undo();
		assertEquals(Verdict.NOT_VERIFIED, VerificationFilter.rows(assessment).get(3).verdict());
	}

	@Test
	void methodCyclesAndEnterEditsTheNote() {
		press('m');
		assertEquals(VerificationMethod.EXAMINE, VerificationFilter.rows(assessment).get(0).response().getMethod());
		press('m');
		assertEquals(VerificationMethod.INTERVIEW, VerificationFilter.rows(assessment).get(0).response().getMethod());
		Event enter = new Event();
		enter.keyCode = SWT.CR;
		enter.character = '\r';
		view.table().notifyListeners(SWT.KeyDown, enter);
		assertTrue(isEditing(), "Enter opens the note editor");
	}

	@Test
	void filtersShowMismatchesAndUnverifiedAndScoresFollow() {
		press('c');
		press('n');
		press('n');
		view.setFilter(new VerificationFilter(VerificationFilter.Mode.MISMATCHES, null, 0));
		assertEquals(2, view.table().getItemCount());
		view.setFilter(new VerificationFilter(VerificationFilter.Mode.UNVERIFIED, null, 0));
		assertEquals(22, view.table().getItemCount());
		view.setFilter(new VerificationFilter(VerificationFilter.Mode.ALL, assessment.getChecklist().getSections().get(2), 0));
		assertEquals(7, view.table().getItemCount());
		List<String[]> scores = view.scoreLines();
		assertEquals(4, scores.size());
		String[] overall = scores.get(3);
		assertEquals("100 %", overall[1]);
		assertEquals("33 %", overall[2]);
		assertEquals("-67", overall[3]);
		assertEquals("\u2013", scores.get(1)[2], "nothing verified in part 2 yet");
		assertEquals("3 / 25", overall[4]);
		assertEquals("2", overall[5]);
	}

	@Test
	void fRaisesAPrefilledFindingFromAMismatch() {
		press('c');
		press('n');
		view.setFilter(new VerificationFilter(VerificationFilter.Mode.MISMATCHES, null, 0));
		assertEquals(1, view.table().getItemCount());
		view.table().setSelection(0);
		view.table().notifyListeners(SWT.Selection, new Event());
		press('f');
		assertEquals(1, session.project().getFindings().size());
		Finding finding = session.project().getFindings().get(0);
		assertEquals("Q02", finding.getRequirement().getCode());
		assertEquals("F-001", finding.getCode());
		assertTrue(finding.getTitle().startsWith("Q02: "), finding.getTitle());
		assertEquals(assessment.getOrganization(), finding.getOrganization());
		assertEquals(assessment, finding.getAssessment());
		assertEquals(Severity.HIGH, finding.getSeverity());
		assertEquals(LocalDate.of(2026, 12, 1), finding.getRaisedOn());
		assertTrue(finding.getDescription().startsWith("Declared Done, verified Nonconform (Overstated)."), finding.getDescription());
		assertTrue(finding.getDescriptionJa().startsWith("申告「実施している」、検証「不適合」（過大申告）。"), finding.getDescriptionJa());
		assertNotNull(finding.getTitleJa());
		session.commandStack().undo();
		assertFalse(session.project().getFindings().contains(finding));
	}

	@Test
	void lastYearsVerdictIsShownNextToThisYears() {
		org.rensa.model.RensaFactory f = org.rensa.model.RensaFactory.eINSTANCE;
		Assessment lastYear = f.createAssessment();
		lastYear.setOrganization(assessment.getOrganization());
		lastYear.setChecklist(assessment.getChecklist());
		lastYear.setDeclaredOn(LocalDate.of(2025, 11, 20));
		org.rensa.model.Response old = f.createResponse();
		old.setRequirement(assessment.getChecklist().getSections().get(0).getRequirements().get(0));
		old.setVerdict(Verdict.NONCONFORM);
		lastYear.getResponses().add(old);
		session.project().getAssessments().add(lastYear);
		assessment.setDeclaredOn(LocalDate.of(2026, 11, 20));
		assertEquals(lastYear, org.rensa.core.analysis.PreviousAssessment.of(assessment));
		assertEquals(null, org.rensa.core.analysis.PreviousAssessment.of(lastYear));
		AssessmentVerificationView again = new AssessmentVerificationView(shell, session, assessment, "auditor-1", CLOCK);
		assertEquals("Nonconform", again.table().getItem(0).getText(10));
		assertEquals("", again.table().getItem(1).getText(10));
		again.dispose();
	}

	private void press(char key) {
		Event event = new Event();
		event.character = key;
		event.keyCode = key;
		view.table().notifyListeners(SWT.KeyDown, event);
		while (Display.getDefault().readAndDispatch()) {
			// let the table update
		}
	}

	private boolean isEditing() {
		for (var child : view.table().getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Text text && text.isVisible()) {
				return true;
			}
		}
		return false;
	}
}
