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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Assessment;
import org.rensa.model.Campaign;
import org.rensa.model.Checklist;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.RensaFactory;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Verdict;
import org.rensa.model.text.Language;
import org.rensa.ui.audit.AssessmentVerificationView;
import org.rensa.ui.audit.Messages;
import org.rensa.ui.audit.VerificationFilter;
import org.rensa.ui.session.ProjectSession;

/** Year over year: last year's assessment (on an earlier version of the checklist) next to this one, row by row. */
final class CompareLastYearTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path directory;

	private ProjectSession session;
	private Shell shell;
	private Assessment assessment;

	@BeforeEach
	void open() throws Exception {
		session = new ProjectSession(AuditFixtures.project(directory.resolve("p")));
		assessment = session.project().getAssessments().get(0);
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(1500, 900);
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.dispose();
	}

	@Test
	void lastYearIsShownRowByRowWithChangesMarked() {
		Assessment lastYear = lastYear();
		AssessmentVerificationView view = new AssessmentVerificationView(shell, session, assessment, "auditor-1", CLOCK);
		shell.open();
		assertSame(lastYear, view.previous());
		assertFalse(view.isComparing());
		press(view, 'c'); // Q01 conform (last year nonconform)
		press(view, 'n'); // Q02 nonconform (last year conform)
		press(view, 'p'); // Q03 partially conform (last year partially conform)

		assertTrue(view.setComparison(true));
		assertTrue(view.isComparing());
		Table comparison = view.comparisonTable();
		assertEquals(view.table().getItemCount(), comparison.getItemCount());
		for (int i = 0; i < comparison.getItemCount(); i++) {
			assertEquals(view.table().getItem(i).getText(0), comparison.getItem(i).getText(0), "row " + i + " is aligned");
		}
		assertEquals(Language.ui().label(Verdict.NONCONFORM), comparison.getItem(0).getText(2));
		assertTrue(comparison.getItem(0).getText(3).startsWith(Messages.Compare_better), comparison.getItem(0).getText(3));
		assertTrue(comparison.getItem(1).getText(3).startsWith(Messages.Compare_worse), comparison.getItem(1).getText(3));
		assertEquals("", comparison.getItem(2).getText(3), "same verdict, same declaration");
		assertTrue(comparison.getItem(3).getText(3).contains(Language.ui().label(DeclaredAnswer.NOT_DONE)), "declared not done last year");
		assertEquals(Messages.Compare_new, comparison.getItem(24).getText(3), "Q25 was not in last year's checklist");
		assertTrue(comparison.getColumn(1).getText().contains("FY2025"), comparison.getColumn(1).getText());

		view.setFilter(new VerificationFilter(VerificationFilter.Mode.MISMATCHES, null, 0));
		assertEquals(view.table().getItemCount(), comparison.getItemCount());
		assertEquals("Q02", comparison.getItem(0).getText(0));

		view.setFilter(VerificationFilter.ALL);
		view.table().setSelection(10);
		view.table().notifyListeners(SWT.Selection, new Event());
		assertEquals(10, comparison.getSelectionIndex(), "selection follows");
		assertTrue(view.setComparison(false));
		assertFalse(view.isComparing());
	}

	@Test
	void theDemoShowsKisaragisVisitNextToLastYearsDocumentReview() throws Exception {
		ProjectSession demo = new ProjectSession(ProjectStorage.standard().load(AuditFixtures.demoCopy(directory.resolve("demo"))));
		try {
			Assessment thisYear = demo.project().getAssessments().stream()
					.filter(a -> "Kisaragi Electronics Co., Ltd.".equals(a.getOrganization().getName())
							&& a.getCampaign().getFiscalYear() == 2026)
					.findFirst().orElseThrow();
			AssessmentVerificationView view = new AssessmentVerificationView(shell, demo, thisYear, "auditor-1", CLOCK);
			shell.open();
			assertEquals(2025, view.previous().getCampaign().getFiscalYear());
			assertTrue(view.setComparison(true));
			Table comparison = view.comparisonTable();
			assertTrue(comparison.getColumn(1).getText().contains("FY2025"), comparison.getColumn(1).getText());
			java.util.Map<String, String> changes = new java.util.HashMap<>();
			for (int i = 0; i < comparison.getItemCount(); i++) {
				changes.put(comparison.getItem(i).getText(0), comparison.getItem(i).getText(3));
			}
			assertEquals(28, changes.size());
			for (String worse : List.of("1.1", "1.8", "3.3", "3.4", "3.9")) {
				assertTrue(changes.get(worse).startsWith(Messages.Compare_worse), worse + ": " + changes.get(worse));
			}
			assertTrue(changes.get("2.6").startsWith(Messages.Compare_better), changes.get("2.6"));
			assertTrue(changes.get("2.1").startsWith(Messages.Compare_better), changes.get("2.1"));
			assertTrue(changes.get("2.1").contains(Language.ui().label(DeclaredAnswer.PARTLY)), "declared partly last year: " + changes.get("2.1"));
			assertEquals("", changes.get("1.2"), "conform both years");
			view.dispose();
		} finally {
			demo.dispose();
		}
	}

	@Test
	void withoutAPreviousAssessmentNothingOpensAndTheMessageSaysWhy() {
		AssessmentVerificationView view = new AssessmentVerificationView(shell, session, assessment, "auditor-1", CLOCK);
		shell.open();
		assertNull(view.previous());
		assertFalse(view.setComparison(true));
		assertFalse(view.isComparing());
		assertTrue(view.noPreviousMessage().contains("Kanto Precision Parts"), view.noPreviousMessage());
	}

	/** FY2025 on an earlier version of the checklist (a copy without Q25), matched by requirement code. */
	private Assessment lastYear() {
		RensaFactory f = RensaFactory.eINSTANCE;
		Checklist previousVersion = EcoreUtil.copy(assessment.getChecklist());
		previousVersion.setVersion("2024");
		previousVersion.getSections().get(previousVersion.getSections().size() - 1).getRequirements()
				.removeIf(r -> "Q25".equals(r.getCode()));
		session.project().getChecklists().add(previousVersion);
		Campaign fy2025 = f.createCampaign();
		fy2025.setName("FY2025");
		fy2025.setFiscalYear(2025);
		session.project().getCampaigns().add(fy2025);
		Campaign fy2026 = f.createCampaign();
		fy2026.setName("FY2026");
		fy2026.setFiscalYear(2026);
		session.project().getCampaigns().add(fy2026);
		assessment.setCampaign(fy2026);
		Assessment lastYear = f.createAssessment();
		lastYear.setOrganization(assessment.getOrganization());
		lastYear.setChecklist(previousVersion);
		lastYear.setCampaign(fy2025);
		lastYear.setDeclaredOn(LocalDate.of(2025, 7, 1));
		Verdict[] verdicts = { Verdict.NONCONFORM, Verdict.CONFORM, Verdict.PARTIALLY_CONFORM };
		int i = 0;
		for (var section : previousVersion.getSections()) {
			for (Requirement requirement : section.getRequirements()) {
				Response response = f.createResponse();
				response.setRequirement(requirement);
				response.setDeclaredAnswer(i == 3 ? DeclaredAnswer.NOT_DONE : DeclaredAnswer.DONE);
				response.setVerdict(i < verdicts.length ? verdicts[i] : Verdict.NOT_VERIFIED);
				lastYear.getResponses().add(response);
				i++;
			}
		}
		session.project().getAssessments().add(lastYear);
		return lastYear;
	}

	private static void press(AssessmentVerificationView view, char key) {
		Event event = new Event();
		event.character = key;
		event.keyCode = key;
		view.table().notifyListeners(SWT.KeyDown, event);
		while (Display.getDefault().readAndDispatch()) {
			// let the table update
		}
	}
}
