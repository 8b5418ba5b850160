// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.wizards;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.rensa.model.Assessment;
import org.rensa.model.Checklist;
import org.rensa.questionnaire.ReadResult;
import org.rensa.questionnaire.WorkbookMapping;
import org.rensa.ui.audit.Messages;
import org.rensa.ui.audit.QuestionnaireCommands;
import org.rensa.ui.session.ProjectSession;

/**
 * Project ▸ Import self-check questionnaire…: choose a returned workbook; a questionnaire Rensa wrote
 * is matched back to its assessment by its hidden id sheet, a third-party self-check workbook is read
 * through a column mapping (pre-filled from the mapping saved in the project, saved again on Finish);
 * the last page lists the answers that will change and the cells that could not be read. Finish
 * applies the answers as one undoable command; with unreadable cells Finish stays disabled. A
 * third-party workbook can instead become a new checklist ({@link ChecklistMappingPage}).
 */
public final class QuestionnaireImportWizard extends Wizard {

	private final ProjectSession session;
	private final WorkbookPage workbookPage;
	private final MappingPage mappingPage;
	private final ImportSummaryPage summaryPage;
	private final ChecklistMappingPage checklistPage;
	private int changed = -1;
	private Checklist addedChecklist;

	/**
	 * @param session the open project
	 * @param target  the assessment to import into (the selected one), or {@code null} to let the
	 *                workbook or the user decide
	 */
	public QuestionnaireImportWizard(ProjectSession session, Assessment target) {
		this.session = session;
		setWindowTitle(Messages.Questionnaire_importTitle);
		workbookPage = new WorkbookPage(session.document(), target);
		mappingPage = new MappingPage(workbookPage, session.document().getDirectory());
		summaryPage = new ImportSummaryPage(this);
		checklistPage = new ChecklistMappingPage(workbookPage, session.document().getDirectory(), session.project());
	}

	@Override
	public void addPages() {
		addPage(workbookPage);
		addPage(mappingPage);
		addPage(summaryPage);
		addPage(checklistPage);
	}

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		if (page == workbookPage) {
			return workbookPage.createsChecklist() ? checklistPage : workbookPage.isRensaQuestionnaire() ? summaryPage : mappingPage;
		}
		if (page == mappingPage) {
			return summaryPage;
		}
		return null;
	}

	@Override
	public IWizardPage getPreviousPage(IWizardPage page) {
		if (page == summaryPage) {
			return workbookPage.isRensaQuestionnaire() ? workbookPage : mappingPage;
		}
		return page == mappingPage || page == checklistPage ? workbookPage : null;
	}

	@Override
	public boolean canFinish() {
		if (getContainer() == null) {
			return false;
		}
		if (workbookPage.createsChecklist()) {
			return getContainer().getCurrentPage() == checklistPage && checklistPage.isPageComplete();
		}
		return getContainer().getCurrentPage() == summaryPage && summaryPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		if (workbookPage.createsChecklist()) {
			addedChecklist = checklistPage.finish(session);
			return addedChecklist != null;
		}
		ReadResult result = summaryPage.result();
		if (result == null || !result.problems().isEmpty()) {
			return false;
		}
		if (!workbookPage.isRensaQuestionnaire() && !mappingPage.mappingName().isEmpty()) {
			try {
				mappingPage.mapping().save(mappingPage.mappingFile());
			} catch (IOException | IllegalArgumentException e) {
				summaryPage.setErrorMessage(NLS.bind(Messages.QuestionnaireWizard_mappingNotSaved, e.getMessage()));
				return false;
			}
		}
		Assessment assessment = result.assessment();
		boolean respondentChanges = result.respondent() != null && !Objects.equals(result.respondent(), assessment.getRespondent());
		if (summaryPage.changes().isEmpty() && !respondentChanges) {
			changed = 0;
			return true;
		}
		QuestionnaireCommands.Apply command = QuestionnaireCommands.apply(result, LocalDate.now());
		session.editingDomain().getCommandStack().execute(command);
		changed = command.changed();
		return true;
	}

	/** @return the number of answers Finish changed, -1 before Finish */
	public int changed() {
		return changed;
	}

	/** @return the checklist Finish created from the workbook, {@code null} otherwise */
	public Checklist addedChecklist() {
		return addedChecklist;
	}

	/** @return the page creating a checklist from the workbook */
	public ChecklistMappingPage checklistPage() {
		return checklistPage;
	}

	/** @return page 1 (the workbook and the target assessment) */
	public WorkbookPage workbookPage() {
		return workbookPage;
	}

	/** @return page 2 (the column mapping of a third-party workbook) */
	public MappingPage mappingPage() {
		return mappingPage;
	}

	/** @return the last page (the summary) */
	public ImportSummaryPage summaryPage() {
		return summaryPage;
	}

	/** @return the mapping to read a third-party workbook with, or {@code null} for a Rensa questionnaire */
	WorkbookMapping mappingOrNull() {
		return workbookPage.isRensaQuestionnaire() ? null : mappingPage.mapping();
	}
}
