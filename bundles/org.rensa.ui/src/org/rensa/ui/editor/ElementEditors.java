// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.editor;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;
import org.rensa.model.Finding;
import org.rensa.model.RensaPackage.Literals;
import org.rensa.model.Visit;
import org.rensa.model.text.Language;
import org.rensa.ui.Messages;
import org.rensa.ui.RensaUi;
import org.rensa.ui.session.ProjectSession;

/**
 * Opens form editors of findings (in audit form: condition, cause, effect, recommendation and the
 * management response, English beside Japanese) and of visits (scope, objectives, limitations,
 * opinion, review, approval and distribution of the report): one closeable part per element.
 */
public final class ElementEditors {

	/** Transient-data key of the element an element editor part edits. */
	public static final String ELEMENT_KEY = "org.rensa.ui.element"; //$NON-NLS-1$

	private ElementEditors() {
	}

	/**
	 * @param element an element
	 * @return the sections of its form, or an empty list when no element editor edits it
	 */
	public static List<ElementForm.Section> sectionsOf(EObject element) {
		if (element instanceof Finding) {
			return List.of(
					new ElementForm.Section(Messages.ElementEditor_finding, List.of(Literals.FINDING__CODE, Literals.FINDING__SEVERITY,
							Literals.FINDING__TITLE, Literals.FINDING__TITLE_JA, Literals.FINDING__STATUS, Literals.FINDING__TLP,
							Literals.FINDING__RAISED_ON, Literals.FINDING__REQUIREMENT, Literals.FINDING__ORGANIZATION, Literals.FINDING__VISIT)),
					new ElementForm.Section(Messages.ElementEditor_auditForm, List.of(Literals.FINDING__DESCRIPTION,
							Literals.FINDING__DESCRIPTION_JA, Literals.FINDING__CAUSE, Literals.FINDING__CAUSE_JA, Literals.FINDING__EFFECT,
							Literals.FINDING__EFFECT_JA, Literals.FINDING__RECOMMENDATION, Literals.FINDING__RECOMMENDATION_JA)),
					new ElementForm.Section(Messages.ElementEditor_response, List.of(Literals.FINDING__MANAGEMENT_RESPONSE,
							Literals.FINDING__MANAGEMENT_RESPONSE_JA, Literals.FINDING__MANAGEMENT_RESPONSE_BY,
							Literals.FINDING__MANAGEMENT_RESPONSE_ON)));
		}
		if (element instanceof Visit) {
			return List.of(
					new ElementForm.Section(Messages.ElementEditor_visit, List.of(Literals.VISIT__ORGANIZATION, Literals.VISIT__ASSESSMENT,
							Literals.VISIT__SITE, Literals.VISIT__START_DATE, Literals.VISIT__END_DATE, Literals.VISIT__AUDITORS,
							Literals.VISIT__INTERVIEWEES)),
					new ElementForm.Section(Messages.ElementEditor_scope, List.of(Literals.VISIT__OBJECTIVES, Literals.VISIT__OBJECTIVES_JA,
							Literals.VISIT__SCOPE, Literals.VISIT__SCOPE_JA, Literals.VISIT__LIMITATIONS, Literals.VISIT__LIMITATIONS_JA,
							Literals.VISIT__NOTES, Literals.VISIT__NOTES_JA)),
					new ElementForm.Section(Messages.ElementEditor_signOff, List.of(Literals.VISIT__OPINION, Literals.VISIT__OPINION_JA,
							Literals.VISIT__REVIEWER, Literals.VISIT__REVIEWED_ON, Literals.VISIT__APPROVER, Literals.VISIT__APPROVED_ON,
							Literals.VISIT__FOLLOW_UP_ON, Literals.VISIT__DISTRIBUTION)));
		}
		return List.of();
	}

	/**
	 * Activates the editor of an element, creating it first if needed.
	 *
	 * @param element      a finding or a visit
	 * @param session      the open project (for the initial dirty state)
	 * @param application  the application model
	 * @param modelService the model service
	 * @param partService  the part service of the window
	 * @return the editor part
	 */
	public static MPart open(EObject element, ProjectSession session, MApplication application, EModelService modelService,
			EPartService partService) {
		return ProjectEditors.open(RensaUi.ELEMENT_EDITOR_DESCRIPTOR_ID, ELEMENT_KEY, element, Language.ui().label(element), session,
				application, modelService, partService);
	}
}
