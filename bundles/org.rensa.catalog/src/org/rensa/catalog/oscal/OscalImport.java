// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.oscal;

import org.rensa.model.Checklist;

/**
 * The result of reading an OSCAL catalogue.
 *
 * @param checklist    the new checklist (detached, without ids: saving assigns them)
 * @param groups       number of OSCAL groups read (each became a section)
 * @param controls     number of controls read, enhancements included (each became a requirement)
 * @param enhancements how many of {@code controls} are nested controls (enhancements)
 * @param format       {@code JSON} or {@code XML}
 */
public record OscalImport(Checklist checklist, int groups, int controls, int enhancements, String format) {
}
