// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.rensa.model.AuditProject;
import org.rensa.model.Checklist;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.text.Language;
import org.rensa.questionnaire.CellProblem;
import org.rensa.questionnaire.ChecklistMapping;
import org.rensa.questionnaire.WorkbookChecklist;
import org.rensa.questionnaire.WorkbookChecklistReader;
import org.rensa.questionnaire.WorkbookMapping;
import org.rensa.ui.audit.Messages;
import org.rensa.ui.session.ProjectSession;

/**
 * "Create the checklist from this workbook": where the requirements of a third-party workbook are
 * (sheets, header and first row, id column or id pattern, text, sections, level, guidance), with a live
 * preview of every id found, every row left out and every unreadable cell. Reading is
 * {@link WorkbookChecklistReader}'s; Finish adds the checklist — with, when an organisation is chosen, a
 * planned assessment of it on the new checklist, into which the supplier's filled copy then imports —
 * as its one undoable command and saves the mapping under {@code mappings/checklists/} (the one saved
 * last is offered first).
 */
public final class ChecklistMappingPage extends WizardPage {

	private static final int COLUMNS = 40;

	private final WorkbookPage workbookPage;
	private final Path projectDirectory;
	private List<String> savedNames = List.of();
	private Combo saved;
	private Text sheets;
	private Spinner headerRow;
	private Spinner firstRow;
	private Combo idColumn;
	private Text idPattern;
	private Combo textColumn;
	private Combo section;
	private Combo levelColumn;
	private Combo guidanceColumn;
	private Combo language;
	private Text name;
	private Combo planFor;
	private final List<Organization> organizations;
	private Text saveAs;
	private Table preview;
	private WorkbookChecklist result;
	private boolean updating;
	private Path shown;

	ChecklistMappingPage(WorkbookPage workbookPage, Path projectDirectory, AuditProject project) {
		super("checklistMapping");
		this.organizations = project.getOrganizations().stream().filter(o -> o.getKind() != OrganizationKind.BUYER).toList();
		this.workbookPage = workbookPage;
		this.projectDirectory = projectDirectory;
		setTitle(Messages.ChecklistWizard_title);
		setMessage(Messages.ChecklistWizard_message);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(4, false));
		saved = labelled(area, Messages.QuestionnaireWizard_savedMapping, new Combo(area, SWT.READ_ONLY), 3);
		saved.addListener(SWT.Selection, e -> {
			if (saved.getSelectionIndex() > 0) {
				load(savedNames.get(saved.getSelectionIndex() - 1));
			}
		});
		sheets = labelled(area, Messages.ChecklistWizard_sheets, new Text(area, SWT.BORDER | SWT.SINGLE), 3);
		headerRow = labelled(area, Messages.QuestionnaireWizard_headerRow, new Spinner(area, SWT.BORDER), 1);
		headerRow.setValues(1, 0, 1000, 0, 1, 5);
		firstRow = labelled(area, Messages.ChecklistWizard_firstRow, new Spinner(area, SWT.BORDER), 1);
		firstRow.setValues(2, 1, 1000, 0, 1, 5);
		idColumn = letters(labelled(area, Messages.QuestionnaireWizard_idColumn, new Combo(area, SWT.READ_ONLY), 1), false);
		textColumn = letters(labelled(area, Messages.ChecklistWizard_textColumn, new Combo(area, SWT.READ_ONLY), 1), false);
		idPattern = labelled(area, Messages.ChecklistWizard_idPattern, new Text(area, SWT.BORDER | SWT.SINGLE), 3);
		section = labelled(area, Messages.ChecklistWizard_section, new Combo(area, SWT.READ_ONLY), 1);
		section.add(Messages.ChecklistWizard_sectionPerSheet);
		section.add(Messages.ChecklistWizard_sectionNone);
		letters(section, false);
		language = labelled(area, Messages.ChecklistWizard_language, new Combo(area, SWT.READ_ONLY), 1);
		language.setItems(Messages.ChecklistWizard_english, Messages.ChecklistWizard_japanese);
		levelColumn = letters(labelled(area, Messages.ChecklistWizard_levelColumn, new Combo(area, SWT.READ_ONLY), 1), true);
		guidanceColumn = letters(labelled(area, Messages.ChecklistWizard_guidanceColumn, new Combo(area, SWT.READ_ONLY), 1), true);
		name = labelled(area, Messages.ChecklistWizard_name, new Text(area, SWT.BORDER | SWT.SINGLE), 3);
		planFor = labelled(area, Messages.ChecklistWizard_planFor, new Combo(area, SWT.READ_ONLY), 3);
		planFor.setToolTipText(Messages.ChecklistWizard_planForHint);
		planFor.setVisibleItemCount(20);
		saveAs = labelled(area, Messages.QuestionnaireWizard_saveAs, new Text(area, SWT.BORDER | SWT.SINGLE), 3);

		preview = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		preview.setHeaderVisible(true);
		preview.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
		data.heightHint = 220;
		data.widthHint = 780;
		preview.setLayoutData(data);
		String[] titles = { Messages.ChecklistWizard_colSheet, Messages.QuestionnaireWizard_row, Messages.ChecklistWizard_colId,
				Messages.ChecklistWizard_colText, Messages.ChecklistWizard_colSection, Messages.ChecklistWizard_colRead };
		int[] widths = { 110, 50, 110, 270, 120, 120 };
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(preview, SWT.NONE);
			column.setText(titles[i]);
			column.setWidth(widths[i]);
		}
		sheets.setMessage(Messages.ChecklistWizard_sheetsHint);
		sheets.setToolTipText(Messages.ChecklistWizard_sheetsHint);
		idPattern.setMessage(Messages.ChecklistWizard_idPatternHint);
		idPattern.setToolTipText(Messages.ChecklistWizard_idPatternHint);
		for (Text text : List.of(sheets, idPattern, name, saveAs)) {
			text.addModifyListener(e -> refresh());
		}
		for (Spinner spinner : List.of(headerRow, firstRow)) {
			spinner.addListener(SWT.Modify, e -> refresh());
		}
		for (Combo combo : List.of(idColumn, textColumn, section, levelColumn, guidanceColumn, language)) {
			combo.setVisibleItemCount(20);
			combo.addListener(SWT.Selection, e -> refresh());
		}
		planFor.add(Messages.ChecklistWizard_planNone);
		organizations.forEach(o -> planFor.add(Language.ui().label(o)));
		planFor.select(0);
		setControl(area);
		setMapping(ChecklistMapping.parse("id=A,text=B"));
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible && workbookPage.workbook() != null && !workbookPage.workbook().equals(shown)) {
			start();
		}
		super.setVisible(visible);
	}

	// ------------------------------------------------------------------ API (also used by tests)

	/**
	 * Shows a mapping in the page, as if chosen field by field.
	 *
	 * @param mapping the mapping
	 */
	public void setMapping(ChecklistMapping mapping) {
		updating = true;
		sheets.setText(mapping.sheets());
		headerRow.setSelection(mapping.headerRow());
		firstRow.setSelection(mapping.firstRow());
		idColumn.select(WorkbookMapping.index(mapping.idColumn()));
		idPattern.setText(mapping.idPattern());
		textColumn.select(WorkbookMapping.index(mapping.textColumn()));
		section.select(ChecklistMapping.SECTION_PER_SHEET.equals(mapping.section()) ? 0
				: mapping.section().isEmpty() ? 1 : 2 + WorkbookMapping.index(mapping.section()));
		levelColumn.select(1 + WorkbookMapping.index(mapping.levelColumn()));
		guidanceColumn.select(1 + WorkbookMapping.index(mapping.guidanceColumn()));
		language.select("ja".equals(mapping.language()) ? 1 : 0);
		updating = false;
		refresh();
	}

	/**
	 * @return the mapping as the page shows it
	 * @throws IllegalArgumentException with a one-line message when it is incomplete or wrong
	 */
	public ChecklistMapping mapping() {
		int sectionIndex = section.getSelectionIndex();
		String sectionValue = sectionIndex <= 0 ? ChecklistMapping.SECTION_PER_SHEET
				: sectionIndex == 1 ? "" : WorkbookMapping.letter(sectionIndex - 2);
		return new ChecklistMapping(sheets.getText(), headerRow.getSelection(), firstRow.getSelection(), letter(idColumn, false),
				idPattern.getText(), letter(textColumn, false), sectionValue, letter(levelColumn, true),
				letter(guidanceColumn, true), language.getSelectionIndex() == 1 ? "ja" : "en");
	}

	/** @param text the checklist's name */
	public void setChecklistName(String text) {
		name.setText(text);
	}

	/**
	 * @param organization the organisation Finish also plans an assessment of on the new checklist (for
	 *                     its filled copy of the workbook), {@code null} for none
	 */
	public void setPlannedFor(Organization organization) {
		planFor.select(organization == null ? 0 : 1 + organizations.indexOf(organization));
	}

	/** @return the organisation Finish also plans an assessment of, {@code null} for none */
	public Organization plannedFor() {
		int index = planFor.getSelectionIndex();
		return index <= 0 ? null : organizations.get(index - 1);
	}

	/** @param text the name the mapping is saved under on Finish (empty: not saved) */
	public void setMappingName(String text) {
		saveAs.setText(text);
	}

	/** @return what the mapping reads from the workbook now, {@code null} while it cannot be read */
	public WorkbookChecklist result() {
		return result;
	}

	/** @return the preview rows: sheet, row, id, text, section, how it is read */
	public List<String[]> previewRows() {
		List<String[]> rows = new ArrayList<>();
		for (TableItem item : preview.getItems()) {
			rows.add(new String[] { item.getText(0), item.getText(1), item.getText(2), item.getText(3), item.getText(4), item.getText(5) });
		}
		return rows;
	}

	/**
	 * Adds the checklist, with a planned assessment of the organisation chosen (one undoable command), and
	 * saves the mapping when a name is given.
	 *
	 * @param session the open project
	 * @return the checklist added, or {@code null} when nothing was added (the page says why)
	 */
	public Checklist finish(ProjectSession session) {
		if (result == null || !result.problems().isEmpty() || result.requirements().isEmpty()) {
			return null;
		}
		String mappingName = saveAs.getText().strip();
		if (!mappingName.isEmpty()) {
			try {
				mapping().save(ChecklistMapping.file(projectDirectory, mappingName));
			} catch (IOException | IllegalArgumentException e) {
				setErrorMessage(NLS.bind(Messages.QuestionnaireWizard_mappingNotSaved, e.getMessage()));
				return null;
			}
		}
		AuditProject project = session.project();
		session.editingDomain().getCommandStack().execute(result.command(session.editingDomain(), project, plannedFor()));
		return result.checklist();
	}

	// ------------------------------------------------------------------ filling

	private void start() {
		savedNames = savedMappings();
		saved.removeAll();
		saved.add(Messages.QuestionnaireWizard_newMapping);
		savedNames.forEach(saved::add);
		saved.select(0);
		Path workbook = workbookPage.workbook();
		shown = workbook;
		if (name.getText().isBlank() && workbook != null) {
			name.setText(workbook.getFileName().toString().replaceFirst("(?i)\\.xlsx$", ""));
		}
		if (!savedNames.isEmpty() && load(savedNames.get(0))) {
			saved.select(1);
		}
		refresh();
	}

	private boolean load(String mappingName) {
		try {
			setMapping(ChecklistMapping.load(ChecklistMapping.file(projectDirectory, mappingName)));
			saveAs.setText(mappingName);
			return true;
		} catch (IOException | IllegalArgumentException e) {
			setMessage(NLS.bind(Messages.QuestionnaireWizard_mappingUnreadable, mappingName, e.getMessage()), IMessageProvider.WARNING);
			return false;
		}
	}

	private void refresh() {
		if (updating || preview == null) {
			return;
		}
		preview.removeAll();
		result = null;
		Path workbook = workbookPage.workbook();
		if (workbook == null) {
			fail(Messages.ChecklistWizard_noWorkbook);
			return;
		}
		try {
			result = WorkbookChecklistReader.read(workbook, mapping(), name.getText().strip());
		} catch (IOException | IllegalArgumentException e) {
			fail(e.getMessage());
			return;
		}
		for (WorkbookChecklist.Extracted requirement : result.requirements()) {
			item(new String[] { requirement.sheet(), String.valueOf(requirement.row()), requirement.id(), requirement.text(),
					requirement.section(), Messages.ChecklistWizard_readRequirement }, SWT.COLOR_LIST_FOREGROUND);
		}
		for (CellProblem missed : result.missed()) {
			item(new String[] { missed.sheet(), String.valueOf(missed.row()), "", missed.column() + ": " + missed.value(), "",
					NLS.bind(Messages.ChecklistWizard_readMissed, missed.reason(Language.ui().locale())) }, SWT.COLOR_DARK_YELLOW);
		}
		for (CellProblem problem : result.problems()) {
			item(new String[] { problem.sheet(), String.valueOf(problem.row()), "", problem.column() + ": " + problem.value(), "",
					NLS.bind(Messages.ChecklistWizard_readProblem, problem.reason(Language.ui().locale())) }, SWT.COLOR_RED);
		}
		if (!result.problems().isEmpty()) {
			fail(NLS.bind(Messages.ChecklistWizard_problems, result.problems().size()));
		} else if (result.requirements().isEmpty()) {
			fail(Messages.ChecklistWizard_nothingFound);
		} else if (name.getText().isBlank()) {
			fail(Messages.ChecklistWizard_nameMissing);
		} else {
			setErrorMessage(null);
			setMessage(NLS.bind(Messages.ChecklistWizard_found, new Object[] { result.requirements().size(),
					result.checklist().getSections().size(), result.sheets().size(), result.missed().size() }));
			setPageComplete(true);
		}
	}

	private void item(String[] texts, int color) {
		TableItem item = new TableItem(preview, SWT.NONE);
		item.setText(texts);
		item.setForeground(preview.getDisplay().getSystemColor(color));
	}

	private void fail(String message) {
		setErrorMessage(message);
		setPageComplete(false);
	}

	private List<String> savedMappings() {
		Path directory = projectDirectory.resolve(ChecklistMapping.DIRECTORY);
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".properties"))
					.sorted(Comparator.comparing(FileField::modified).reversed())
					.map(f -> f.getFileName().toString().replaceFirst("\\.properties$", "")).toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	private static <T extends Control> T labelled(Composite area, String caption, T control, int span) {
		Label label = new Label(area, SWT.NONE);
		label.setText(caption);
		label.moveAbove(control); // the control is created first (it is the argument): its caption goes before it
		control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
		return control;
	}

	private static Combo letters(Combo combo, boolean optional) {
		if (optional) {
			combo.add(Messages.QuestionnaireWizard_noColumn);
		}
		for (int c = 0; c < COLUMNS; c++) {
			combo.add(WorkbookMapping.letter(c));
		}
		return combo;
	}

	private static String letter(Combo combo, boolean optional) {
		int index = combo.getSelectionIndex() - (optional ? 1 : 0);
		return index < 0 ? "" : WorkbookMapping.letter(index);
	}
}
