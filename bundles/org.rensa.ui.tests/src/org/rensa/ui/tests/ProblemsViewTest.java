// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rensa.core.audit.Findings;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.validation.DiagnosticMessages;
import org.rensa.core.validation.ProjectValidator;
import org.rensa.core.validation.RensaRulesValidator;
import org.rensa.model.ActionStatus;
import org.rensa.model.Finding;
import org.rensa.ui.Messages;
import org.rensa.ui.problems.ProblemsTable;
import org.rensa.ui.session.ProjectSession;

/** The Problems table: rule code column, severity filter, double-click hands over the element. */
final class ProblemsViewTest {

	private ProjectSession session;
	private Shell shell;
	private ProblemsTable table;
	private Diagnostic diagnostic;

	@BeforeEach
	void open() throws Exception {
		session = new ProjectSession(ProjectStorage.standard()
				.loadReadOnly(Path.of(System.getProperty("rensa.root", "."), "samples", "demo"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		diagnostic = ProjectValidator.withChainAnalysis(java.time.Clock.systemDefaultZone()).validate(session.document());
		shell = new Shell(Display.getDefault());
		shell.setSize(1200, 500);
		shell.setLayout(new org.eclipse.swt.layout.FillLayout());
		table = new ProblemsTable(shell, SWT.NONE);
		table.setDiagnostic(diagnostic);
		shell.open();
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.dispose();
	}

	@Test
	void theFirstColumnIsTheRuleCodeOfTheReadmesTable() {
		Table widget = table.getViewer().getTable();
		assertEquals(Messages.Problems_code, widget.getColumn(0).getText());
		assertTrue(widget.getItemCount() > 0, "the demo has problems to show");
		for (int i = 0; i < widget.getItemCount(); i++) {
			Diagnostic problem = table.problems().get(i);
			assertEquals(DiagnosticMessages.ruleCode(problem), widget.getItem(i).getText(0));
			if (RensaRulesValidator.DIAGNOSTIC_SOURCE.equals(problem.getSource())) {
				assertEquals(Integer.toString(problem.getCode()), widget.getItem(i).getText(0));
			}
			assertTrue(widget.getItem(i).getImage(0) != null, "with its severity icon");
		}
		assertTrue(table.problems().stream().anyMatch(p -> "109".equals(DiagnosticMessages.ruleCode(p))), //$NON-NLS-1$
				"the demo's overstated declarations are rule 109");
	}

	@Test
	void theSeverityFilterShowsOneSeverityAndTheCountsStay() {
		int[] counts = table.countsBySeverity();
		int total = table.problems().size();
		assertEquals(counts[0] + counts[1] + counts[2], total);
		assertTrue(counts[1] > 0, "the demo has warnings");
		table.setSeverityFilter(Diagnostic.WARNING);
		assertEquals(counts[1], table.getViewer().getTable().getItemCount());
		assertTrue(table.problems().stream().allMatch(p -> p.getSeverity() == Diagnostic.WARNING));
		assertEquals(counts[0], table.countsBySeverity()[0], "the summary counts the whole validation");
		table.setSeverityFilter(Diagnostic.ERROR);
		assertEquals(counts[0], table.getViewer().getTable().getItemCount());
		table.setSeverityFilter(Diagnostic.OK);
		assertEquals(total, table.getViewer().getTable().getItemCount());
		table.setSeverityFilter(Diagnostic.WARNING);
		table.setDiagnostic(diagnostic);
		assertEquals(counts[1], table.getViewer().getTable().getItemCount(), "the filter stays on a new validation");
	}

	@Test
	void doubleClickHandsTheProblemsElementToTheOpener() {
		List<EObject> opened = new ArrayList<>();
		table.onOpen(opened::add);
		Table widget = table.getViewer().getTable();
		widget.setSelection(0);
		widget.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		widget.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		assertEquals(1, opened.size());
		assertSame(ProblemsTable.elementOf(table.problems().get(0)), opened.get(0));
		Set<String> kinds = table.problems().stream().map(ProblemsTable::elementOf).filter(e -> e != null)
				.map(e -> e.eClass().getName()).collect(Collectors.toSet());
		assertFalse(kinds.isEmpty());
	}

	@Test
	void aFindingReadyToCloseIsTheElementOfItsProblemSoItsContextMenuClosesIt() {
		Finding f005 = session.project().getFindings().stream().filter(f -> "F-005".equals(f.getCode())).findFirst().orElseThrow();
		f005.getActions().forEach(action -> action.setStatus(ActionStatus.VERIFIED));
		table.setDiagnostic(ProjectValidator.withChainAnalysis(java.time.Clock.systemDefaultZone()).validate(session.document()));
		Diagnostic readyToClose = table.problems().stream()
				.filter(p -> Integer.toString(RensaRulesValidator.FINDING_READY_TO_CLOSE).equals(DiagnosticMessages.ruleCode(p)))
				.findFirst().orElseThrow();
		assertSame(f005, ProblemsTable.elementOf(readyToClose), "right-click on the problem selects the finding");
		assertTrue(Findings.canClose(f005), "and Close Finding is enabled for it");
	}
}
