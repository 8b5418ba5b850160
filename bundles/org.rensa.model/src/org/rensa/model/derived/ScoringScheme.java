// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.derived;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.rensa.model.Checklist;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Verdict;

/**
 * How the answers and verdicts of a checklist count: the points of each declared answer and of each
 * verdict level. Every score of Rensa (verification editor, reports, chain risk, diagram) is computed by
 * {@link Scorecard} with the scheme of the assessment's checklist.
 *
 * <table>
 * <caption>Points per answer and verdict</caption>
 * <tr><th>declared answer / verdict</th><th>{@link #SME_BASICS sme-basics}</th><th>{@link #STANDARD standard}</th></tr>
 * <tr><td>DONE / CONFORM</td><td>4</td><td>2</td></tr>
 * <tr><td>PARTLY / PARTIALLY_CONFORM</td><td>2</td><td>1</td></tr>
 * <tr><td>NOT_DONE / NONCONFORM</td><td>0</td><td>0</td></tr>
 * <tr><td>DONT_KNOW</td><td>−1</td><td>0</td></tr>
 * <tr><td>UNANSWERED (or no response)</td><td>0</td><td>0</td></tr>
 * <tr><td>NOT_APPLICABLE (either side)</td><td colspan="2">not counted: neither points nor maximum</td></tr>
 * <tr><td>NOT_VERIFIED</td><td colspan="2">not part of the verified score (not verified yet)</td></tr>
 * </table>
 *
 * <p>Every counted requirement adds {@link #full()} points to the maximum, so a score is
 * {@code points / maximum}: 1 when everything is done, 0 when nothing is, and below 0 only when "don't
 * know" costs points. {@code sme-basics} is the 4/2/0/−1 scale of the 25-question SME self-diagnosis
 * (maximum 100 points); every other checklist uses {@code standard}, where "don't know" counts as not
 * done (a control nobody can confirm is not shown to be in place) and partly as half.
 *
 * @param id         the scheme's identifier ({@code scoring} attribute of a shipped catalogue)
 * @param done       points of DONE and of CONFORM, the maximum per requirement
 * @param partly     points of PARTLY and of PARTIALLY_CONFORM
 * @param notDone    points of NOT_DONE and of NONCONFORM
 * @param dontKnow   points of DONT_KNOW
 * @param unanswered points of UNANSWERED, and of a requirement without response
 */
public record ScoringScheme(String id, int done, int partly, int notDone, int dontKnow, int unanswered) {

	/** The SME self-diagnosis: done 4, partly 2, not done 0, don't know −1; 25 questions make 100. */
	public static final ScoringScheme SME_BASICS = new ScoringScheme("sme-basics", 4, 2, 0, -1, 0);

	/** Every other checklist: done 2, partly 1, not done, don't know and unanswered 0 (1, ½, 0 of 1). */
	public static final ScoringScheme STANDARD = new ScoringScheme("standard", 2, 1, 0, 0, 0);

	/**
	 * Texts in a checklist's {@link Checklist#getSource() source} that name the SME self-diagnosis, in
	 * lower case: a checklist written after it is scored on its scale.
	 */
	private static final List<String> SME_SELF_DIAGNOSIS = List.of("5-minute information security self-diagnosis",
			"情報セキュリティ自社診断");

	/** @return every scheme, the default last */
	public static List<ScoringScheme> all() {
		return List.of(SME_BASICS, STANDARD);
	}

	/**
	 * @param id a scheme identifier
	 * @return the scheme, if there is one of that identifier
	 */
	public static Optional<ScoringScheme> byId(String id) {
		return all().stream().filter(scheme -> scheme.id.equals(id)).findFirst();
	}

	/**
	 * The scheme a checklist is scored by, derived from the scheme its {@link Checklist#getSource()
	 * source} names (the shipped {@code sme-basics} catalogue names IPA's five-minute self-diagnosis,
	 * "5分でできる！情報セキュリティ自社診断").
	 *
	 * @param checklist a checklist, or {@code null}
	 * @return {@link #SME_BASICS} when its source names the SME self-diagnosis, else {@link #STANDARD}
	 */
	public static ScoringScheme of(Checklist checklist) {
		String source = checklist == null || checklist.getSource() == null ? "" : checklist.getSource().toLowerCase(Locale.ROOT);
		return SME_SELF_DIAGNOSIS.stream().anyMatch(source::contains) ? SME_BASICS : STANDARD;
	}

	/** @return the points of a fully met requirement, and so the maximum each counted requirement adds */
	public int full() {
		return done;
	}

	/**
	 * @param answer a declared answer, {@code null} meaning unanswered
	 * @return its points, or empty for NOT_APPLICABLE, which is not counted
	 */
	public OptionalInt points(DeclaredAnswer answer) {
		if (answer == null) {
			return OptionalInt.of(unanswered);
		}
		return switch (answer) {
		case DONE -> OptionalInt.of(done);
		case PARTLY -> OptionalInt.of(partly);
		case NOT_DONE -> OptionalInt.of(notDone);
		case DONT_KNOW -> OptionalInt.of(dontKnow);
		case UNANSWERED -> OptionalInt.of(unanswered);
		case NOT_APPLICABLE -> OptionalInt.empty();
		};
	}

	/**
	 * @param verdict a verdict, {@code null} meaning not verified
	 * @return its points, or empty for NOT_VERIFIED and NOT_APPLICABLE, which the verified score does not
	 *         count
	 */
	public OptionalInt points(Verdict verdict) {
		if (verdict == null) {
			return OptionalInt.empty();
		}
		return switch (verdict) {
		case CONFORM -> OptionalInt.of(done);
		case PARTIALLY_CONFORM -> OptionalInt.of(partly);
		case NONCONFORM -> OptionalInt.of(notDone);
		case NOT_VERIFIED, NOT_APPLICABLE -> OptionalInt.empty();
		};
	}

	/**
	 * The order of verdicts, the same in every scheme: used to call a change better or worse and to
	 * compare a verdict with a declaration ({@link #rank(DeclaredAnswer)}).
	 *
	 * @param verdict a verdict, may be {@code null}
	 * @return 2 conform, 1 partially conform, 0 nonconform; −1 (not ranked) otherwise
	 */
	public static int rank(Verdict verdict) {
		if (verdict == null) {
			return -1;
		}
		return switch (verdict) {
		case CONFORM -> 2;
		case PARTIALLY_CONFORM -> 1;
		case NONCONFORM -> 0;
		default -> -1;
		};
	}

	/**
	 * The order of declared answers on the scale of {@link #rank(Verdict)}.
	 *
	 * @param answer a declared answer, may be {@code null}
	 * @return 2 done, 1 partly, 0 not done; −1 (not ranked: unanswered, don't know, not applicable)
	 *         otherwise
	 */
	public static int rank(DeclaredAnswer answer) {
		if (answer == null) {
			return -1;
		}
		return switch (answer) {
		case DONE -> 2;
		case PARTLY -> 1;
		case NOT_DONE -> 0;
		default -> -1;
		};
	}
}
