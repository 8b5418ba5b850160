// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tracker;

import java.util.ArrayList;
import java.util.List;

import org.rensa.core.security.WorkbookSeal;

/**
 * What the MACs of a remediation tracker's id sheet cover, one MAC per part so that an import can
 * name the part that was altered: the supplier (its id and the name shown in the page header, as written on the id sheet), the
 * actions sheet's name, every action row and, over all of them, the list of rows. Every MAC includes
 * the supplier's id, so no part can be moved to another supplier's tracker. The MACs are computed by
 * the project's {@link WorkbookSeal}, the one key for every workbook the project hands out.
 */
public final class TrackerSeal {

	/**
	 * One action row.
	 *
	 * @param row       0-based row on the actions sheet
	 * @param actionId  the action's id
	 * @param code      the action's code as shown in column A
	 * @param findingId the id of the action's finding
	 * @param response  whether the row carries the finding's management response
	 * @param verified  whether the action was verified when the tracker was written (row locked)
	 * @param sent      the values the row was sent with, or {@code null} for a tracker written before
	 *                  they were kept
	 */
	public record Entry(int row, String actionId, String code, String findingId, boolean response, boolean verified, TrackerRow sent) {
	}

	private final WorkbookSeal seal;
	private final String organisationId;

	/**
	 * @param seal           the project's seal
	 * @param organisationId the supplier the tracker is for
	 */
	public TrackerSeal(WorkbookSeal seal, String organisationId) {
		this.seal = seal;
		this.organisationId = organisationId;
	}

	/**
	 * @param shownName the supplier's name as shown in the page header
	 * @return the MAC of the supplier
	 */
	public String organisation(String shownName) {
		return seal.seal("tracker/organisation", organisationId, shownName);
	}

	/**
	 * @param sheetName the actions sheet's name
	 * @return its MAC
	 */
	public String sheet(String sheetName) {
		return seal.seal("tracker/sheet", organisationId, sheetName);
	}

	/**
	 * @param entry an action row
	 * @return its MAC
	 */
	public String entry(Entry entry) {
		List<String> fields = new ArrayList<>(List.of("tracker/row", organisationId, String.valueOf(entry.row()), entry.actionId(),
				entry.code(), entry.findingId(), String.valueOf(entry.response()), String.valueOf(entry.verified())));
		if (entry.sent() != null) {
			fields.addAll(entry.sent().values());
		}
		return seal.seal(fields.toArray(String[]::new));
	}

	/**
	 * @param entries every action row, in order
	 * @return the MAC of the list (count and order)
	 */
	public String entries(List<Entry> entries) {
		String[] fields = new String[2 + entries.size()];
		fields[0] = "tracker/rows";
		fields[1] = organisationId;
		for (int i = 0; i < entries.size(); i++) {
			fields[2 + i] = entry(entries.get(i));
		}
		return seal.seal(fields);
	}
}
