// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.text;

import java.util.List;

/**
 * A message kept as key and arguments and rendered in the language it is shown in.
 *
 * @param table the table holding the key
 * @param key   the key
 * @param args  the arguments: elements, enumeration literals, nested messages, collections of them,
 *              or plain values; {@code null} is shown as a dash
 */
public record LocalizedMessage(TextTable table, String key, List<Object> args) implements Localizable {

	/**
	 * @param language the language
	 * @return the message in that language
	 */
	@Override
	public String render(Language language) {
		return table.get(language, key, args.toArray());
	}

	/** @return the message in English */
	@Override
	public String toString() {
		return render(Language.ENGLISH);
	}
}
