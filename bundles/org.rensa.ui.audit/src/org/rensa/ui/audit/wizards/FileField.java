// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;

import org.eclipse.osgi.util.NLS;
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

	/**
	 * @param path a chosen path
	 * @return why it cannot be read as a file (one line), {@code null} when it is a regular file
	 */
	static String problem(Path path) {
		if (!Files.exists(path)) {
			return NLS.bind(Messages.Wizard_noFile, path);
		}
		return Files.isRegularFile(path) ? null : NLS.bind(Messages.Wizard_notAFile, path);
	}

	/**
	 * @param file a file
	 * @return when it was last modified, the epoch when that cannot be read
	 */
	static FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		} catch (IOException e) {
			return FileTime.fromMillis(0);
		}
	}

	/**
	 * @param path a regular file
	 * @return a key that changes whenever the file is replaced or rewritten, so a page reads it again
	 * @throws IOException when its attributes cannot be read
	 */
	static String fingerprint(Path path) throws IOException {
		return path.toAbsolutePath() + "|" + Files.getLastModifiedTime(path) + "|" + Files.size(path); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
