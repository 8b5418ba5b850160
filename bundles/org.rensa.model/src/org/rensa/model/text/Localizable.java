// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.text;

/** A text shown in the language it is rendered in; an argument of messages like any other value. */
@FunctionalInterface
public interface Localizable {

	/**
	 * @param language the language
	 * @return the text in that language
	 */
	String render(Language language);
}
