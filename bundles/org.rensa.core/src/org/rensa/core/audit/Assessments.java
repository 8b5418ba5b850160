// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.audit;

import java.util.Comparator;
import java.util.List;

import org.rensa.model.Assessment;

/** Facts about assessments that several views agree on, such as which one is the newest. */
public final class Assessments {

	/**
	 * The order of assessments by age: the campaign's fiscal year, then the campaign's start date,
	 * then the declaration date (missing values first).
	 */
	public static final Comparator<Assessment> BY_AGE = Comparator
			.comparingInt((Assessment a) -> a.getCampaign() == null ? Integer.MIN_VALUE : a.getCampaign().getFiscalYear())
			.thenComparing(a -> a.getCampaign() == null ? null : a.getCampaign().getStartDate(),
					Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(Assessment::getDeclaredOn, Comparator.nullsFirst(Comparator.naturalOrder()));

	private Assessments() {
	}

	/**
	 * The newest assessment: the latest campaign (fiscal year, then start date), then the latest
	 * declaration date; on a tie the one listed last.
	 *
	 * @param assessments the candidates
	 * @return the index of the newest, {@code -1} when there is none
	 */
	public static int newestIndex(List<Assessment> assessments) {
		int best = -1;
		for (int i = 0; i < assessments.size(); i++) {
			if (best < 0 || BY_AGE.compare(assessments.get(i), assessments.get(best)) >= 0) {
				best = i;
			}
		}
		return best;
	}

	/**
	 * @param assessments the candidates
	 * @return the newest ({@link #newestIndex(List)}), {@code null} when there is none
	 */
	public static Assessment newest(List<Assessment> assessments) {
		int index = newestIndex(assessments);
		return index < 0 ? null : assessments.get(index);
	}
}
