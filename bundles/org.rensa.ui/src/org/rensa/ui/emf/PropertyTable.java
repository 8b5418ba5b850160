// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.emf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rensa.model.text.Language;
import org.rensa.ui.Messages;

/**
 * A two-column property table (name, value) for one EMF object, driven by the object's
 * {@link IItemPropertySource}. Values are edited in place (text with validation, combos for
 * booleans, enums and references) through undoable commands on the editing domain; read-only
 * and derived properties are shown greyed and cannot be edited. The table follows changes of the
 * object. A status line under the table shows why typed text was rejected.
 */
public final class PropertyTable extends Composite {

	private final TableViewer viewer;
	private final Label statusLine;
	private final AdapterImpl inputListener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification msg) {
			if (!msg.isTouch() && !isDisposed()) {
				getDisplay().asyncExec(PropertyTable.this::refreshRows);
			}
		}
	};
	private AdapterFactory adapterFactory;
	private EditingDomain editingDomain;
	private EObject input;

	/**
	 * @param parent the parent composite
	 * @param style  SWT style bits of this composite
	 */
	public PropertyTable(Composite parent, int style) {
		super(parent, style);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		setLayout(layout);

		Composite tableHolder = new Composite(this, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableHolder);
		TableColumnLayout columns = new TableColumnLayout();
		tableHolder.setLayout(columns);
		viewer = new TableViewer(tableHolder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());

		TableViewerColumn nameColumn = new TableViewerColumn(viewer, SWT.NONE);
		nameColumn.getColumn().setText(Messages.PropertyTable_property);
		nameColumn.setLabelProvider(new RowLabels(true));
		columns.setColumnData(nameColumn.getColumn(), new ColumnWeightData(35, 120));

		TableViewerColumn valueColumn = new TableViewerColumn(viewer, SWT.NONE);
		valueColumn.getColumn().setText(Messages.PropertyTable_value);
		valueColumn.setLabelProvider(new RowLabels(false));
		valueColumn.setEditingSupport(new FeatureCellEditingSupport(viewer, row -> (FeatureCell) row,
				() -> editingDomain, this::showStatus));
		columns.setColumnData(valueColumn.getColumn(), new ColumnWeightData(65, 160));

		TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer,
				new FocusCellOwnerDrawHighlighter(viewer));
		TableViewerEditor.create(viewer, focus, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_VERTICAL | ColumnViewerEditor.KEYBOARD_ACTIVATION
						| ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR);

		statusLine = new Label(this, SWT.WRAP);
		statusLine.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(statusLine);
		statusLine.setVisible(false);

		addDisposeListener(event -> detachInput());
	}

	/**
	 * Connects the table to a project's editing infrastructure; clears the input.
	 *
	 * @param factory the adapter factory providing {@link IItemPropertySource}s
	 * @param domain  the editing domain the edit commands run on
	 */
	public void setEditing(AdapterFactory factory, EditingDomain domain) {
		this.adapterFactory = factory;
		this.editingDomain = domain;
		setInput(null);
	}

	/**
	 * @param object the object whose properties are shown, or {@code null} to show nothing
	 */
	public void setInput(EObject object) {
		detachInput();
		input = adapterFactory == null ? null : object;
		if (input != null) {
			input.eAdapters().add(inputListener);
		}
		showStatus(null);
		refreshRows();
	}

	/** @return the object whose properties are shown, or {@code null} */
	public EObject getInput() {
		return input;
	}

	/** @return the rows currently shown, in table order */
	public List<FeatureCell> rows() {
		Object rows = viewer.getInput();
		List<FeatureCell> result = new ArrayList<>();
		if (rows instanceof FeatureCell[] cells) {
			result.addAll(List.of(cells));
		}
		return result;
	}

	/**
	 * @param feature a feature of the input object
	 * @return the row showing that feature, or {@code null}
	 */
	public FeatureCell rowFor(EStructuralFeature feature) {
		return rows().stream().filter(row -> row.feature() == feature).findFirst().orElse(null);
	}

	/**
	 * Edits a property as if the user had typed the text into its value cell: the text is
	 * validated, converted and applied through an undoable command.
	 *
	 * @param feature the feature to change
	 * @param text    the text the user typed
	 * @return {@code null} on success, otherwise the message shown in the status line
	 */
	public String editAsText(EStructuralFeature feature, String text) {
		FeatureCell row = rowFor(feature);
		if (row == null || row.editorKind() != FeatureCell.EditorKind.TEXT || editingDomain == null) {
			return Messages.Value_notEditableHere;
		}
		try {
			row.apply(editingDomain, row.parse(text));
			showStatus(null);
			refreshRows();
			return null;
		} catch (FeatureCell.InvalidValueException e) {
			showStatus(e.getMessage());
			return e.getMessage();
		}
	}

	/**
	 * Edits a property as if the user had picked a value from its combo.
	 *
	 * @param feature the feature to change
	 * @param value   one of the row's {@link FeatureCell#choices()}
	 * @return {@code true} if the model changed
	 */
	public boolean editAsChoice(EStructuralFeature feature, Object value) {
		FeatureCell row = rowFor(feature);
		if (row == null || row.editorKind() != FeatureCell.EditorKind.CHOICE || editingDomain == null
				|| !row.choices().contains(value)) {
			return false;
		}
		boolean changed = row.apply(editingDomain, value);
		refreshRows();
		return changed;
	}

	/** @return the JFace viewer of the table, e.g. to drive a cell editor */
	public TableViewer getViewer() {
		return viewer;
	}

	/** @return the message currently shown in the status line, or {@code null} */
	public String statusMessage() {
		return statusLine.getVisible() ? statusLine.getText() : null;
	}

	private void refreshRows() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<FeatureCell> rows = new ArrayList<>();
		if (input != null) {
			IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(input, IItemPropertySource.class);
			if (source != null) {
				for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(input)) {
					rows.add(new FeatureCell(input, descriptor));
				}
			}
		}
		rows = sideBySide(rows);
		if (viewer.isCellEditorActive()) {
			viewer.refresh();
			return;
		}
		viewer.setInput(rows.toArray(new FeatureCell[0]));
	}

	/**
	 * Puts the two texts of a bilingual pair (title and titleJa, note and noteJa …) next to each
	 * other, the workbench language's first; other rows keep their order.
	 */
	static List<FeatureCell> sideBySide(List<FeatureCell> rows) {
		List<FeatureCell> ordered = new ArrayList<>();
		for (FeatureCell row : rows) {
			if (ordered.contains(row)) {
				continue;
			}
			List<EAttribute> pair = row.feature() instanceof EAttribute attribute ? Language.ui().sideBySide(attribute) : List.of();
			if (pair.size() < 2) {
				ordered.add(row);
				continue;
			}
			for (EAttribute feature : pair) {
				for (FeatureCell candidate : rows) {
					if (candidate.feature() == feature && !ordered.contains(candidate)) {
						ordered.add(candidate);
					}
				}
			}
		}
		return ordered;
	}

	private void showStatus(String message) {
		if (statusLine.isDisposed()) {
			return;
		}
		boolean show = message != null && !message.isEmpty();
		statusLine.setText(show ? message : ""); //$NON-NLS-1$
		statusLine.setVisible(show);
		((org.eclipse.swt.layout.GridData) statusLine.getLayoutData()).exclude = !show;
		layout(true);
	}

	private void detachInput() {
		if (input != null) {
			input.eAdapters().remove(inputListener);
		}
	}

	private final class RowLabels extends ColumnLabelProvider {
		private final boolean nameColumn;

		RowLabels(boolean nameColumn) {
			this.nameColumn = nameColumn;
		}

		@Override
		public String getText(Object element) {
			FeatureCell row = (FeatureCell) element;
			return nameColumn ? row.displayName() : row.displayText();
		}

		@Override
		public String getToolTipText(Object element) {
			return ((FeatureCell) element).description();
		}

		@Override
		public Color getForeground(Object element) {
			FeatureCell row = (FeatureCell) element;
			return row.editorKind() == FeatureCell.EditorKind.READ_ONLY
					? getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
		}
	}
}
