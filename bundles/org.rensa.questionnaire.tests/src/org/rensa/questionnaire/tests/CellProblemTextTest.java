// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.rensa.model.text.Language;
import org.rensa.questionnaire.CellProblem;
import org.rensa.questionnaire.CellProblem.Reason;

/** Why a cell cannot be read is told in the wizard's language; the command line keeps English. */
class CellProblemTextTest {

	@Test
	void everyReasonHasAnEnglishAndAJapaneseText() {
		for (Reason reason : Reason.values()) {
			CellProblem problem = new CellProblem("Sheet", 2, "B", "x", reason, List.of("C"));
			String english = problem.reason(Locale.ENGLISH);
			String japanese = problem.reason(Locale.JAPANESE);
			assertFalse(english.isBlank(), reason.name());
			assertNotEquals(english, japanese, reason + " is translated");
			assertTrue(Language.isJapaneseText(japanese), reason + ": " + japanese);
			assertFalse(english.contains("{") || japanese.contains("{"), reason + ": every placeholder filled");
		}
	}

	@Test
	void theReasonNamesWhatItIsAboutInEitherLanguage() {
		CellProblem problem = new CellProblem("Checklist", 7, "B", "", Reason.NO_ID, List.of("A"));
		assertEquals("no id in column A", problem.reason());
		assertEquals("A列にIDがない", problem.reason(Locale.JAPANESE));
		assertEquals("Checklist!B7: '': no id in column A", problem.toString(), "the command line's one line stays English");
	}
}
