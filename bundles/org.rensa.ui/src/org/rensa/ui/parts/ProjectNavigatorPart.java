// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.rensa.ui.RensaUi;
import org.rensa.ui.editor.OrganizationEditors;
import org.rensa.ui.navigator.ProjectNavigator;
import org.rensa.ui.session.ProjectSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Project navigator part: the project tree; the selection goes to the selection service,
 * double-clicking an organisation opens its editor, double-clicking another model element posts it on
 * {@link RensaUi#TOPIC_OPEN} for the bundle that edits it.
 */
public final class ProjectNavigatorPart {

	@Inject
	private ESelectionService selectionService;
	@Inject
	private EPartService partService;
	@Inject
	private EModelService modelService;
	@Inject
	private MApplication application;
	@Inject
	private IEventBroker eventBroker;

	private ProjectNavigator navigator;
	private ProjectSession session;

	/**
	 * @param parent the part's composite
	 */
	@PostConstruct
	public void create(Composite parent) {
		navigator = new ProjectNavigator(parent, SWT.NONE);
		navigator.onSelection(selected -> selectionService.setSelection(selected));
		navigator.onOpenOrganization(organization -> OrganizationEditors.open(organization, session, application,
				modelService, partService));
		navigator.onOpenElement(element -> eventBroker.post(RensaUi.TOPIC_OPEN, element));
		navigator.setSession(session);
	}

	/**
	 * @param newSession the open project, or {@code null}
	 */
	@Inject
	public void setSession(@Optional ProjectSession newSession) {
		session = newSession;
		if (navigator != null && !navigator.isDisposed()) {
			navigator.setSession(newSession);
		}
	}

	/**
	 * @param element a model element to select, sent on {@link RensaUi#TOPIC_REVEAL}
	 */
	@Inject
	@Optional
	public void reveal(@UIEventTopic(RensaUi.TOPIC_REVEAL) EObject element) {
		if (navigator != null && !navigator.isDisposed() && element != null) {
			navigator.reveal(element);
		}
	}

	/** Gives the tree the focus. */
	@Focus
	public void setFocus() {
		navigator.setFocus();
	}
}
