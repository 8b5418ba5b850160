// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.description;

import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

/**
 * A conditional style: when the predicate holds for an element, the change is applied to its style.
 *
 * @param <E>    the semantic element type
 * @param <S>    the style type ({@link NodeStyle} or {@link EdgeStyle})
 * @param when   the condition, given the element and the facts of the chain
 * @param change what to change, given the style and the element
 */
public record StyleRule<E, S>(BiPredicate<E, ChainFacts> when, BiConsumer<S, E> change) {
}
