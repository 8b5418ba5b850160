// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.editor;


import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.rensa.model.Organization;
import org.rensa.model.text.Language;
import org.rensa.ui.RensaUi;
import org.rensa.ui.session.ProjectSession;

/** Opens organisation editors: one closeable part per organisation in the editor stack. */
public final class OrganizationEditors {

	/** Transient-data key of the organisation an editor part edits. */
	public static final String ORGANIZATION_KEY = "org.rensa.ui.organization"; //$NON-NLS-1$

	private OrganizationEditors() {
	}

	/**
	 * Activates the editor of an organisation, creating it first if needed.
	 *
	 * @param organization the organisation
	 * @param session      the open project (for the initial dirty state)
	 * @param application  the application model
	 * @param modelService the model service
	 * @param partService  the part service of the window
	 * @return the editor part
	 */
	public static MPart open(Organization organization, ProjectSession session, MApplication application,
			EModelService modelService, EPartService partService) {
		return ProjectEditors.open(RensaUi.ORGANIZATION_EDITOR_DESCRIPTOR_ID, ORGANIZATION_KEY, organization,
				Language.ui().label(organization), session, application, modelService, partService);
	}
}
