// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.profile.AuditorProfile;
import org.rensa.core.profile.AuditorProfiles;
import org.rensa.ui.Messages;

/** File › Auditor Profile… edits the per-user profile that "verified by" and evidence capture record. */
final class AuditorProfileDialogTest {

	@TempDir
	Path home;

	private String previous;
	private Shell shell;

	@BeforeEach
	void isolate() {
		previous = System.getProperty("rensa.profile"); //$NON-NLS-1$
		System.setProperty("rensa.profile", home.resolve("rensa").resolve("auditor.properties").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		AuditorProfileDialog.resetAsked();
		shell = new Shell(Display.getDefault());
	}

	@AfterEach
	void restore() {
		shell.dispose();
		AuditorProfileDialog.resetAsked();
		if (previous == null) {
			System.clearProperty("rensa.profile"); //$NON-NLS-1$
		} else {
			System.setProperty("rensa.profile", previous); //$NON-NLS-1$
		}
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
	void okSavesTheProfileThatRecordsThenName() throws Exception {
		AuditorProfileDialog dialog = new AuditorProfileDialog(shell, false);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Text name = dialog.fields().get(0);
		Text organisation = dialog.fields().get(1);
		Text email = dialog.fields().get(2);
		assertEquals("", name.getText(), "nothing saved yet"); //$NON-NLS-1$
		assertFalse(button(dialog.getShell(), IDialogConstants.OK_ID).isEnabled(), "a profile needs a name");
		name.setText("Aiko Morimoto"); //$NON-NLS-1$
		email.setText("not an address"); //$NON-NLS-1$
		assertFalse(button(dialog.getShell(), IDialogConstants.OK_ID).isEnabled(), "a bad e-mail is refused");
		email.setText("a.morimoto@kuroshio.example"); //$NON-NLS-1$
		organisation.setText("Kuroshio Assurance"); //$NON-NLS-1$
		assertTrue(button(dialog.getShell(), IDialogConstants.OK_ID).isEnabled());
		button(dialog.getShell(), IDialogConstants.OK_ID).notifyListeners(SWT.Selection, null);
		assertEquals(new AuditorProfile("Aiko Morimoto", "Kuroshio Assurance", "a.morimoto@kuroshio.example"), dialog.saved()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(Files.isRegularFile(AuditorProfiles.location()), "saved through AuditorProfiles");
		assertEquals("Aiko Morimoto", AuditorProfiles.current().name()); //$NON-NLS-1$
		assertEquals("Kuroshio Assurance", AuditorProfiles.current().organisation()); //$NON-NLS-1$
		assertEquals("Aiko Morimoto <a.morimoto@kuroshio.example>", AuditorProfiles.current().signature()); //$NON-NLS-1$

		AuditorProfileDialog again = new AuditorProfileDialog(shell, false);
		again.setBlockOnOpen(false);
		again.open();
		assertEquals("Aiko Morimoto", again.fields().get(0).getText(), "the saved profile is shown"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("a.morimoto@kuroshio.example", again.fields().get(2).getText()); //$NON-NLS-1$
		again.close();
	}

	@Test
	void problemsAreNamed() {
		assertEquals(Messages.Profile_noName, AuditorProfileDialog.problem("  ", "")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Messages.Profile_badEmail, AuditorProfileDialog.problem("A", "a@b")); //$NON-NLS-1$ //$NON-NLS-2$
		assertNull(AuditorProfileDialog.problem("A", "")); //$NON-NLS-1$ //$NON-NLS-2$
		assertNull(AuditorProfileDialog.problem("A", "a@b.example")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void theFirstVerificationAsksOnceWhenNoProfileIsSaved() throws Exception {
		Display display = shell.getDisplay();
		AtomicInteger shown = new AtomicInteger();
		Runnable typeAndOk = () -> {
			for (Shell open : display.getShells()) {
				if (open != shell && open.getParent() == shell && Messages.Profile_title.equals(open.getText())) {
					shown.incrementAndGet();
					AuditorProfileDialog dialog = (AuditorProfileDialog) open.getData();
					dialog.fields().get(0).setText("Ken Sato"); //$NON-NLS-1$
					button(open, IDialogConstants.OK_ID).notifyListeners(SWT.Selection, null);
				}
			}
		};
		display.timerExec(500, typeAndOk);
		assertTrue(AuditorProfileDialog.askIfUnset(shell), "no profile yet: asked");
		assertEquals(1, shown.get());
		assertEquals("Ken Sato", AuditorProfiles.current().name(), "the answer is what verification records"); //$NON-NLS-1$
		assertFalse(AuditorProfileDialog.askIfUnset(shell), "a profile is saved: not asked again");

		Files.delete(AuditorProfiles.location());
		AuditorProfileDialog.resetAsked();
		display.timerExec(500, () -> {
			for (Shell open : display.getShells()) {
				if (open != shell && open.getParent() == shell) {
					open.close();
				}
			}
		});
		assertTrue(AuditorProfileDialog.askIfUnset(shell), "asked again after the profile is gone");
		assertFalse(AuditorProfileDialog.askIfUnset(shell), "cancelled: not asked again in this session");
		assertEquals(System.getProperty("user.name"), AuditorProfiles.current().name(), "cancelled: the login is recorded"); //$NON-NLS-1$
	}
}
