// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rensa.core.audit.Findings;
import org.rensa.core.evidence.PastedFiles;
import org.eclipse.emf.ecore.EAttribute;
import org.rensa.core.analysis.PreviousAssessment;
import org.rensa.model.Assessment;
import org.rensa.model.RensaPackage;
import org.rensa.model.AuditProject;
import org.rensa.model.Finding;
import org.rensa.model.Response;
import org.rensa.model.Section;
import org.rensa.model.Verdict;
import org.rensa.model.VerificationMethod;
import org.rensa.model.derived.Scorecard;
import org.rensa.model.text.Language;
import org.rensa.ui.session.PendingEdit;
import org.rensa.ui.session.ProjectSession;

/**
 * The field verification table of one assessment, built to be used without the mouse: ↑/↓ move,
 * C / P / N / X set the verdict conform / partially conform / nonconform / not applicable and move to
 * the next row, U clears it, M cycles the method, Enter edits the note, E attaches evidence, F raises a
 * finding from a mismatch. Filters: all / mismatches / not yet verified, section, level. Below the
 * table, declared and verified scores per section and overall, side by side with the difference. The
 * last column shows last year's verdict from the organisation's previous assessment; "Compare with last
 * year" opens, next to the table, a read-only table aligned row by row (requirements matched by code
 * across checklist versions) with last year's declared answer and verified verdict, changes
 * highlighted.
 * Every change is an EMF command on the session's stack (undo with Ctrl+Z).
 */
public final class AssessmentVerificationView extends Composite {

	private final ProjectSession session;
	private final Assessment assessment;
	private final Clock clock;
	private final String auditor;
	private final TableViewer viewer;
	private final Table scores;
	private final Combo modeCombo;
	private final Combo sectionCombo;
	private final Combo levelCombo;
	private final List<Section> sections;
	private final List<Integer> levels;
	private final Runnable sessionListener = this::refresh;
	private Consumer<VerificationRow> evidenceAction = row -> {
	};
	private BiConsumer<VerificationRow, List<Path>> filesAction = (row, files) -> {
	};
	private Predicate<Finding> findingForm = draft -> true;
	private BiConsumer<VerificationRow, Finding> findingListener = (row, finding) -> {
	};
	private VerificationFilter filter = VerificationFilter.ALL;
	/** The column of the note in the workbench language (Enter edits it); the other language's note follows. */
	public static final int NOTE_COLUMN = 6;

	private final java.util.Map<String, Verdict> previousVerdicts;
	private final Assessment previous;
	private final java.util.Map<String, Response> previousResponses;
	private final SashForm tables;
	private final Table comparison;
	private final Button compareButton;
	private boolean syncing;
	private int lastYearWidth = 100;
	private Consumer<Boolean> comparisonListener = shown -> {
	};

	/**
	 * @param parent     the parent
	 * @param session    the open project
	 * @param assessment the assessment to verify
	 * @param auditor    recorded as "verified by"
	 * @param clock      the clock for verification times and finding dates
	 */
	public AssessmentVerificationView(Composite parent, ProjectSession session, Assessment assessment, String auditor, Clock clock) {
		super(parent, SWT.NONE);
		this.session = session;
		this.assessment = assessment;
		this.auditor = auditor;
		this.clock = clock;
		setLayout(new GridLayout(4, false));
		this.previous = PreviousAssessment.of(assessment);
		this.previousVerdicts = PreviousAssessment.verdicts(previous);
		this.previousResponses = PreviousAssessment.responses(previous);

		modeCombo = new Combo(this, SWT.READ_ONLY);
		modeCombo.setItems(Messages.Filter_all, Messages.Filter_mismatches, Messages.Filter_unverified);
		modeCombo.select(0);
		sectionCombo = new Combo(this, SWT.READ_ONLY);
		sections = assessment.getChecklist() == null ? List.of() : List.copyOf(assessment.getChecklist().getSections());
		sectionCombo.add(Messages.Filter_allSections);
		for (Section section : sections) {
			sectionCombo.add(sectionLabel(section));
		}
		sectionCombo.select(0);
		levelCombo = new Combo(this, SWT.READ_ONLY);
		TreeSet<Integer> levelSet = new TreeSet<>();
		VerificationFilter.rows(assessment).forEach(row -> {
			if (row.requirement().getLevel() > 0) {
				levelSet.add(row.requirement().getLevel());
			}
		});
		levels = List.copyOf(levelSet);
		levelCombo.add(Messages.Filter_allLevels);
		levels.forEach(level -> levelCombo.add(NLS.bind(Messages.Filter_level, level)));
		levelCombo.select(0);
		GridData sectionData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		sectionData.widthHint = Math.min(280, sectionCombo.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
		sectionCombo.setLayoutData(sectionData);
		new Label(this, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Label help = new Label(this, SWT.WRAP);
		help.setText(Messages.Keys_help);
		GridData helpData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		helpData.widthHint = 200;
		help.setLayoutData(helpData);
		compareButton = new Button(this, SWT.TOGGLE);
		compareButton.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		compareButton.setText(Messages.Compare_button);
		compareButton.setToolTipText(previous == null ? Messages.Compare_noneTooltip
				: NLS.bind(Messages.Compare_tooltip, PreviousAssessment.describe(previous, Language.ui())));
		compareButton.addListener(SWT.Selection, e -> {
			if (!setComparison(compareButton.getSelection())) {
				org.eclipse.jface.dialogs.MessageDialog.openInformation(getShell(), Messages.Compare_title, noPreviousMessage());
			}
		});
		modeCombo.addListener(SWT.Selection, e -> filterChanged());
		sectionCombo.addListener(SWT.Selection, e -> filterChanged());
		levelCombo.addListener(SWT.Selection, e -> filterChanged());

		tables = new SashForm(this, SWT.HORIZONTAL);
		GridData tablesData = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
		tablesData.widthHint = 400;
		tablesData.heightHint = 200;
		tables.setLayoutData(tablesData);
		viewer = new TableViewer(tables, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		comparison = new Table(tables, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		comparison.setHeaderVisible(true);
		comparison.setLinesVisible(true);
		String lastYear = previous == null ? "" : PreviousAssessment.label(previous);
		for (String[] column : new String[][] { { Messages.Column_code, "48" }, { NLS.bind(Messages.Compare_declared, lastYear), "112" },
				{ NLS.bind(Messages.Compare_verified, lastYear), "115" }, { Messages.Compare_change, "180" } }) {
			TableColumn c = new TableColumn(comparison, SWT.NONE);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
			if (previous != null) {
				c.setToolTipText(PreviousAssessment.describe(previous, Language.ui()));
			}
		}
		tables.setWeights(60, 40);
		tables.setMaximizedControl(table);
		table.getVerticalBar().addListener(SWT.Selection, e -> syncTop(table, comparison));
		comparison.getVerticalBar().addListener(SWT.Selection, e -> syncTop(comparison, table));
		table.addListener(SWT.Paint, e -> syncTop(table, comparison));
		comparison.addListener(SWT.MouseVerticalWheel, e -> getDisplay().asyncExec(() -> syncTop(comparison, table)));
		comparison.addListener(SWT.Selection, e -> {
			int index = comparison.getSelectionIndex();
			if (index >= 0 && index < table.getItemCount()) {
				viewer.setSelection(new StructuredSelection(table.getItem(index).getData()), true);
				table.setFocus();
			}
		});
		viewer.addSelectionChangedListener(e -> {
			int index = table.getSelectionIndex();
			if (isComparing() && index >= 0 && index < comparison.getItemCount()) {
				comparison.setSelection(index);
				syncTop(table, comparison);
			}
		});
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Column_code, 80, row -> row.requirement().getCode());
		column(Messages.Column_requirement, 340, row -> Language.ui().text(row.requirement().getTitle(), row.requirement().getTitleJa()));
		column(Messages.Column_level, 60, row -> row.requirement().getLevelLabel() != null ? row.requirement().getLevelLabel()
				: row.requirement().getLevel() > 0 ? String.valueOf(row.requirement().getLevel()) : "");
		column(Messages.Column_declared, 90, row -> Language.ui().label(row.declared()));
		column(Messages.Column_verdict, 120, row -> Language.ui().label(row.verdict()));
		column(Messages.Column_method, 80, row -> row.response() == null
				|| row.response().getMethod() == VerificationMethod.NONE ? "" : Language.ui().label(row.response().getMethod()));
		// the note in both languages side by side, the workbench language's first (Enter edits it)
		List<EAttribute> notes = Language.ui().sideBySide(RensaPackage.Literals.RESPONSE__VERIFICATION_NOTE);
		List<TableViewerColumn> noteColumns = new ArrayList<>();
		for (EAttribute feature : notes) {
			noteColumns.add(column(Language.isJapaneseFeature(feature) ? Messages.Column_noteJa : Messages.Column_noteEn, 170,
					row -> note(row, feature)));
		}
		column(Messages.Column_evidence, 60, row -> row.evidenceCount() == 0 ? "" : String.valueOf(row.evidenceCount()));
		column(Messages.Column_gap, 100, row -> Language.ui().label(row.gap()));
		column(Messages.Column_previous, 100, row -> {
			Verdict before = previousVerdicts.get(row.requirement().getCode());
			return before == null ? "" : Language.ui().label(before);
		});
		for (int i = 0; i < notes.size(); i++) {
			noteColumns.get(i).setEditingSupport(new NoteEditing(notes.get(i)));
		}
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION;
			}
		};
		TableViewerEditor.create(viewer, activation, ColumnViewerEditor.KEYBOARD_ACTIVATION);
		table.addListener(SWT.KeyDown, event -> {
			if (event.stateMask == SWT.MOD1 && (event.keyCode == 'v' || event.keyCode == 'V')) {
				event.doit = !pasteEvidence(clipboardFiles());
				return;
			}
			if (event.stateMask == 0 || event.stateMask == SWT.SHIFT) {
				handleKey(event.keyCode, event.character);
				if (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR || Character.isLetter(event.character)) {
					event.doit = false;
				}
			}
		});

		scores = new Table(this, SWT.BORDER | SWT.FULL_SELECTION);
		scores.setHeaderVisible(true);
		scores.setLinesVisible(true);
		GridData scoresData = new GridData(SWT.FILL, SWT.FILL, true, false, 4, 1);
		scoresData.heightHint = 150;
		scores.setLayoutData(scoresData);
		for (String title : new String[] { Messages.Scores_section, Messages.Scores_declared, Messages.Scores_verified,
				Messages.Scores_difference, Messages.Scores_progress, Messages.Scores_mismatches }) {
			TableColumn column = new TableColumn(scores, SWT.NONE);
			column.setText(title);
			column.setWidth(title.equals(Messages.Scores_section) ? 320 : 110);
		}
		session.addChangeListener(sessionListener);
		// a note being typed in the table is committed before Save, Undo, Redo and closing
		PendingEdit noteInProgress = new PendingEdit() {
			@Override
			public boolean isPending() {
				return !viewer.getTable().isDisposed() && viewer.isCellEditorActive();
			}

			@Override
			public boolean commit() {
				viewer.applyEditorValue();
				return true;
			}
		};
		session.addPendingEdit(noteInProgress);
		addDisposeListener(e -> {
			session.removeChangeListener(sessionListener);
			session.removePendingEdit(noteInProgress);
		});
		refresh();
		if (table.getItemCount() > 0) {
			table.setSelection(0);
		}
	}

	/**
	 * Shows or hides last year's answers next to the table.
	 *
	 * @param show whether to show them
	 * @return {@code false} when there is no previous assessment to show (nothing changes)
	 */
	public boolean setComparison(boolean show) {
		if (show && previous == null) {
			compareButton.setSelection(false);
			return false;
		}
		compareButton.setSelection(show);
		boolean changed = show != isComparing();
		tables.setMaximizedControl(show ? null : viewer.getTable());
		TableColumn lastYearColumn = viewer.getTable().getColumn(viewer.getTable().getColumnCount() - 1);
		if (show && lastYearColumn.getWidth() > 0) {
			lastYearWidth = lastYearColumn.getWidth();
			lastYearColumn.setWidth(0);
		} else if (!show && lastYearColumn.getWidth() == 0) {
			lastYearColumn.setWidth(lastYearWidth);
		}
		fillComparison();
		if (changed) {
			comparisonListener.accept(show);
		}
		return true;
	}

	/** @param listener told when last year's answers are shown or hidden (e.g. to give the editor more room) */
	public void onComparisonChanged(Consumer<Boolean> listener) {
		this.comparisonListener = listener;
	}

	/** @return whether last year's answers are shown */
	public boolean isComparing() {
		return tables.getMaximizedControl() == null;
	}

	/** @return the organisation's previous assessment, or {@code null} */
	public Assessment previous() {
		return previous;
	}

	/** @return the comparison table (one row per row of the verification table while comparing) */
	public Table comparisonTable() {
		return comparison;
	}

	/** @return the message shown when there is no previous assessment */
	public String noPreviousMessage() {
		return NLS.bind(Messages.Compare_none, assessment.getOrganization() == null ? "?"
				: Language.ui().text(assessment.getOrganization().getName(), assessment.getOrganization().getNameJa()));
	}

	/**
	 * @param action called with the selected row and the files when the auditor pastes file paths
	 *               (Ctrl+V) on the table
	 */
	public void onAttachFiles(BiConsumer<VerificationRow, List<Path>> action) {
		this.filesAction = action;
	}

	/**
	 * Paste: attaches the files named by the text ({@link PastedFiles}) to the selected row.
	 *
	 * @param text the pasted text (file paths or {@code file://} URIs, one a line)
	 * @return whether it named files, which were handed to {@link #onAttachFiles}
	 */
	public boolean pasteEvidence(String text) {
		VerificationRow row = selectedRow();
		List<Path> files = PastedFiles.of(text);
		if (row == null || files.isEmpty()) {
			return false;
		}
		filesAction.accept(row, files);
		return true;
	}

	/** @return the files on the clipboard (copied in a file manager) as lines, else its text */
	private String clipboardFiles() {
		Clipboard clipboard = new Clipboard(getDisplay());
		try {
			if (clipboard.getContents(FileTransfer.getInstance()) instanceof String[] names && names.length > 0) {
				return String.join("\n", names); //$NON-NLS-1$
			}
			return clipboard.getContents(TextTransfer.getInstance()) instanceof String text ? text : null;
		} finally {
			clipboard.dispose();
		}
	}

	/** @param action called with the selected row when the auditor presses E */
	public void onAttachEvidence(Consumer<VerificationRow> action) {
		this.evidenceAction = action;
	}

	/**
	 * @param form shows a finding F is about to raise (not yet in the project) for its title and
	 *             severity to be typed; returns {@code false} to raise nothing. Without one, F raises
	 *             the pre-filled finding at once.
	 */
	public void onFindingDraft(Predicate<Finding> form) {
		this.findingForm = form;
	}

	/** @param listener called after a finding was raised (with F) */
	public void onFindingRaised(BiConsumer<VerificationRow, Finding> listener) {
		this.findingListener = listener;
	}

	/** @param listener called when the selected row changes */
	public void onSelectionChanged(Consumer<VerificationRow> listener) {
		viewer.addSelectionChangedListener(event -> listener.accept(selectedRow()));
	}

	/**
	 * Selects and shows the row of a requirement (showing all rows first when the filter hides it),
	 * as when it is clicked.
	 *
	 * @param requirement a requirement of the assessment's checklist
	 * @return whether its row is selected
	 */
	public boolean select(org.eclipse.emf.ecore.EObject requirement) {
		if (indexOf(requirement) < 0 && filter.mode() != VerificationFilter.Mode.ALL) {
			setFilter(VerificationFilter.ALL);
		}
		int index = indexOf(requirement);
		if (index < 0) {
			return false;
		}
		viewer.setSelection(new StructuredSelection(viewer.getTable().getItem(index).getData()), true);
		return true;
	}

	private int indexOf(org.eclipse.emf.ecore.EObject requirement) {
		Table table = viewer.getTable();
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getData() instanceof VerificationRow row && row.requirement() == requirement) {
				return i;
			}
		}
		return -1;
	}

	/** @return the viewer of the verification table (its cell editors: the notes) */
	public TableViewer viewer() {
		return viewer;
	}

	/** @return the table (for focus and drag and drop) */
	public Table table() {
		return viewer.getTable();
	}

	/** @return the assessment shown */
	public Assessment assessment() {
		return assessment;
	}

	/** @return the rows currently shown, in order */
	public List<VerificationRow> visibleRows() {
		List<VerificationRow> rows = new ArrayList<>();
		for (TableItem item : viewer.getTable().getItems()) {
			rows.add((VerificationRow) item.getData());
		}
		return rows;
	}

	/**
	 * Selects and shows the row of a response, when the current filter shows it.
	 *
	 * @param response a response of the assessment shown
	 * @return whether its row is now selected
	 */
	public boolean reveal(Response response) {
		for (TableItem item : viewer.getTable().getItems()) {
			if (item.getData() instanceof VerificationRow row && row.response() == response) {
				viewer.setSelection(new StructuredSelection(row), true);
				return true;
			}
		}
		return false;
	}

	/** @return the selected row or {@code null} */
	public VerificationRow selectedRow() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof VerificationRow row ? current(row) : null;
	}

	/** @return the score lines as shown: section label, declared %, verified %, difference */
	public List<String[]> scoreLines() {
		List<String[]> lines = new ArrayList<>();
		for (TableItem item : scores.getItems()) {
			lines.add(new String[] { item.getText(0), item.getText(1), item.getText(2), item.getText(3), item.getText(4), item.getText(5) });
		}
		return lines;
	}

	/**
	 * Sets the filter (also reflected in the combos).
	 *
	 * @param newFilter the filter
	 */
	public void setFilter(VerificationFilter newFilter) {
		filter = newFilter;
		modeCombo.select(newFilter.mode().ordinal());
		sectionCombo.select(newFilter.section() == null ? 0 : sections.indexOf(newFilter.section()) + 1);
		levelCombo.select(newFilter.level() == 0 ? 0 : levels.indexOf(newFilter.level()) + 1);
		refresh();
	}

	/**
	 * Handles one key as if pressed in the table.
	 *
	 * @param keyCode   SWT key code
	 * @param character the character typed
	 */
	public void handleKey(int keyCode, char character) {
		VerificationRow row = selectedRow();
		if (row == null) {
			return;
		}
		if (keyCode == SWT.CR || keyCode == SWT.KEYPAD_CR) {
			viewer.editElement(viewer.getStructuredSelection().getFirstElement(), NOTE_COLUMN);
			return;
		}
		switch (Character.toLowerCase(character)) {
		case 'c' -> verdict(row, Verdict.CONFORM);
		case 'p' -> verdict(row, Verdict.PARTIALLY_CONFORM);
		case 'n' -> verdict(row, Verdict.NONCONFORM);
		case 'x' -> verdict(row, Verdict.NOT_APPLICABLE);
		case 'u' -> verdict(row, Verdict.NOT_VERIFIED);
		case 'm' -> {
			VerificationMethod current = row.response() == null ? VerificationMethod.NONE : row.response().getMethod();
			VerificationMethod next = VerificationMethod.VALUES.get((current.ordinal() + 1) % VerificationMethod.VALUES.size());
			execute(VerificationCommands.setMethod(session.editingDomain(), assessment, row, next));
		}
		case 'e' -> evidenceAction.accept(row);
		case 'f' -> raiseFinding(row);
		default -> {
			// other keys keep their normal meaning (arrows, page up/down, home/end)
		}
		}
	}

	/**
	 * Raises a finding pre-filled from the row by {@link Findings#newFinding} (code, visit of the day,
	 * requirement, organisation, assessment, declared vs verified, evidence) as one undoable command.
	 *
	 * The finding is first shown to the form set by {@link #onFindingDraft} (the editor's title and
	 * severity form), which may change it or cancel.
	 *
	 * @param row the row
	 * @return the finding added to the project, or {@code null} when the form was cancelled
	 */
	public Finding raiseFinding(VerificationRow row) {
		AuditProject project = session.project();
		Finding finding = Findings.newFinding(project, assessment, current(row).requirement(), clock);
		if (!findingForm.test(finding)) {
			return null;
		}
		execute(Findings.raise(session.editingDomain(), project, finding));
		findingListener.accept(row, finding);
		return finding;
	}

	private void verdict(VerificationRow row, Verdict verdict) {
		int index = viewer.getTable().getSelectionIndex();
		execute(VerificationCommands.setVerdict(session.editingDomain(), assessment, row, verdict, auditor, Instant.now(clock)));
		Table table = viewer.getTable();
		int next = Math.min(index + 1, table.getItemCount() - 1);
		if (filter.mode() == VerificationFilter.Mode.ALL && next >= 0) {
			table.setSelection(next);
			viewer.setSelection(new StructuredSelection(table.getItem(next).getData()), true);
		} else if (table.getItemCount() > 0) {
			int keep = Math.min(index, table.getItemCount() - 1);
			table.setSelection(keep);
			viewer.setSelection(new StructuredSelection(table.getItem(keep).getData()), true);
		}
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			session.editingDomain().getCommandStack().execute(command);
		}
	}

	private void filterChanged() {
		int mode = modeCombo.getSelectionIndex();
		int section = sectionCombo.getSelectionIndex();
		int level = levelCombo.getSelectionIndex();
		filter = new VerificationFilter(VerificationFilter.Mode.values()[Math.max(0, mode)],
				section <= 0 ? null : sections.get(section - 1), level <= 0 ? 0 : levels.get(level - 1));
		refresh();
	}

	private void refresh() {
		if (isDisposed()) {
			return;
		}
		VerificationRow selected = selectedRow();
		List<VerificationRow> rows = filter.apply(assessment);
		viewer.setInput(rows);
		if (selected != null) {
			for (int i = 0; i < rows.size(); i++) {
				if (rows.get(i).requirement() == selected.requirement()) {
					viewer.getTable().setSelection(i);
					break;
				}
			}
		}
		Color mismatch = getDisplay().getSystemColor(SWT.COLOR_RED);
		for (TableItem item : viewer.getTable().getItems()) {
			if (((VerificationRow) item.getData()).isMismatch()) {
				item.setForeground(4, mismatch);
				item.setForeground(8, mismatch);
			}
		}
		fillComparison();
		scores.removeAll();
		Scorecard scorecard = Scorecard.of(assessment);
		List<Scorecard.Score> lines = new ArrayList<>(scorecard.sections());
		lines.add(scorecard.overall());
		for (Scorecard.Score score : lines) {
			TableItem item = new TableItem(scores, SWT.NONE);
			item.setText(new String[] { score.section() == null ? Messages.Scores_overall : sectionLabel(score.section()),
					percent(score.declaredPercent()), percent(score.verifiedPercent()),
					score.hasVerified() ? String.format(Locale.ROOT, "%+.0f", score.differencePercent()) : "\u2013",
					score.verifiedCount() + " / " + score.requirements(), String.valueOf(score.mismatches()) });
		}
	}

	private void fillComparison() {
		if (!isComparing()) {
			return;
		}
		comparison.setRedraw(false);
		comparison.removeAll();
		Color better = new Color(214, 240, 214);
		Color worse = new Color(250, 214, 214);
		Color changed = new Color(252, 243, 200);
		for (TableItem mainItem : viewer.getTable().getItems()) {
			VerificationRow row = (VerificationRow) mainItem.getData();
			Response before = previousResponses.get(PreviousAssessment.key(row.requirement()));
			TableItem item = new TableItem(comparison, SWT.NONE);
			if (before == null) {
				item.setText(new String[] { row.requirement().getCode(), "\u2013", "\u2013", Messages.Compare_new });
				continue;
			}
			List<String> changes = new ArrayList<>();
			PreviousAssessment.Change change = PreviousAssessment.compare(row.requirement(), before, row.declared(), row.verdict());
			if (change.declaredChanged()) {
				changes.add(NLS.bind(Messages.Compare_declaredChanged, Language.ui().label(before.getDeclaredAnswer()), Language.ui().label(row.declared())));
				item.setBackground(1, changed);
			}
			switch (change.direction()) {
			case BETTER, WORSE -> {
				boolean up = change.direction() == PreviousAssessment.Direction.BETTER;
				changes.add(0, up ? Messages.Compare_better : Messages.Compare_worse);
				item.setBackground(2, up ? better : worse);
				item.setBackground(3, up ? better : worse);
			}
			case CHANGED -> {
				changes.add(0, Messages.Compare_verdictChanged);
				item.setBackground(2, changed);
			}
			default -> {
				// unchanged: no remark
			}
			}
			item.setText(new String[] { row.requirement().getCode(), Language.ui().label(before.getDeclaredAnswer()), Language.ui().label(before.getVerdict()),
					String.join(", ", changes) });
		}
		int index = viewer.getTable().getSelectionIndex();
		if (index >= 0 && index < comparison.getItemCount()) {
			comparison.setSelection(index);
		}
		comparison.setRedraw(true);
		syncTop(viewer.getTable(), comparison);
	}

	private void syncTop(Table from, Table to) {
		if (syncing || !isComparing() || from.isDisposed() || to.isDisposed()) {
			return;
		}
		syncing = true;
		try {
			if (to.getTopIndex() != from.getTopIndex()) {
				to.setTopIndex(from.getTopIndex());
			}
		} finally {
			syncing = false;
		}
	}

	private VerificationRow current(VerificationRow row) {
		for (VerificationRow fresh : VerificationFilter.rows(assessment)) {
			if (fresh.requirement() == row.requirement()) {
				return fresh;
			}
		}
		return row;
	}

	/** @return the percentage rounded, or a dash for a score that has nothing to count ({@code NaN}) */
	private static String percent(double value) {
		return Double.isNaN(value) ? "\u2013" : String.format(Locale.ROOT, "%.0f %%", value);
	}

	private static String sectionLabel(Section section) {
		String title = Language.ui().text(section.getTitle(), section.getTitleJa());
		return (section.getCode() == null || section.getCode().isEmpty() ? "" : section.getCode() + " ") + (title == null ? "" : title);
	}

	private TableViewerColumn column(String title, int width, java.util.function.Function<VerificationRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((VerificationRow) element);
			}
		});
		return column;
	}

	/** @return the row's note held in the feature, empty when there is none */
	private static String note(VerificationRow row, EAttribute feature) {
		Object value = row.response() == null ? null : row.response().eGet(feature);
		return value == null ? "" : value.toString(); //$NON-NLS-1$
	}

	private final class NoteEditing extends EditingSupport {
		private final TextCellEditor editor = new TextCellEditor(viewer.getTable());
		private final EAttribute feature;

		NoteEditing(EAttribute feature) {
			super(viewer);
			this.feature = feature;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return note(current((VerificationRow) element), feature);
		}

		@Override
		protected void setValue(Object element, Object value) {
			VerificationRow row = current((VerificationRow) element);
			String text = String.valueOf(value);
			if (!text.equals(note(row, feature))) {
				execute(VerificationCommands.setNote(session.editingDomain(), assessment, row, feature, text));
			}
		}
	}
}
