// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.session;

import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * Editing behaviour of a text field bound to the model, as in Eclipse forms: what the user types is
 * committed on Enter (single-line fields), on focus loss, and — registered as a {@link PendingEdit}
 * with the project — before Save, Undo, Redo and closing. {@link #show(String)} puts the model's
 * value in the field unless the user has typed text not committed yet, so refreshing a form after
 * an undo or another view's change never eats typing, and a field never keeps a value the model no
 * longer has.
 */
public final class TextCommit implements PendingEdit {

	private final Text text;
	private final Predicate<String> commit;
	private boolean showing;
	private boolean typed;

	private TextCommit(Text text, Predicate<String> commit) {
		this.text = text;
		this.commit = commit;
	}

	/**
	 * @param session the open project the field belongs to
	 * @param text    the field
	 * @param commit  applies the typed text as a command on the project's stack; returns
	 *                {@code false} when the text is invalid (it then stays in the field, pending)
	 * @return the binding; it removes itself from the session when the field is disposed
	 */
	public static TextCommit bind(ProjectSession session, Text text, Predicate<String> commit) {
		TextCommit binding = new TextCommit(text, commit);
		text.addListener(SWT.Modify, e -> {
			if (!binding.showing) {
				binding.typed = true;
			}
		});
		if ((text.getStyle() & SWT.MULTI) == 0) {
			text.addListener(SWT.DefaultSelection, e -> binding.commit());
		}
		text.addListener(SWT.FocusOut, e -> binding.commit());
		session.addPendingEdit(binding);
		text.addListener(SWT.Dispose, e -> session.removePendingEdit(binding));
		return binding;
	}

	/**
	 * Shows the model's value, unless the user has typed text not committed yet.
	 *
	 * @param value the value, {@code null} for empty
	 */
	public void show(String value) {
		if (typed || text.isDisposed()) {
			return;
		}
		String shown = value == null ? "" : value; //$NON-NLS-1$
		if (!shown.equals(text.getText())) {
			showing = true;
			try {
				text.setText(shown);
			} finally {
				showing = false;
			}
		}
	}

	@Override
	public boolean isPending() {
		return typed && !text.isDisposed();
	}

	@Override
	public boolean commit() {
		if (!isPending()) {
			return true;
		}
		typed = false;
		if (!commit.test(text.getText())) {
			typed = true;
			return false;
		}
		return true;
	}
}
