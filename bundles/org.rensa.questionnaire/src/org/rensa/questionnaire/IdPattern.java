// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression that finds a requirement id inside a cell, e.g. the prefix of
 * {@code GV.OC-01.1: The organisation shall …} with
 * {@code ^(?<id>[A-Z]{2}\.[A-Z]{2}-\d{2}(\.\d+)?):\s*(?<text>.*)$}. The named group {@code id} is
 * required; the group {@code text}, when present, is the requirement text. Without it the text is what
 * is left of the cell around the match, without leading separators ({@code : . - –}). The expression is
 * searched in the cell (anchor it with {@code ^} and {@code $} to match whole cells).
 */
public final class IdPattern {

	private final Pattern pattern;
	private final boolean textGroup;

	private IdPattern(Pattern pattern, boolean textGroup) {
		this.pattern = pattern;
		this.textGroup = textGroup;
	}

	/**
	 * What the pattern found in one cell.
	 *
	 * @param id   the requirement id (stripped, never empty)
	 * @param text the requirement text found beside it (stripped; empty when none)
	 */
	public record Match(String id, String text) {
	}

	/**
	 * @param regex a Java regular expression with a named group {@code id}
	 * @return the compiled pattern
	 * @throws IllegalArgumentException with a one-line message when it does not compile or has no {@code id} group
	 */
	public static IdPattern compile(String regex) {
		Pattern pattern;
		try {
			pattern = Pattern.compile(regex, Pattern.DOTALL);
		} catch (PatternSyntaxException e) {
			throw new IllegalArgumentException("id pattern '" + regex + "' is not a regular expression: " + e.getDescription());
		}
		if (!regex.contains("(?<id>")) {
			throw new IllegalArgumentException("id pattern '" + regex + "' has no named group (?<id>…)");
		}
		return new IdPattern(pattern, regex.contains("(?<text>"));
	}

	/**
	 * @param cell a cell's text
	 * @return the id and text found, {@code null} when the pattern does not match or the id group is empty
	 */
	public Match find(String cell) {
		Matcher matcher = pattern.matcher(cell);
		if (!matcher.find() || matcher.group("id") == null || matcher.group("id").isBlank()) {
			return null;
		}
		String text;
		if (textGroup) {
			text = matcher.group("text") == null ? "" : matcher.group("text");
		} else {
			text = cell.substring(0, matcher.start()) + " " + cell.substring(matcher.end());
		}
		return new Match(matcher.group("id").strip(), text.strip().replaceFirst("^[:：.．\\-–—\\s]+", "").strip());
	}

	/** @return the regular expression */
	@Override
	public String toString() {
		return pattern.pattern();
	}
}
