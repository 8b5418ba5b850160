// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rensa.model.Organization;
import org.rensa.model.text.Language;
import org.rensa.ui.Messages;
import org.rensa.ui.editor.OrganizationEditors;
import org.rensa.ui.editor.OrganizationForm;
import org.rensa.ui.session.ProjectController;
import org.rensa.ui.session.ProjectSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The organisation editor part (created from the part descriptor
 * {@code org.rensa.ui.partdescriptor.organizationEditor}, one per organisation). Its dirty flag
 * shows the dirty state of the project; saving it saves the project.
 */
public final class OrganizationEditorPart {

	@Inject
	private MPart part;
	@Inject
	private ESelectionService selectionService;
	@Inject
	private ProjectController controller;

	@Inject
	private EPartService partService;

	private final Runnable modelListener = this::modelChanged;
	private OrganizationForm form;
	private Organization organization;

	/**
	 * @param parent  the part's composite
	 * @param session the open project
	 */
	@PostConstruct
	public void create(Composite parent, @Optional ProjectSession session) {
		parent.setLayout(new FillLayout());
		organization = (Organization) part.getTransientData().get(OrganizationEditors.ORGANIZATION_KEY);
		if (session == null || organization == null) {
			new Label(parent, SWT.WRAP).setText(Messages.OrganizationEditor_noProject);
			return;
		}
		form = new OrganizationForm(parent, session, organization);
		form.onSelection(selectionService::setSelection);
		session.addChangeListener(modelListener);
		form.addDisposeListener(event -> session.removeChangeListener(modelListener));
		part.setDirty(session.isDirty());
	}

	/**
	 * Saves the project (the editor shows the project's dirty state).
	 *
	 * @param shell the shell for error dialogs
	 */
	@Persist
	public void save(Shell shell) {
		controller.save(shell);
	}

	/** Selects the organisation and focuses the form. */
	@Focus
	public void setFocus() {
		if (form != null && !form.isDisposed()) {
			form.setFocus();
			selectionService.setSelection(organization);
		}
	}

	private void modelChanged() {
		if (organization.eContainer() == null) {
			partService.hidePart(part, true);
			return;
		}
		part.setLabel(Language.ui().label(organization));
	}
}
