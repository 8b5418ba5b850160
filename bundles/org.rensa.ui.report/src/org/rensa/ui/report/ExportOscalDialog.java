// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rensa.core.audit.Assessments;
import org.rensa.model.Assessment;
import org.rensa.model.text.Language;
import org.rensa.model.AuditProject;
import org.rensa.model.Tlp;
import org.rensa.oscal.OscalExport;
import org.rensa.ui.RensaUi;

/**
 * Project › Export OSCAL…: the assessment, the document type (assessment results or POA&amp;M), the
 * format, the audience, anonymisation and the file; OK writes it with {@link OscalExport} (the code behind
 * {@code rensa export-oscal}) and shows what went wrong in a dialog; the handler then reports what was
 * written ({@link OscalWrittenDialog}). The assessment selected in the workbench is preselected, else the
 * newest.
 */
public final class ExportOscalDialog extends TitleAreaDialog {

	private final AuditProject project;
	private final List<Assessment> assessments;
	private final Assessment preselected;
	private Combo assessment;
	private Combo type;
	private Combo format;
	private Combo audience;
	private Button anonymise;
	private Text file;
	private OscalExport.Summary written;
	private Path writtenFile;

	/**
	 * @param shell   the parent shell
	 * @param project the open project
	 */
	public ExportOscalDialog(Shell shell, AuditProject project) {
		this(shell, project, null);
	}

	/**
	 * @param shell    the parent shell
	 * @param project  the open project
	 * @param selected the assessment selected in the workbench, preselected; {@code null} preselects
	 *                 the newest ({@link #newest})
	 */
	public ExportOscalDialog(Shell shell, AuditProject project, Assessment selected) {
		super(shell);
		this.project = project;
		this.assessments = List.copyOf(project.getAssessments());
		this.preselected = selected != null && assessments.contains(selected) ? selected : newest(assessments);
	}

	/**
	 * The newest assessment: the latest campaign (fiscal year, then start date), then the latest
	 * declaration date; on a tie the one listed last.
	 *
	 * @param assessments the candidates
	 * @return the newest, {@code null} when there is none
	 */
	public static Assessment newest(List<Assessment> assessments) {
		return Assessments.newest(assessments);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Oscal_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Oscal_title);
		setMessage(Messages.Oscal_message);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setLayout(new GridLayout(3, false));
		assessment = combo(form, Messages.Oscal_assessment);
		for (Assessment candidate : assessments) {
			assessment.add(label(candidate));
		}
		type = combo(form, Messages.Oscal_type);
		type.setItems(Messages.Oscal_typeResults, Messages.Oscal_typePoam);
		format = combo(form, Messages.Oscal_format);
		format.setItems("JSON", "XML"); //$NON-NLS-1$ //$NON-NLS-2$
		audience = combo(form, Messages.Oscal_audience);
		for (Tlp tlp : Tlp.VALUES) {
			audience.add("TLP:" + tlp.getLiteral().replace('_', '+')); //$NON-NLS-1$
		}
		new Label(form, SWT.NONE);
		anonymise = new Button(form, SWT.CHECK);
		anonymise.setText(Messages.Oscal_anonymise);
		anonymise.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(form, SWT.NONE).setText(Messages.Oscal_file);
		file = new Text(form, SWT.BORDER);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 380;
		file.setLayoutData(data);
		Button browse = new Button(form, SWT.PUSH);
		browse.setText(Messages.Oscal_browse);
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setOverwrite(true);
			dialog.setFilterExtensions(new String[] { format.getSelectionIndex() == 1 ? "*.xml" : "*.json" }); //$NON-NLS-1$ //$NON-NLS-2$
			String chosen = dialog.open();
			if (chosen != null) {
				file.setText(chosen);
			}
		});
		type.select(0);
		format.select(0);
		audience.select(Tlp.AMBER.getValue());
		if (preselected != null) {
			assessment.select(assessments.indexOf(preselected));
		}
		return area;
	}

	private static Combo combo(Composite form, String label) {
		new Label(form, SWT.NONE).setText(label);
		Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return combo;
	}

	private static String label(Assessment assessment) {
		return Language.ui().label(assessment);
	}

	/**
	 * Chooses what to export, as the user would (for tests and callers).
	 *
	 * @param chosen    the assessment
	 * @param poam      POA&amp;M instead of assessment results
	 * @param xml       XML instead of JSON
	 * @param tlp       the audience
	 * @param anonymous whether to anonymise
	 * @param path      the file
	 */
	public void choose(Assessment chosen, boolean poam, boolean xml, Tlp tlp, boolean anonymous, String path) {
		assessment.select(assessments.indexOf(chosen));
		type.select(poam ? 1 : 0);
		format.select(xml ? 1 : 0);
		audience.select(tlp.getValue());
		anonymise.setSelection(anonymous);
		file.setText(path);
	}

	/** @return the assessment chosen in the dialog, {@code null} when none */
	public Assessment chosenAssessment() {
		int index = assessment.getSelectionIndex();
		return index < 0 ? null : assessments.get(index);
	}

	/** @return what the last successful OK wrote, {@code null} before */
	public OscalExport.Summary written() {
		return written;
	}

	/** @return the file the last successful OK wrote, {@code null} before */
	public Path writtenFile() {
		return writtenFile;
	}

	@Override
	protected void okPressed() {
		String problem = export();
		if (problem != null) {
			MessageDialog.openError(getShell(), Messages.Oscal_title, problem);
			return;
		}
		super.okPressed();
	}

	/** @return why nothing was written, {@code null} when the file was written */
	String export() {
		if (assessment.getSelectionIndex() < 0) {
			return Messages.Oscal_noAssessment;
		}
		Path out;
		try {
			out = file.getText().isBlank() ? null : Path.of(file.getText().strip()).toAbsolutePath();
		} catch (InvalidPathException e) {
			out = null;
		}
		if (out == null || out.getParent() == null || !Files.isDirectory(out.getParent())) {
			return NLS.bind(Messages.Oscal_badFile, file.getText());
		}
		OscalExport.Options options = new OscalExport.Options(type.getSelectionIndex() == 1 ? OscalExport.Type.POAM : OscalExport.Type.ASSESSMENT_RESULTS,
				format.getSelectionIndex() == 1 ? OscalExport.Format.XML : OscalExport.Format.JSON, Tlp.get(audience.getSelectionIndex()),
				anonymise.getSelection());
		try {
			written = OscalExport.write(project, assessments.get(assessment.getSelectionIndex()), options, out);
			writtenFile = out;
		} catch (IOException | RuntimeException e) {
			return NLS.bind(Messages.Oscal_failed, RensaUi.oneLine(e));
		}
		return null;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Oscal_export, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
