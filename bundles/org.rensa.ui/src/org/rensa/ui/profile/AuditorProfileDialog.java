// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.profile;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rensa.core.profile.AuditorProfile;
import org.rensa.core.profile.AuditorProfiles;
import org.rensa.ui.Messages;
import org.rensa.ui.RensaUi;

/**
 * File › Auditor Profile…: who is working — name, organisation, e-mail — kept once per user by
 * {@link AuditorProfiles} (outside every project) and recorded as "verified by" and with every
 * evidence capture. {@link #askIfUnset(Shell)} asks for it before the first verification.
 */
public final class AuditorProfileDialog extends TitleAreaDialog {

	private static boolean askedThisSession;

	private final boolean firstVerification;
	private Text name;
	private Text organisation;
	private Text email;
	private AuditorProfile saved;
	private boolean nameTyped;

	/**
	 * @param parent            the workbench shell
	 * @param firstVerification whether it is asked before the first verification (another message)
	 */
	public AuditorProfileDialog(Shell parent, boolean firstVerification) {
		super(parent);
		this.firstVerification = firstVerification;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Profile_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Profile_title);
		setMessage(firstVerification ? Messages.Profile_firstVerification : Messages.Profile_message);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		Optional<AuditorProfile> current;
		String unreadable = null;
		try {
			current = AuditorProfiles.load();
		} catch (IOException | IllegalArgumentException e) {
			unreadable = NLS.bind(Messages.Profile_unreadable, RensaUi.oneLine(e));
			current = Optional.empty();
		}
		name = field(body, Messages.Profile_name, current.map(AuditorProfile::name).orElse("")); //$NON-NLS-1$
		organisation = field(body, Messages.Profile_organisation, current.map(AuditorProfile::organisation).orElse("")); //$NON-NLS-1$
		email = field(body, Messages.Profile_email, current.map(AuditorProfile::email).orElse("")); //$NON-NLS-1$
		Label kept = new Label(body, SWT.WRAP);
		kept.setText(NLS.bind(Messages.Profile_keptIn, AuditorProfiles.location()));
		GridDataFactory.fillDefaults().span(2, 1).hint(480, SWT.DEFAULT).indent(0, 8).applyTo(kept);
		name.addListener(SWT.Modify, e -> {
			nameTyped = true;
			validate();
		});
		email.addListener(SWT.Modify, e -> validate());
		name.setFocus();
		if (unreadable != null) {
			setErrorMessage(unreadable);
		}
		return area;
	}

	private static Text field(Composite body, String label, String value) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER | SWT.SINGLE);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		String problem = problem(name.getText(), email.getText());
		// an empty name on opening only disables OK: the message above explains what is asked
		setErrorMessage(Messages.Profile_noName.equals(problem) && !nameTyped ? null : problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	/**
	 * @param name  the name typed
	 * @param email the e-mail typed
	 * @return what keeps the profile from being saved, or {@code null}
	 */
	static String problem(String name, String email) {
		if (name.isBlank()) {
			return Messages.Profile_noName;
		}
		if (!email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) { //$NON-NLS-1$
			return Messages.Profile_badEmail;
		}
		return null;
	}

	/** @return the name, organisation and e-mail fields, in this order */
	public List<Text> fields() {
		return List.of(name, organisation, email);
	}

	/** @return the profile saved by OK, or {@code null} */
	public AuditorProfile saved() {
		return saved;
	}

	@Override
	protected void okPressed() {
		AuditorProfile profile = new AuditorProfile(name.getText(), organisation.getText(), email.getText());
		try {
			AuditorProfiles.save(profile);
		} catch (IOException e) {
			RensaUi.log(e);
			MessageDialog.openError(getShell(), Messages.Profile_title,
					NLS.bind(Messages.Profile_notSaved, AuditorProfiles.location(), RensaUi.oneLine(e)));
			return;
		}
		saved = profile;
		super.okPressed();
	}

	/**
	 * Before a verification: when no profile is saved, asks for it (once per workbench session, so
	 * Cancel is not asked again until the next start; the records then name the operating-system
	 * login, and File › Auditor Profile… stays available).
	 *
	 * @param shell the workbench shell
	 * @return whether the dialog was shown
	 */
	public static boolean askIfUnset(Shell shell) {
		if (askedThisSession) {
			return false;
		}
		try {
			if (AuditorProfiles.load().isPresent()) {
				return false;
			}
		} catch (IOException | IllegalArgumentException e) {
			RensaUi.log(e); // the dialog shows the reason and lets the user write a readable profile
		}
		askedThisSession = true;
		new AuditorProfileDialog(shell, true).open();
		return true;
	}

	/**
	 * Opens the dialog to edit the profile.
	 *
	 * @param shell the active shell
	 * @return whether a profile was saved
	 */
	public static boolean edit(Shell shell) {
		return new AuditorProfileDialog(shell, false).open() == Window.OK;
	}

	/** Forgets that the profile was asked for in this session (for tests). */
	static void resetAsked() {
		askedThisSession = false;
	}
}
