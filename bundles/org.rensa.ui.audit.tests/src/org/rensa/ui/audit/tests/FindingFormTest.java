// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.model.Assessment;
import org.rensa.model.Finding;
import org.rensa.model.Severity;
import org.rensa.model.text.Language;
import org.rensa.ui.audit.AssessmentVerificationView;
import org.rensa.ui.audit.FindingDialog;
import org.rensa.ui.session.ProjectSession;

/** F raises a finding through a small form: title (both languages) and severity, then one undoable command. */
final class FindingFormTest {

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

	/** Lets F open the real form without blocking and fills it as the user would. */
	private void formAnswers(Consumer<FindingDialog> user) {
		view.onFindingDraft(draft -> {
			FindingDialog dialog = new FindingDialog(shell, draft);
			dialog.setBlockOnOpen(false);
			dialog.open();
			user.accept(dialog);
			return dialog.getReturnCode() == Window.OK;
		});
	}

	private static Button button(Composite parent, int id) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && Integer.valueOf(id).equals(button.getData())) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = button(composite, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void fOpensTheFormAndRaisesTheFindingWithTheTypedTitleAndSeverity() {
		boolean japanese = Language.ui().isJapanese();
		formAnswers(dialog -> {
			Text first = (Text) dialog.fields().get(0);
			Text second = (Text) dialog.fields().get(1);
			String code = assessment.getChecklist().getSections().get(0).getRequirements().get(0).getCode();
			assertTrue((first.getText() + second.getText()).contains(code), "pre-filled from the requirement: " + first.getText());
			first.setText(japanese ? "入館記録がない" : "No visitor log at reception");
			second.setText(japanese ? "No visitor log at reception" : "入館記録がない");
			Combo severity = (Combo) dialog.fields().get(2);
			severity.select(Severity.LOW.ordinal());
			screenshot(dialog.getShell(), "finding-form.png");
			button(dialog.getShell(), IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new Event());
		});
		press('f');
		assertEquals(1, session.project().getFindings().size());
		Finding finding = session.project().getFindings().get(0);
		assertEquals("F-001", finding.getCode());
		assertEquals("No visitor log at reception", finding.getTitle());
		assertEquals("入館記録がない", finding.getTitleJa());
		assertEquals(Severity.LOW, finding.getSeverity());
		assertEquals(assessment, finding.getAssessment());
		session.commandStack().undo();
		assertEquals(0, session.project().getFindings().size(), "one command: undo removes the finding with its title");
	}

	@Test
	void cancelRaisesNothingAndBlankTitlesCannotBeRaised() {
		formAnswers(dialog -> {
			Text first = (Text) dialog.fields().get(0);
			Text second = (Text) dialog.fields().get(1);
			first.setText("");
			second.setText(" ");
			assertFalse(button(dialog.getShell(), IDialogConstants.OK_ID).isEnabled(), "a finding needs a title");
			button(dialog.getShell(), IDialogConstants.CANCEL_ID).notifyListeners(SWT.Selection, new Event());
		});
		press('f');
		assertEquals(0, session.project().getFindings().size());
		assertFalse(session.commandStack().canUndo(), "nothing happened");
	}

	/** Saves the form as a PNG under target/screenshots for reviewers (not an assertion). */
	private static void screenshot(Shell dialogShell, String name) {
		Display display = dialogShell.getDisplay();
		while (display.readAndDispatch()) {
			// let the form paint
		}
		org.eclipse.swt.graphics.Rectangle bounds = dialogShell.getBounds();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			Path target = Path.of("target", "screenshots");
			java.nio.file.Files.createDirectories(target);
			loader.save(target.resolve(name).toString(), SWT.IMAGE_PNG);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		} finally {
			gc.dispose();
			image.dispose();
		}
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
}
