// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tracker;

/**
 * One value a returned remediation tracker changes.
 *
 * @param code   the action's code (e.g. {@code A-001}), or the finding's code for its management
 *               response
 * @param field  what changes: {@code status}, {@code completed on}, {@code comment},
 *               {@code management response}, {@code response by}, {@code response date}
 * @param before the project's value as text (empty when none)
 * @param after  the tracker's value as text (empty when cleared)
 */
public record TrackerChange(String code, String field, String before, String after) {

	/** @return {@code A-001 status: 'Planned' -> 'Done'} */
	@Override
	public String toString() {
		return code + " " + field + ": '" + before + "' -> '" + after + "'";
	}
}
