// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.evidence;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.rensa.model.Evidence;

/**
 * Wraps the command that attaches a captured evidence item so that the evidence log follows the
 * command stack without ever losing a line: executing and redoing append a "recorded" line, undoing
 * appends a {@value EvidenceLog#WITHDRAWN} line. A line that cannot be appended does not stop the
 * command; it is kept in {@link #problems()}.
 */
public final class EvidenceRecordingCommand extends CommandWrapper {

	private final EvidenceLogHeads heads;
	private final String visitId;
	private final String who;
	private final String action;
	private final Evidence evidence;
	private final Clock clock;
	private final List<String> problems = new ArrayList<>();

	/**
	 * @param attach   the command that adds the evidence to the model
	 * @param heads    the project's log heads
	 * @param visitId  the visit whose log records it, or {@code null}
	 * @param who      the auditor
	 * @param action   the recording action, e.g. {@code recorded for GOV-01}
	 * @param evidence the evidence item (its id set)
	 * @param clock    the time of each line
	 */
	public EvidenceRecordingCommand(Command attach, EvidenceLogHeads heads, String visitId, String who, String action,
			Evidence evidence, Clock clock) {
		super(attach);
		this.heads = heads;
		this.visitId = visitId;
		this.who = who;
		this.action = action;
		this.evidence = evidence;
		this.clock = clock;
	}

	@Override
	public void execute() {
		super.execute();
		log(action);
	}

	@Override
	public void undo() {
		super.undo();
		log(EvidenceLog.WITHDRAWN);
	}

	@Override
	public void redo() {
		super.redo();
		log(action);
	}

	/** @return the lines that could not be appended, one message each (the newest last) */
	public List<String> problems() {
		return List.copyOf(problems);
	}

	private void log(String what) {
		try {
			heads.append(visitId, clock.instant(), who, what, evidence);
		} catch (IOException e) {
			problems.add("evidence log: " + e.getMessage());
		}
	}
}
