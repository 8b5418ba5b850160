// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.rensa.model.Visit;
import org.rensa.report.OverallOpinion;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Named;

/**
 * Project › Draft Opinion from Facts: sets the selected visit's overall opinion (English and Japanese)
 * to the sentence {@link OverallOpinion#draft} generates, as one undoable command; asks first when the
 * visit already has an opinion.
 */
public final class DraftOpinionHandler {

	/**
	 * @param session   the open project, if any
	 * @param selection the current selection
	 * @return whether a visit of a writable project is selected
	 */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return session != null && !session.isReadOnly() && visit(selection) != null;
	}

	/**
	 * @param shell     the active shell
	 * @param session   the open project
	 * @param selection the current selection (a visit)
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectSession session,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		Visit visit = visit(selection);
		if (visit == null || session.isReadOnly()) {
			return;
		}
		session.commitPendingEdits();
		boolean stored = visit.getOpinion() != null && !visit.getOpinion().isBlank()
				|| visit.getOpinionJa() != null && !visit.getOpinionJa().isBlank();
		if (stored && !MessageDialog.openQuestion(shell, Messages.Opinion_title, Messages.Opinion_replace)) {
			return;
		}
		session.editingDomain().getCommandStack().execute(OverallOpinion.draftCommand(session.editingDomain(), session.document(), visit));
	}

	private static Visit visit(Object selection) {
		Object element = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : selection;
		return element instanceof Visit visit ? visit : null;
	}
}
