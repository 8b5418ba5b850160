// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.interaction;

/** The palette tools of the diagram editor. */
public enum Tool {
	/** Select, move, resize. */
	SELECT,
	/** Create a supplier by clicking. */
	SUPPLIER,
	/** Create a subcontractor by clicking. */
	SUBCONTRACTOR,
	/** Connect by dragging (supply). */
	SUPPLY_LINK,
	/** Connect by dragging (subcontract). */
	SUBCONTRACT_LINK,
	/** Create a note by clicking. */
	NOTE
}
