// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Requirement;

/**
 * One answer read from a workbook.
 *
 * @param requirement the requirement answered
 * @param answer      the declared answer ({@link DeclaredAnswer#UNANSWERED} for a blank cell)
 * @param comment     the supplier's comment, {@code null} when blank
 */
public record DeclaredResponse(Requirement requirement, DeclaredAnswer answer, String comment) {
}
