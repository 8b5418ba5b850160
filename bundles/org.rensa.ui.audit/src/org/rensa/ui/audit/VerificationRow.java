// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit;

import org.rensa.model.DeclarationGap;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Section;
import org.rensa.model.Verdict;
import org.rensa.model.derived.DeclarationGaps;

/**
 * One line of the verification table: a requirement of the assessment's checklist and its response,
 * if any yet.
 *
 * @param section     the requirement's section
 * @param requirement the requirement
 * @param response    its response in the assessment, {@code null} before anything was recorded
 */
public record VerificationRow(Section section, Requirement requirement, Response response) {

	/** @return the declared answer ({@link DeclaredAnswer#UNANSWERED} without response) */
	public DeclaredAnswer declared() {
		return response == null ? DeclaredAnswer.UNANSWERED : response.getDeclaredAnswer();
	}

	/** @return the verdict ({@link Verdict#NOT_VERIFIED} without response) */
	public Verdict verdict() {
		return response == null ? Verdict.NOT_VERIFIED : response.getVerdict();
	}

	/** @return the gap between declaration and verification */
	public DeclarationGap gap() {
		return DeclarationGaps.gapOf(declared(), verdict());
	}

	/** @return {@code true} when declaration and verification disagree */
	public boolean isMismatch() {
		return DeclarationGaps.isMismatch(gap());
	}

	/** @return the number of evidence items linked to the response */
	public int evidenceCount() {
		return response == null ? 0 : response.getEvidence().size();
	}
}
