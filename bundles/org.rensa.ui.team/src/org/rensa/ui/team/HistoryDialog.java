// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.team;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rensa.sync.GitSync;

/**
 * Team › History of the Selection: who changed what of an element, when, newest first, from
 * {@link org.rensa.sync.GitSync#history}.
 */
public final class HistoryDialog extends Dialog {

	private final String element;
	private final List<GitSync.HistoryEntry> entries;
	private Table table;

	/**
	 * @param parent  the parent shell
	 * @param element the element's label
	 * @param entries the entries of {@code GitSync.history}, in the user interface's language
	 */
	public HistoryDialog(Shell parent, String element, List<GitSync.HistoryEntry> entries) {
		super(parent);
		this.element = element;
		this.entries = List.copyOf(entries);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.History_title, element));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label label = new Label(area, SWT.WRAP);
		label.setText(entries.isEmpty() ? NLS.bind(Messages.History_none, element) : NLS.bind(Messages.History_message, element, entries.size()));
		GridDataFactory.fillDefaults().grab(true, false).hint(820, SWT.DEFAULT).applyTo(label);
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(820, 320).applyTo(table);
		Tables.fullTextTooltips(table);
		column(Messages.History_change, 520);
		column(Messages.History_who, 160);
		column(Messages.History_when, 130);
		for (GitSync.HistoryEntry entry : entries) {
			new TableItem(table, SWT.NONE).setText(new String[] { entry.change(), entry.author(), entry.time() });
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
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	/** @return the table of changes (after the dialog is created) */
	public Table table() {
		return table;
	}
}
