// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.rensa.model.Clause;
import org.rensa.model.Contract;
import org.rensa.ui.RensaUi;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Inject;

/**
 * Application add-on opening the contract editor for contracts sent on {@link RensaUi#TOPIC_OPEN}
 * (double-clicked in the project navigator).
 */
public final class ContractOpenerAddon {

	/**
	 * @param element      the element to open (a clause opens its contract); anything else is left to other bundles
	 * @param session      the open project
	 * @param application  the application
	 * @param modelService the model service
	 * @param partService  the part service
	 */
	@Inject
	@Optional
	public void open(@UIEventTopic(RensaUi.TOPIC_OPEN) Object element, @Optional ProjectSession session,
			MApplication application, EModelService modelService, EPartService partService) {
		Contract contract = element instanceof Contract c ? c
				: element instanceof Clause clause && clause.eContainer() instanceof Contract c ? c : null;
		if (contract != null && session != null) {
			ContractEditorPart.open(contract, session, application, modelService, partService);
		}
	}
}
