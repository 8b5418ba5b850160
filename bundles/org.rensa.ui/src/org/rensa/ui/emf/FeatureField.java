// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.emf;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rensa.ui.Messages;
import org.rensa.ui.session.PendingEdit;
import org.rensa.ui.session.ProjectSession;

/**
 * A labelled form field for one {@link FeatureCell}: a text field (committed on Enter or when it
 * loses focus, validated first), a read-only combo for choices, or a read-only text for derived
 * values. Occupies two columns of a two-column {@code GridLayout}. Changes run as undoable
 * commands on the editing domain. Created with a {@link ProjectSession}, the text field registers
 * itself as a {@link PendingEdit}, so Save, Undo, Redo and closing commit what is typed first.
 * {@link #refresh()} shows the model's value unless the user has typed text not committed yet.
 */
public final class FeatureField implements PendingEdit {

	private final FeatureCell cell;
	private final EditingDomain domain;
	private final Label label;
	private final Control control;
	private List<Object> choices;
	private boolean updating;
	private boolean typed;

	/**
	 * A field whose typed text Save, Undo, Redo and closing commit first.
	 *
	 * @param parent  a composite with a two-column grid layout
	 * @param cell    the feature to show
	 * @param session the open project: its editing domain runs the changes
	 */
	public FeatureField(Composite parent, FeatureCell cell, ProjectSession session) {
		this(parent, cell, session.editingDomain());
		if (control instanceof Text text && text.getEditable()) {
			session.addPendingEdit(this);
			control.addListener(SWT.Dispose, event -> session.removePendingEdit(this));
		}
	}

	/**
	 * @param parent a composite with a two-column grid layout
	 * @param cell   the feature to show
	 * @param domain the editing domain the changes run on
	 */
	public FeatureField(Composite parent, FeatureCell cell, EditingDomain domain) {
		this.cell = cell;
		this.domain = domain;
		label = new Label(parent, SWT.NONE);
		label.setText(cell.displayName() + ":"); //$NON-NLS-1$
		label.setToolTipText(cell.description());
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
		control = switch (cell.editorKind()) {
			case CHOICE -> createCombo(parent);
			case TEXT -> createText(parent, false);
			case READ_ONLY -> createText(parent, true);
		};
		control.setToolTipText(cell.description());
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(control);
		refresh();
	}

	/** @return the cell this field shows */
	public FeatureCell cell() {
		return cell;
	}

	/** @return the input control (a {@link Text} or a {@link Combo}) */
	public Control control() {
		return control;
	}

	/** Shows the current model value (unless the user is typing in the field). */
	public void refresh() {
		if (control.isDisposed()) {
			return;
		}
		updating = true;
		try {
			if (control instanceof Combo combo) {
				choices = cell.choices();
				String[] items = choices.stream()
						.map(choice -> choice == null ? Messages.Value_none : cell.textOf(choice))
						.toArray(String[]::new);
				combo.setItems(items);
				combo.select(Math.max(0, choices.indexOf(cell.value())));
			} else if (control instanceof Text text && !(typed && text.getEditable())) {
				String shown = text.getEditable() ? cell.displayTextForEditing() : cell.displayText();
				if (!shown.equals(text.getText())) {
					text.setText(shown);
				}
				markValid(null);
			}
		} finally {
			updating = false;
		}
	}

	/**
	 * Commits text as if the user had typed it and pressed Enter.
	 *
	 * @param typed the text
	 * @return {@code null} on success, otherwise the validation message
	 */
	public String commitText(String typed) {
		if (!(control instanceof Text text) || !text.getEditable()) {
			return Messages.Value_notEditableHere;
		}
		text.setText(typed);
		return commit(text);
	}

	@Override
	public boolean isPending() {
		return typed && control instanceof Text text && !text.isDisposed() && text.getEditable();
	}

	@Override
	public boolean commit() {
		return !isPending() || commit((Text) control) == null;
	}

	private Control createText(Composite parent, boolean readOnly) {
		boolean multiLine = !readOnly && cell.descriptor().isMultiLine(cell.owner());
		Text text = new Text(parent, SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE)
				| (readOnly ? SWT.READ_ONLY : SWT.NONE));
		if (!readOnly) {
			text.addListener(SWT.DefaultSelection, event -> commit(text));
			text.addListener(SWT.FocusOut, event -> commit(text));
			text.addListener(SWT.Modify, event -> {
				if (!updating) {
					typed = true;
					markValid(cell.validate(text.getText()));
				}
			});
		}
		return text;
	}

	private Control createCombo(Composite parent) {
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.addListener(SWT.Selection, event -> {
			int index = combo.getSelectionIndex();
			if (!updating && index >= 0 && index < choices.size()) {
				cell.apply(domain, choices.get(index));
			}
		});
		return combo;
	}

	private String commit(Text text) {
		if (updating || text.isDisposed()) {
			return null;
		}
		try {
			Object value = cell.parse(text.getText());
			typed = false;
			cell.apply(domain, value);
			markValid(null);
			return null;
		} catch (FeatureCell.InvalidValueException e) {
			markValid(e.getMessage());
			return e.getMessage();
		}
	}

	private void markValid(String error) {
		if (control.isDisposed()) {
			return;
		}
		control.setBackground(error == null ? null : control.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		control.setToolTipText(error == null ? cell.description() : error);
		label.setForeground(error == null ? null : control.getDisplay().getSystemColor(SWT.COLOR_RED));
	}
}
