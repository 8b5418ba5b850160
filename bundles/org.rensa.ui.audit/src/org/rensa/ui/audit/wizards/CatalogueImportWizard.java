// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.wizards;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.wizard.Wizard;
import org.rensa.catalog.oscal.OscalImport;
import org.rensa.model.Checklist;
import org.rensa.model.RensaPackage;
import org.rensa.ui.audit.Messages;
import org.rensa.ui.session.ProjectSession;

/**
 * Project ▸ Import OSCAL catalogue…: choose a catalogue file (JSON or XML), see what it holds, then
 * add it to the open project as a new checklist — one undoable command that makes the project dirty.
 */
public final class CatalogueImportWizard extends Wizard {

	private final ProjectSession session;
	private final CatalogueFilePage filePage;
	private final CataloguePreviewPage previewPage;
	private Checklist added;

	/** @param session the open project */
	public CatalogueImportWizard(ProjectSession session) {
		this.session = session;
		setWindowTitle(Messages.Catalogue_dialogTitle);
		filePage = new CatalogueFilePage();
		previewPage = new CataloguePreviewPage(filePage, session.project());
	}

	@Override
	public void addPages() {
		addPage(filePage);
		addPage(previewPage);
	}

	@Override
	public boolean canFinish() {
		return filePage.isPageComplete() && filePage.result() != null && previewPage.getControl() != null
				&& getContainer().getCurrentPage() == previewPage && previewPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		OscalImport result = previewPage.effective();
		if (result == null) {
			return false;
		}
		Checklist checklist = result.checklist();
		checklist.setName(previewPage.checklistName());
		Command command = AddCommand.create(session.editingDomain(), session.project(),
				RensaPackage.Literals.AUDIT_PROJECT__CHECKLISTS, checklist);
		if (!command.canExecute()) {
			return false;
		}
		session.editingDomain().getCommandStack().execute(command);
		added = checklist;
		return true;
	}

	/** @return page 1 (the file) */
	public CatalogueFilePage filePage() {
		return filePage;
	}

	/** @return page 2 (the preview) */
	public CataloguePreviewPage previewPage() {
		return previewPage;
	}

	/** @return the checklist added by Finish, or {@code null} */
	public Checklist added() {
		return added;
	}
}
