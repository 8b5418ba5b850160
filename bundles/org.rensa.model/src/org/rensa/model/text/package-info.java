// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The language layer: {@link org.rensa.model.text.Language} shows the model in English or Japanese
 * (enumeration literals, classes, element labels, bilingual features by one fallback rule);
 * {@link org.rensa.model.text.TextTable} and {@link org.rensa.model.text.LocalizedMessage} let other
 * bundles keep messages as key and arguments and render them in the language they are shown in.
 */
package org.rensa.model.text;
