// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rensa.model.Assessment;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.text.Language;
import org.rensa.questionnaire.AnswerChange;
import org.rensa.questionnaire.CellProblem;
import org.rensa.questionnaire.MappedImporter;
import org.rensa.questionnaire.QuestionnaireImporter;
import org.rensa.questionnaire.ReadResult;
import org.rensa.questionnaire.WorkbookMapping;
import org.rensa.ui.audit.Messages;

/**
 * The last page of the questionnaire import: the target assessment, the answers that will change
 * (old → new) and every cell that could not be read (row, column, value, reason). With unreadable
 * cells nothing can be imported and Finish stays disabled.
 */
public final class ImportSummaryPage extends WizardPage {

	private final QuestionnaireImportWizard wizard;
	private Label target;
	private Label counts;
	private Table changesTable;
	private Table problemsTable;
	private ReadResult result;
	private List<AnswerChange> changes = List.of();

	ImportSummaryPage(QuestionnaireImportWizard wizard) {
		super("summary");
		this.wizard = wizard;
		setTitle(Messages.QuestionnaireWizard_summaryTitle);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText(Messages.QuestionnaireWizard_target);
		target = new Label(area, SWT.WRAP);
		target.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		counts = new Label(area, SWT.WRAP);
		counts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		label(area, Messages.QuestionnaireWizard_changes);
		changesTable = table(area, 220, new String[] { Messages.Column_code, Messages.Column_requirement,
				Messages.QuestionnaireWizard_before, Messages.QuestionnaireWizard_after, Messages.QuestionnaireWizard_comment },
				new int[] { 80, 280, 110, 110, 180 });
		label(area, Messages.QuestionnaireWizard_problems);
		problemsTable = table(area, 90, new String[] { Messages.QuestionnaireWizard_sheetColumn, Messages.QuestionnaireWizard_row,
				Messages.QuestionnaireWizard_column, Messages.QuestionnaireWizard_value, Messages.QuestionnaireWizard_reason },
				new int[] { 130, 50, 60, 150, 370 });
		setControl(area);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			read();
		}
		super.setVisible(visible);
	}

	/** @return what was read, or {@code null} when the workbook could not be read */
	public ReadResult result() {
		return result;
	}

	/** @return the answers and comments that Finish will change */
	public List<AnswerChange> changes() {
		return changes;
	}

	/** @return the change rows as shown: code, requirement, before, after, comment */
	public List<String[]> changeRows() {
		return rows(changesTable);
	}

	/** @return the problem rows as shown: sheet, row, column, value, reason */
	public List<String[]> problemRows() {
		return rows(problemsTable);
	}

	/** @return the target assessment as shown */
	public String targetText() {
		return target.getText();
	}

	/** Reads the workbook again with the current choices and shows the outcome. */
	void read() {
		changesTable.removeAll();
		problemsTable.removeAll();
		result = null;
		changes = List.of();
		Assessment assessment = wizard.workbookPage().assessment();
		Path file = wizard.workbookPage().workbook();
		target.setText(assessment == null ? "\u2013" : WorkbookPage.describe(assessment));
		counts.setText("");
		if (assessment == null || file == null) {
			fail(Messages.QuestionnaireWizard_workbookPrompt);
			return;
		}
		try {
			WorkbookMapping mapping = wizard.mappingOrNull();
			result = mapping == null ? QuestionnaireImporter.read(file, wizard.workbookPage().document(), assessment.getId())
					: MappedImporter.read(file, assessment, mapping);
		} catch (IOException | RuntimeException e) {
			fail(e.getMessage());
			return;
		}
		changes = QuestionnaireImporter.changes(result);
		for (AnswerChange change : changes) {
			TableItem item = new TableItem(changesTable, SWT.NONE);
			String comment = Objects.equals(change.oldComment(), change.newComment()) ? ""
					: (change.newComment() == null ? "\u2013" : change.newComment());
			item.setText(new String[] { change.requirement().getCode(),
					Language.ui().text(change.requirement().getTitle(), change.requirement().getTitleJa()), answer(change.oldAnswer()),
					answer(change.newAnswer()), comment });
			if (change.answerChanges()) {
				item.setForeground(3, changesTable.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
			}
		}
		for (CellProblem problem : result.problems()) {
			new TableItem(problemsTable, SWT.NONE).setText(new String[] { problem.sheet(), String.valueOf(problem.row()),
					problem.column(), problem.value(), problem.reason(Language.ui().locale()) });
		}
		long answered = result.responses().stream().filter(r -> r.answer() != DeclaredAnswer.UNANSWERED).count();
		counts.setText(NLS.bind(Messages.QuestionnaireWizard_counts, new Object[] { result.responses().size(), answered,
				changes.size(), result.problems().size() }));
		if (!result.problems().isEmpty()) {
			fail(NLS.bind(Messages.QuestionnaireWizard_unreadable, result.problems().size()));
			return;
		}
		setErrorMessage(null);
		setMessage(changes.isEmpty() ? Messages.QuestionnaireWizard_nothingChanges
				: NLS.bind(Messages.QuestionnaireWizard_willChange, changes.size()));
		setPageComplete(true);
		((Composite) getControl()).layout(true, true);
	}

	private void fail(String message) {
		setErrorMessage(message);
		setPageComplete(false);
	}

	private static String answer(DeclaredAnswer answer) {
		return answer == null ? "" : Language.ui().label(answer);
	}

	private static List<String[]> rows(Table table) {
		List<String[]> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			String[] row = new String[table.getColumnCount()];
			for (int c = 0; c < row.length; c++) {
				row[c] = item.getText(c);
			}
			rows.add(row);
		}
		return rows;
	}

	private static void label(Composite area, String text) {
		Label label = new Label(area, SWT.NONE);
		label.setText(text);
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
	}

	private static Table table(Composite area, int height, String[] titles, int[] widths) {
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		data.heightHint = height;
		data.widthHint = 760;
		data.grabExcessVerticalSpace = height > 100;
		table.setLayoutData(data);
		for (int c = 0; c < titles.length; c++) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(titles[c]);
			column.setWidth(widths[c]);
		}
		return table;
	}
}
