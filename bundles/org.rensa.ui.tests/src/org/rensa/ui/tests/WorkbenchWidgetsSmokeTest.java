// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.analysis.MetiLevels;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.validation.ProjectValidator;
import org.rensa.model.InformationClass;
import org.rensa.model.MetiLevel;
import org.rensa.model.Organization;
import org.rensa.model.RensaPackage;
import org.rensa.ui.editor.OrganizationForm;
import org.rensa.ui.emf.FeatureCell;
import org.rensa.ui.emf.FeatureField;
import org.rensa.ui.emf.PropertyTable;
import org.rensa.ui.navigator.NavigatorCategory;
import org.rensa.ui.navigator.ProjectNavigator;
import org.rensa.ui.problems.ProblemsTable;
import org.rensa.ui.session.ProjectSession;

/**
 * Opens a project in the navigator, properties, organisation form and problems widgets, selects
 * an organisation, edits through the widgets and checks model, undo, dirty state and saving.
 */
final class WorkbenchWidgetsSmokeTest {

	@TempDir
	Path directory;

	private Display display;
	private Shell shell;
	private ProjectSession session;
	private ProjectNavigator navigator;
	private PropertyTable properties;

	@BeforeEach
	void openProject() throws Exception {
		display = Display.getDefault();
		session = new ProjectSession(TestProjects.createAndLoad(directory.resolve("project"))); //$NON-NLS-1$
		shell = new Shell(display);
		shell.setLayout(new FillLayout(SWT.VERTICAL));
		shell.setSize(900, 700);
		navigator = new ProjectNavigator(shell, SWT.NONE);
		properties = new PropertyTable(shell, SWT.NONE);
		properties.setEditing(session.adapterFactory(), session.editingDomain());
		navigator.onSelection(selected -> {
			if (selected instanceof org.eclipse.emf.ecore.EObject object) {
				properties.setInput(object);
			}
		});
		navigator.setSession(session);
		shell.open();
		processEvents();
	}

	@AfterEach
	void closeProject() {
		shell.dispose();
		session.dispose();
	}

	@Test
	void navigatorGroupsOrganisationsByTier() {
		TreeItem[] top = navigator.getViewer().getTree().getItems();
		assertEquals(9, top.length, "organisations, relationships, contracts, checklists, campaigns, assessments, visits, findings, actions");
		assertEquals(new NavigatorCategory(session.project(), NavigatorCategory.Kind.ORGANIZATIONS, 0), top[0].getData());
		navigator.getViewer().expandAll();
		List<String> tiers = Arrays.stream(top[0].getItems()).map(TreeItem::getText).toList();
		assertEquals(3, tiers.size(), tiers.toString());
		TreeItem tierTwo = top[0].getItems()[2];
		assertEquals(2, ((NavigatorCategory) tierTwo.getData()).tier());
		assertEquals(TestProjects.SUBCONTRACTOR, ((Organization) tierTwo.getItems()[0].getData()).getName());
	}

	@Test
	void openingAnOrganisationGoesToItsEditorAndOtherElementsToTheGenericCallback() {
		List<Object> organizations = new ArrayList<>();
		List<Object> elements = new ArrayList<>();
		navigator.onOpenOrganization(organizations::add);
		navigator.onOpenElement(elements::add);
		Organization supplier = TestProjects.named(session.project(), TestProjects.SUPPLIER);
		org.rensa.model.Relationship relationship = session.project().getRelationships().get(0);
		navigator.open(supplier);
		navigator.open(relationship);
		navigator.open(new NavigatorCategory(session.project(), NavigatorCategory.Kind.ORGANIZATIONS, 0));
		navigator.open(null);
		assertEquals(List.of(supplier), organizations);
		assertEquals(List.of(relationship), elements);
	}

	@Test
	void editingTheNameInThePropertyTableChangesTheModelAndUndoRestoresIt() {
		Organization supplier = TestProjects.named(session.project(), TestProjects.SUPPLIER);
		navigator.reveal(supplier);
		processEvents();
		assertEquals(supplier, properties.getInput());

		assertNull(properties.editAsText(RensaPackage.Literals.ORGANIZATION__NAME, "Tokai Precision Parts")); //$NON-NLS-1$
		assertEquals("Tokai Precision Parts", supplier.getName()); //$NON-NLS-1$
		assertTrue(session.isDirty());

		session.commandStack().undo();
		assertEquals(TestProjects.SUPPLIER, supplier.getName());
		assertFalse(session.isDirty());
		session.commandStack().redo();
		assertTrue(session.isDirty());
		session.commandStack().undo();
	}

	@Test
	void cellEditorOfThePropertyTableAppliesTypedTextAndRejectsInvalidDates() {
		Organization supplier = TestProjects.named(session.project(), TestProjects.SUPPLIER);
		navigator.reveal(supplier);
		processEvents();
		FeatureCell sector = properties.rowFor(RensaPackage.Literals.ORGANIZATION__SECTOR);
		properties.getViewer().editElement(sector, 1);
		Text editor = activeTextEditor(properties.getViewer().getTable());
		assertNotNull(editor, "a text cell editor is active"); //$NON-NLS-1$
		editor.setText("Automotive parts"); //$NON-NLS-1$
		properties.getViewer().applyEditorValue();
		processEvents();
		assertEquals("Automotive parts", supplier.getSector()); //$NON-NLS-1$

		navigator.reveal(supplier.getCertifications().get(0));
		processEvents();
		String rejection = properties.editAsText(RensaPackage.Literals.CERTIFICATION__VALID_UNTIL, "next March"); //$NON-NLS-1$
		assertNotNull(rejection);
		assertEquals(rejection, properties.statusMessage());
		assertNull(supplier.getCertifications().get(0).getValidUntil());
	}

	@Test
	void readOnlyTierRowCannotBeEdited() {
		Organization supplier = TestProjects.named(session.project(), TestProjects.SUPPLIER);
		properties.setInput(supplier);
		FeatureCell tier = properties.rowFor(RensaPackage.Literals.ORGANIZATION__TIER);
		assertNotNull(tier);
		assertEquals(FeatureCell.EditorKind.READ_ONLY, tier.editorKind());
		assertEquals("1", tier.displayText()); //$NON-NLS-1$
	}

	@Test
	void savingMovesTheSavePointAndWritesTheChange() throws Exception {
		Organization supplier = TestProjects.named(session.project(), TestProjects.SUPPLIER);
		properties.setInput(supplier);
		properties.editAsText(RensaPackage.Literals.ORGANIZATION__COUNTRY, "VN"); //$NON-NLS-1$
		assertTrue(session.isDirty());
		session.save(ProjectStorage.standard());
		assertFalse(session.isDirty());
		Organization reloaded = TestProjects.named(
				ProjectStorage.standard().load(session.document().getDirectory()).getProject(), TestProjects.SUPPLIER);
		assertEquals("VN", reloaded.getCountry()); //$NON-NLS-1$
	}

	@Test
	void organisationFormEditsThroughCommandsAndListsRelationships() {
		Organization supplier = TestProjects.named(session.project(), TestProjects.SUPPLIER);
		Shell editorShell = new Shell(display);
		editorShell.setLayout(new FillLayout());
		OrganizationForm form = new OrganizationForm(editorShell, session, supplier);
		editorShell.setSize(900, 800);
		editorShell.open();
		processEvents();
		try {
			assertEquals(2, form.relationshipsViewer().getTable().getItemCount());
			assertEquals(1, form.certificationsViewer().getTable().getItemCount());
			FeatureField nameJa = form.fields().stream()
					.filter(field -> field.cell().feature() == RensaPackage.Literals.ORGANIZATION__NAME_JA)
					.findFirst().orElseThrow();
			assertNull(nameJa.commitText("東海精密部品")); //$NON-NLS-1$
			assertEquals("東海精密部品", supplier.getNameJa()); //$NON-NLS-1$
			assertTrue(session.isDirty());
			session.commandStack().undo();
			processEvents();
			assertEquals("東海部品", supplier.getNameJa()); //$NON-NLS-1$
			assertEquals("東海部品", ((Text) nameJa.control()).getText()); //$NON-NLS-1$
		} finally {
			editorShell.dispose();
		}
	}

	@Test
	void organisationFormShowsTheMetiRecommendationAndSetsTheTargetThroughCommands() {
		Organization supplier = TestProjects.named(session.project(), TestProjects.SUPPLIER);
		session.project().getRelationships().stream().filter(r -> r.getTo() == supplier).findFirst().orElseThrow()
				.getInformationClasses().add(InformationClass.TECHNICAL_DESIGN);
		boolean japanese = "ja".equals(java.util.Locale.getDefault().getLanguage()); //$NON-NLS-1$
		Shell editorShell = new Shell(display);
		editorShell.setLayout(new FillLayout());
		OrganizationForm form = new OrganizationForm(editorShell, session, supplier);
		editorShell.setSize(900, 900);
		editorShell.open();
		processEvents();
		try {
			assertTrue(form.metiRecommendationText().startsWith(org.rensa.model.text.Language.of(japanese).label(MetiLevel.STAR4)),
					form.metiRecommendationText());
			assertTrue(form.metiRecommendationText().contains(
					MetiLevels.Reason.CONFIDENTIAL_ON_SUPPLIER_IT.message().render(org.rensa.model.text.Language.of(japanese))), form.metiRecommendationText());
			assertEquals("", form.metiWarningText()); //$NON-NLS-1$
			assertTrue(form.useRecommendedButton().isEnabled());

			Combo combo = (Combo) form.metiTargetField().control();
			assertEquals(3, combo.getItemCount(), "none, ★3, ★4"); //$NON-NLS-1$
			combo.select(1);
			combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			processEvents();
			assertEquals(MetiLevel.STAR3, supplier.getMetiTargetLevel());
			assertTrue(session.isDirty());
			assertTrue(form.metiWarningText().contains(org.rensa.model.text.Language.of(japanese).label(MetiLevel.STAR4)), form.metiWarningText());

			form.useRecommendedButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			processEvents();
			assertEquals(MetiLevel.STAR4, supplier.getMetiTargetLevel());
			assertEquals("", form.metiWarningText()); //$NON-NLS-1$
			assertFalse(form.useRecommendedButton().isEnabled());
			assertEquals(2, combo.getSelectionIndex());

			session.commandStack().undo();
			processEvents();
			assertEquals(MetiLevel.STAR3, supplier.getMetiTargetLevel());
			session.commandStack().undo();
			processEvents();
			assertFalse(supplier.isSetMetiTargetLevel());
			assertEquals(0, combo.getSelectionIndex());
			session.commandStack().redo();
			processEvents();
			assertEquals(MetiLevel.STAR3, supplier.getMetiTargetLevel());
		} finally {
			editorShell.dispose();
		}
	}

	@Test
	void problemsTableListsValidatorDiagnostics() {
		Diagnostic diagnostic = ProjectValidator.standard(java.time.Clock.systemUTC()).validate(session.document());
		ProblemsTable problems = new ProblemsTable(shell, SWT.NONE);
		problems.setDiagnostic(diagnostic);
		assertEquals(ProjectValidator.leaves(diagnostic).size(), problems.problems().size());
		assertEquals(problems.problems().size(), problems.getViewer().getTable().getItemCount());
	}

	@Test
	void problemsTableShowsDiagnosticsInTheUiLanguage() {
		Diagnostic diagnostic = ProjectValidator.withChainAnalysis(java.time.Clock.systemUTC()).validate(session.document());
		java.util.Locale before = java.util.Locale.getDefault();
		java.util.Locale.setDefault(java.util.Locale.JAPANESE);
		try {
			ProblemsTable problems = new ProblemsTable(shell, SWT.NONE);
			problems.setDiagnostic(diagnostic);
			assertTrue(problems.problems().size() > 0, "the test project has problems");
			org.eclipse.swt.widgets.Table table = problems.getViewer().getTable();
			for (int i = 0; i < table.getItemCount(); i++) {
				Diagnostic shown = problems.problems().get(i);
				assertEquals(org.rensa.core.validation.DiagnosticMessages.ruleCode(shown), table.getItem(i).getText(0));
				String text = table.getItem(i).getText(1);
				assertEquals(org.rensa.core.validation.DiagnosticMessages.render(shown,
						org.rensa.model.text.Language.JAPANESE), text);
				assertTrue(org.rensa.model.text.Language.isJapaneseText(text), text);
				assertFalse(text.matches(".*\\b[A-Z]+_[A-Z_]+\\b.*"), "a raw constant in: " + text); //$NON-NLS-1$
				assertEquals(org.rensa.model.text.Language.JAPANESE.qualifiedInContext(ProblemsTable.elementOf(shown)),
						table.getItem(i).getText(2));
			}
			problems.dispose();
		} finally {
			java.util.Locale.setDefault(before);
		}
	}

	@Test
	void navigatorFollowsCommands() {
		Organization subcontractor = TestProjects.named(session.project(), TestProjects.SUBCONTRACTOR);
		FeatureCell name = org.rensa.ui.emf.FeatureCells.of(session.adapterFactory(), subcontractor,
				RensaPackage.Literals.ORGANIZATION__NAME);
		name.apply(session.editingDomain(), "Aichi Logistics"); //$NON-NLS-1$
		processEvents();
		navigator.getViewer().setSelection(new StructuredSelection(subcontractor), true);
		TreeItem[] selected = navigator.getViewer().getTree().getSelection();
		assertEquals(1, selected.length);
		assertEquals("Aichi Logistics", selected[0].getText()); //$NON-NLS-1$
	}

	private static Text activeTextEditor(org.eclipse.swt.widgets.Composite table) {
		List<Control> children = new ArrayList<>(Arrays.asList(table.getChildren()));
		for (Control child : children) {
			if (child instanceof Text text && text.isVisible()) {
				return text;
			}
		}
		return null;
	}

	private void processEvents() {
		while (display.readAndDispatch()) {
			// drain the event queue so async refreshes run
		}
	}
}
