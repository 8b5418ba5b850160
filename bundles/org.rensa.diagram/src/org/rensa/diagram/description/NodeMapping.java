// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.description;

import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.rensa.model.Organization;

/**
 * Which organisations a node mapping draws and how (the base style before the layers).
 *
 * @param id        stable identifier
 * @param applies   which organisations it draws
 * @param detail    the second line of the node (kind, tier …), given the organisation, the facts and
 *                  whether Japanese is wanted
 * @param baseStyle the style before any layer
 */
public record NodeMapping(String id, Predicate<Organization> applies,
		DetailFunction detail, NodeStyle baseStyle) {

	/** The text of a node's second line. */
	@FunctionalInterface
	public interface DetailFunction {
		/**
		 * @param organization the organisation
		 * @param facts        the facts of the chain
		 * @param japanese     whether Japanese is wanted
		 * @return the text
		 */
		String detail(Organization organization, ChainFacts facts, boolean japanese);
	}

	/**
	 * @param fn a two-argument function that ignores the language
	 * @return it as a detail function
	 */
	public static DetailFunction detail(BiFunction<Organization, ChainFacts, String> fn) {
		return (organization, facts, japanese) -> fn.apply(organization, facts);
	}
}
