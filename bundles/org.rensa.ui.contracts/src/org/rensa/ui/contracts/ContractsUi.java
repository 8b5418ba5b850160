// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts;

/** Identifiers of the contracts views. */
public final class ContractsUi {

	/** Event topic: the project's analysis settings changed (data: the project directory). */
	public static final String TOPIC_SETTINGS = "org/rensa/ui/contracts/settings"; //$NON-NLS-1$

	private ContractsUi() {
	}
}
