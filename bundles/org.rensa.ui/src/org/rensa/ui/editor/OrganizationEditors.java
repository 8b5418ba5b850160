// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.editor;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.rensa.model.Organization;
import org.rensa.ui.RensaUi;
import org.rensa.ui.navigator.OrganizationNames;
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
        List<MPart> editors = modelService.findElements(application, null, MPart.class, List.of(RensaUi.EDITOR_TAG));
        for (MPart editor : editors) {
            if (editor.getTransientData().get(ORGANIZATION_KEY) == organization) {
                partService.showPart(editor, PartState.ACTIVATE);
                return editor;
            }
        }
        MPart part = partService.createPart(RensaUi.ORGANIZATION_EDITOR_DESCRIPTOR_ID);
        part.setLabel(OrganizationNames.displayName(organization));
        part.getTransientData().put(ORGANIZATION_KEY, organization);
        part.getTags().add(RensaUi.EDITOR_TAG);
        part.getTags().add(EPartService.REMOVE_ON_HIDE_TAG);
        part.setDirty(session != null && session.isDirty());
        MPartStack stack = (MPartStack) modelService.find(RensaUi.EDITOR_STACK_ID, application);
        if (stack != null) {
            stack.getChildren().add(part);
        }
        partService.showPart(part, PartState.ACTIVATE);
        return part;
    }
}
