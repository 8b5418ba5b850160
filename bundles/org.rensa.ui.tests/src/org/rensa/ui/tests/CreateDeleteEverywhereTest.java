// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.model.ActionStatus;
import org.rensa.model.Assessment;
import org.rensa.model.Checklist;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.Organization;
import org.rensa.model.RemediationAction;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage.Literals;
import org.rensa.ui.Messages;
import org.rensa.ui.edit.ElementMenu;
import org.rensa.ui.navigator.ProjectNavigator;
import org.rensa.ui.session.ProjectSession;

/** New, Duplicate and Delete from the navigator's context menu and Delete key, through the real tree. */
final class CreateDeleteEverywhereTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path directory;

	private Shell shell;
	private ProjectSession session;
	private ProjectNavigator navigator;
	private final List<List<EObject>> asked = new ArrayList<>();
	private boolean answer = true;

	@BeforeEach
	void open() throws Exception {
		session = new ProjectSession(TestProjects.createAndLoad(directory.resolve("project")));
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(600, 700);
		navigator = new ProjectNavigator(shell, SWT.NONE);
		navigator.setSession(session);
		navigator.elementMenu().withTestDoubles(CLOCK, (s, element, dependents) -> {
			asked.add(dependents);
			return answer;
		});
		shell.open();
		processEvents();
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.dispose();
	}

	@Test
	void theContextMenuOffersNewDuplicateAndDeleteForTheSelection() {
		select(TestProjects.named(session.project(), TestProjects.SUPPLIER));
		Menu menu = navigator.getViewer().getControl().getMenu();
		assertNotNull(menu, "the tree has a context menu");
		menu.notifyListeners(SWT.Show, new Event());
		List<String> items = texts(menu);
		assertEquals(5, items.size(), items.toString());
		assertEquals(List.of(Messages.Element_open, "", Messages.Element_new, Messages.Element_duplicate), items.subList(0, 4));
		assertTrue(items.get(4).startsWith(Messages.Element_delete.split("\t")[0]), items.get(4));
		MenuItem newItem = menu.getItems()[2];
		Menu kinds = newItem.getMenu();
		kinds.notifyListeners(SWT.Show, new Event());
		assertEquals(9, kinds.getItemCount());
		assertTrue(kinds.getItems()[0].isEnabled(), "New organisation");
		assertFalse(kinds.getItems()[5].isEnabled(), "no assessment without a checklist");
		assertFalse(kinds.getItems()[8].isEnabled(), "no remediation action without a finding");
		menu.notifyListeners(SWT.Hide, new Event());
	}

	@Test
	void newElementsGetDefaultsAreSelectedAndUndoneWithOneUndo() {
		Organization supplier = TestProjects.named(session.project(), TestProjects.SUPPLIER);
		select(supplier);
		Checklist checklist = (Checklist) navigator.elementMenu().create(Literals.CHECKLIST);
		assertNotNull(checklist);
		assertSame(checklist, selected(), "the new element is selected in the navigator");
		select(supplier);
		Assessment assessment = (Assessment) navigator.elementMenu().create(Literals.ASSESSMENT);
		assertSame(supplier, assessment.getOrganization());
		assertSame(checklist, assessment.getChecklist());
		assertTrue(session.isDirty());
		session.commandStack().undo();
		session.commandStack().undo();
		assertFalse(session.project().getAssessments().contains(assessment));
		assertFalse(session.project().getChecklists().contains(checklist));
		assertFalse(session.isDirty());

		select(supplier);
		Organization copy = (Organization) navigator.elementMenu().duplicate();
		assertEquals(TestProjects.SUPPLIER + " (copy)", copy.getName());
		assertEquals(supplier.getCertifications().size(), copy.getCertifications().size());
	}

	@Test
	void theDeleteKeyAsksWithWhatGoesAlongAndUndoBringsItBack() {
		Organization supplier = TestProjects.named(session.project(), TestProjects.SUPPLIER);
		select(supplier);
		answer = false;
		pressDelete();
		assertEquals(1, asked.size());
		assertEquals(2, asked.get(0).size(), "both relationships of the supplier go with it");
		assertTrue(session.project().getOrganizations().contains(supplier), "Cancel deletes nothing");

		answer = true;
		pressDelete();
		assertFalse(session.project().getOrganizations().contains(supplier));
		assertTrue(session.project().getRelationships().isEmpty());
		session.commandStack().undo();
		assertTrue(session.project().getOrganizations().contains(supplier));
		assertEquals(2, session.project().getRelationships().size());
		assertFalse(session.isDirty());

		String question = ElementMenu.question(supplier, asked.get(1));
		assertTrue(question.contains(TestProjects.SUPPLIER), question);
		assertTrue(question.contains(TestProjects.SUBCONTRACTOR), "the relationships are listed by name: " + question);
	}

	@Test
	void aFindingWhoseActionsAreAllVerifiedIsClosedFromTheContextMenuAndUndone() {
		Finding finding = RensaFactory.eINSTANCE.createFinding();
		finding.setCode("F-001");
		finding.setStatus(FindingStatus.OPEN);
		finding.setOrganization(TestProjects.named(session.project(), TestProjects.SUPPLIER));
		RemediationAction action = RensaFactory.eINSTANCE.createRemediationAction();
		action.setCode("A-001");
		action.setStatus(ActionStatus.DONE);
		action.setFinding(finding);
		session.commandStack().execute(AddCommand.create(session.editingDomain(), session.project(),
				Literals.AUDIT_PROJECT__FINDINGS, finding));
		session.commandStack().execute(AddCommand.create(session.editingDomain(), session.project(),
				Literals.AUDIT_PROJECT__REMEDIATION_ACTIONS, action));
		select(finding);
		assertFalse(closeItem().isEnabled(), "an action is done but not verified yet");

		session.commandStack().execute(SetCommand.create(session.editingDomain(), action, Literals.REMEDIATION_ACTION__STATUS,
				ActionStatus.VERIFIED));
		select(finding);
		MenuItem close = closeItem();
		assertTrue(close.isEnabled());
		close.notifyListeners(SWT.Selection, new Event());
		processEvents();
		assertEquals(FindingStatus.CLOSED, finding.getStatus());
		session.commandStack().undo();
		assertEquals(FindingStatus.OPEN, finding.getStatus(), "one undo reopens the finding");
		assertEquals(ActionStatus.VERIFIED, action.getStatus());
	}

	private MenuItem closeItem() {
		Menu menu = navigator.getViewer().getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		for (MenuItem item : menu.getItems()) {
			if (Messages.Element_closeFinding.equals(item.getText())) {
				return item;
			}
		}
		throw new AssertionError("no Close Finding item in " + texts(menu));
	}

	private void pressDelete() {
		Event event = new Event();
		event.keyCode = SWT.DEL;
		navigator.getViewer().getControl().notifyListeners(SWT.KeyDown, event);
		processEvents();
	}

	private void select(EObject element) {
		navigator.getViewer().setSelection(new StructuredSelection(element), true);
		processEvents();
	}

	private Object selected() {
		return ((IStructuredSelection) navigator.getViewer().getSelection()).getFirstElement();
	}

	private static List<String> texts(Menu menu) {
		List<String> texts = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			texts.add(item.getText());
		}
		return texts;
	}

	private static void processEvents() {
		while (Display.getDefault().readAndDispatch()) {
			// let the tree update
		}
	}
}
