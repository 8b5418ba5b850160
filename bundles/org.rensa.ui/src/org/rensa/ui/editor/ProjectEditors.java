// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.editor;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.rensa.ui.RensaUi;
import org.rensa.ui.session.ProjectSession;

/**
 * Opens editors of the open project in the editor area: one closeable part per edited element, tagged
 * {@link RensaUi#EDITOR_TAG} so saving, closing and switching projects find them.
 */
public final class ProjectEditors {

	private ProjectEditors() {
	}

	/**
	 * Activates the editor part whose transient data holds {@code element} under {@code key}, or
	 * creates one from the part descriptor and shows it.
	 *
	 * @param descriptorId the part descriptor of the editor
	 * @param key          the transient-data key the editor reads its element from
	 * @param element      the edited element
	 * @param label        the tab label, or {@code null} to keep the descriptor's
	 * @param session      the open project (for the initial dirty state), or {@code null}
	 * @param application  the application model
	 * @param modelService the model service
	 * @param partService  the part service of the window
	 * @return the editor part
	 */
	public static MPart open(String descriptorId, String key, Object element, String label, ProjectSession session,
			MApplication application, EModelService modelService, EPartService partService) {
		for (MPart editor : modelService.findElements(application, null, MPart.class, List.of(RensaUi.EDITOR_TAG))) {
			if (editor.getTransientData().get(key) == element) {
				partService.showPart(editor, PartState.ACTIVATE);
				return editor;
			}
		}
		MPart part = partService.createPart(descriptorId);
		if (label != null) {
			part.setLabel(label);
		}
		part.getTransientData().put(key, element);
		return show(part, session, application, modelService, partService);
	}

	/**
	 * Tags a new editor part as an editor of the open project, adds it to the editor stack and activates it.
	 *
	 * @param part         the part, created from its descriptor
	 * @param session      the open project (for the initial dirty state), or {@code null}
	 * @param application  the application model
	 * @param modelService the model service
	 * @param partService  the part service of the window
	 * @return {@code part}
	 */
	public static MPart show(MPart part, ProjectSession session, MApplication application, EModelService modelService,
			EPartService partService) {
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
