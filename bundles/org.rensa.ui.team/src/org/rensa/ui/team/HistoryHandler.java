// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.team;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.rensa.model.Identifiable;
import org.rensa.model.text.Language;
import org.rensa.sync.GitSync;
import org.rensa.sync.SyncException;
import org.rensa.ui.session.ProjectController;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Named;

/** Team › History of the Selection: {@link GitSync#history} of the selected element in a {@link HistoryDialog}. */
public final class HistoryHandler {

	/**
	 * @param selection the current selection
	 * @return the selected model element with an id, or {@code null}
	 */
	public static Identifiable element(Object selection) {
		Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : selection;
		return first instanceof Identifiable identifiable && identifiable.getId() != null ? identifiable : null;
	}

	/**
	 * @param session   the open project, if any
	 * @param selection the current selection
	 * @return whether an element of the open project is selected
	 */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return session != null && element(selection) != null;
	}

	/**
	 * @param shell      the active shell
	 * @param controller the project controller
	 * @param selection  the current selection
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectController controller,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		ProjectSession session = controller.session();
		Identifiable element = element(selection);
		if (session == null || element == null) {
			return;
		}
		Language language = Language.ui();
		String label = language.label((EObject) element);
		@SuppressWarnings("unchecked")
		List<GitSync.HistoryEntry>[] lines = new List[1];
		SyncException[] failure = new SyncException[1];
		BusyIndicator.showWhile(shell.getDisplay(), () -> {
			try {
				lines[0] = new GitSync(controller.storage(), null).history(session.document().getDirectory(), element.getId(), language);
			} catch (SyncException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			MessageDialog.openError(shell, Messages.History_titleShort, failure[0].getMessage());
			return;
		}
		new HistoryDialog(shell, label, lines[0]).open();
	}
}
