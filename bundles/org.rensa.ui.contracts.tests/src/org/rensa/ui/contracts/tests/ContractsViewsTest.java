// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.analysis.ChainReport.FlowDownBreak;
import org.rensa.core.analysis.ChainReport.OversightProblem;
import org.rensa.core.analysis.ChainReport.ProblemKind;
import org.rensa.core.analysis.ClauseLibrary;
import org.rensa.core.analysis.ProjectAnalysis;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Clause;
import org.rensa.model.ClauseCategory;
import org.rensa.model.Contract;
import org.rensa.ui.contracts.ChainTable;
import org.rensa.ui.contracts.ContractForm;
import org.rensa.ui.contracts.CoverageTable;
import org.rensa.ui.session.ProjectSession;

/** The coverage matrix, the chain list with its quick fixes and the contract form on the demo project. */
class ContractsViewsTest {

	private Display display;
	private Shell shell;
	private ProjectSession session;

	private static Path demo() {
		String root = System.getProperty("rensa.root");
		if (root != null && !root.isBlank()) {
			return Paths.get(root, "samples", "demo");
		}
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("samples/demo/model"))) {
				return dir.resolve("samples/demo");
			}
		}
		throw new IllegalStateException("samples/demo not found");
	}

	@BeforeEach
	void open() throws Exception {
		display = Display.getDefault();
		session = new ProjectSession(ProjectStorage.standard().loadReadOnly(demo()));
		shell = new Shell(display);
		shell.setLayout(new FillLayout(SWT.VERTICAL));
		shell.setSize(1200, 800);
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.dispose();
	}

	private void processEvents() {
		while (display.readAndDispatch()) {
			// drain
		}
	}

	@Test
	void coverageMatrixShowsEveryOrganisationButTheBuyerAndFilters() {
		CoverageTable table = new CoverageTable(shell, SWT.NONE);
		shell.open();
		table.setReport(ProjectAnalysis.chainReport(session.document()));
		processEvents();
		assertEquals(session.project().getOrganizations().size() - 1, table.getViewer().getTable().getItemCount());
		assertEquals(2 + ClauseCategory.VALUES.size(), table.getViewer().getTable().getColumnCount());
		table.selectTierFilter(1);
		assertEquals(4, table.getViewer().getTable().getItemCount(), "four direct suppliers");
		assertTrue(table.rows().stream().allMatch(r -> r.tier() == 1));
	}

	@Test
	void chainQuickFixesAreUndoableCommands() {
		ChainTable table = new ChainTable(shell, SWT.NONE);
		shell.open();
		ChainReport before = ProjectAnalysis.chainReport(session.document());
		table.setReport(before, session.editingDomain(), session.project());
		processEvents();
		assertEquals(before.breaks().size() + before.problems().size(), table.getViewer().getTable().getItemCount());
		List<Button> buttons = table.fixButtons();

		FlowDownBreak first = before.breaks().get(0);
		table.getViewer().setSelection(new StructuredSelection(first));
		assertTrue(buttons.get(0).isEnabled());
		assertFalse(buttons.get(1).isEnabled(), "approve is for subcontract problems");
		buttons.get(0).notifyListeners(SWT.Selection, null);
		ChainReport repaired = ProjectAnalysis.chainReport(session.document());
		assertTrue(repaired.breaks().stream().noneMatch(b -> b.link() == first.link()), "the repaired link is whole");
		assertTrue(repaired.breaks().stream().anyMatch(b -> b.link().getFrom() == first.link().getTo()),
				"the obligations now reach the next organisation, whose own subcontract lacks them");
		assertTrue(session.isDirty());
		session.commandStack().undo();
		assertEquals(before.breaks().size(), ProjectAnalysis.chainReport(session.document()).breaks().size());

		OversightProblem undeclared = before.problems().stream()
				.filter(p -> p.kind() == ProblemKind.UNDECLARED_SUBCONTRACTOR).findFirst().orElseThrow();
		table.setReport(before, session.editingDomain(), session.project());
		table.getViewer().setSelection(new StructuredSelection(undeclared));
		buttons.get(1).notifyListeners(SWT.Selection, null);
		assertTrue(undeclared.relationship().isApproved() && undeclared.relationship().isDeclaredToBuyer());
		session.commandStack().undo();
		assertFalse(undeclared.relationship().isDeclaredToBuyer());

		int assessments = session.project().getAssessments().size();
		buttons.get(2).notifyListeners(SWT.Selection, null);
		assertEquals(assessments + 1, session.project().getAssessments().size());
		assertEquals(undeclared.organization(), session.project().getAssessments().get(assessments).getOrganization());
		session.commandStack().undo();
		assertEquals(assessments, session.project().getAssessments().size());
	}

	@Test
	void contractFormAddsClausesFromTheLibraryAndShowsTheWordingDiff() {
		FlowDownBreak flowDownBreak = ProjectAnalysis.chainReport(session.document()).breaks().get(0);
		Contract contract = flowDownBreak.contract();
		ContractForm form = new ContractForm(shell, session, contract);
		shell.open();
		processEvents();
		int clauses = contract.getClauses().size();
		assertEquals(clauses, form.clausesViewer().getTable().getItemCount());
		form.addFromLibrary(ClauseCategory.AUDIT_RIGHT);
		processEvents();
		assertEquals(clauses + 1, contract.getClauses().size());
		assertEquals(clauses + 1, form.clausesViewer().getTable().getItemCount());
		Clause added = contract.getClauses().get(clauses);
		org.rensa.model.ClauseTemplate template = ClauseLibrary.projectTemplate(ClauseCategory.AUDIT_RIGHT,
				session.project().getClauseTemplates());
		String wording = template != null ? template.getWording() : ClauseLibrary.standard().entry(ClauseCategory.AUDIT_RIGHT).wording();
		assertEquals(template, added.getTemplate());
		assertEquals(wording, added.getText());
		assertTrue(form.diffText().startsWith(wording), "identical wording: the diff is the text itself");
		added.setText(wording.replace("reasonable", "30 days'"));
		form.clausesViewer().setSelection(new StructuredSelection(added));
		processEvents();
		assertTrue(form.diffText().contains("reasonable") && form.diffText().contains("30"), form.diffText());
		session.commandStack().undo();
		assertEquals(clauses, contract.getClauses().size());
	}

	@Test
	void contractFormAddsAndRemovesPartiesAsUndoableCommands() {
		Contract contract = session.project().getContracts().get(0);
		ContractForm form = new ContractForm(shell, session, contract);
		shell.open();
		processEvents();
		List<org.rensa.model.Organization> before = List.copyOf(contract.getParties());
		assertEquals(before.size(), form.partiesViewer().getTable().getItemCount());
		List<org.rensa.model.Organization> candidates = form.partyCandidates();
		assertEquals(session.project().getOrganizations().size() - before.size(), candidates.size());
		assertTrue(candidates.stream().noneMatch(before::contains));

		form.addParty(candidates.get(0));
		processEvents();
		assertEquals(before.size() + 1, contract.getParties().size());
		assertEquals(candidates.get(0), contract.getParties().get(before.size()));
		assertEquals(before.size() + 1, form.partiesViewer().getTable().getItemCount());
		assertFalse(form.partyCandidates().contains(candidates.get(0)));
		assertTrue(session.isDirty());
		session.commandStack().undo();
		processEvents();
		assertEquals(before, contract.getParties());
		assertEquals(before.size(), form.partiesViewer().getTable().getItemCount());

		form.removeParty(before.get(0));
		processEvents();
		assertFalse(contract.getParties().contains(before.get(0)));
		assertEquals(before.size() - 1, form.partiesViewer().getTable().getItemCount());
		assertTrue(form.partyCandidates().contains(before.get(0)));
		session.commandStack().undo();
		processEvents();
		assertEquals(before, contract.getParties());
		assertFalse(session.isDirty());
	}

	@Test
	void contractFormLinksARelationshipAndListsItsSpecialTermsAndSpecifications() {
		Contract specialTerms = session.project().getContracts().stream()
				.filter(c -> c.getKind() == org.rensa.model.ContractKind.SPECIAL_TERMS && c.getRelationship() != null)
				.findFirst().orElseThrow();
		org.rensa.model.Relationship relationship = specialTerms.getRelationship();
		Contract contract = org.rensa.model.RensaFactory.eINSTANCE.createContract();
		contract.setTitle("Master agreement under test"); //$NON-NLS-1$
		contract.setKind(org.rensa.model.ContractKind.MASTER_AGREEMENT);
		session.commandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(session.editingDomain(),
				session.project(), org.rensa.model.RensaPackage.Literals.AUDIT_PROJECT__CONTRACTS, contract));
		ContractForm form = new ContractForm(shell, session, contract);
		shell.open();
		processEvents();
		assertTrue(form.relatedDocuments().isEmpty(), "no parties, no relationship: nothing related");
		assertTrue(form.relationshipCandidates().isEmpty());

		form.addParty(relationship.getFrom());
		form.addParty(relationship.getTo());
		processEvents();
		assertTrue(form.relationshipCandidates().contains(relationship), form.relationshipCandidates().toString());
		form.linkRelationship(relationship);
		processEvents();
		assertEquals(relationship, contract.getRelationship());
		List<Contract> related = form.relatedDocuments();
		assertTrue(related.contains(specialTerms), related.toString());
		assertTrue(related.stream().allMatch(c -> c.getKind() == org.rensa.model.ContractKind.SPECIAL_TERMS
				|| c.getKind() == org.rensa.model.ContractKind.SPECIFICATION), related.toString());
		assertEquals(related.size(), form.relatedViewer().getTable().getItemCount());
		List<Contract> opened = new java.util.ArrayList<>();
		form.onOpenContract(opened::add);
		form.relatedViewer().getTable().setSelection(related.indexOf(specialTerms));
		form.relatedViewer().getTable().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		assertEquals(List.of(specialTerms), opened, "double-click opens the special terms");

		session.commandStack().undo();
		processEvents();
		assertEquals(null, contract.getRelationship());
		session.commandStack().undo();
		session.commandStack().undo();
		processEvents();
		assertTrue(contract.getParties().isEmpty());
		assertTrue(form.relatedDocuments().isEmpty());
		assertEquals(0, form.relatedViewer().getTable().getItemCount());
	}

	private static void assertSameRules(org.rensa.core.analysis.ClauseRules expected, org.rensa.core.analysis.ClauseRules actual) {
		for (int tier = 1; tier <= 4; tier++) {
			for (org.rensa.model.InformationClass c : org.rensa.model.InformationClass.VALUES) {
				assertEquals(expected.required(c, tier), actual.required(c, tier), c + " tier " + tier);
			}
			assertEquals(expected.requiredForSubcontracting(tier), actual.requiredForSubcontracting(tier));
		}
	}

	@Test
	void clauseRulesDialogTogglesCellsIntoANewTable() {
		org.rensa.core.analysis.ClauseRules defaults = org.rensa.core.analysis.ClauseRules.defaults();
		org.rensa.ui.contracts.ClauseRulesDialog dialog = new org.rensa.ui.contracts.ClauseRulesDialog(shell, defaults);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertEquals(2 * (org.rensa.model.InformationClass.VALUES.size() + 1), dialog.rowCount(), "tier 1 and 2 per class");
			assertSameRules(defaults, dialog.table());
			// row 0 is CONFIDENTIAL_BUSINESS from tier 1: add AUDIT_RIGHT
			dialog.toggle(0, ClauseCategory.AUDIT_RIGHT);
			assertTrue(dialog.table().required(org.rensa.model.InformationClass.CONFIDENTIAL_BUSINESS, 1)
					.contains(ClauseCategory.AUDIT_RIGHT));
			dialog.toggle(0, ClauseCategory.AUDIT_RIGHT);
			assertSameRules(defaults, dialog.table());
		} finally {
			dialog.close();
		}
	}

	@Test
	void anEditedRuleIsAnUndoableCommandTheCoverageFollows() {
		CoverageTable table = new CoverageTable(shell, SWT.NONE);
		shell.open();
		ChainReport before = ProjectAnalysis.chainReport(session.document());
		org.rensa.ui.contracts.ClauseRulesDialog dialog = new org.rensa.ui.contracts.ClauseRulesDialog(shell,
				ProjectAnalysis.settings(session.document()).rules());
		dialog.setBlockOnOpen(false);
		dialog.open();
		// row 0 is CONFIDENTIAL_BUSINESS from tier 1: require AUDIT_RIGHT too
		dialog.toggle(0, ClauseCategory.AUDIT_RIGHT);
		org.rensa.core.analysis.ClauseRules edited = dialog.table();
		dialog.close();
		session.commandStack().execute(org.rensa.core.analysis.AnalysisSettings.changeRules(session.document(), edited));
		assertTrue(session.isDirty(), "the project is dirty");
		ChainReport after = ProjectAnalysis.chainReport(session.document());
		table.setReport(after);
		processEvents();
		assertTrue(after != before, "a new report for the new settings");
		ChainReport expected = org.rensa.core.analysis.ChainAnalysis.analyze(session.project(),
				new org.rensa.core.analysis.AnalysisSettings(edited, org.rensa.core.analysis.RiskWeights.defaults()));
		assertEquals(expected.coverage().stream().map(r -> r.cells().stream().map(c -> c.state()).toList()).toList(),
				table.rows().stream().map(r -> r.cells().stream().map(c -> c.state()).toList()).toList(),
				"the Coverage view shows the edited table's coverage");
		assertTrue(table.rows().stream().filter(r -> r.tier() == 1
				&& r.received().contains(org.rensa.model.InformationClass.CONFIDENTIAL_BUSINESS))
				.allMatch(r -> r.cell(ClauseCategory.AUDIT_RIGHT).state() != org.rensa.core.analysis.ChainReport.CoverageState.NOT_REQUIRED),
				"audit rights are required of tier-1 recipients of confidential business information");
		session.commandStack().undo();
		assertFalse(session.isDirty());
		assertSameRules(org.rensa.core.analysis.ClauseRules.defaults(), ProjectAnalysis.settings(session.document()).rules());
	}
}
