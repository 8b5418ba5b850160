// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rensa.model.Finding;
import org.rensa.model.Severity;
import org.rensa.model.text.Language;

/**
 * The small form F opens on a finding pre-filled by {@code Findings.newFinding}: its code, the
 * requirement and visit it was raised on, the title in English and Japanese (the workbench
 * language's first, focused and selected so typing replaces it) and the severity. OK (Enter) writes
 * them into the draft, which the caller then raises as one undoable command; Cancel (Escape) raises
 * nothing. A finding needs a title in one language at least.
 */
public final class FindingDialog extends TitleAreaDialog {

	private final Finding draft;
	private final Language language = Language.ui();
	private Text first;
	private Text second;
	private Combo severity;

	/**
	 * @param parent the workbench shell
	 * @param draft  a finding not yet in the project
	 */
	public FindingDialog(Shell parent, Finding draft) {
		super(parent);
		this.draft = draft;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.FindingForm_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.FindingForm_heading, draft.getCode() == null ? "" : draft.getCode())); //$NON-NLS-1$
		String where = draft.getRequirement() == null ? "" : language.label(draft.getRequirement()); //$NON-NLS-1$
		String visit = draft.getVisit() == null ? Messages.FindingForm_noVisit : language.label(draft.getVisit());
		setMessage(NLS.bind(Messages.FindingForm_message, where, visit));
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		boolean japanese = language.isJapanese();
		first = titleField(body, japanese ? Messages.FindingForm_titleJa : Messages.FindingForm_titleEn,
				japanese ? draft.getTitleJa() : draft.getTitle());
		second = titleField(body, japanese ? Messages.FindingForm_titleEn : Messages.FindingForm_titleJa,
				japanese ? draft.getTitle() : draft.getTitleJa());
		new Label(body, SWT.NONE).setText(Messages.FindingForm_severity);
		severity = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (Severity value : Severity.VALUES) {
			severity.add(language.label(value));
		}
		severity.select(Severity.VALUES.indexOf(draft.getSeverity() == null ? Severity.MEDIUM : draft.getSeverity()));
		first.addListener(SWT.Modify, e -> validate());
		second.addListener(SWT.Modify, e -> validate());
		first.setFocus();
		first.selectAll();
		return area;
	}

	private static Text titleField(Composite body, String label, String value) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER | SWT.SINGLE);
		text.setText(value == null ? "" : value); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private void validate() {
		boolean titled = !first.getText().isBlank() || !second.getText().isBlank();
		setErrorMessage(titled ? null : Messages.FindingForm_noTitle);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(titled);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.FindingForm_raise, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** @return the title fields, the workbench language's first, then the severity combo (for tests) */
	public List<Control> fields() {
		return List.of(first, second, severity);
	}

	@Override
	protected void okPressed() {
		String typedFirst = blankToNull(first.getText());
		String typedSecond = blankToNull(second.getText());
		boolean japanese = language.isJapanese();
		draft.setTitle(japanese ? typedSecond : typedFirst);
		draft.setTitleJa(japanese ? typedFirst : typedSecond);
		draft.setSeverity(Severity.VALUES.get(severity.getSelectionIndex()));
		super.okPressed();
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}
}
