// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.rensa.model.Clause;

/**
 * A word-level difference (character-level for Japanese) between a contract clause's wording and a
 * reference wording, e.g. the clause library's current text.
 */
public final class WordingDiff {

	/** How a segment of the diff relates the two wordings. */
	public enum Kind {
		/** In both wordings. */
		SAME,
		/** Only in the reference wording: the contract lacks it. */
		REMOVED,
		/** Only in the contract's wording. */
		ADDED
	}

	/**
	 * A run of text of one kind.
	 *
	 * @param kind how it relates the wordings
	 * @param text the text
	 */
	public record Segment(Kind kind, String text) {
	}

	private final List<Segment> segments;

	private WordingDiff(List<Segment> segments) {
		this.segments = Collections.unmodifiableList(segments);
	}

	/**
	 * @param reference the reference wording (may be {@code null})
	 * @param actual    the contract's wording (may be {@code null})
	 * @return their difference
	 */
	public static WordingDiff of(String reference, String actual) {
		List<String> a = tokens(reference == null ? "" : reference);
		List<String> b = tokens(actual == null ? "" : actual);
		int n = a.size();
		int m = b.size();
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<Segment> segments = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && a.get(i).equals(b.get(j))) {
				append(segments, Kind.SAME, a.get(i));
				i++;
				j++;
			} else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
				append(segments, Kind.REMOVED, a.get(i));
				i++;
			} else {
				append(segments, Kind.ADDED, b.get(j));
				j++;
			}
		}
		return new WordingDiff(segments);
	}

	/**
	 * @param clause    a contract clause
	 * @param reference the reference wording in English
	 * @return the difference of the clause's English text against the reference
	 */
	public static WordingDiff of(Clause clause, String reference) {
		return of(reference, clause.getText());
	}

	private static void append(List<Segment> segments, Kind kind, String token) {
		if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
			Segment last = segments.remove(segments.size() - 1);
			segments.add(new Segment(kind, last.text() + token));
		} else {
			segments.add(new Segment(kind, token));
		}
	}

	/** Words with their trailing white space; every non-Latin character is a token of its own. */
	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int start = i;
			char c = text.charAt(i);
			if (c < 0x3000 && !Character.isWhitespace(c)) {
				while (i < text.length() && text.charAt(i) < 0x3000 && !Character.isWhitespace(text.charAt(i))) {
					i++;
				}
			} else {
				i++;
			}
			while (i < text.length() && text.charAt(i) < 0x3000 && Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			tokens.add(text.substring(start, i));
		}
		return tokens;
	}

	/** @return the segments in text order */
	public List<Segment> segments() {
		return segments;
	}

	/** @return whether both wordings are the same */
	public boolean isIdentical() {
		return segments.stream().allMatch(s -> s.kind() == Kind.SAME);
	}

	/** @return the diff as text: removed runs as {@code [-…-]}, added runs as {@code {+…+}} */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		for (Segment segment : segments) {
			switch (segment.kind()) {
			case SAME -> text.append(segment.text());
			case REMOVED -> text.append("[-").append(segment.text()).append("-]");
			case ADDED -> text.append("{+").append(segment.text()).append("+}");
			}
		}
		return text.toString();
	}
}
