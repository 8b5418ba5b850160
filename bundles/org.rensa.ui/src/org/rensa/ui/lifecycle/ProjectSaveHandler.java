// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.lifecycle;

import java.util.Collection;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;

/**
 * Save handler of the main window. Editors only show the dirty state of the whole project: their
 * edits live in the project until it is saved or closed, so closing an editor neither saves nor
 * discards anything and needs no question. Unsaved changes are asked about once, for the whole
 * project, when the window closes, the application exits or another project is opened.
 */
final class ProjectSaveHandler implements ISaveHandler {

	@Override
	public boolean save(MPart dirtyPart, boolean confirm) {
		return true;
	}

	@Override
	public boolean saveParts(Collection<MPart> dirtyParts, boolean confirm) {
		return true;
	}

	@Override
	public Save promptToSave(MPart dirtyPart) {
		return Save.NO;
	}

	@Override
	public Save[] promptToSave(Collection<MPart> dirtyParts) {
		Save[] answers = new Save[dirtyParts.size()];
		java.util.Arrays.fill(answers, Save.NO);
		return answers;
	}
}
