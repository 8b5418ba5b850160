// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rensa.model.Assessment;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Section;
import org.rensa.model.Verdict;

/**
 * Which requirements the verification table shows.
 *
 * @param mode    all, mismatches only, or not yet verified
 * @param section only this section, or {@code null} for all
 * @param level   only this level, or 0 for all
 */
public record VerificationFilter(Mode mode, Section section, int level) {

	/** The row filter modes. */
	public enum Mode {
		/** Every requirement. */
		ALL,
		/** Requirements whose declaration and verification disagree. */
		MISMATCHES,
		/** Requirements without a verdict. */
		UNVERIFIED
	}

	/** Everything. */
	public static final VerificationFilter ALL = new VerificationFilter(Mode.ALL, null, 0);

	/**
	 * @param row a row
	 * @return whether the row passes
	 */
	public boolean accepts(VerificationRow row) {
		if (section != null && row.section() != section) {
			return false;
		}
		if (level > 0 && row.requirement().getLevel() != level) {
			return false;
		}
		return switch (mode) {
		case MISMATCHES -> row.isMismatch();
		case UNVERIFIED -> row.verdict() == Verdict.NOT_VERIFIED;
		default -> true;
		};
	}

	/**
	 * @param assessment an assessment
	 * @return every requirement of its checklist, in checklist order, with its response
	 */
	public static List<VerificationRow> rows(Assessment assessment) {
		Map<Requirement, Response> responses = new HashMap<>();
		for (Response response : assessment.getResponses()) {
			responses.put(response.getRequirement(), response);
		}
		List<VerificationRow> rows = new ArrayList<>();
		if (assessment.getChecklist() != null) {
			for (Section section : assessment.getChecklist().getSections()) {
				for (Requirement requirement : section.getRequirements()) {
					rows.add(new VerificationRow(section, requirement, responses.get(requirement)));
				}
			}
		}
		return rows;
	}

	/**
	 * @param assessment an assessment
	 * @return the rows this filter accepts
	 */
	public List<VerificationRow> apply(Assessment assessment) {
		return rows(assessment).stream().filter(this::accepts).toList();
	}
}
