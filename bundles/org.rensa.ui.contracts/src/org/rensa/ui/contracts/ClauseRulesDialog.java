// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rensa.core.analysis.ClauseRules;
import org.rensa.model.ClauseCategory;
import org.rensa.model.InformationClass;
import org.rensa.model.text.Language;

/**
 * Edits the clause rule table: one row per information class (and "subcontracting") and tier, one
 * column per clause category; clicking a cell toggles whether the category is required.
 */
public final class ClauseRulesDialog extends Dialog {

	private static final Pattern KEY = Pattern.compile("(.+)\\.tier(\\d+)"); //$NON-NLS-1$
	private static final int DEFAULTS_ID = IDialogConstants.CLIENT_ID + 1;

	/** One row: a key (information class or subcontracting), the first tier, the categories. */
	private record Row(String key, int tier, Set<ClauseCategory> categories) {
	}

	private final List<Row> rows = new ArrayList<>();
	private Table table;
	private ClauseRules result;

	/**
	 * @param parent the parent shell
	 * @param rules  the table to start from
	 */
	public ClauseRulesDialog(Shell parent, ClauseRules rules) {
		super(parent);
		load(rules);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	private void load(ClauseRules rules) {
		rows.clear();
		Map<String, Row> byKey = new TreeMap<>();
		List<String> keys = new ArrayList<>();
		InformationClass.VALUES.forEach(c -> keys.add(c.getName()));
		keys.add(ClauseRules.SUBCONTRACTING);
		for (String key : keys) {
			for (int tier = 1; tier <= 2; tier++) {
				byKey.put(key + ".tier" + tier, null); //$NON-NLS-1$
			}
		}
		rules.toProperties().stringPropertyNames().forEach(k -> byKey.put(k, null));
		for (String key : keys) {
			byKey.keySet().stream().filter(k -> k.startsWith(key + ".tier")).sorted((a, b) -> tier(a) - tier(b)).forEach(k -> { //$NON-NLS-1$
				int tier = tier(k);
				Set<ClauseCategory> categories = EnumSet.noneOf(ClauseCategory.class);
				categories.addAll(ClauseRules.SUBCONTRACTING.equals(key) ? rules.requiredForSubcontracting(tier)
						: rules.required(InformationClass.get(key), tier));
				rows.add(new Row(key, tier, categories));
			});
		}
	}

	private static int tier(String key) {
		Matcher matcher = KEY.matcher(key);
		return matcher.matches() ? Integer.parseInt(matcher.group(2)) : 1;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Rules_title);
	}

	@Override
	protected Point getInitialSize() {
		return new Point(1200, 640);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(GridLayoutFactory.swtDefaults().create());
		Label hint = new Label(area, SWT.WRAP);
		hint.setText(Messages.Rules_hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(1100, SWT.DEFAULT).applyTo(hint);
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		TableColumn rule = new TableColumn(table, SWT.NONE);
		rule.setText(Messages.Rules_rule);
		rule.setWidth(230);
		for (ClauseCategory category : ClauseCategory.VALUES) {
			TableColumn column = new TableColumn(table, SWT.CENTER);
			column.setText(Language.ui().label(category));
			column.setToolTipText(category.getName());
			column.setWidth(90);
		}
		table.addListener(SWT.MouseDown, e -> {
			TableItem item = table.getItem(new Point(e.x, e.y));
			if (item == null) {
				return;
			}
			for (int c = 1; c <= ClauseCategory.VALUES.size(); c++) {
				if (item.getBounds(c).contains(e.x, e.y)) {
					toggle(table.indexOf(item), ClauseCategory.VALUES.get(c - 1));
					return;
				}
			}
		});
		fill();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, DEFAULTS_ID, Messages.Rules_defaults, false);
		super.createButtonsForButtonBar(parent);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == DEFAULTS_ID) {
			load(ClauseRules.defaults());
			fill();
			return;
		}
		super.buttonPressed(buttonId);
	}

	/**
	 * Toggles one cell.
	 *
	 * @param row      the row index
	 * @param category the category
	 */
	public void toggle(int row, ClauseCategory category) {
		Set<ClauseCategory> categories = rows.get(row).categories();
		if (!categories.remove(category)) {
			categories.add(category);
		}
		fill();
	}

	private void fill() {
		if (table == null || table.isDisposed()) {
			return;
		}
		table.removeAll();
		for (Row row : rows) {
			TableItem item = new TableItem(table, SWT.NONE);
			String name = ClauseRules.SUBCONTRACTING.equals(row.key()) ? Messages.Rules_subcontracting : Language.ui().label(InformationClass.get(row.key()));
			item.setText(0, name + " \u2013 " + (row.tier() == 1 ? Messages.Rules_tier1 : org.eclipse.osgi.util.NLS.bind(Messages.Rules_tierN, row.tier()))); //$NON-NLS-1$
			for (ClauseCategory category : ClauseCategory.VALUES) {
				item.setText(1 + category.getValue(), row.categories().contains(category) ? "\u2713" : ""); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	@Override
	protected void okPressed() {
		result = table();
		super.okPressed();
	}

	/** @return the table as edited so far */
	public ClauseRules table() {
		ClauseRules rules = ClauseRules.empty();
		for (Row row : rows) {
			rules = ClauseRules.SUBCONTRACTING.equals(row.key()) ? rules.withSubcontracting(row.tier(), row.categories())
					: rules.with(InformationClass.get(row.key()), row.tier(), row.categories());
		}
		return rules;
	}

	/** @return the table confirmed with OK, or {@code null} */
	public ClauseRules result() {
		return result;
	}

	/** @return the number of rows */
	public int rowCount() {
		return rows.size();
	}
}
