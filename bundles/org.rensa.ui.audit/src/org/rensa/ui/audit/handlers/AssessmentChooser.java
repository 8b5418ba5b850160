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
import org.rensa.model.Assessment;
import org.rensa.ui.audit.Messages;

/** A list of assessments to choose from (Enter or double-click chooses). */
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
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 520;
		data.heightHint = 260;
		list.setLayoutData(data);
		for (Assessment assessment : assessments) {
			String organization = assessment.getOrganization() == null ? "?" : assessment.getOrganization().getName();
			String campaign = assessment.getCampaign() == null ? "" : " (" + assessment.getCampaign().getName() + ")";
			list.add(organization + " \u2013 " + assessment.getChecklist().getName() + campaign);
		}
		list.select(0);
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
}
