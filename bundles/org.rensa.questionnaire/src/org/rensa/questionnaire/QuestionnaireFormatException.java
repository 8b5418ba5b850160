// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import java.io.IOException;

/**
 * The workbook is not one Rensa can read: not an xlsx file, hostile (zip bomb, huge sheet, external
 * links, macros), not an answer sheet written by Rensa, or one for another assessment. Nothing was
 * changed. The message is one line.
 */
public final class QuestionnaireFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	/** @param message one line naming the file and the problem */
	public QuestionnaireFormatException(String message) {
		super(message);
	}

	/**
	 * @param message one line
	 * @param cause   the underlying exception
	 */
	public QuestionnaireFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
