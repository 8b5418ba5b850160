// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;
import org.rensa.core.evidence.EvidenceCapture;
import org.rensa.core.evidence.EvidenceLogHeads;
import org.rensa.core.evidence.EvidenceRecordingCommand;
import org.rensa.model.Assessment;
import org.rensa.model.Evidence;
import org.rensa.model.Tlp;
import org.rensa.model.Visit;
import org.rensa.ui.session.ProjectSession;

/**
 * Attaches files as evidence of a requirement, however they come (E and the file dialog, a drop, a
 * paste of file paths): the files go into the project's content-addressed store, the item is linked
 * to the response and recorded in the visit's append-only evidence log, as one undoable command. The
 * folder of the last attached files is where the file dialog opens next.
 */
public final class EvidenceAttachment {

	private static volatile Path lastFolder;

	private EvidenceAttachment() {
	}

	/** @return the folder of the files attached last in this session, or {@code null} */
	public static Path lastFolder() {
		return lastFolder;
	}

	/**
	 * @param session    the open project (not read-only)
	 * @param assessment the assessment
	 * @param row        the requirement's row
	 * @param files      the files
	 * @param chosenRoot the folder the files were chosen in (for relative names), or {@code null}
	 * @param auditor    who attaches
	 * @param clock      the time recorded
	 * @return what the auditor should be told (problems, duplicates), empty when all went well
	 */
	public static List<String> attach(ProjectSession session, Assessment assessment, VerificationRow row, List<Path> files,
			Path chosenRoot, String auditor, Clock clock) {
		long maxMegabytes = Long.getLong("rensa.evidence.maxMegabytes", EvidenceCapture.DEFAULT_MAX_SIZE / (1024 * 1024));
		EvidenceCapture capture = new EvidenceCapture(session.document().getEvidenceStore(), maxMegabytes * 1024 * 1024);
		EvidenceCapture.Result result = capture.capture(session.project(), files, chosenRoot, null, Tlp.AMBER, auditor, null,
				clock.instant());
		Evidence evidence = result.evidence();
		if (evidence != null) {
			evidence.setId(UUID.randomUUID().toString());
			try {
				EvidenceRecordingCommand recording = new EvidenceRecordingCommand(
						VerificationCommands.attachEvidence(session.editingDomain(), assessment, row, evidence),
						EvidenceLogHeads.of(session.document()), visitId(session, assessment), auditor,
						"recorded for " + row.requirement().getCode(), evidence, clock); //$NON-NLS-1$
				session.editingDomain().getCommandStack().execute(recording);
				result.problems().addAll(recording.problems());
			} catch (java.io.IOException e) {
				result.problems().add("evidence log: " + e.getMessage()); //$NON-NLS-1$
			}
			Path folder = files.isEmpty() || files.get(0).getParent() == null ? null : files.get(0).toAbsolutePath().getParent();
			if (folder != null && Files.isDirectory(folder)) {
				lastFolder = folder;
			}
		}
		List<String> messages = new ArrayList<>();
		if (!result.problems().isEmpty()) {
			messages.add(NLS.bind(Messages.Evidence_problems, String.join("\n", result.problems()))); //$NON-NLS-1$
		}
		if (!result.duplicates().isEmpty()) {
			messages.add(NLS.bind(Messages.Evidence_duplicates, String.join(", ", result.duplicates()))); //$NON-NLS-1$
		}
		return messages;
	}

	private static String visitId(ProjectSession session, Assessment assessment) {
		for (Visit visit : session.project().getVisits()) {
			if (visit.getAssessment() == assessment) {
				return visit.getId();
			}
		}
		return null;
	}
}
