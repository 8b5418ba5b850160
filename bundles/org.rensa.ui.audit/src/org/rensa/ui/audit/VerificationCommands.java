// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit;

import java.time.Instant;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.Evidence;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage.Literals;
import org.rensa.model.Response;
import org.rensa.model.Verdict;
import org.rensa.model.VerificationMethod;
import org.rensa.model.text.Language;

/**
 * The undoable EMF commands of the verification editor. A row without a response gets one in the
 * same command, so a single undo removes both.
 */
public final class VerificationCommands {

	private VerificationCommands() {
	}

	/**
	 * @return a command setting the verdict (and who/when), creating the response if needed
	 */
	public static Command setVerdict(EditingDomain domain, Assessment assessment, VerificationRow row, Verdict verdict,
			String auditor, Instant now) {
		CompoundCommand command = new CompoundCommand("Set verdict");
		Response response = ensureResponse(domain, assessment, row, command);
		command.append(SetCommand.create(domain, response, Literals.RESPONSE__VERDICT, verdict));
		command.append(SetCommand.create(domain, response, Literals.RESPONSE__VERIFIED_BY, auditor));
		command.append(SetCommand.create(domain, response, Literals.RESPONSE__VERIFIED_AT, verdict == Verdict.NOT_VERIFIED ? null : now));
		if (verdict != Verdict.NOT_VERIFIED && (assessment.getStatus() == AssessmentStatus.PLANNED
				|| assessment.getStatus() == AssessmentStatus.SENT || assessment.getStatus() == AssessmentStatus.DECLARED)) {
			command.append(SetCommand.create(domain, assessment, Literals.ASSESSMENT__STATUS, AssessmentStatus.VERIFYING));
		}
		return command;
	}

	/** @return a command setting the verification method, creating the response if needed */
	public static Command setMethod(EditingDomain domain, Assessment assessment, VerificationRow row, VerificationMethod method) {
		CompoundCommand command = new CompoundCommand("Set method");
		Response response = ensureResponse(domain, assessment, row, command);
		command.append(SetCommand.create(domain, response, Literals.RESPONSE__METHOD, method));
		return command;
	}

	/**
	 * @param feature {@code verificationNote} or {@code verificationNoteJa}
	 * @return a command setting the row's note in one language (creating the response if needed); blank clears it
	 */
	public static Command setNote(EditingDomain domain, Assessment assessment, VerificationRow row, EAttribute feature, String note) {
		CompoundCommand command = new CompoundCommand("Set note");
		Response response = ensureResponse(domain, assessment, row, command);
		command.append(SetCommand.create(domain, response, feature, note == null || note.isBlank() ? null : note));
		return command;
	}


	/**
	 * @return a command adding an evidence item to the project and linking it to the row's response
	 */
	public static Command attachEvidence(EditingDomain domain, Assessment assessment, VerificationRow row, Evidence evidence) {
		CompoundCommand command = new CompoundCommand("Attach evidence");
		Response response = ensureResponse(domain, assessment, row, command);
		if (evidence.eContainer() == null) {
			command.append(AddCommand.create(domain, assessment.eContainer(), Literals.AUDIT_PROJECT__EVIDENCE, evidence));
		}
		command.append(AddCommand.create(domain, response, Literals.RESPONSE__EVIDENCE, evidence));
		return command;
	}

	private static Response ensureResponse(EditingDomain domain, Assessment assessment, VerificationRow row, CompoundCommand command) {
		if (row.response() != null) {
			return row.response();
		}
		for (Response existing : assessment.getResponses()) {
			if (existing.getRequirement() == row.requirement()) {
				return existing;
			}
		}
		Response response = RensaFactory.eINSTANCE.createResponse();
		response.setRequirement(row.requirement());
		command.append(AddCommand.create(domain, assessment, Literals.ASSESSMENT__RESPONSES, response));
		return response;
	}
}
