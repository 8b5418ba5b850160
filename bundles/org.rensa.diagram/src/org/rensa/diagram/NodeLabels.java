// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram;

import org.rensa.model.Organization;

/**
 * The texts of a node.
 */
public final class NodeLabels {

	/** Font size of a node's name. */
	public static final double NAME_SIZE = 12.5;
	/** Font size of a node's detail line. */
	public static final double DETAIL_SIZE = 10.5;

	private NodeLabels() {
	}

	/**
	 * @param organization an organisation
	 * @param japanese     whether the Japanese name is preferred
	 * @return its display name: the Japanese name when wanted and present, else the name, else the id
	 */
	public static String name(Organization organization, boolean japanese) {
		if (japanese && organization.getNameJa() != null && !organization.getNameJa().isBlank()) {
			return organization.getNameJa();
		}
		if (organization.getName() != null && !organization.getName().isBlank()) {
			return organization.getName();
		}
		return organization.getId() == null ? "?" : organization.getId();
	}
}
