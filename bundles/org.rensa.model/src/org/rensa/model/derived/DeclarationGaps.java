// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.derived;

import java.util.Objects;

import org.rensa.model.DeclarationGap;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Response;
import org.rensa.model.Verdict;

/**
 * Compares what an organisation declared in its self-check with what the auditor verified.
 *
 * <p>Mapping (declared answer down, verdict across; a {@code null} value counts as the default
 * {@code UNANSWERED} / {@code NOT_VERIFIED}):
 *
 * <table>
 * <caption>Declared answer versus verdict</caption>
 * <tr><th></th><th>NOT_VERIFIED</th><th>CONFORM</th><th>PARTIALLY_CONFORM</th><th>NONCONFORM</th>
 *     <th>NOT_APPLICABLE</th></tr>
 * <tr><th>DONE</th><td>UNVERIFIED</td><td>CONSISTENT</td><td>OVERSTATED</td><td>OVERSTATED</td>
 *     <td>NOT_COMPARABLE</td></tr>
 * <tr><th>PARTLY</th><td>UNVERIFIED</td><td>UNDERSTATED</td><td>CONSISTENT</td><td>OVERSTATED</td>
 *     <td>NOT_COMPARABLE</td></tr>
 * <tr><th>NOT_DONE</th><td>UNVERIFIED</td><td>UNDERSTATED</td><td>UNDERSTATED</td>
 *     <td>CONSISTENT</td><td>NOT_COMPARABLE</td></tr>
 * <tr><th>UNANSWERED, DONT_KNOW, NOT_APPLICABLE</th><td>UNVERIFIED</td><td>NOT_COMPARABLE</td>
 *     <td>NOT_COMPARABLE</td><td>NOT_COMPARABLE</td><td>NOT_COMPARABLE</td></tr>
 * </table>
 *
 * <p>In words: an unverified requirement is {@code UNVERIFIED} whatever was declared; "not
 * applicable" on either side, no answer and "don't know" cannot be compared; otherwise both sides
 * are ranked ({@link ScoringScheme#rank(DeclaredAnswer)}, {@link ScoringScheme#rank(Verdict)}:
 * done/conform &gt; partly/partially conform &gt; not done/nonconform) and a better
 * declaration than verification is {@code OVERSTATED} (the core warning signal), a worse one
 * {@code UNDERSTATED}.
 */
public final class DeclarationGaps {

	private DeclarationGaps() {
	}

	/**
	 * Returns the declaration gap of a response.
	 *
	 * @param response the response
	 * @return the gap between its declared answer and its verdict
	 */
	public static DeclarationGap gapOf(Response response) {
		Objects.requireNonNull(response, "response");
		return gapOf(response.getDeclaredAnswer(), response.getVerdict());
	}

	/**
	 * Returns the declaration gap for a declared answer and a verdict, per the table above.
	 *
	 * @param declared the declared answer, {@code null} meaning unanswered
	 * @param verdict the verdict, {@code null} meaning not verified
	 * @return the gap, never {@code null}
	 */
	public static DeclarationGap gapOf(DeclaredAnswer declared, Verdict verdict) {
		if (verdict == null || verdict == Verdict.NOT_VERIFIED) {
			return DeclarationGap.UNVERIFIED;
		}
		int declaredRank = ScoringScheme.rank(declared);
		int verifiedRank = ScoringScheme.rank(verdict);
		if (declaredRank < 0 || verifiedRank < 0) {
			return DeclarationGap.NOT_COMPARABLE;
		}
		if (declaredRank > verifiedRank) {
			return DeclarationGap.OVERSTATED;
		}
		return declaredRank < verifiedRank ? DeclarationGap.UNDERSTATED : DeclarationGap.CONSISTENT;
	}

	/**
	 * Tells whether a gap is a mismatch between declaration and verification.
	 *
	 * @param gap the gap, may be {@code null}
	 * @return {@code true} for {@code OVERSTATED} and {@code UNDERSTATED}
	 */
	public static boolean isMismatch(DeclarationGap gap) {
		return gap == DeclarationGap.OVERSTATED || gap == DeclarationGap.UNDERSTATED;
	}
}
