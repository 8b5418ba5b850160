// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.emf;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.rensa.ui.Messages;

/**
 * Edits the {@link FeatureCell} a column shows for each row: a text cell editor with validation
 * for data-typed values (strings, numbers, ISO dates), a read-only combo for booleans, enums and
 * single references. Every change goes through {@link FeatureCell#apply}, i.e. an undoable
 * {@code SetCommand} on the editing domain.
 */
public final class FeatureCellEditingSupport extends EditingSupport {

	private final Function<Object, FeatureCell> cellOfRow;
	private final Supplier<EditingDomain> domain;
	private final Consumer<String> errorSink;

	/**
	 * @param viewer    the viewer whose column is edited
	 * @param cellOfRow maps a row element to the cell shown in this column (or {@code null})
	 * @param domain    supplies the editing domain the commands run on
	 * @param errorSink receives the validation message of rejected input, or {@code null} when a
	 *                  value was accepted
	 */
	public FeatureCellEditingSupport(ColumnViewer viewer, Function<Object, FeatureCell> cellOfRow,
			Supplier<EditingDomain> domain, Consumer<String> errorSink) {
		super(viewer);
		this.cellOfRow = cellOfRow;
		this.domain = domain;
		this.errorSink = errorSink;
	}

	@Override
	protected boolean canEdit(Object element) {
		FeatureCell cell = cellOfRow.apply(element);
		return cell != null && domain.get() != null && cell.editorKind() != FeatureCell.EditorKind.READ_ONLY;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		FeatureCell cell = cellOfRow.apply(element);
		Composite parent = (Composite) getViewer().getControl();
		if (cell.editorKind() == FeatureCell.EditorKind.CHOICE) {
			ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(parent, SWT.READ_ONLY);
			editor.setContentProvider(ArrayContentProvider.getInstance());
			editor.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object value) {
					return value == null ? Messages.Value_none : cell.textOf(value);
				}
			});
			editor.setInput(cell.choices().toArray());
			editor.setActivationStyle(ComboBoxViewerCellEditor.DROP_DOWN_ON_MOUSE_ACTIVATION
					| ComboBoxViewerCellEditor.DROP_DOWN_ON_KEY_ACTIVATION);
			return editor;
		}
		TextCellEditor editor = new TextCellEditor(parent);
		editor.setValidator(value -> cell.validate((String) value));
		editor.addListener(new org.eclipse.jface.viewers.ICellEditorListener() {
			@Override
			public void applyEditorValue() {
				errorSink.accept(editor.isValueValid() ? null : editor.getErrorMessage());
			}

			@Override
			public void cancelEditor() {
				errorSink.accept(null);
			}

			@Override
			public void editorValueChanged(boolean oldValidState, boolean newValidState) {
				errorSink.accept(editor.getErrorMessage());
			}
		});
		return editor;
	}

	@Override
	protected Object getValue(Object element) {
		FeatureCell cell = cellOfRow.apply(element);
		if (cell.editorKind() == FeatureCell.EditorKind.CHOICE) {
			return cell.value();
		}
		return cell.displayTextForEditing();
	}

	@Override
	protected void setValue(Object element, Object value) {
		FeatureCell cell = cellOfRow.apply(element);
		if (cell.editorKind() == FeatureCell.EditorKind.CHOICE) {
			List<Object> choices = cell.choices();
			if (value == null && !choices.contains(null)) {
				return;
			}
			cell.apply(domain.get(), value);
		} else {
			try {
				cell.apply(domain.get(), cell.parse((String) value));
				errorSink.accept(null);
			} catch (FeatureCell.InvalidValueException e) {
				errorSink.accept(e.getMessage());
			}
		}
		getViewer().update(element, null);
	}
}
