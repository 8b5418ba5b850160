// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
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
import org.rensa.model.Assessment;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.text.Language;
import org.rensa.questionnaire.MappingGuess;
import org.rensa.questionnaire.QuestionnaireLanguage;
import org.rensa.questionnaire.WorkbookMapping;
import org.rensa.questionnaire.WorkbookMappingGuesser;
import org.rensa.questionnaire.WorkbookPreview;
import org.rensa.ui.audit.Messages;

/**
 * Page 2 of the questionnaire import, for a third-party workbook: the sheet, the header row, the
 * columns holding the requirement id, the question, the answer and the comment, and what each answer
 * text means in Rensa — pre-filled from the mapping saved in the project (or guessed from the header
 * texts), with a live preview of the first rows. Finish saves the mapping under the name given so
 * next year's workbook imports with it.
 */
public final class MappingPage extends WizardPage {

	/** Data rows shown in the preview. */
	static final int PREVIEW_ROWS = 6;
	/** Most distinct answer texts offered for mapping. */
	static final int MAX_VALUES = 40;

	private static final DeclaredAnswer[] ANSWERS = { DeclaredAnswer.DONE, DeclaredAnswer.PARTLY, DeclaredAnswer.NOT_DONE,
			DeclaredAnswer.DONT_KNOW, DeclaredAnswer.NOT_APPLICABLE, DeclaredAnswer.UNANSWERED };

	private final WorkbookPage workbookPage;
	private final Path mappingDirectory;
	private final Map<String, DeclaredAnswer> chosenValues = new LinkedHashMap<>();
	private List<String> savedNames = List.of();
	private WorkbookPreview shown;
	private boolean updating;

	private Combo saved;
	private Combo sheet;
	private Spinner headerRow;
	private Combo idColumn;
	private Combo questionColumn;
	private Combo answerColumn;
	private Combo commentColumn;
	private Table values;
	private Table preview;
	private Text name;

	MappingPage(WorkbookPage workbookPage, Path projectDirectory) {
		super("mapping");
		this.workbookPage = workbookPage;
		this.mappingDirectory = projectDirectory.resolve(WorkbookMapping.DIRECTORY);
		setTitle(Messages.QuestionnaireWizard_mappingTitle);
		setMessage(Messages.QuestionnaireWizard_mappingMessage);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(4, false));
		saved = combo(area, Messages.QuestionnaireWizard_savedMapping, 3);
		saved.addListener(SWT.Selection, e -> {
			if (saved.getSelectionIndex() > 0) {
				load(savedNames.get(saved.getSelectionIndex() - 1));
			}
		});
		sheet = combo(area, Messages.QuestionnaireWizard_sheet, 1);
		sheet.addListener(SWT.Selection, e -> columnsChanged());
		new Label(area, SWT.NONE).setText(Messages.QuestionnaireWizard_headerRow);
		headerRow = new Spinner(area, SWT.BORDER);
		headerRow.setValues(1, 0, 100, 0, 1, 5);
		headerRow.addListener(SWT.Modify, e -> columnsChanged());
		idColumn = combo(area, Messages.QuestionnaireWizard_idColumn, 1);
		questionColumn = combo(area, Messages.QuestionnaireWizard_questionColumn, 1);
		answerColumn = combo(area, Messages.QuestionnaireWizard_answerColumn, 1);
		commentColumn = combo(area, Messages.QuestionnaireWizard_commentColumn, 1);
		for (Combo combo : List.of(idColumn, questionColumn, answerColumn, commentColumn)) {
			combo.setVisibleItemCount(20);
			combo.addListener(SWT.Selection, e -> refresh());
		}
		answerColumn.addListener(SWT.Selection, e -> fillValues());

		Label valuesLabel = new Label(area, SWT.NONE);
		valuesLabel.setText(Messages.QuestionnaireWizard_values);
		valuesLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
		values = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		values.setHeaderVisible(true);
		values.setLinesVisible(true);
		GridData valuesData = new GridData(SWT.FILL, SWT.FILL, true, false, 4, 1);
		valuesData.heightHint = 175;
		values.setLayoutData(valuesData);
		column(values, Messages.QuestionnaireWizard_valueText, 260);
		column(values, Messages.QuestionnaireWizard_valueAnswer, 220);
		Combo probe = new Combo(values, SWT.READ_ONLY);
		int comboHeight = probe.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
		probe.dispose();
		values.addListener(SWT.MeasureItem, e -> e.height = Math.max(e.height, comboHeight));

		Label previewLabel = new Label(area, SWT.NONE);
		previewLabel.setText(Messages.QuestionnaireWizard_preview);
		previewLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
		preview = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		preview.setHeaderVisible(true);
		preview.setLinesVisible(true);
		GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
		previewData.heightHint = 150;
		previewData.widthHint = 760;
		preview.setLayoutData(previewData);
		column(preview, Messages.QuestionnaireWizard_row, 50);
		column(preview, Messages.Column_code, 80);
		column(preview, Messages.Column_requirement, 260);
		column(preview, Messages.QuestionnaireWizard_valueText, 110);
		column(preview, Messages.QuestionnaireWizard_valueAnswer, 110);
		column(preview, Messages.QuestionnaireWizard_comment, 150);

		new Label(area, SWT.NONE).setText(Messages.QuestionnaireWizard_saveAs);
		name = new Text(area, SWT.BORDER | SWT.SINGLE);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		name.addModifyListener(e -> validate());
		setControl(area);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible && workbookPage.preview() != shown) {
			start(workbookPage.preview());
		}
		super.setVisible(visible);
	}

	// ------------------------------------------------------------------ API (also used by tests)

	/** @return the mapping as the page shows it; {@link IllegalArgumentException} when incomplete */
	public WorkbookMapping mapping() {
		Map<String, DeclaredAnswer> answers = new LinkedHashMap<>();
		chosenValues.forEach((text, answer) -> {
			if (answer != null) {
				answers.put(text, answer);
			}
		});
		return new WorkbookMapping(sheet.getText(), headerRow.getSelection() + 1, letter(idColumn, false),
				letter(questionColumn, true), letter(answerColumn, false), letter(commentColumn, true), answers);
	}

	/** @return the name the mapping is saved under on Finish (empty: not saved) */
	public String mappingName() {
		return name.getText().strip();
	}

	/** @return the file the mapping is saved to */
	Path mappingFile() {
		return mappingDirectory.resolve(mappingName() + ".properties");
	}

	/** @return the saved mapping loaded into the page, or {@code null} */
	public String loadedMapping() {
		return saved.getSelectionIndex() > 0 ? savedNames.get(saved.getSelectionIndex() - 1) : null;
	}

	/**
	 * Sets the layout as if chosen in the page.
	 *
	 * @param sheetName the sheet
	 * @param header    the header row (1-based as Excel shows it; 0 when there is none)
	 * @param id        the id column letter
	 * @param question  the question column letter or empty
	 * @param answer    the answer column letter
	 * @param comment   the comment column letter or empty
	 */
	public void setLayout(String sheetName, int header, String id, String question, String answer, String comment) {
		updating = true;
		sheet.select(Math.max(0, sheet.indexOf(sheetName)));
		headerRow.setSelection(header);
		fillColumns();
		selectLetter(idColumn, id, false);
		selectLetter(questionColumn, question, true);
		selectLetter(answerColumn, answer, false);
		selectLetter(commentColumn, comment, true);
		updating = false;
		fillValues();
	}

	/**
	 * @param text   an answer text of the workbook
	 * @param answer what it means, {@code null} for not mapped
	 */
	public void setValue(String text, DeclaredAnswer answer) {
		chosenValues.put(text.strip().toLowerCase(Locale.ROOT), answer);
		fillValues();
	}

	/** @param text the name to save the mapping under */
	public void setMappingName(String text) {
		name.setText(text);
	}

	/** @return the answer texts offered for mapping with their meaning shown ("" when not mapped) */
	public Map<String, String> valueRows() {
		Map<String, String> rows = new LinkedHashMap<>();
		for (TableItem item : values.getItems()) {
			rows.put(item.getText(0), item.getText(1));
		}
		return rows;
	}

	/** @return the preview rows: row, id, question, answer text, Rensa answer, comment */
	public List<String[]> previewRows() {
		List<String[]> rows = new ArrayList<>();
		for (TableItem item : preview.getItems()) {
			rows.add(new String[] { item.getText(0), item.getText(1), item.getText(2), item.getText(3), item.getText(4), item.getText(5) });
		}
		return rows;
	}

	// ------------------------------------------------------------------ filling

	private void start(WorkbookPreview workbook) {
		shown = workbook;
		chosenValues.clear();
		if (workbook == null) {
			return;
		}
		updating = true;
		sheet.removeAll();
		workbook.sheetNames().forEach(sheet::add);
		sheet.select(0);
		savedNames = savedMappings();
		saved.removeAll();
		saved.add(Messages.QuestionnaireWizard_newMapping);
		savedNames.forEach(saved::add);
		saved.select(0);
		String preferred = preferredMapping();
		updating = false;
		if (preferred != null && load(preferred)) {
			saved.select(savedNames.indexOf(preferred) + 1);
			name.setText(preferred);
		} else {
			guess();
			name.setText(defaultName());
		}
		((Composite) getControl()).layout(true, true);
	}

	private boolean load(String mappingName) {
		WorkbookMapping mapping;
		try {
			mapping = WorkbookMapping.load(mappingDirectory.resolve(mappingName + ".properties"));
		} catch (IOException | RuntimeException e) {
			setMessage(NLS.bind(Messages.QuestionnaireWizard_mappingUnreadable, mappingName, e.getMessage()), IMessageProvider.WARNING);
			return false;
		}
		chosenValues.clear();
		chosenValues.putAll(mapping.values());
		String sheetName = mapping.sheet().isEmpty() || sheet.indexOf(mapping.sheet()) < 0 ? sheet.getItem(0) : mapping.sheet();
		setLayout(sheetName, mapping.firstRow() - 1, mapping.idColumn(), mapping.questionColumn(), mapping.answerColumn(),
				mapping.commentColumn());
		name.setText(mappingName);
		return true;
	}

	/**
	 * Header row and columns guessed from the header texts of the sheet shown; what could not be
	 * guessed starts as column A for the id and B for the answer, for the user to choose.
	 */
	private void guess() {
		MappingGuess guess = WorkbookMappingGuesser.guess(sheet.getText(), shown.rows(sheet.getText()));
		setLayout(sheet.getText(), guess.headerRow(), guess.idColumn().isEmpty() ? "A" : guess.idColumn(),
				guess.questionColumn(), guess.answerColumn().isEmpty() ? "B" : guess.answerColumn(), guess.commentColumn());
	}

	private void columnsChanged() {
		if (updating || shown == null) {
			return;
		}
		String[] letters = { letter(idColumn, true), letter(questionColumn, true), letter(answerColumn, true), letter(commentColumn, true) };
		fillColumns();
		updating = true;
		selectLetter(idColumn, letters[0], false);
		selectLetter(questionColumn, letters[1], true);
		selectLetter(answerColumn, letters[2], false);
		selectLetter(commentColumn, letters[3], true);
		updating = false;
		fillValues();
	}

	/** The column choices: each letter with its header text. */
	private void fillColumns() {
		List<List<String>> rows = shown.rows(sheet.getText());
		int width = rows.isEmpty() ? 0 : rows.get(0).size();
		width = Math.max(width, 1);
		int header = headerRow.getSelection();
		for (Combo combo : List.of(idColumn, questionColumn, answerColumn, commentColumn)) {
			combo.removeAll();
			if (combo == questionColumn || combo == commentColumn) {
				combo.add(Messages.QuestionnaireWizard_noColumn);
			}
			for (int c = 0; c < width; c++) {
				String title = header > 0 && header <= rows.size() ? rows.get(header - 1).get(c) : "";
				combo.add(WorkbookMapping.letter(c) + (title.isEmpty() ? "" : "  " + shorten(title, 30)));
			}
		}
	}

	private void fillValues() {
		if (updating || shown == null) {
			return;
		}
		for (Control child : values.getChildren()) {
			child.dispose();
		}
		values.removeAll();
		int answer = columnIndex(answerColumn, false);
		Map<String, String> texts = new LinkedHashMap<>();
		if (answer >= 0) {
			for (List<String> row : dataRows()) {
				String text = answer < row.size() ? row.get(answer).strip() : "";
				if (!text.isEmpty() && texts.size() <= MAX_VALUES) {
					texts.putIfAbsent(text.toLowerCase(Locale.ROOT), text);
				}
			}
		}
		int shownValues = 0;
		for (Map.Entry<String, String> entry : texts.entrySet()) {
			if (++shownValues > MAX_VALUES) {
				break;
			}
			String key = entry.getKey();
			if (!chosenValues.containsKey(key)) {
				chosenValues.put(key, QuestionnaireLanguage.parse(entry.getValue()));
			}
			TableItem item = new TableItem(values, SWT.NONE);
			item.setText(0, entry.getValue());
			DeclaredAnswer meaning = chosenValues.get(key);
			item.setText(1, meaning == null ? "" : Language.ui().label(meaning));
			Combo choice = new Combo(values, SWT.READ_ONLY);
			choice.add(Messages.QuestionnaireWizard_notMapped);
			for (DeclaredAnswer option : ANSWERS) {
				choice.add(Language.ui().label(option).isEmpty() ? option.getName() : Language.ui().label(option));
			}
			choice.select(meaning == null ? 0 : List.of(ANSWERS).indexOf(meaning) + 1);
			choice.addListener(SWT.Selection, e -> {
				int index = choice.getSelectionIndex();
				DeclaredAnswer picked = index <= 0 ? null : ANSWERS[index - 1];
				chosenValues.put(key, picked);
				item.setText(1, picked == null ? "" : Language.ui().label(picked));
				refresh();
			});
			TableEditor editor = new TableEditor(values);
			editor.grabHorizontal = true;
			editor.setEditor(choice, item, 1);
		}
		if (texts.size() > MAX_VALUES) {
			setMessage(NLS.bind(Messages.QuestionnaireWizard_tooManyValues, MAX_VALUES), IMessageProvider.WARNING);
		}
		refresh();
	}

	/** Refreshes the preview and the validation. */
	private void refresh() {
		if (updating || shown == null) {
			return;
		}
		preview.removeAll();
		int id = columnIndex(idColumn, false);
		int question = columnIndex(questionColumn, true);
		int answer = columnIndex(answerColumn, false);
		int comment = columnIndex(commentColumn, true);
		int first = headerRow.getSelection();
		List<List<String>> rows = shown.rows(sheet.getText());
		int count = 0;
		for (int r = first; r < rows.size() && count < PREVIEW_ROWS; r++) {
			List<String> row = rows.get(r);
			String code = cell(row, id);
			if (code.isEmpty()) {
				continue;
			}
			count++;
			String answerText = cell(row, answer);
			DeclaredAnswer meaning = answerText.isEmpty() ? DeclaredAnswer.UNANSWERED : meaningOf(answerText);
			TableItem item = new TableItem(preview, SWT.NONE);
			item.setText(new String[] { String.valueOf(r + 1), code, cell(row, question), answerText,
					meaning == null ? Messages.QuestionnaireWizard_notMapped : Language.ui().label(meaning), cell(row, comment) });
			if (meaning == null) {
				item.setForeground(4, preview.getDisplay().getSystemColor(SWT.COLOR_RED));
			}
		}
		validate();
	}

	private void validate() {
		if (shown == null || name == null) {
			return;
		}
		String error = null;
		if (columnIndex(idColumn, false) < 0 || columnIndex(answerColumn, false) < 0) {
			error = Messages.QuestionnaireWizard_columnsMissing;
		} else if (columnIndex(idColumn, false) == columnIndex(answerColumn, false)) {
			error = Messages.QuestionnaireWizard_sameColumn;
		} else if (!mappingName().isEmpty() && (!mappingName().matches("[A-Za-z0-9._-]{1,64}") || mappingName().startsWith("."))) {
			error = NLS.bind(Messages.QuestionnaireWizard_badName, mappingName());
		} else if (preview.getItemCount() == 0) {
			error = Messages.QuestionnaireWizard_noRows;
		}
		setErrorMessage(error);
		if (error == null) {
			long unmapped = chosenValues.entrySet().stream().filter(e -> e.getValue() == null).count();
			if (unmapped > 0) {
				setMessage(NLS.bind(Messages.QuestionnaireWizard_unmapped, unmapped), IMessageProvider.WARNING);
			} else {
				setMessage(Messages.QuestionnaireWizard_mappingMessage);
			}
		}
		setPageComplete(error == null);
	}

	// ------------------------------------------------------------------ helpers

	private DeclaredAnswer meaningOf(String text) {
		String key = text.strip().toLowerCase(Locale.ROOT);
		return chosenValues.containsKey(key) ? chosenValues.get(key) : QuestionnaireLanguage.parse(text);
	}

	private List<List<String>> dataRows() {
		List<List<String>> rows = shown.rows(sheet.getText());
		int first = Math.min(headerRow.getSelection(), rows.size());
		return rows.subList(first, rows.size());
	}

	private List<String> savedMappings() {
		if (!Files.isDirectory(mappingDirectory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(mappingDirectory)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".properties"))
					.sorted((a, b) -> FileField.modified(b).compareTo(FileField.modified(a)))
					.map(f -> f.getFileName().toString().substring(0, f.getFileName().toString().length() - ".properties".length()))
					.toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	/** The saved mapping named after the checklist, else the one saved last. */
	private String preferredMapping() {
		if (savedNames.isEmpty()) {
			return null;
		}
		String named = defaultName();
		return savedNames.contains(named) ? named : savedNames.get(0);
	}

	private String defaultName() {
		Assessment assessment = workbookPage.assessment();
		String base = assessment == null || assessment.getChecklist() == null || assessment.getChecklist().getName() == null ? ""
				: assessment.getChecklist().getName();
		String slug = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
		if (slug.length() > 64) {
			slug = slug.substring(0, 64);
		}
		return slug.isEmpty() ? "self-check" : slug;
	}

	private int columnIndex(Combo combo, boolean optional) {
		int index = combo.getSelectionIndex();
		if (optional) {
			index--;
		}
		return index < 0 ? -1 : index;
	}

	private String letter(Combo combo, boolean optional) {
		int index = columnIndex(combo, optional);
		return index < 0 ? "" : WorkbookMapping.letter(index);
	}

	private void selectLetter(Combo combo, String letter, boolean optional) {
		if (letter == null || letter.isEmpty()) {
			combo.select(optional ? 0 : -1);
			if (!optional) {
				combo.deselectAll();
			}
			return;
		}
		int index = WorkbookMapping.index(letter) + (optional ? 1 : 0);
		while (combo.getItemCount() <= index) {
			combo.add(WorkbookMapping.letter(combo.getItemCount() - (optional ? 1 : 0)));
		}
		combo.select(index);
	}

	private static String cell(List<String> row, int column) {
		return column >= 0 && column < row.size() ? row.get(column) : "";
	}

	private static String shorten(String text, int max) {
		String line = text.replace('\n', ' ');
		return line.length() <= max ? line : line.substring(0, max - 1) + "\u2026";
	}

	private static Combo combo(Composite area, String caption, int span) {
		new Label(area, SWT.NONE).setText(caption);
		Combo combo = new Combo(area, SWT.READ_ONLY);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
		return combo;
	}

	private static void column(Table table, String title, int width) {
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText(title);
		column.setWidth(width);
	}
}
