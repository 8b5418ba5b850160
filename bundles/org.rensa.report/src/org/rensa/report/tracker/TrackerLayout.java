// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tracker;

import java.util.List;

import org.rensa.model.ActionStatus;

/**
 * Where things are in the remediation tracker workbook, shared by its writer and
 * {@link TrackerImporter}.
 */
public final class TrackerLayout {

	/** The actions sheet of an English tracker. */
	public static final String SHEET_EN = "Actions";
	/** The actions sheet of a Japanese tracker. */
	public static final String SHEET_JA = "改善措置";
	/** The very hidden id sheet. */
	public static final String ID_SHEET = "rensa-tracker-id";
	/** First cell of the id sheet. */
	public static final String MAGIC = "rensa-remediation-tracker";
	/** Version of the id sheet's layout. */
	public static final int FORMAT_VERSION = 1;
	/** Row (0-based) of the id sheet where the action entries start. */
	public static final int ID_FIRST_ENTRY = 6;
	/** The id sheet's first column of the values a row was sent with ({@link TrackerRow}). */
	public static final int ID_SENT_COLUMN = 7;
	/** Row (0-based) of the actions sheet where the actions start. */
	public static final int FIRST_ROW = 1;
	/** Columns of the actions sheet (0-based). */
	public static final int COL_CODE = 0, COL_FINDING = 1, COL_SEVERITY = 2, COL_ACTION = 3, COL_OWNER = 4, COL_DUE = 5, COL_STATUS = 6,
			COL_COMPLETED = 7, COL_COMMENT = 8, COL_RESPONSE = 9, COL_RESPONSE_BY = 10, COL_RESPONSE_ON = 11;
	/** Number of columns of the actions sheet. */
	public static final int COLUMNS = 12;
	private static final int[] WIDTHS = { 9, 28, 9, 40, 16, 11, 13, 12, 32, 32, 16, 12 };

	/** The states a supplier may report; {@link ActionStatus#VERIFIED} is the auditor's to set. */
	public static final List<ActionStatus> SUPPLIER_STATUSES = List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE);

	private TrackerLayout() {
	}

	/**
	 * @param column a column of the actions sheet (0-based)
	 * @return its width in characters
	 */
	public static int width(int column) {
		return WIDTHS[column];
	}
}
