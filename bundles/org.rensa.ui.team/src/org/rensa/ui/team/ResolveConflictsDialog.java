// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.team;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rensa.model.text.Language;
import org.rensa.sync.ModelMerge;

/**
 * Team › Resolve Conflicts: each conflict the last sync left, with both values; per element the
 * user keeps theirs or takes the other auditor's. Apply returns the choices, which the next sync
 * applies ({@link TeamSync#start}).
 */
public final class ResolveConflictsDialog extends TitleAreaDialog {

	private static final int COLUMN_CHOICE = 4;

	private final List<ModelMerge.Conflict> conflicts;
	private final Map<String, ModelMerge.Side> choices = new LinkedHashMap<>();
	private Table table;

	/**
	 * @param parent    the parent shell
	 * @param conflicts the conflicts left
	 */
	public ResolveConflictsDialog(Shell parent, List<ModelMerge.Conflict> conflicts) {
		super(parent);
		this.conflicts = List.copyOf(conflicts);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Resolve_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Resolve_title);
		setMessage(NLS.bind(Messages.Resolve_message, conflicts.size()));
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(900, 280).span(1, 3).applyTo(table);
		Tables.fullTextTooltips(table);
		column(Messages.Resolve_element, 260);
		column(Messages.Resolve_what, 150);
		column(Messages.Resolve_mine, 190);
		column(Messages.Resolve_theirs, 190);
		column(Messages.Resolve_choice, 110);
		for (ModelMerge.Conflict conflict : conflicts) {
			TableItem item = new TableItem(table, SWT.NONE);
			ModelMerge.Conflict.Wording wording = conflict.in(Language.ui());
			item.setText(new String[] { wording.element(), wording.what(), wording.ours(), wording.theirs(), "" }); //$NON-NLS-1$
			item.setData(conflict);
		}
		Button mine = new Button(body, SWT.PUSH);
		mine.setText(Messages.Resolve_keepMine);
		GridDataFactory.fillDefaults().applyTo(mine);
		mine.addListener(SWT.Selection, e -> chooseSelected(ModelMerge.Side.OURS));
		Button theirs = new Button(body, SWT.PUSH);
		theirs.setText(Messages.Resolve_takeTheirs);
		GridDataFactory.fillDefaults().applyTo(theirs);
		theirs.addListener(SWT.Selection, e -> chooseSelected(ModelMerge.Side.THEIRS));
		new Composite(body, SWT.NONE);
		if (table.getItemCount() > 0) {
			table.select(0);
		}
		return area;
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText(title);
		column.setWidth(width);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Resolve_apply, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		update();
	}

	private void chooseSelected(ModelMerge.Side side) {
		for (TableItem item : table.getSelection()) {
			choose(((ModelMerge.Conflict) item.getData()).id(), side);
		}
	}

	/**
	 * Chooses a side for an element (every conflict of that element).
	 *
	 * @param id   the element's id
	 * @param side the side kept
	 */
	public void choose(String id, ModelMerge.Side side) {
		choices.put(id, side);
		for (TableItem item : table.getItems()) {
			if (((ModelMerge.Conflict) item.getData()).id().equals(id)) {
				item.setText(COLUMN_CHOICE, side == ModelMerge.Side.OURS ? Messages.Resolve_chosenMine : Messages.Resolve_chosenTheirs);
			}
		}
		update();
	}

	private void update() {
		Button apply = getButton(IDialogConstants.OK_ID);
		if (apply == null) {
			return;
		}
		long open = conflicts.stream().map(ModelMerge.Conflict::id).distinct().filter(id -> !choices.containsKey(id)).count();
		apply.setEnabled(open == 0);
		setMessage(open == 0 ? Messages.Resolve_ready : NLS.bind(Messages.Resolve_open, open));
	}

	/** @return the table of conflicts (after the dialog is created) */
	public Table table() {
		return table;
	}

	/** @return element id → side chosen */
	public Map<String, ModelMerge.Side> resolutions() {
		return Map.copyOf(choices);
	}

	/** @return the Apply and Synchronise button (after the dialog is created) */
	public Button applyButton() {
		return getButton(IDialogConstants.OK_ID);
	}
}
