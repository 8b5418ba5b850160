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
import org.rensa.questionnaire.IdPattern;
import org.rensa.questionnaire.MappingGuess;
import org.rensa.questionnaire.QuestionnaireLanguage;
import org.rensa.questionnaire.SheetSelection;
import org.rensa.questionnaire.WorkbookMapping;
import org.rensa.questionnaire.WorkbookMappingGuesser;
import org.rensa.questionnaire.WorkbookPreview;
import org.rensa.ui.audit.Messages;

/**
 * Page 2 of the questionnaire import, for a third-party workbook: everything a {@link WorkbookMapping}
 * holds (what {@code rensa import-questionnaire --map} takes) — the sheets (a name, several names, or
 * patterns such as {@code GV*}, {@link SheetSelection}), the header row, the column holding the
 * requirement id and the pattern finding the id in it ({@link IdPattern}), the question, the answer, a
 * second answer combined by {@link WorkbookMapping#combine} (the weaker counts), the comment, and what
 * each answer text of either answer column means in Rensa (scales such as 1–5 included) — pre-filled
 * from the mapping saved in the project (or guessed from the header texts), with a live preview of the
 * first rows of every sheet read and of the rows the id pattern skips. Finish saves the mapping under
 * the name given so next year's workbook imports with it.
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
	private Text idPattern;
	private Combo questionColumn;
	private Combo answerColumn;
	private Combo secondAnswerColumn;
	private Combo commentColumn;
	private int previewed;
	private String patternError;
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
		new Label(area, SWT.NONE).setText(Messages.QuestionnaireWizard_sheets);
		sheet = new Combo(area, SWT.DROP_DOWN | SWT.BORDER);
		sheet.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 1, 1));
		sheet.setToolTipText(Messages.QuestionnaireWizard_sheetsHint);
		sheet.addListener(SWT.Selection, e -> columnsChanged());
		sheet.addListener(SWT.Modify, e -> columnsChanged());
		new Label(area, SWT.NONE).setText(Messages.QuestionnaireWizard_headerRow);
		headerRow = new Spinner(area, SWT.BORDER);
		headerRow.setValues(1, 0, 100, 0, 1, 5);
		headerRow.addListener(SWT.Modify, e -> columnsChanged());
		idColumn = combo(area, Messages.QuestionnaireWizard_idColumn, 1);
		questionColumn = combo(area, Messages.QuestionnaireWizard_questionColumn, 1);
		new Label(area, SWT.NONE).setText(Messages.QuestionnaireWizard_idPattern);
		idPattern = new Text(area, SWT.BORDER | SWT.SINGLE);
		idPattern.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		idPattern.setToolTipText(Messages.QuestionnaireWizard_idPatternHint);
		idPattern.addModifyListener(e -> fillValues());
		answerColumn = combo(area, Messages.QuestionnaireWizard_answerColumn, 1);
		secondAnswerColumn = combo(area, Messages.QuestionnaireWizard_secondAnswerColumn, 1);
		commentColumn = combo(area, Messages.QuestionnaireWizard_commentColumn, 1);
		Label rule = new Label(area, SWT.WRAP);
		rule.setText(Messages.QuestionnaireWizard_combineRule);
		GridData ruleData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		ruleData.widthHint = 380;
		rule.setLayoutData(ruleData);
		for (Combo combo : List.of(idColumn, questionColumn, answerColumn, secondAnswerColumn, commentColumn)) {
			combo.setVisibleItemCount(20);
			combo.addListener(SWT.Selection, e -> refresh());
		}
		answerColumn.addListener(SWT.Selection, e -> fillValues());
		secondAnswerColumn.addListener(SWT.Selection, e -> fillValues());
		idColumn.addListener(SWT.Selection, e -> fillValues());

		Label valuesLabel = new Label(area, SWT.NONE);
		valuesLabel.setText(Messages.QuestionnaireWizard_values);
		valuesLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
		values = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		values.setHeaderVisible(true);
		values.setLinesVisible(true);
		GridData valuesData = new GridData(SWT.FILL, SWT.FILL, true, false, 4, 1);
		valuesData.heightHint = 150;
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
		column(preview, Messages.QuestionnaireWizard_sheetColumn, 100);
		column(preview, Messages.QuestionnaireWizard_row, 45);
		column(preview, Messages.Column_code, 80);
		column(preview, Messages.Column_requirement, 220);
		column(preview, Messages.QuestionnaireWizard_valueText, 100);
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
		return new WorkbookMapping(sheet.getText(), headerRow.getSelection() + 1, letter(idColumn, false), idPattern.getText(),
				letter(questionColumn, true), letter(answerColumn, false), letter(secondAnswerColumn, true), letter(commentColumn, true),
				answers);
	}

	/**
	 * Shows a mapping in the page, as if chosen field by field (also its answer values).
	 *
	 * @param mapping the mapping
	 */
	public void setMapping(WorkbookMapping mapping) {
		chosenValues.putAll(mapping.values());
		updating = true;
		idPattern.setText(mapping.idPattern());
		updating = false;
		setLayout(mapping.sheet(), mapping.firstRow() - 1, mapping.idColumn(), mapping.questionColumn(), mapping.answerColumn(),
				mapping.commentColumn());
		updating = true;
		selectLetter(secondAnswerColumn, mapping.secondAnswerColumn(), true);
		updating = false;
		fillValues();
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
	 * @param sheetName the sheets: a name, names or patterns separated by {@code |}; empty for the first sheet
	 * @param header    the header row (1-based as Excel shows it; 0 when there is none)
	 * @param id        the id column letter
	 * @param question  the question column letter or empty
	 * @param answer    the answer column letter
	 * @param comment   the comment column letter or empty
	 */
	public void setLayout(String sheetName, int header, String id, String question, String answer, String comment) {
		updating = true;
		sheet.setText(sheetName == null || sheetName.isBlank() ? firstSheetName() : sheetName);
		headerRow.setSelection(header);
		String second = letter(secondAnswerColumn, true);
		fillColumns();
		selectLetter(idColumn, id, false);
		selectLetter(questionColumn, question, true);
		selectLetter(answerColumn, answer, false);
		selectLetter(secondAnswerColumn, second, true);
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

	/** @param regex the id pattern, as typed in the page (empty: the id cell is the id) */
	public void setIdPattern(String regex) {
		idPattern.setText(regex);
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

	/**
	 * @return the preview rows: sheet, row, id (as the pattern extracts it), question, answer text (two
	 *         answers joined by {@code " / "}), Rensa answer (combined), comment; a row the id pattern skips
	 *         has no id and says so in the Rensa answer column
	 */
	public List<String[]> previewRows() {
		List<String[]> rows = new ArrayList<>();
		for (TableItem item : preview.getItems()) {
			String[] texts = new String[preview.getColumnCount()];
			for (int i = 0; i < texts.length; i++) {
				texts[i] = item.getText(i);
			}
			rows.add(texts);
		}
		return rows;
	}

	/** @return the visible sheets the sheet field selects, in workbook order */
	public List<String> selectedSheets() {
		return shown == null ? List.of() : new SheetSelection(sheet.getText()).selectNames(shown.sheetNames());
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
		if (workbook.sheetNames().size() > 1) {
			sheet.add("*"); //$NON-NLS-1$
		}
		sheet.select(0);
		idPattern.setText(""); //$NON-NLS-1$
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
		setMapping(mapping);
		name.setText(mappingName);
		return true;
	}

	/**
	 * Header row and columns guessed from the header texts of the sheet shown; what could not be
	 * guessed starts as column A for the id and B for the answer, for the user to choose.
	 */
	private void guess() {
		MappingGuess guess = WorkbookMappingGuesser.guess(firstSheetName(), shown.rows(firstSheetName()));
		setLayout(sheet.getText(), guess.headerRow(), guess.idColumn().isEmpty() ? "A" : guess.idColumn(),
				guess.questionColumn(), guess.answerColumn().isEmpty() ? "B" : guess.answerColumn(), guess.commentColumn());
	}

	private void columnsChanged() {
		if (updating || shown == null) {
			return;
		}
		String[] letters = { letter(idColumn, false), letter(questionColumn, true), letter(answerColumn, false), letter(commentColumn, true),
				letter(secondAnswerColumn, true) };
		fillColumns();
		updating = true;
		selectLetter(idColumn, letters[0], false);
		selectLetter(questionColumn, letters[1], true);
		selectLetter(answerColumn, letters[2], false);
		selectLetter(commentColumn, letters[3], true);
		selectLetter(secondAnswerColumn, letters[4], true);
		updating = false;
		fillValues();
	}

	/** The column choices: each letter with its header text (of the first sheet read). */
	private void fillColumns() {
		List<List<String>> rows = shown.rows(firstSheetName());
		int width = rows.isEmpty() ? 0 : rows.get(0).size();
		width = Math.max(width, 1);
		int header = headerRow.getSelection();
		for (Combo combo : List.of(idColumn, questionColumn, answerColumn, secondAnswerColumn, commentColumn)) {
			combo.removeAll();
			if (combo == questionColumn || combo == commentColumn || combo == secondAnswerColumn) {
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
		compilePattern();
		Map<String, String> texts = new LinkedHashMap<>();
		for (int answer : new int[] { columnIndex(answerColumn, false), columnIndex(secondAnswerColumn, true) }) {
			if (answer < 0) {
				continue;
			}
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
		previewed = 0;
		int id = columnIndex(idColumn, false);
		int question = columnIndex(questionColumn, true);
		int answer = columnIndex(answerColumn, false);
		int second = columnIndex(secondAnswerColumn, true);
		int comment = columnIndex(commentColumn, true);
		int first = headerRow.getSelection();
		IdPattern pattern = compilePattern();
		int skipped = 0;
		for (String sheetName : selectedSheets()) {
			List<List<String>> rows = shown.rows(sheetName);
			int count = 0;
			for (int r = first; r < rows.size() && count < PREVIEW_ROWS; r++) {
				List<String> row = rows.get(r);
				String cellText = cell(row, id);
				if (cellText.isEmpty()) {
					continue;
				}
				String code = cellText;
				if (pattern != null) {
					IdPattern.Match match = pattern.find(cellText);
					if (match == null) {
						if (skipped++ < PREVIEW_ROWS) {
							TableItem item = new TableItem(preview, SWT.NONE);
							item.setText(new String[] { sheetName, String.valueOf(r + 1), "", shorten(cellText, 60), "", //$NON-NLS-1$ //$NON-NLS-2$
									Messages.QuestionnaireWizard_skipped, "" }); //$NON-NLS-1$
							item.setForeground(preview.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
						}
						continue;
					}
					code = match.id();
				}
				count++;
				previewed++;
				String answerText = cell(row, answer);
				DeclaredAnswer meaning = answerText.isEmpty() ? DeclaredAnswer.UNANSWERED : meaningOf(answerText);
				if (second >= 0) {
					String secondText = cell(row, second);
					DeclaredAnswer secondMeaning = secondText.isEmpty() ? DeclaredAnswer.UNANSWERED : meaningOf(secondText);
					meaning = meaning == null || secondMeaning == null ? null : WorkbookMapping.combine(meaning, secondMeaning);
					answerText = answerText + " / " + secondText; //$NON-NLS-1$
				}
				String questionText = cell(row, question);
				if (questionText.isEmpty() && pattern != null) {
					questionText = pattern.find(cellText).text();
				}
				TableItem item = new TableItem(preview, SWT.NONE);
				item.setText(new String[] { sheetName, String.valueOf(r + 1), code, questionText, answerText,
						meaning == null ? Messages.QuestionnaireWizard_notMapped : Language.ui().label(meaning), cell(row, comment) });
				if (meaning == null) {
					item.setForeground(5, preview.getDisplay().getSystemColor(SWT.COLOR_RED));
				}
			}
		}
		validate();
	}

	private void validate() {
		if (shown == null || name == null) {
			return;
		}
		String error = null;
		if (selectedSheets().isEmpty()) {
			error = NLS.bind(Messages.QuestionnaireWizard_noSheetMatches, sheet.getText());
		} else if (patternError != null) {
			error = patternError;
		} else if (columnIndex(idColumn, false) < 0 || columnIndex(answerColumn, false) < 0) {
			error = Messages.QuestionnaireWizard_columnsMissing;
		} else if (columnIndex(idColumn, false) == columnIndex(answerColumn, false)
				|| columnIndex(idColumn, false) == columnIndex(secondAnswerColumn, true)) {
			error = Messages.QuestionnaireWizard_sameColumn;
		} else if (columnIndex(answerColumn, false) == columnIndex(secondAnswerColumn, true)) {
			error = Messages.QuestionnaireWizard_sameAnswerColumn;
		} else if (!mappingName().isEmpty() && (!mappingName().matches("[A-Za-z0-9._-]{1,64}") || mappingName().startsWith("."))) {
			error = NLS.bind(Messages.QuestionnaireWizard_badName, mappingName());
		} else if (previewed == 0) {
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

	/** @return the rows below the header of every sheet read whose id cell holds an id (as the pattern finds it) */
	private List<List<String>> dataRows() {
		int id = columnIndex(idColumn, false);
		IdPattern pattern = patternError == null ? compilePattern() : null;
		List<List<String>> data = new ArrayList<>();
		for (String sheetName : selectedSheets()) {
			List<List<String>> rows = shown.rows(sheetName);
			for (int r = Math.min(headerRow.getSelection(), rows.size()); r < rows.size(); r++) {
				String code = cell(rows.get(r), id);
				if (!code.isEmpty() && (pattern == null || pattern.find(code) != null)) {
					data.add(rows.get(r));
				}
			}
		}
		return data;
	}

	/** @return the id pattern, {@code null} when none or wrong ({@link #patternError} then says why) */
	private IdPattern compilePattern() {
		patternError = null;
		String regex = idPattern.getText().strip();
		if (regex.isEmpty()) {
			return null;
		}
		try {
			return IdPattern.compile(regex);
		} catch (IllegalArgumentException e) {
			patternError = e.getMessage();
			return null;
		}
	}

	/** @return the first visible sheet the sheet field selects, else the first visible sheet */
	private String firstSheetName() {
		if (shown == null || shown.sheetNames().isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		List<String> selected = selectedSheets();
		return selected.isEmpty() ? shown.sheetNames().get(0) : selected.get(0);
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
