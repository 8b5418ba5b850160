// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.handlers;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rensa.core.audit.Assessments;
import org.rensa.model.Assessment;
import org.rensa.model.text.Language;
import org.rensa.ui.audit.Messages;

/**
 * A list of assessments to choose from (Enter or double-click chooses), labelled organisation ·
 * checklist · fiscal year, the newest preselected.
 */
final class AssessmentChooser extends Dialog {

	private final List<Assessment> assessments;
	private org.eclipse.swt.widgets.List list;
	private final String title;
	private Assessment chosen;

	AssessmentChooser(Shell parent, List<Assessment> assessments, String title) {
		super(parent);
		this.assessments = assessments;
		this.title = title;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.NONE).setText(Messages.Choose_message);
		list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		for (Assessment assessment : assessments) {
			list.add(Language.ui().label(assessment));
		}
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		// as wide as the longest label (organisation · checklist · fiscal year are never cut), within the screen
		int screen = parent.getDisplay().getClientArea().width;
		data.widthHint = Math.max(520, Math.min(screen - 80, list.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 24));
		data.heightHint = 260;
		list.setLayoutData(data);
		list.select(Math.max(0, Assessments.newestIndex(assessments)));
		list.showSelection();
		list.addListener(SWT.DefaultSelection, e -> okPressed());
		return area;
	}

	@Override
	protected void okPressed() {
		int index = list.getSelectionIndex();
		chosen = index < 0 ? null : assessments.get(index);
		super.okPressed();
	}

	Assessment chosen() {
		return chosen;
	}

	/** @return the labels shown, in the order of the assessments */
	String[] items() {
		return list.getItems();
	}

	/** @return the index of the label selected */
	int selectionIndex() {
		return list.getSelectionIndex();
	}

	/** @return the list of assessments */
	org.eclipse.swt.widgets.List list() {
		return list;
	}
}
