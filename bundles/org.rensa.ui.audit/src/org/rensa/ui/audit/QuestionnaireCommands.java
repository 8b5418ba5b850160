// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit;

import java.time.LocalDate;

import org.eclipse.emf.edit.command.ChangeCommand;
import org.rensa.questionnaire.QuestionnaireImporter;
import org.rensa.questionnaire.ReadResult;

/** Applies a read questionnaire to its assessment as one undoable command. */
public final class QuestionnaireCommands {

	/** A command applying a read workbook; after execution it knows how many answers changed. */
	public static final class Apply extends ChangeCommand {
		private final ReadResult result;
		private final LocalDate today;
		private int changed;

		Apply(ReadResult result, LocalDate today) {
			super(result.assessment());
			this.result = result;
			this.today = today;
			setLabel("Import self-check questionnaire");
		}

		@Override
		protected void doExecute() {
			changed = QuestionnaireImporter.apply(result, today);
		}

		/** @return the number of requirements whose declared answer or comment changed */
		public int changed() {
			return changed;
		}
	}

	private QuestionnaireCommands() {
	}

	/**
	 * @param result a read result without problems
	 * @param today  the declaration date to record
	 * @return the command (execute it on the session's command stack)
	 */
	public static Apply apply(ReadResult result, LocalDate today) {
		if (!result.problems().isEmpty()) {
			throw new IllegalArgumentException("the workbook has unreadable cells");
		}
		return new Apply(result, today);
	}
}
