// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts.parts;

import org.rensa.ui.editor.ProjectEditors;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.rensa.model.Contract;
import org.rensa.model.text.Language;
import org.rensa.ui.contracts.ContractForm;
import org.rensa.ui.session.ProjectSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The contract editor: one closeable part per contract in the editor stack. */
public final class ContractEditorPart {

	/** Id of the part descriptor (in this bundle's model fragment). */
	public static final String DESCRIPTOR_ID = "org.rensa.ui.contracts.partdescriptor.contractEditor"; //$NON-NLS-1$
	/** Transient-data key of the contract an editor part edits. */
	public static final String CONTRACT_KEY = "org.rensa.ui.contracts.contract"; //$NON-NLS-1$

	@Inject
	private MPart part;
	@Inject
	private ProjectSession session;
	@Inject
	private MApplication application;
	@Inject
	private EModelService modelService;
	@Inject
	private EPartService partService;

	private ContractForm form;

	/** @param parent the part's composite */
	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new FillLayout());
		form = new ContractForm(parent, session, (Contract) part.getTransientData().get(CONTRACT_KEY));
		form.onOpenContract(other -> open(other, session, application, modelService, partService));
	}

	/** Gives the form the focus. */
	@Focus
	public void setFocus() {
		form.setFocus();
	}

	/**
	 * Activates the editor of a contract, creating it first if needed.
	 *
	 * @return the editor part
	 */
	public static MPart open(Contract contract, ProjectSession session, MApplication application,
			EModelService modelService, EPartService partService) {
		return ProjectEditors.open(DESCRIPTOR_ID, CONTRACT_KEY, contract, Language.ui().label(contract), session, application,
				modelService, partService);
	}
}
