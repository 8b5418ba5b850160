// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rensa.model.ActionStatus;
import org.rensa.model.RemediationAction;
import org.rensa.model.RensaFactory;

class RemediationDeadlinesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@ParameterizedTest(name = "due {0}, {1} -> overdue {2}")
	@CsvSource({
		"2026-11-24, PLANNED, true",
		"2026-11-24, IN_PROGRESS, true",
		"2026-11-24, DONE, false",
		"2026-11-24, VERIFIED, false",
		"2026-11-25, PLANNED, false",
		"2026-12-31, IN_PROGRESS, false",
		", PLANNED, false",
	})
	void actionIsOverdueOnlyWhenPastDueAndStillOpen(LocalDate due, ActionStatus status, boolean overdue) {
		RemediationAction action = RensaFactory.eINSTANCE.createRemediationAction();
		action.setDueDate(due);
		action.setStatus(status);

		assertEquals(overdue, action.isOverdue(TODAY));
	}
}
