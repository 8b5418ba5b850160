// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A cell the importer could not read.
 *
 * @param sheet   the sheet name
 * @param row     the row number as Excel shows it (1-based)
 * @param column  the column letter as Excel shows it
 * @param value   the cell's content as text (a formula is shown with its leading {@code =})
 * @param kind    why it could not be read
 * @param details what the reason names (a column, a requirement, a cell), in the order of its text
 */
public record CellProblem(String sheet, int row, String column, String value, Reason kind, List<String> details) {

	/** Why a cell could not be read; the texts are in {@code problems.properties} and {@code problems_ja.properties}. */
	public enum Reason {
		/** a number where an answer was expected */
		NUMBER_NOT_ANSWER,
		/** a formula: formulas are not evaluated */
		FORMULA,
		/** TRUE or FALSE where an answer was expected */
		BOOLEAN,
		/** a cell of an unreadable kind */
		UNREADABLE,
		/** a formula without a stored value */
		FORMULA_WITHOUT_VALUE,
		/** a formula whose stored value is neither text nor a number */
		FORMULA_WITH_OTHER_VALUE,
		/** the requirement id does not match the id pattern */
		ID_PATTERN,
		/** no id in the id column ({0}: the column) */
		NO_ID,
		/** a requirement without text ({0}: its id) */
		NO_TEXT,
		/** a requirement id seen before ({0}: the first cell) */
		DUPLICATE_ID,
		/** no requirement with this code in the checklist */
		UNKNOWN_CODE,
		/** a requirement listed twice */
		LISTED_TWICE,
		/** an answer the mapping does not list */
		ANSWER_NOT_MAPPED,
		/** an answer not in the list */
		NOT_LISTED_ANSWER,
		/** "Verified", which only the auditor sets */
		VERIFIED_BY_AUDITOR_ONLY,
		/** a status not in the list */
		NOT_LISTED_STATUS,
		/** not a date */
		NOT_A_DATE
	}

	/**
	 * @param sheet   the sheet name
	 * @param row     the row number as Excel shows it (1-based)
	 * @param column  the column letter as Excel shows it
	 * @param value   the cell's content as text
	 * @param kind    why it could not be read
	 * @param details what the reason names
	 */
	public CellProblem {
		details = List.copyOf(details);
	}

	/** @return why the cell could not be read, in English (command line, logs) */
	public String reason() {
		return reason(Locale.ENGLISH);
	}

	/**
	 * @param locale the language of the text (Japanese or English)
	 * @return why the cell could not be read, in that language
	 */
	public String reason(Locale locale) {
		ResourceBundle texts = ResourceBundle.getBundle("org.rensa.questionnaire.problems", //$NON-NLS-1$
				"ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ROOT, CellProblem.class.getClassLoader(), //$NON-NLS-1$
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(texts.getString(kind.name()), locale).format(details.toArray());
	}

	/** @return {@code sheet!C12: 'value': reason} */
	@Override
	public String toString() {
		return sheet + "!" + column + row + ": '" + value + "': " + reason();
	}
}
