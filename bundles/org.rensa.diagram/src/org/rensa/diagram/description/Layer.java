// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.description;

import java.util.List;

import org.rensa.model.Organization;
import org.rensa.model.Relationship;

/**
 * A layer of a diagram (as in Sirius): a named set of conditional styles and legend entries that
 * the user switches on and off. A new layer is a few rules, not a new renderer.
 *
 * @param id        stable identifier, stored in {@code Diagram.activeLayers} and used on the command line
 * @param label     English name
 * @param labelJa   Japanese name
 * @param nodeRules conditional node styles, applied in order
 * @param edgeRules conditional edge styles, applied in order
 * @param legend    what the legend shows while the layer is active
 */
public record Layer(String id, String label, String labelJa, List<StyleRule<Organization, NodeStyle>> nodeRules,
		List<StyleRule<Relationship, EdgeStyle>> edgeRules, List<LegendEntry> legend) {

	/** Copies the lists. */
	public Layer {
		nodeRules = List.copyOf(nodeRules);
		edgeRules = List.copyOf(edgeRules);
		legend = List.copyOf(legend);
	}

	/**
	 * @param japanese whether Japanese is wanted
	 * @return the name in that language
	 */
	public String label(boolean japanese) {
		return japanese ? labelJa : label;
	}
}
