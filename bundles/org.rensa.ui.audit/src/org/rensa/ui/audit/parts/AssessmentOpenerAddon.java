// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.rensa.model.Assessment;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.ui.RensaUi;
import org.rensa.ui.audit.handlers.VerifyAssessmentHandler;
import org.rensa.ui.profile.AuditorProfileDialog;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Application add-on opening the assessment editor for elements sent on {@link RensaUi#TOPIC_OPEN}
 * (a double-click in the navigator or in Problems): an assessment, or a response of one, shown at its
 * requirement's row. Findings open in their own editor (audit form), see {@code ElementEditors}.
 */
public final class AssessmentOpenerAddon {

	/**
	 * Where an element is edited in the assessment editor.
	 *
	 * @param assessment  the assessment whose editor opens
	 * @param requirement the row to show, or {@code null}
	 */
	public record Target(Assessment assessment, Requirement requirement) {
	}

	/**
	 * @param element an element
	 * @return where the assessment editor shows it, or {@code null} when it does not edit it
	 */
	public static Target targetOf(Object element) {
		if (element instanceof Assessment assessment && assessment.getChecklist() != null) {
			return new Target(assessment, null);
		}
		if (element instanceof Response response && response.eContainer() instanceof Assessment assessment
				&& assessment.getChecklist() != null) {
			return new Target(assessment, response.getRequirement());
		}
		return null;
	}

	/**
	 * @param element      the element to open; anything the assessment editor does not edit is left to other bundles
	 * @param session      the open project
	 * @param shell        the active shell (asks for the auditor profile before the first verification)
	 * @param application  the application
	 * @param modelService the model service
	 * @param partService  the part service
	 */
	@Inject
	@Optional
	public void open(@UIEventTopic(RensaUi.TOPIC_OPEN) Object element, @Optional ProjectSession session,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, MApplication application, EModelService modelService,
			EPartService partService) {
		Target target = targetOf(element);
		if (target == null || session == null) {
			return;
		}
		AuditorProfileDialog.askIfUnset(shell);
		MPart part = VerifyAssessmentHandler.open(target.assessment(), application, modelService, partService);
		if (target.requirement() != null && part != null && part.getObject() instanceof AssessmentEditorPart editor) {
			editor.reveal(target.requirement());
		}
	}
}
