// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.derived;

import java.time.LocalDate;
import java.util.Objects;

import org.rensa.model.ActionStatus;
import org.rensa.model.RemediationAction;

/**
 * Deadline rules for remediation actions (改善措置).
 */
public final class RemediationDeadlines {

	private RemediationDeadlines() {
	}

	/**
	 * Tells whether a remediation action is overdue on a given day: it has a due date strictly
	 * before {@code today} and its status is neither {@link ActionStatus#DONE} nor
	 * {@link ActionStatus#VERIFIED}. An action without a due date is never overdue; an action due
	 * today is not yet overdue.
	 *
	 * @param action the action
	 * @param today the reference day, normally the current date in the auditor's time zone
	 * @return {@code true} if the action is overdue
	 */
	public static boolean isOverdue(RemediationAction action, LocalDate today) {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(today, "today");
		LocalDate due = action.getDueDate();
		if (due == null || !due.isBefore(today)) {
			return false;
		}
		return !isFinished(action);
	}

	/**
	 * @param action an action
	 * @return whether it is finished: {@link ActionStatus#DONE} or {@link ActionStatus#VERIFIED}
	 */
	public static boolean isFinished(RemediationAction action) {
		ActionStatus status = action.getStatus();
		return status == ActionStatus.DONE || status == ActionStatus.VERIFIED;
	}
}
