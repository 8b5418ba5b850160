// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tracker;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.rensa.model.ActionStatus;
import org.rensa.model.Finding;
import org.rensa.model.RemediationAction;
import org.rensa.model.RensaPackage.Literals;
import org.rensa.model.text.Language;

/**
 * The values of one tracker row the supplier may change, as the tracker shows them: the one rule
 * for both the values a tracker is sent with (kept, sealed, on its id sheet) and the project's
 * values when it comes back. A value the supplier left as it was sent while the project changed it
 * since (a newer tracker was imported, the auditor edited it) keeps the project's value: an older
 * tracker never reverts newer work.
 *
 * @param status    the action's status (enumeration name; no status is {@link ActionStatus#PLANNED})
 * @param completed the completion date ({@code yyyy-mm-dd}) or empty
 * @param comment   the supplier's comment or empty
 * @param response  the finding's management response in the tracker's language, empty on rows that
 *                  do not carry it
 * @param by        who responded, in the tracker's language, empty on rows that do not carry it
 * @param on        the response date ({@code yyyy-mm-dd}), empty on rows that do not carry it
 */
public record TrackerRow(String status, String completed, String comment, String response, String by, String on) {

	/** Every value stripped, with one kind of line break, so that a spreadsheet's re-save keeps it. */
	public TrackerRow {
		status = clean(status);
		completed = clean(completed);
		comment = clean(comment);
		response = clean(response);
		by = clean(by);
		on = clean(on);
	}

	/** Number of values, in the order of {@link #values()}. */
	public static final int SIZE = 6;

	/**
	 * @param action      an action
	 * @param responseRow whether its row carries the finding's management response
	 * @param language    the tracker's language
	 * @return the row's values as the tracker shows them now
	 */
	public static TrackerRow of(RemediationAction action, boolean responseRow, Language language) {
		Finding finding = action.getFinding();
		boolean response = responseRow && finding != null;
		return new TrackerRow(status(action).getName(), text(action.getCompletedOn()), Objects.toString(action.getSupplierComment(), ""),
				response ? Objects.toString(language.text(finding, Literals.FINDING__MANAGEMENT_RESPONSE), "") : "",
				response ? language.split(finding.getManagementResponseBy()) : "", response ? text(finding.getManagementResponseOn()) : "");
	}

	/**
	 * @param values {@link #SIZE} values as {@link #values()} gives them
	 * @return the row
	 */
	public static TrackerRow of(List<String> values) {
		if (values.size() != SIZE) {
			throw new IllegalArgumentException("a tracker row has " + SIZE + " values, not " + values.size()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new TrackerRow(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4), values.get(5));
	}

	/** @return the values in a fixed order (stored on the id sheet and sealed) */
	public List<String> values() {
		return List.of(status, completed, comment, response, by, on);
	}

	/**
	 * @param action an action
	 * @return its status, {@link ActionStatus#PLANNED} when it has none
	 */
	public static ActionStatus status(RemediationAction action) {
		return action.getStatus() == null ? ActionStatus.PLANNED : action.getStatus();
	}

	/**
	 * @param value a value or {@code null}
	 * @return it stripped, line breaks as {@code \n}, empty for none
	 */
	public static String clean(String value) {
		return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * @param date a date or {@code null}
	 * @return {@code yyyy-mm-dd}, empty for none
	 */
	public static String text(LocalDate date) {
		return date == null ? "" : date.toString(); //$NON-NLS-1$
	}
}
