// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Organization;
import org.rensa.model.RensaPackage;
import org.rensa.ui.editor.OrganizationForm;
import org.rensa.ui.emf.FeatureField;
import org.rensa.ui.handlers.RedoHandler;
import org.rensa.ui.handlers.SaveHandler;
import org.rensa.ui.handlers.UndoHandler;
import org.rensa.ui.session.ProjectController;
import org.rensa.ui.session.ProjectSession;

/**
 * Editing behaves like Eclipse: a field commits on Enter, on focus loss and before Save, Undo, Redo
 * and closing; undo refreshes the focused field; the dirty marker follows the save point.
 */
final class EclipseLikeEditingTest {

	@TempDir
	Path directory;

	private Display display;
	private Shell shell;
	private ProjectController controller;
	private ProjectSession session;
	private Organization supplier;
	private OrganizationForm form;

	@BeforeEach
	void open() throws Exception {
		display = Display.getDefault();
		Path project = directory.resolve("project"); //$NON-NLS-1$
		TestProjects.createAndLoad(project);
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(900, 800);
		controller = TestProjects.controller();
		assertTrue(controller.open(project, shell));
		session = controller.session();
		supplier = TestProjects.named(session.project(), TestProjects.SUPPLIER);
		form = new OrganizationForm(shell, session, supplier);
		shell.open();
		processEvents();
	}

	@AfterEach
	void close() {
		shell.dispose();
		controller.closeCurrent();
	}

	private Text field(EStructuralFeature feature) {
		FeatureField field = form.fields().stream().filter(f -> f.cell().feature() == feature).findFirst().orElseThrow();
		return (Text) field.control();
	}

	/** Types into a field as the user does: focus, then the text changes (no Enter, no Tab). */
	private void type(Text text, String value) {
		text.setFocus();
		text.setText(value);
		processEvents();
	}

	@Test
	void ctrlSSavesWhatIsTypedInTheFocusedField() throws Exception {
		Text address = field(RensaPackage.Literals.ORGANIZATION__ADDRESS);
		type(address, "1-2-3 Nishiki, Nagoya"); //$NON-NLS-1$
		assertFalse(session.isDirty(), "nothing committed yet");
		assertTrue(session.hasPendingEdits());
		assertTrue(new SaveHandler().canExecute(session), "Save is enabled by typed text");
		assertTrue(controller.save(shell));
		assertEquals("1-2-3 Nishiki, Nagoya", supplier.getAddress()); //$NON-NLS-1$
		assertFalse(session.isDirty());
		assertFalse(session.hasPendingEdits());
		Organization saved = TestProjects.named(ProjectStorage.standard().load(session.document().getDirectory()).getProject(),
				TestProjects.SUPPLIER);
		assertEquals("1-2-3 Nishiki, Nagoya", saved.getAddress()); //$NON-NLS-1$
	}

	@Test
	void enterAndFocusLossCommit() {
		Text address = field(RensaPackage.Literals.ORGANIZATION__ADDRESS);
		type(address, "Enter Street"); //$NON-NLS-1$
		address.notifyListeners(SWT.DefaultSelection, null);
		assertEquals("Enter Street", supplier.getAddress()); //$NON-NLS-1$
		assertTrue(session.isDirty());
		Text sector = field(RensaPackage.Literals.ORGANIZATION__SECTOR);
		type(sector, "Logistics"); //$NON-NLS-1$
		sector.notifyListeners(SWT.FocusOut, null);
		assertEquals("Logistics", supplier.getSector()); //$NON-NLS-1$
		assertFalse(session.hasPendingEdits());
	}

	@Test
	void ctrlZWhileTypingUndoesTheTypingAndTheFieldShowsTheModel() {
		Text sector = field(RensaPackage.Literals.ORGANIZATION__SECTOR);
		type(sector, "Automotive"); //$NON-NLS-1$
		sector.notifyListeners(SWT.FocusOut, null);
		assertEquals("Automotive", supplier.getSector()); //$NON-NLS-1$
		Text address = field(RensaPackage.Literals.ORGANIZATION__ADDRESS);
		String before = supplier.getAddress();
		type(address, "Typed but not committed"); //$NON-NLS-1$
		assertTrue(new UndoHandler().canExecute(session));
		new UndoHandler().execute(session);
		processEvents();
		assertEquals("Automotive", supplier.getSector(), "the earlier Sector change stays"); //$NON-NLS-1$
		assertEquals(before, supplier.getAddress(), "the typing is what Ctrl+Z undid");
		assertEquals(before == null ? "" : before, address.getText(), "the focused field shows the model's value again"); //$NON-NLS-1$
		assertTrue(session.commandStack().canRedo());
		address.notifyListeners(SWT.FocusOut, null);
		assertTrue(session.commandStack().canRedo(), "Tab after an undo does not re-apply the undone value");
		assertEquals(before, supplier.getAddress());
		new RedoHandler().execute(session);
		processEvents();
		assertEquals("Typed but not committed", supplier.getAddress()); //$NON-NLS-1$
		assertEquals("Typed but not committed", address.getText()); //$NON-NLS-1$
	}

	@Test
	void theDirtyMarkerFollowsTheSavePoint() {
		Text sector = field(RensaPackage.Literals.ORGANIZATION__SECTOR);
		type(sector, "Chemicals"); //$NON-NLS-1$
		sector.notifyListeners(SWT.DefaultSelection, null);
		assertTrue(session.isDirty());
		new UndoHandler().execute(session);
		assertFalse(session.isDirty(), "undone back to the save point: clean");
		new RedoHandler().execute(session);
		assertTrue(session.isDirty());
		assertTrue(controller.save(shell));
		assertFalse(session.isDirty());
		new UndoHandler().execute(session);
		assertTrue(session.isDirty(), "undone past the save point: dirty");
		assertNull(supplier.getSector());
	}

	@Test
	void closingTheProjectCommitsTypedTextBeforeAsking() {
		Text address = field(RensaPackage.Literals.ORGANIZATION__ADDRESS);
		type(address, "Before close"); //$NON-NLS-1$
		session.commitPendingEdits();
		assertEquals("Before close", supplier.getAddress()); //$NON-NLS-1$
		assertTrue(session.isDirty(), "the close question then sees the change");
	}

	private void processEvents() {
		while (display.readAndDispatch()) {
			// drain the event queue so async refreshes run
		}
	}
}
