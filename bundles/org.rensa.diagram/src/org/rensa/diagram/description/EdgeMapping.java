// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.description;

import java.util.function.Predicate;

import org.rensa.model.Relationship;

/**
 * Which relationships an edge mapping draws and its base style.
 *
 * @param id        stable identifier
 * @param applies   which relationships it draws
 * @param baseStyle the style before any layer
 */
public record EdgeMapping(String id, Predicate<Relationship> applies, EdgeStyle baseStyle) {
}
