// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.wizards;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rensa.ui.audit.Messages;

/** A labelled path field with a Browse… button, for a three-column grid; calls back on every change. */
final class FileField {

	private final Text text;

	FileField(Composite parent, String label, String dialogTitle, String[] extensions, Runnable changed) {
		new Label(parent, SWT.NONE).setText(label);
		text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 420;
		text.setLayoutData(data);
		Button browse = new Button(parent, SWT.PUSH);
		browse.setText(Messages.Wizard_browse);
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(parent.getShell(), SWT.OPEN);
			dialog.setText(dialogTitle);
			dialog.setFilterExtensions(extensions);
			String current = text.getText().strip();
			if (!current.isEmpty()) {
				dialog.setFileName(current);
			}
			String chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		text.addModifyListener(e -> changed.run());
	}

	Text text() {
		return text;
	}

	/** @return the path typed, {@code null} when blank */
	Path path() throws InvalidPathException {
		String value = text.getText().strip();
		return value.isEmpty() ? null : Paths.get(value);
	}
}
