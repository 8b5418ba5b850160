// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.oscal;

import org.rensa.model.Checklist;

/**
 * The result of reading an OSCAL catalogue.
 *
 * @param checklist    the new checklist (detached, without ids: saving assigns them)
 * @param groups       number of OSCAL groups read (each became a section)
 * @param controls     number of controls read, nested ones included
 * @param enhancements how many of {@code controls} are nested controls that became requirements of
 *                     their own (enhancements)
 * @param folded       how many of {@code controls} were the only child of a control without statement
 *                     and were folded into it (its statement, its id as a reference)
 * @param format       {@code JSON} or {@code XML}
 */
public record OscalImport(Checklist checklist, int groups, int controls, int enhancements, int folded, String format) {

	/** @return the number of requirements created ({@code controls - folded}) */
	public int requirements() {
		return controls - folded;
	}
}
