// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts;

import java.util.Locale;

import org.rensa.core.analysis.ChainMessages;
import org.rensa.core.analysis.ChainReport.ProblemKind;
import org.rensa.model.ClauseCategory;

/** Labels of the analysis results in the workbench's language. */
public final class ChainLabels {

	private ChainLabels() {
	}

	/** @return the messages in the workbench's language */
	public static ChainMessages messages() {
		return ChainMessages.forLanguage(Locale.getDefault().getLanguage());
	}

	/** @return the problem kind's label */
	public static String kind(ProblemKind kind) {
		return switch (kind) {
		case UNDECLARED_SUBCONTRACTOR -> Messages.Kind_UNDECLARED_SUBCONTRACTOR;
		case UNAPPROVED_SUBCONTRACTOR -> Messages.Kind_UNAPPROVED_SUBCONTRACTOR;
		case SENSITIVE_DATA_UNASSESSED -> Messages.Kind_SENSITIVE_DATA_UNASSESSED;
		case FOREIGN_PERSONAL_DATA -> Messages.Kind_FOREIGN_PERSONAL_DATA;
		};
	}

	/** @return the category's title in the library, in the workbench's language */
	public static String category(ClauseCategory category) {
		var entry = org.rensa.core.analysis.ClauseLibrary.standard().entry(category);
		if (entry == null) {
			return category.getName();
		}
		return "ja".equals(Locale.getDefault().getLanguage()) ? entry.titleJa() : entry.title(); //$NON-NLS-1$
	}
}
