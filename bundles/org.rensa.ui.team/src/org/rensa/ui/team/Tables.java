// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.team;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Helpers for the dialogs' tables. */
final class Tables {

	private Tables() {
	}

	/**
	 * Shows the full text of the cell under the mouse as the table's tooltip (values are often longer
	 * than their column).
	 *
	 * @param table the table
	 */
	static void fullTextTooltips(Table table) {
		table.addListener(SWT.MouseHover, event -> {
			TableItem item = table.getItem(new Point(event.x, event.y));
			String text = null;
			if (item != null) {
				for (int column = 0; column < table.getColumnCount(); column++) {
					if (item.getBounds(column).contains(event.x, event.y)) {
						text = item.getText(column);
					}
				}
			}
			table.setToolTipText(text == null || text.isEmpty() ? null : text);
		});
	}
}
