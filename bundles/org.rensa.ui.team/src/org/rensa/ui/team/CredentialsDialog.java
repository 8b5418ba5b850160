// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.team;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks the user name and access token of an HTTPS remote. They are kept in memory for the
 * session ({@link TeamState}), never written into the project or to disk.
 */
public final class CredentialsDialog extends TitleAreaDialog {

	private final String remote;
	private Text user;
	private Text token;
	private CredentialsProvider credentials;

	/**
	 * @param parent the parent shell
	 * @param remote the remote's URL
	 */
	public CredentialsDialog(Shell parent, String remote) {
		super(parent);
		this.remote = remote;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Credentials_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Credentials_title);
		setMessage(NLS.bind(Messages.Credentials_message, remote));
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		new Label(form, SWT.NONE).setText(Messages.Credentials_user);
		user = new Text(form, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(user);
		new Label(form, SWT.NONE).setText(Messages.Credentials_token);
		token = new Text(form, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(token);
		Label note = new Label(form, SWT.WRAP);
		note.setText(Messages.Credentials_note);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(note);
		user.addModifyListener(e -> update());
		token.addModifyListener(e -> update());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		update();
	}

	private void update() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(!user.getText().isBlank() && !token.getText().isEmpty());
		}
	}

	/**
	 * Fills the fields (as the user types them).
	 *
	 * @param name     the user name
	 * @param password the token
	 */
	public void fill(String name, String password) {
		user.setText(name);
		token.setText(password);
	}

	@Override
	protected void okPressed() {
		credentials = new UsernamePasswordCredentialsProvider(user.getText().trim(), token.getText().toCharArray());
		super.okPressed();
	}

	/** @return the credentials typed, or {@code null} when cancelled */
	public CredentialsProvider credentials() {
		return credentials;
	}

	/** @return the OK button (after the dialog is created) */
	public Button okButton() {
		return getButton(IDialogConstants.OK_ID);
	}
}
