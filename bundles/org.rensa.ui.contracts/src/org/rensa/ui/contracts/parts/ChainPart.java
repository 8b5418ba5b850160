// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.rensa.core.analysis.ProjectAnalysis;
import org.rensa.model.Contract;
import org.rensa.model.Organization;
import org.rensa.ui.RensaUi;
import org.rensa.ui.contracts.ChainTable;
import org.rensa.ui.edit.ElementMenu;
import org.rensa.ui.editor.OrganizationEditors;
import org.rensa.ui.session.ProjectSession;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Chain part: flow-down breaks and subcontracting oversight problems of the open project with
 * their quick fixes; double-click opens the contract of a broken link, or reveals the relationship or
 * organisation.
 */
public final class ChainPart {

	@Inject
	private ESelectionService selectionService;
	@Inject
	private IEventBroker eventBroker;
	@Inject
	private UISynchronize sync;
	@Inject
	private org.eclipse.e4.ui.model.application.MApplication application;
	@Inject
	private org.eclipse.e4.ui.workbench.modeling.EModelService modelService;
	@Inject
	private org.eclipse.e4.ui.workbench.modeling.EPartService partService;

	private ChainTable table;
	private final SessionFollower follower = new SessionFollower(this::refresh, () -> sync);

	/** @param parent the part's composite */
	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new FillLayout());
		table = new ChainTable(parent, SWT.NONE);
		table.onReveal(element -> {
			selectionService.setSelection(element);
			eventBroker.post(RensaUi.TOPIC_REVEAL, element);
		});
		table.onOpenContract(contract -> {
			if (session() != null) {
				ContractEditorPart.open(contract, session(), application, modelService, partService);
			}
		});
		new ElementMenu(table.getViewer().getControl(), this::session, table::selectedElement).onOpen(this::open)
				.onCreated(created -> eventBroker.post(RensaUi.TOPIC_REVEAL, created));
		refresh();
	}

	private void open(EObject element) {
		selectionService.setSelection(element);
		eventBroker.post(RensaUi.TOPIC_REVEAL, element);
		if (session() == null) {
			return;
		}
		if (element instanceof Contract contract) {
			ContractEditorPart.open(contract, session(), application, modelService, partService);
		} else if (element instanceof Organization organization) {
			OrganizationEditors.open(organization, session(), application, modelService, partService);
		} else {
			eventBroker.post(RensaUi.TOPIC_OPEN, element);
		}
	}

	/** @param newSession the open project, or {@code null} */
	@Inject
	public void setSession(@Optional ProjectSession newSession) {
		follower.follow(newSession);
	}

	private void refresh() {
		if (table != null && !table.isDisposed()) {
			if (session() == null) {
				table.setReport(null, null, null);
			} else {
				table.setReport(ProjectAnalysis.chainReport(session().document()), session().editingDomain(), session().project());
			}
		}
	}

	private ProjectSession session() {
		return follower.session();
	}

	/** Gives the list the focus. */
	@Focus
	public void setFocus() {
		table.getViewer().getControl().setFocus();
	}

	/** Stops listening to the project. */
	@PreDestroy
	public void dispose() {
		follower.stop();
	}
}
