// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.parts;

import java.time.Clock;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.rensa.model.Organization;
import org.rensa.ui.RensaUi;
import org.rensa.ui.editor.OrganizationEditors;
import org.rensa.ui.overview.OverviewTree;
import org.rensa.ui.session.ProjectSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Overview part: what needs attention today in the open project ({@link OverviewTree}); brought to
 * the front when a project opens. Opening a line opens the organisation editor for organisations (and
 * certifications, relationships, remediation actions through their organisation) and posts anything
 * else (responses, contracts) on {@link RensaUi#TOPIC_OPEN} for the bundle that edits it.
 */
public final class OverviewPart {

	@Inject
	private EPartService partService;
	@Inject
	private EModelService modelService;
	@Inject
	private MApplication application;
	@Inject
	private IEventBroker eventBroker;
	@Inject
	private MPart part;

	private OverviewTree tree;
	private ProjectSession session;

	/**
	 * @param parent the part's composite
	 */
	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new FillLayout());
		tree = new OverviewTree(parent, SWT.NONE, Clock.systemDefaultZone());
		tree.onOpen(item -> open(item.element()));
		tree.setSession(session);
	}

	private void open(EObject element) {
		EObject place = OverviewTree.placeToAct(element);
		if (place instanceof Organization organization) {
			OrganizationEditors.open(organization, session, application, modelService, partService);
		} else {
			eventBroker.post(RensaUi.TOPIC_OPEN, place);
		}
	}

	/**
	 * @param newSession the open project, or {@code null}
	 */
	@Inject
	public void setSession(@Optional ProjectSession newSession) {
		boolean opened = newSession != null && newSession != session;
		session = newSession;
		if (tree != null && !tree.isDisposed()) {
			tree.setSession(newSession);
			if (opened) {
				tree.getDisplay().asyncExec(() -> {
					if (!tree.isDisposed() && !partService.isPartVisible(part)) {
						partService.activate(part);
					}
				});
			}
		}
	}

	/** Gives the tree the focus. */
	@Focus
	public void setFocus() {
		tree.setFocus();
	}
}
