// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import java.util.List;

import org.rensa.model.Assessment;

/**
 * What was read from an answer workbook, before anything is applied.
 *
 * @param assessment the assessment the workbook belongs to
 * @param responses  the answers, in workbook order
 * @param respondent the respondent's name from the instructions sheet, {@code null} when blank
 * @param problems   every cell that could not be read; when not empty nothing should be applied
 */
public record ReadResult(Assessment assessment, List<DeclaredResponse> responses, String respondent,
		List<CellProblem> problems) {
}
