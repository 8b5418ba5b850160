// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.build;

import org.rensa.model.Severity;
import org.rensa.model.Tlp;
import org.rensa.model.Verdict;
import org.rensa.report.model.Tone;

/**
 * TLP filtering and tones shared by the report builders. The reports' declared and verified scores are
 * those of {@link org.rensa.model.derived.Scorecard}, the one scoring definition of Rensa.
 */
public final class Scores {

	private Scores() {
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
