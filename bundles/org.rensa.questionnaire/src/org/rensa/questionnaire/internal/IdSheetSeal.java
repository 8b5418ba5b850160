// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.internal;

import java.util.List;

import org.rensa.core.security.WorkbookSeal;

/**
 * What the MACs of a questionnaire's id sheet cover, one MAC per part so that an import can name the
 * part that was altered: the assessment id, the checklist id, the responding organisation (its id and
 * the name shown on the instructions sheet), the respondent cell, every answer row and, over all of
 * them, the list of rows itself. Every MAC includes the assessment id, so no part can be moved to
 * another assessment's workbook.
 */
public final class IdSheetSeal {

	/**
	 * One mapped answer row.
	 *
	 * @param sheet         the section sheet's name
	 * @param row           0-based row
	 * @param requirementId the requirement's id
	 * @param code          the requirement's code as shown in column A
	 */
	public record Entry(String sheet, int row, String requirementId, String code) {
	}

	private final WorkbookSeal seal;
	private final String assessmentId;

	/**
	 * @param seal         the project's seal
	 * @param assessmentId the assessment the workbook names
	 */
	public IdSheetSeal(WorkbookSeal seal, String assessmentId) {
		this.seal = seal;
		this.assessmentId = assessmentId;
	}

	/** @return the MAC of the assessment id */
	public String assessment() {
		return seal.seal("questionnaire/assessment", assessmentId);
	}

	/**
	 * @param checklistId the checklist's id
	 * @return its MAC
	 */
	public String checklist(String checklistId) {
		return seal.seal("questionnaire/checklist", assessmentId, checklistId);
	}

	/**
	 * @param organisationId the responding organisation's id
	 * @param shownName      its name as shown on the instructions sheet
	 * @return their MAC
	 */
	public String organisation(String organisationId, String shownName) {
		return seal.seal("questionnaire/organisation", assessmentId, organisationId, shownName);
	}

	/**
	 * @param sheet  the instructions sheet's name
	 * @param cell   {@code row,column} of the respondent cell
	 * @return their MAC
	 */
	public String respondent(String sheet, String cell) {
		return seal.seal("questionnaire/respondent", assessmentId, sheet, cell);
	}

	/**
	 * @param entry an answer row
	 * @return its MAC
	 */
	public String entry(Entry entry) {
		return seal.seal("questionnaire/row", assessmentId, entry.sheet(), String.valueOf(entry.row()), entry.requirementId(),
				entry.code());
	}

	/**
	 * @param entries every answer row, in order
	 * @return the MAC of the list (count and order)
	 */
	public String entries(List<Entry> entries) {
		String[] fields = new String[2 + entries.size()];
		fields[0] = "questionnaire/rows";
		fields[1] = assessmentId;
		for (int i = 0; i < entries.size(); i++) {
			fields[2 + i] = entry(entries.get(i));
		}
		return seal.seal(fields);
	}
}
