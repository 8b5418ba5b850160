// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.model.Assessment;
import org.rensa.model.Evidence;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage.Literals;
import org.rensa.model.Response;
import org.rensa.ui.audit.AssessmentVerificationView;
import org.rensa.ui.audit.EvidencePanel;
import org.rensa.ui.audit.Messages;
import org.rensa.ui.audit.VerificationFilter;
import org.rensa.ui.audit.VerificationRow;
import org.rensa.ui.session.ProjectSession;

/**
 * Texts with an English and a Japanese field are edited side by side, the workbench language's
 * first: the verification note in the table (Enter edits the first), evidence captions.
 */
final class BilingualSideBySideTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path directory;

	private Locale previous;
	private ProjectSession session;
	private Shell shell;
	private Assessment assessment;

	@BeforeEach
	void open() throws Exception {
		previous = Locale.getDefault();
		session = new ProjectSession(AuditFixtures.project(directory.resolve("p"))); //$NON-NLS-1$
		assessment = session.project().getAssessments().get(0);
		Response first = assessment.getResponses().get(0);
		first.setVerificationNote("Patch log reviewed"); //$NON-NLS-1$
		first.setVerificationNoteJa("\u30d1\u30c3\u30c1\u8a18\u9332\u3092\u78ba\u8a8d"); //$NON-NLS-1$
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(1400, 900);
	}

	@AfterEach
	void close() {
		Locale.setDefault(previous);
		shell.dispose();
		session.dispose();
	}

	@Test
	void theEnglishWorkbenchEditsTheEnglishNoteFirstAndTheJapaneseBesideIt() {
		Locale.setDefault(Locale.ENGLISH);
		AssessmentVerificationView view = view();
		int note = AssessmentVerificationView.NOTE_COLUMN;
		assertEquals(Messages.Column_noteEn, view.table().getColumn(note).getText());
		assertEquals(Messages.Column_noteJa, view.table().getColumn(note + 1).getText());
		assertEquals("Patch log reviewed", view.table().getItem(0).getText(note)); //$NON-NLS-1$
		assertEquals("\u30d1\u30c3\u30c1\u8a18\u9332\u3092\u78ba\u8a8d", view.table().getItem(0).getText(note + 1)); //$NON-NLS-1$

		view.table().setSelection(1);
		view.table().notifyListeners(SWT.Selection, new Event());
		pressEnter(view);
		type(view, "Interviewed the IT lead"); //$NON-NLS-1$
		Response second = VerificationFilter.rows(assessment).get(1).response();
		assertEquals("Interviewed the IT lead", second.getVerificationNote(), "Enter edits the English note"); //$NON-NLS-1$
		assertNull(second.getVerificationNoteJa());

		VerificationRow row = VerificationFilter.rows(assessment).get(1);
		view.viewer().editElement(view.table().getItem(1).getData(), note + 1);
		type(view, "IT\u8cac\u4efb\u8005\u306b\u30d2\u30a2\u30ea\u30f3\u30b0"); //$NON-NLS-1$
		assertEquals("IT\u8cac\u4efb\u8005\u306b\u30d2\u30a2\u30ea\u30f3\u30b0", row.response().getVerificationNoteJa(), "the Japanese note beside it"); //$NON-NLS-1$
		assertEquals("Interviewed the IT lead", row.response().getVerificationNote(), "the English note is kept"); //$NON-NLS-1$
		session.commandStack().undo();
		assertNull(row.response().getVerificationNoteJa(), "one undo per note");
		assertEquals("Interviewed the IT lead", row.response().getVerificationNote()); //$NON-NLS-1$
	}

	@Test
	void theJapaneseWorkbenchShowsAndEditsTheJapaneseNoteFirst() {
		Locale.setDefault(Locale.JAPANESE);
		AssessmentVerificationView view = view();
		int note = AssessmentVerificationView.NOTE_COLUMN;
		assertEquals(Messages.Column_noteJa, view.table().getColumn(note).getText());
		assertEquals("\u30d1\u30c3\u30c1\u8a18\u9332\u3092\u78ba\u8a8d", view.table().getItem(0).getText(note), //$NON-NLS-1$
				"the Japanese note where there is one");
		assertEquals("Patch log reviewed", view.table().getItem(0).getText(note + 1)); //$NON-NLS-1$
		view.table().setSelection(0);
		view.table().notifyListeners(SWT.Selection, new Event());
		pressEnter(view);
		type(view, "\u30d1\u30c3\u30c1\u8a18\u9332\u3068\u8a2d\u5b9a\u3092\u78ba\u8a8d"); //$NON-NLS-1$
		Response first = VerificationFilter.rows(assessment).get(0).response();
		assertEquals("\u30d1\u30c3\u30c1\u8a18\u9332\u3068\u8a2d\u5b9a\u3092\u78ba\u8a8d", first.getVerificationNoteJa(), "Enter edits the Japanese note"); //$NON-NLS-1$
		assertEquals("Patch log reviewed", first.getVerificationNote(), "the English note is untouched"); //$NON-NLS-1$
	}

	@Test
	void captionsAreEditedInBothLanguagesTheWorkbenchLanguagesFirst() {
		for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
			Locale.setDefault(locale);
			VerificationRow row = VerificationFilter.rows(assessment).get(0);
			Evidence evidence = RensaFactory.eINSTANCE.createEvidence();
			evidence.setTitle("Patch log " + locale); //$NON-NLS-1$
			evidence.setCaption("Server patch log"); //$NON-NLS-1$
			session.commandStack().execute(AddCommand.create(session.editingDomain(), session.project(), Literals.AUDIT_PROJECT__EVIDENCE, evidence));
			session.commandStack().execute(AddCommand.create(session.editingDomain(), row.response(), Literals.RESPONSE__EVIDENCE, evidence));
			EvidencePanel panel = new EvidencePanel(shell, session);
			panel.show(VerificationFilter.rows(assessment).get(0));
			List<Text> captions = panel.captions().subList(panel.captions().size() - 2, panel.captions().size());
			boolean japanese = locale == Locale.JAPANESE;
			assertEquals(japanese ? Literals.EVIDENCE__CAPTION_JA : Literals.EVIDENCE__CAPTION, captions.get(0).getData(EvidencePanel.CAPTION_FEATURE));
			assertEquals(japanese ? Literals.EVIDENCE__CAPTION : Literals.EVIDENCE__CAPTION_JA, captions.get(1).getData(EvidencePanel.CAPTION_FEATURE));
			Text japaneseField = japanese ? captions.get(0) : captions.get(1);
			assertEquals("", japaneseField.getText()); //$NON-NLS-1$
			japaneseField.setText("\u30b5\u30fc\u30d0\u30fc\u306e\u30d1\u30c3\u30c1\u8a18\u9332"); //$NON-NLS-1$
			japaneseField.notifyListeners(SWT.FocusOut, new Event());
			assertEquals("\u30b5\u30fc\u30d0\u30fc\u306e\u30d1\u30c3\u30c1\u8a18\u9332", evidence.getCaptionJa(), locale.toString()); //$NON-NLS-1$
			assertEquals("Server patch log", evidence.getCaption(), "the English caption is kept"); //$NON-NLS-1$
			panel.dispose();
		}
	}

	private AssessmentVerificationView view() {
		AssessmentVerificationView view = new AssessmentVerificationView(shell, session, assessment, "auditor-1", CLOCK); //$NON-NLS-1$
		shell.layout(true, true);
		shell.open();
		view.table().setFocus();
		return view;
	}

	private static void pressEnter(AssessmentVerificationView view) {
		Event enter = new Event();
		enter.keyCode = SWT.CR;
		enter.character = '\r';
		view.table().notifyListeners(SWT.KeyDown, enter);
	}

	/** Types into the open cell editor and applies it as Enter would. */
	private static void type(AssessmentVerificationView view, String text) {
		Text editor = null;
		for (var child : view.table().getChildren()) {
			if (child instanceof Text candidate && candidate.isVisible()) {
				editor = candidate;
			}
		}
		assertTrue(editor != null, "a cell editor is open");
		editor.setText(text);
		view.viewer().applyEditorValue();
		while (Display.getDefault().readAndDispatch()) {
			// let the table update
		}
	}
}
