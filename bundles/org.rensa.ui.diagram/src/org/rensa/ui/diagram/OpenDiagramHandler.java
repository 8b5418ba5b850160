// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.diagram;

import org.rensa.ui.editor.ProjectEditors;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.rensa.ui.session.ProjectSession;

/** Project › Supply-Chain Diagram: opens (or activates) the diagram editor of the open project. */
public final class OpenDiagramHandler {

	/** Id of the diagram editor's part descriptor. */
	public static final String DESCRIPTOR_ID = "org.rensa.ui.diagram.partdescriptor.diagram"; //$NON-NLS-1$

	/**
	 * @param session the open project, if any
	 * @return whether a project is open
	 */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session) {
		return session != null;
	}

	/**
	 * @param session      the open project
	 * @param application  the application model
	 * @param modelService the model service
	 * @param partService  the part service
	 */
	@Execute
	public void execute(@Optional ProjectSession session, MApplication application, EModelService modelService,
			EPartService partService) {
		if (session != null) {
			open(session, application, modelService, partService);
		}
	}

	/**
	 * @param session      the open project (for the initial dirty state)
	 * @param application  the application model
	 * @param modelService the model service
	 * @param partService  the part service
	 * @return the diagram part
	 */
	public static MPart open(ProjectSession session, MApplication application, EModelService modelService,
			EPartService partService) {
		List<MPart> existing = modelService.findElements(application, DESCRIPTOR_ID, MPart.class, null);
		for (MPart part : existing) {
			partService.showPart(part, PartState.ACTIVATE);
			return part;
		}
		MPart part = partService.createPart(DESCRIPTOR_ID);
		part.setElementId(DESCRIPTOR_ID);
		return ProjectEditors.show(part, session, application, modelService, partService);
	}
}
