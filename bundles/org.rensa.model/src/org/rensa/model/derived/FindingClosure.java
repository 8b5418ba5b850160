// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.derived;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.Enumerator;
import org.rensa.model.ActionStatus;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.RemediationAction;
import org.rensa.model.Severity;

/**
 * The one rule that relates a finding's status to its remediation actions. A finding that is still
 * {@link FindingStatus#OPEN open} although every one of its actions is finished disagrees with them,
 * and the reason is shown next to its status wherever both appear (reports, tracker, Problems view):
 * <ul>
 * <li>{@link #READY_TO_CLOSE}: every action is {@link ActionStatus#VERIFIED verified} — the finding
 * can be closed;</li>
 * <li>{@link #AWAITING_VERIFICATION}: every action is {@link ActionStatus#DONE done} or verified, at
 * least one is not yet verified — the finding stays open until the auditor verifies it.</li>
 * </ul>
 * A finding without actions, with an unfinished action, or whose status is not open agrees with its
 * actions ({@link #of(Finding)} is {@code null}). The display texts are the language layer's
 * ({@code org.rensa.model.text.Language#label(Enumerator)}, keys {@code FindingClosure.*}).
 */
public enum FindingClosure implements Enumerator {

	/** All actions verified: the finding can be closed. */
	READY_TO_CLOSE,
	/** All actions done, not all verified yet: the finding awaits verification. */
	AWAITING_VERIFICATION;

	/**
	 * @param finding a finding
	 * @return why its open status disagrees with its actions, or {@code null} when they agree
	 */
	public static FindingClosure of(Finding finding) {
		Objects.requireNonNull(finding, "finding"); //$NON-NLS-1$
		List<RemediationAction> actions = finding.getActions();
		if (!isOpen(finding) || actions.isEmpty()) {
			return null;
		}
		boolean allVerified = true;
		for (RemediationAction action : actions) {
			if (!RemediationDeadlines.isFinished(action)) {
				return null;
			}
			allVerified &= action.getStatus() == ActionStatus.VERIFIED;
		}
		return allVerified ? READY_TO_CLOSE : AWAITING_VERIFICATION;
	}

	/**
	 * @param finding a finding
	 * @return whether it is open: {@link FindingStatus#OPEN} or no status yet
	 */
	public static boolean isOpen(Finding finding) {
		return finding.getStatus() == null || finding.getStatus() == FindingStatus.OPEN;
	}

	/**
	 * @param finding a finding
	 * @return whether it is not closed: open, or its risk accepted
	 */
	public static boolean isUnresolved(Finding finding) {
		return finding.getStatus() != FindingStatus.CLOSED;
	}

	/**
	 * @param finding a finding
	 * @return whether it is critical or high (a finding without severity counts as medium)
	 */
	public static boolean isSevere(Finding finding) {
		return finding.getSeverity() == Severity.CRITICAL || finding.getSeverity() == Severity.HIGH;
	}

	/**
	 * @param finding a finding
	 * @return whether it is open and all its actions are verified, so that it can be closed
	 */
	public static boolean canClose(Finding finding) {
		return of(finding) == READY_TO_CLOSE;
	}

	@Override
	public int getValue() {
		return ordinal();
	}

	@Override
	public String getName() {
		return name();
	}

	@Override
	public String getLiteral() {
		return name();
	}
}
