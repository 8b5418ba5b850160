// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rensa.model.text.Language;
import org.rensa.report.ReportGenerator;

/**
 * What a finished report job did: the files written, the documents skipped with the reason, what
 * the settings made it leave out; "Open file" opens the first PDF (else the first file) and "Open
 * folder" the output folder in the desktop's viewer. It does not block the workbench.
 */
public final class ReportDoneNotification extends Dialog {

	/** Button id of Open file. */
	public static final int OPEN_FILE_ID = IDialogConstants.CLIENT_ID + 1;

	/** Button id of Open folder. */
	public static final int OPEN_FOLDER_ID = IDialogConstants.CLIENT_ID + 2;

	private final List<Path> files;
	private final Path folder;
	private final List<ReportGenerator.Skipped> skipped;
	private final List<String> warnings;
	private final Predicate<String> launcher;

	/**
	 * @param parent   the workbench shell
	 * @param files    the files written
	 * @param folder   the output folder
	 * @param skipped  the documents left out
	 * @param warnings what the report settings made the job leave out, one line each
	 */
	public ReportDoneNotification(Shell parent, List<Path> files, Path folder, List<ReportGenerator.Skipped> skipped, List<String> warnings) {
		this(parent, files, folder, skipped, warnings, Program::launch);
	}

	/**
	 * @param parent   the workbench shell
	 * @param files    the files written
	 * @param folder   the output folder
	 * @param skipped  the documents left out
	 * @param warnings what the report settings made the job leave out, one line each
	 * @param launcher opens a file or folder in the desktop's viewer; {@code false} when it cannot
	 */
	public ReportDoneNotification(Shell parent, List<Path> files, Path folder, List<ReportGenerator.Skipped> skipped, List<String> warnings,
			Predicate<String> launcher) {
		super(parent);
		this.files = List.copyOf(files);
		this.folder = folder;
		this.skipped = List.copyOf(skipped);
		this.warnings = List.copyOf(warnings);
		this.launcher = launcher;
		setShellStyle(SWT.DIALOG_TRIM | SWT.MODELESS | SWT.RESIZE);
		setBlockOnOpen(false);
	}

	/**
	 * @return the message shown: files written, documents skipped with their reason, warnings
	 */
	public String message() {
		List<String> lines = new ArrayList<>();
		lines.add(files.isEmpty() ? Messages.Done_noFiles : NLS.bind(Messages.Done_written, files.size(), folder));
		for (Path file : files) {
			lines.add("  " + file.getFileName()); //$NON-NLS-1$
		}
		if (!skipped.isEmpty()) {
			lines.add(NLS.bind(Messages.Done_skipped, skipped.size()));
			for (ReportGenerator.Skipped skip : skipped) {
				lines.add("  " + reason(skip)); //$NON-NLS-1$
			}
		}
		for (String warning : warnings) {
			lines.add(warning);
		}
		return String.join("\n", lines); //$NON-NLS-1$
	}

	/**
	 * @param skip a document left out
	 * @return one line: which document and why, in the workbench's language
	 */
	public static String reason(ReportGenerator.Skipped skip) {
		String organization = skip.organization() == null ? "" : Language.ui().label(skip.organization()); //$NON-NLS-1$
		return switch (skip.reason()) {
		case NO_FINDINGS -> NLS.bind(Messages.Done_skippedNoFindings, organization);
		case NO_VISITS -> NLS.bind(Messages.Done_skippedNoVisits, organization);
		case ALL_WITHHELD -> NLS.bind(Messages.Done_skippedWithheld, organization);
		};
	}

	/**
	 * @return the file Open file opens: the first PDF, else the first file; {@code null} when none was written
	 */
	public Path primaryFile() {
		return files.stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(files.isEmpty() ? null : files.get(0)); //$NON-NLS-1$
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(files.isEmpty() ? Messages.Done_titleNothing : Messages.Done_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		((GridLayout) area.getLayout()).numColumns = 2;
		Label icon = new Label(area, SWT.NONE);
		icon.setImage(getShell().getDisplay().getSystemImage(files.isEmpty() ? SWT.ICON_WARNING : SWT.ICON_INFORMATION));
		GridDataFactory.fillDefaults().align(SWT.CENTER, SWT.BEGINNING).applyTo(icon);
		Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setText(message());
		int lines = Math.min(14, text.getLineCount() + 1);
		GridDataFactory.fillDefaults().grab(true, true).hint(520, lines * text.getLineHeight()).applyTo(text);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button openFile = createButton(parent, OPEN_FILE_ID, Messages.Done_openFile, !files.isEmpty());
		openFile.setEnabled(!files.isEmpty());
		createButton(parent, OPEN_FOLDER_ID, Messages.Done_openFolder, files.isEmpty());
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == OPEN_FILE_ID) {
			Path file = primaryFile();
			if (file != null) {
				launch(file);
			}
		} else if (buttonId == OPEN_FOLDER_ID) {
			launch(folder);
		} else {
			close();
		}
	}

	private void launch(Path path) {
		if (launcher.test(path.toString())) {
			close();
		} else {
			MessageDialog.openError(getShell(), Messages.Dialog_title, NLS.bind(Messages.Done_cannotOpen, path));
		}
	}
}
