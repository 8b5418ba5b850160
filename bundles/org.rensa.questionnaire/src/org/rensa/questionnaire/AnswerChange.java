// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Requirement;

/**
 * A declared answer or comment that importing a workbook would change.
 *
 * @param requirement the requirement
 * @param oldAnswer   the answer now in the assessment ({@link DeclaredAnswer#UNANSWERED} when there is no response yet)
 * @param newAnswer   the answer in the workbook
 * @param oldComment  the comment now in the assessment, or {@code null}
 * @param newComment  the comment in the workbook, or {@code null}
 */
public record AnswerChange(Requirement requirement, DeclaredAnswer oldAnswer, DeclaredAnswer newAnswer, String oldComment,
		String newComment) {

	/** @return whether the declared answer itself changes (not only the comment) */
	public boolean answerChanges() {
		return oldAnswer != newAnswer;
	}
}
