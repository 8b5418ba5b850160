// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rensa.model.ActionStatus;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.RemediationAction;
import org.rensa.model.RensaFactory;
import org.rensa.model.derived.FindingClosure;
import org.rensa.model.text.Language;

class FindingClosureTest {

	@ParameterizedTest(name = "{0} with actions {1} -> {2}")
	@CsvSource({
		"OPEN, VERIFIED VERIFIED, READY_TO_CLOSE",
		"OPEN, DONE VERIFIED, AWAITING_VERIFICATION",
		"OPEN, DONE, AWAITING_VERIFICATION",
		"OPEN, DONE IN_PROGRESS, ",
		"OPEN, PLANNED, ",
		"CLOSED, VERIFIED, ",
		"ACCEPTED_RISK, DONE, ",
	})
	void anOpenFindingWhoseActionsAreAllFinishedSaysWhy(FindingStatus status, String actions, FindingClosure expected) {
		Finding finding = finding(status, Arrays.stream(actions.split(" ")).map(ActionStatus::valueOf).toArray(ActionStatus[]::new));

		assertEquals(expected, FindingClosure.of(finding));
		assertEquals(expected == FindingClosure.READY_TO_CLOSE, FindingClosure.canClose(finding));
	}

	@Test
	void aFindingWithoutActionsAgreesWithItsStatus() {
		assertNull(FindingClosure.of(finding(FindingStatus.OPEN)));
		assertNull(FindingClosure.of(finding(null)), "no status is open, and no actions agree with it");
		assertFalse(FindingClosure.canClose(finding(FindingStatus.OPEN)));
	}

	@Test
	void theReasonsHaveTextsInBothLanguages() {
		assertEquals("all actions verified, the finding can be closed", Language.ENGLISH.label(FindingClosure.READY_TO_CLOSE));
		assertEquals("全措置が完了報告済み・完了確認待ち", Language.JAPANESE.label(FindingClosure.AWAITING_VERIFICATION));
	}

	@Test
	void aValueInTheOtherLanguageOnlyIsMarked() {
		assertEquals("Yumi Takeda, IT [英語のみ]", Language.JAPANESE.splitMarked("Yumi Takeda, IT"));
		assertEquals("武田 由美", Language.JAPANESE.splitMarked("Yumi Takeda / 武田 由美"));
		assertEquals("Yumi Takeda", Language.ENGLISH.splitMarked("Yumi Takeda / 武田 由美"));
		assertEquals("武田 由美 [Japanese only]", Language.ENGLISH.marked(null, "武田 由美"));
		assertEquals("Yumi Takeda", Language.ENGLISH.marked("Yumi Takeda", null));
		assertEquals("2026-11-25", Language.JAPANESE.marked("2026-11-25", null), "no letters, nothing to translate");
		assertTrue(Language.JAPANESE.isOtherLanguageOnly("Done"));
		assertFalse(Language.JAPANESE.isOtherLanguageOnly("SBOMを提出"));
	}

	private static Finding finding(FindingStatus status, ActionStatus... actions) {
		Finding finding = RensaFactory.eINSTANCE.createFinding();
		if (status != null) {
			finding.setStatus(status);
		}
		for (ActionStatus state : actions) {
			RemediationAction action = RensaFactory.eINSTANCE.createRemediationAction();
			action.setStatus(state);
			finding.getActions().add(action);
		}
		return finding;
	}
}
