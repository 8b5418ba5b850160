// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.rensa.model.Assessment;
import org.rensa.model.Response;
import org.rensa.ui.RensaUi;
import org.rensa.ui.audit.handlers.VerifyAssessmentHandler;

import jakarta.inject.Inject;

/**
 * Application add-on opening the assessment editor at a response sent on {@link RensaUi#TOPIC_OPEN}
 * (a line of the project overview: an overstated declaration, a requirement not yet verified).
 */
public final class ResponseOpenerAddon {

	/**
	 * @param element      the element to open; anything but a response is left to other bundles
	 * @param application  the application
	 * @param modelService the model service
	 * @param partService  the part service
	 */
	@Inject
	@Optional
	public void open(@UIEventTopic(RensaUi.TOPIC_OPEN) Object element, MApplication application,
			EModelService modelService, EPartService partService) {
		if (element instanceof Response response && response.eContainer() instanceof Assessment assessment) {
			MPart part = VerifyAssessmentHandler.open(assessment, application, modelService, partService);
			if (part.getObject() instanceof AssessmentEditorPart editor && editor.view() != null) {
				editor.view().reveal(response);
			}
		}
	}
}
