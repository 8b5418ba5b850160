// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.wizards;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.text.Language;
import org.rensa.questionnaire.QuestionnaireImporter;
import org.rensa.questionnaire.ReadResult;
import org.rensa.questionnaire.WorkbookPreview;
import org.rensa.ui.audit.Messages;

/**
 * Page 1 of the questionnaire import: the workbook and the assessment to import into. The workbook is
 * opened (through the hostile-file guard) as soon as the path names a file and recognised as a Rensa
 * questionnaire (hidden id sheet; matched back to its assessment) or a third-party self-check
 * workbook (mapped on the next page). A Rensa questionnaire of another assessment, or a refused file,
 * is reported in the header with one line and the page stays incomplete.
 */
public final class WorkbookPage extends WizardPage {

	private final AuditProjectDocument document;
	private final AuditProject project;
	private final List<Assessment> assessments = new ArrayList<>();
	private boolean targetChosen;
	private FileField file;
	private Combo assessmentCombo;
	private Button createChecklist;
	private final ChosenFile<WorkbookPreview> chosen = new ChosenFile<>(WorkbookPreview::read);

	WorkbookPage(AuditProjectDocument document, Assessment target) {
		super("workbook");
		this.document = document;
		this.project = document.getProject();
		for (Assessment assessment : project.getAssessments()) {
			if (assessment.getChecklist() != null) {
				assessments.add(assessment);
			}
		}
		if (target != null && assessments.remove(target)) {
			assessments.add(0, target);
			targetChosen = true;
		}
		setTitle(Messages.QuestionnaireWizard_workbookTitle);
		setMessage(Messages.QuestionnaireWizard_workbookPrompt);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(3, false));
		file = new FileField(area, Messages.QuestionnaireWizard_workbook, Messages.Questionnaire_importTitle,
				new String[] { "*.xlsx", "*" }, this::validate);
		new Label(area, SWT.NONE).setText(Messages.QuestionnaireWizard_assessment);
		assessmentCombo = new Combo(area, SWT.READ_ONLY);
		assessmentCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		for (Assessment assessment : assessments) {
			assessmentCombo.add(describe(assessment));
		}
		if (!assessments.isEmpty()) {
			assessmentCombo.select(0);
		}
		assessmentCombo.addListener(SWT.Selection, e -> {
			targetChosen = true;
			validate();
		});
		Label hint = new Label(area, SWT.WRAP);
		hint.setText(Messages.QuestionnaireWizard_workbookHint);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		data.widthHint = 560;
		hint.setLayoutData(data);
		createChecklist = new Button(area, SWT.CHECK);
		createChecklist.setText(Messages.ChecklistWizard_create);
		createChecklist.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		createChecklist.setEnabled(false);
		createChecklist.addListener(SWT.Selection, e -> validate());
		setControl(area);
		if (assessments.isEmpty()) {
			setErrorMessage(Messages.Choose_none);
		}
	}

	/** @param path the workbook path, as if typed */
	public void setFile(String path) {
		file.text().setText(path);
	}

	/** @param assessment the assessment to import into, as if chosen in the list */
	public void setAssessment(Assessment assessment) {
		int index = assessments.indexOf(assessment);
		if (index >= 0) {
			assessmentCombo.select(index);
			targetChosen = true;
			validate();
		}
	}

	/** @param create whether to create the checklist from the workbook, as if ticked */
	public void setCreateChecklist(boolean create) {
		createChecklist.setSelection(create);
		validate();
	}

	/**
	 * @return whether the third-party workbook becomes a new checklist (page {@link ChecklistMappingPage})
	 *         instead of answers of an assessment
	 */
	public boolean createsChecklist() {
		return createChecklist != null && createChecklist.getSelection() && createChecklist.isEnabled();
	}

	/** @return the assessment to import into, or {@code null} */
	public Assessment assessment() {
		int index = assessmentCombo == null ? (assessments.isEmpty() ? -1 : 0) : assessmentCombo.getSelectionIndex();
		return index < 0 ? null : assessments.get(index);
	}

	/** @return the project imported into */
	AuditProjectDocument document() {
		return document;
	}

	/** @return whether the chosen workbook is a questionnaire Rensa wrote */
	public boolean isRensaQuestionnaire() {
		return chosen.content() != null && chosen.content().isRensaQuestionnaire();
	}

	/** @return the chosen workbook's preview, or {@code null} while there is no readable workbook */
	public WorkbookPreview preview() {
		return chosen.content();
	}

	/** @return the chosen workbook, or {@code null} */
	public Path workbook() {
		return chosen.path();
	}

	/**
	 * @param assessment an assessment
	 * @return its label, organisation · checklist · fiscal year
	 */
	public static String describe(Assessment assessment) {
		return Language.ui().label(assessment);
	}

	private void validate() {
		Path path;
		try {
			path = file.path();
		} catch (InvalidPathException e) {
			fail(NLS.bind(Messages.Wizard_badPath, e.getInput()));
			return;
		}
		if (path == null) {
			chosen.forget();
			setErrorMessage(assessments.isEmpty() ? Messages.Choose_none : null);
			setMessage(Messages.QuestionnaireWizard_workbookPrompt);
			setPageComplete(false);
			return;
		}
		String problem = FileField.problem(path);
		if (problem != null) {
			fail(problem);
			return;
		}
		try {
			WorkbookPreview preview = chosen.read(path);
			createChecklist.setEnabled(false);
			if (preview.isRensaQuestionnaire()) {
				if (assessments.isEmpty()) {
					fail(Messages.Choose_none);
					return;
				}
				ReadResult result = QuestionnaireImporter.read(path, document, null);
				if (result.assessment() != assessment()) {
					if (!targetChosen && assessments.contains(result.assessment())) {
						assessmentCombo.select(assessments.indexOf(result.assessment()));
					} else {
						fail(NLS.bind(Messages.QuestionnaireWizard_otherAssessment, new Object[] { path.getFileName(),
								describe(result.assessment()), describe(assessment()) }));
						return;
					}
				}
				setErrorMessage(null);
				setMessage(NLS.bind(Messages.QuestionnaireWizard_rensaWorkbook, describe(result.assessment()), result.responses().size()));
			} else {
				if (preview.sheetNames().isEmpty()) {
					fail(NLS.bind(Messages.QuestionnaireWizard_noSheets, path.getFileName()));
					return;
				}
				createChecklist.setEnabled(true);
				if (assessments.isEmpty() && !createsChecklist()) {
					setErrorMessage(Messages.Choose_none);
					setPageComplete(false);
					return;
				}
				setErrorMessage(null);
				setMessage(createsChecklist() ? Messages.ChecklistWizard_createMessage
						: NLS.bind(Messages.QuestionnaireWizard_thirdParty, preview.sheetNames().size()));
			}
		} catch (IOException | RuntimeException e) {
			fail(e.getMessage());
			return;
		}
		setPageComplete(true);
	}

	private void fail(String message) {
		if (createChecklist != null) {
			createChecklist.setEnabled(false);
		}
		chosen.forget();
		setErrorMessage(message);
		setPageComplete(false);
	}
}
