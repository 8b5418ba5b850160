// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.model.Finding;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage.Literals;
import org.rensa.model.Visit;
import org.rensa.ui.editor.ElementEditors;
import org.rensa.ui.editor.ElementForm;
import org.rensa.ui.session.ProjectController;
import org.rensa.ui.session.ProjectSession;

/**
 * The finding editor shows the audit form with English beside Japanese, edits through undoable
 * commands, and the visit editor carries the report's control fields.
 */
final class ElementFormTest {

	@TempDir
	Path directory;

	private Display display;
	private Shell shell;
	private ProjectController controller;
	private ProjectSession session;
	private Finding finding;
	private ElementForm form;

	@BeforeEach
	void open() throws Exception {
		display = Display.getDefault();
		Path project = directory.resolve("project"); //$NON-NLS-1$
		TestProjects.createAndLoad(project);
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1200, 900);
		controller = TestProjects.controller();
		assertTrue(controller.open(project, shell));
		session = controller.session();
		finding = RensaFactory.eINSTANCE.createFinding();
		finding.setCode("F-001"); //$NON-NLS-1$
		finding.setTitle("Shared administrator account"); //$NON-NLS-1$
		session.editingDomain().getCommandStack()
				.execute(AddCommand.create(session.editingDomain(), session.project(), Literals.AUDIT_PROJECT__FINDINGS, finding));
		form = new ElementForm(shell, session, finding, ElementEditors.sectionsOf(finding));
		shell.open();
		processEvents();
	}

	@AfterEach
	void close() {
		shell.dispose();
		controller.closeCurrent();
	}

	private Text field(EStructuralFeature feature) {
		return (Text) form.field(feature).control();
	}

	@Test
	void everyPartOfTheAuditFormHasItsEnglishAndJapaneseFieldSideBySide() {
		for (EStructuralFeature[] pair : new EStructuralFeature[][] { { Literals.FINDING__DESCRIPTION, Literals.FINDING__DESCRIPTION_JA },
				{ Literals.FINDING__CAUSE, Literals.FINDING__CAUSE_JA }, { Literals.FINDING__EFFECT, Literals.FINDING__EFFECT_JA },
				{ Literals.FINDING__RECOMMENDATION, Literals.FINDING__RECOMMENDATION_JA },
				{ Literals.FINDING__MANAGEMENT_RESPONSE, Literals.FINDING__MANAGEMENT_RESPONSE_JA } }) {
			Text english = field(pair[0]);
			Text japanese = field(pair[1]);
			assertEquals(english.getBounds().y, japanese.getBounds().y, pair[0].getName() + " beside its Japanese");
			assertTrue(english.getBounds().x < japanese.getBounds().x, "English on the left");
			assertTrue((english.getStyle() & SWT.MULTI) != 0, pair[0].getName() + " takes several lines");
		}
	}

	@Test
	void anEditIsOneUndoableCommand() {
		Text cause = field(Literals.FINDING__CAUSE_JA);
		assertNull(form.field(Literals.FINDING__CAUSE_JA).commitText("管理者アカウントの貸与を禁じる規程がない。")); //$NON-NLS-1$
		assertEquals("管理者アカウントの貸与を禁じる規程がない。", finding.getCauseJa()); //$NON-NLS-1$
		session.editingDomain().getCommandStack().undo();
		processEvents();
		assertNull(finding.getCauseJa());
		assertEquals("", cause.getText(), "the field follows the undo"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void theVisitEditorCarriesTheReportsControlFields() {
		Visit visit = RensaFactory.eINSTANCE.createVisit();
		List<EStructuralFeature> features = ElementEditors.sectionsOf(visit).stream().flatMap(s -> s.features().stream()).toList();
		for (EStructuralFeature feature : List.of(Literals.VISIT__OBJECTIVES, Literals.VISIT__LIMITATIONS, Literals.VISIT__OPINION_JA,
				Literals.VISIT__REVIEWER, Literals.VISIT__APPROVED_ON, Literals.VISIT__FOLLOW_UP_ON, Literals.VISIT__DISTRIBUTION)) {
			assertTrue(features.contains(feature), feature.getName());
		}
		assertNotNull(form.field(Literals.FINDING__SEVERITY), "the finding's facts are edited in the same form");
		assertTrue(ElementEditors.sectionsOf(session.project()).isEmpty(), "projects have no element editor");
	}

	private void processEvents() {
		while (display.readAndDispatch()) {
			// drain
		}
	}
}
