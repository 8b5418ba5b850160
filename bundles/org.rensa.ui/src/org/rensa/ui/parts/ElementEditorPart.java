// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rensa.model.text.Language;
import org.rensa.ui.Messages;
import org.rensa.ui.editor.ElementEditors;
import org.rensa.ui.editor.ElementForm;
import org.rensa.ui.session.ProjectController;
import org.rensa.ui.session.ProjectSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The finding and visit editor part (created from the part descriptor
 * {@code org.rensa.ui.partdescriptor.elementEditor}, one per element). Its dirty flag shows the
 * dirty state of the project; saving it saves the project; it closes when its element is deleted.
 */
public final class ElementEditorPart {

	@Inject
	private MPart part;
	@Inject
	private ESelectionService selectionService;
	@Inject
	private ProjectController controller;
	@Inject
	private EPartService partService;

	private final Runnable modelListener = this::modelChanged;
	private ElementForm form;
	private EObject element;

	/**
	 * @param parent  the part's composite
	 * @param session the open project
	 */
	@PostConstruct
	public void create(Composite parent, @Optional ProjectSession session) {
		parent.setLayout(new FillLayout());
		element = (EObject) part.getTransientData().get(ElementEditors.ELEMENT_KEY);
		if (session == null || element == null || ElementEditors.sectionsOf(element).isEmpty()) {
			new Label(parent, SWT.WRAP).setText(Messages.ElementEditor_noProject);
			return;
		}
		form = new ElementForm(parent, session, element, ElementEditors.sectionsOf(element));
		session.addChangeListener(modelListener);
		form.addDisposeListener(event -> session.removeChangeListener(modelListener));
		part.setDirty(session.isDirty());
	}

	/** @return the form, or {@code null} when there is no element to edit */
	public ElementForm form() {
		return form;
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

	/** Selects the element and focuses the form. */
	@Focus
	public void setFocus() {
		if (form != null && !form.isDisposed()) {
			form.setFocus();
			selectionService.setSelection(element);
		}
	}

	private void modelChanged() {
		if (element.eContainer() == null) {
			partService.hidePart(part, true);
			return;
		}
		part.setLabel(Language.ui().label(element));
	}
}
