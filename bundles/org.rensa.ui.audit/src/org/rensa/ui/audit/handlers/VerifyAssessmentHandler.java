// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.handlers;

import org.rensa.ui.editor.ProjectEditors;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.rensa.core.audit.Assessments;
import org.rensa.model.Assessment;
import org.rensa.ui.profile.AuditorProfileDialog;
import org.rensa.ui.audit.Messages;
import org.rensa.ui.audit.parts.AssessmentEditorPart;
import org.rensa.ui.session.ProjectSession;

import jakarta.inject.Named;

/** Opens the assessment editor for the selected assessment, or asks which one. */
public final class VerifyAssessmentHandler {

	/** The part descriptor of the assessment editor. */
	public static final String DESCRIPTOR_ID = "org.rensa.ui.audit.partdescriptor.assessment";

	/**
	 * @param session the open project
	 * @return whether a project is open
	 */
	@CanExecute
	public boolean canExecute(@Optional ProjectSession session) {
		return session != null;
	}

	/**
	 * @param shell        the active shell
	 * @param session      the open project
	 * @param selection    the current selection
	 * @param application  the application model
	 * @param modelService the model service
	 * @param partService  the part service
	 */
	@Execute
	public void execute(Shell shell, @Optional ProjectSession session,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, MApplication application,
			EModelService modelService, EPartService partService) {
		if (session == null) {
			return;
		}
		Assessment assessment = choose(shell, session, selection, Messages.Choose_title);
		if (assessment != null) {
			AuditorProfileDialog.askIfUnset(shell);
			open(assessment, application, modelService, partService);
		}
	}

	/**
	 * The selected assessment (or the one of a selected response), else one the user chooses.
	 *
	 * @return the assessment, or {@code null} when there is none or the user cancelled
	 */
	static Assessment choose(Shell shell, ProjectSession session, Object selection, String title) {
		Assessment assessment = Assessments.of(selection);
		if (assessment != null && assessment.getChecklist() != null) {
			return assessment;
		}
		List<Assessment> candidates = new ArrayList<>();
		for (Assessment candidate : session.project().getAssessments()) {
			if (candidate.getChecklist() != null) {
				candidates.add(candidate);
			}
		}
		if (candidates.isEmpty()) {
			MessageDialog.openInformation(shell, title, Messages.Choose_none);
			return null;
		}
		AssessmentChooser chooser = new AssessmentChooser(shell, candidates, title);
		if (chooser.open() != Window.OK) {
			return null;
		}
		return chooser.chosen();
	}

	/**
	 * Activates the editor of an assessment, creating it if needed.
	 *
	 * @return the part
	 */
	public static MPart open(Assessment assessment, MApplication application, EModelService modelService, EPartService partService) {
		return ProjectEditors.open(DESCRIPTOR_ID, AssessmentEditorPart.ASSESSMENT_KEY, assessment, null, null, application,
				modelService, partService);
	}
}
