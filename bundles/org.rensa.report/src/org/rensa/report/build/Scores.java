// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.build;

import java.util.Collection;

import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Response;
import org.rensa.model.Severity;
import org.rensa.model.Tlp;
import org.rensa.model.Verdict;
import org.rensa.report.model.Tone;

/**
 * Scores and orderings shared by the report builders. A declared score counts {@code DONE} as 1
 * and {@code PARTLY} as ½ over the applicable answered requirements; a verified score counts
 * {@code CONFORM} as 1 and {@code PARTIALLY_CONFORM} as ½ over the verified applicable ones.
 */
public final class Scores {

	private Scores() {
	}

	/**
	 * @param responses responses of one assessment (or one section of it)
	 * @return the declared score in [0, 1], or {@code NaN} when nothing applicable was declared
	 */
	public static double declared(Collection<Response> responses) {
		double sum = 0;
		int count = 0;
		for (Response response : responses) {
			DeclaredAnswer answer = response.getDeclaredAnswer();
			if (answer == null || answer == DeclaredAnswer.NOT_APPLICABLE) {
				continue;
			}
			count++;
			if (answer == DeclaredAnswer.DONE) {
				sum += 1;
			} else if (answer == DeclaredAnswer.PARTLY) {
				sum += 0.5;
			}
		}
		return count == 0 ? Double.NaN : sum / count;
	}

	/**
	 * @param responses responses of one assessment (or one section of it)
	 * @return the verified score in [0, 1], or {@code NaN} when nothing was verified
	 */
	public static double verified(Collection<Response> responses) {
		double sum = 0;
		int count = 0;
		for (Response response : responses) {
			Verdict verdict = response.getVerdict();
			if (verdict == null || verdict == Verdict.NOT_VERIFIED || verdict == Verdict.NOT_APPLICABLE) {
				continue;
			}
			count++;
			if (verdict == Verdict.CONFORM) {
				sum += 1;
			} else if (verdict == Verdict.PARTIALLY_CONFORM) {
				sum += 0.5;
			}
		}
		return count == 0 ? Double.NaN : sum / count;
	}

	/**
	 * @param item     an item's TLP
	 * @param audience the document's TLP
	 * @return whether the item may appear in the document
	 */
	public static boolean shareable(Tlp item, Tlp audience) {
		Tlp effective = item == null ? Tlp.AMBER : item;
		return effective.getValue() <= audience.getValue();
	}

	/**
	 * @param severity a severity
	 * @return its tone
	 */
	public static Tone tone(Severity severity) {
		if (severity == null) {
			return Tone.NONE;
		}
		return switch (severity) {
		case CRITICAL -> Tone.CRITICAL;
		case HIGH -> Tone.HIGH;
		case MEDIUM -> Tone.MEDIUM;
		case LOW -> Tone.LOW;
		case INFO -> Tone.INFO;
		};
	}

	/**
	 * @param verdict a verdict
	 * @return its tone
	 */
	public static Tone tone(Verdict verdict) {
		if (verdict == null) {
			return Tone.NONE;
		}
		return switch (verdict) {
		case CONFORM -> Tone.GOOD;
		case PARTIALLY_CONFORM -> Tone.WARN;
		case NONCONFORM -> Tone.BAD;
		default -> Tone.NONE;
		};
	}
}
