// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;
import org.rensa.ui.RensaUi;
import org.rensa.ui.editor.ElementEditors;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Inject;

/**
 * Application add-on opening the editor of findings and visits sent on {@link RensaUi#TOPIC_OPEN}
 * (a double-click in the navigator, Problems or the overview).
 */
public final class ElementEditorOpener {

	/**
	 * @param element      the element to open; anything else is left to other editors
	 * @param session      the open project
	 * @param application  the application
	 * @param modelService the model service
	 * @param partService  the part service
	 */
	@Inject
	@Optional
	public void open(@UIEventTopic(RensaUi.TOPIC_OPEN) Object element, @Optional ProjectSession session, MApplication application,
			EModelService modelService, EPartService partService) {
		if (session != null && element instanceof EObject object && !ElementEditors.sectionsOf(object).isEmpty()) {
			ElementEditors.open(object, session, application, modelService, partService);
		}
	}
}
