// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.Evidence;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage.Literals;
import org.rensa.model.Response;
import org.rensa.model.Severity;
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

	/** @return a command setting the verification note, creating the response if needed */
	public static Command setNote(EditingDomain domain, Assessment assessment, VerificationRow row, String note) {
		CompoundCommand command = new CompoundCommand("Set note");
		Response response = ensureResponse(domain, assessment, row, command);
		command.append(SetCommand.create(domain, response, Literals.RESPONSE__VERIFICATION_NOTE, note == null || note.isBlank() ? null : note));
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

	/**
	 * Builds a finding pre-filled from a mismatch: requirement, organisation, assessment, the
	 * response's evidence, a title naming the requirement, a description stating what was declared and
	 * what was verified, severity from the verdict (nonconform → high, otherwise medium), status open,
	 * raised today.
	 *
	 * @param assessment the assessment
	 * @param row        the row
	 * @param today      the date raised
	 * @return a detached finding
	 */
	public static Finding prefilledFinding(Assessment assessment, VerificationRow row, LocalDate today) {
		Finding finding = RensaFactory.eINSTANCE.createFinding();
		finding.setRequirement(row.requirement());
		finding.setOrganization(assessment.getOrganization());
		finding.setAssessment(assessment);
		finding.setTitle(row.requirement().getCode() + ": " + row.requirement().getTitle());
		if (row.requirement().getTitleJa() != null) {
			finding.setTitleJa(row.requirement().getCode() + "：" + row.requirement().getTitleJa());
		}
		Language en = Language.ENGLISH;
		StringBuilder description = new StringBuilder("Declared ").append(en.label(row.declared())) //$NON-NLS-1$
				.append(", verified ").append(en.label(row.verdict())).append(" (").append(en.label(row.gap())).append(")."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Language ja = Language.JAPANESE;
		StringBuilder descriptionJa = new StringBuilder("申告「").append(ja.label(row.declared())) //$NON-NLS-1$
				.append("」、検証「").append(ja.label(row.verdict())).append("」（").append(ja.label(row.gap())).append("）。"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (row.response() != null && row.response().getVerificationNote() != null) {
			description.append(' ').append(row.response().getVerificationNote());
		}
		if (row.response() != null) {
			descriptionJa.append(ja.text(row.response().getVerificationNote(), row.response().getVerificationNoteJa()));
		}
		finding.setDescription(description.toString());
		finding.setDescriptionJa(descriptionJa.toString());
		finding.setSeverity(row.verdict() == Verdict.NONCONFORM ? Severity.HIGH : Severity.MEDIUM);
		finding.setStatus(FindingStatus.OPEN);
		finding.setRaisedOn(today);
		if (row.response() != null) {
			finding.getEvidence().addAll(List.copyOf(row.response().getEvidence()));
		}
		return finding;
	}

	/** @return a command adding a finding to the project */
	public static Command raiseFinding(EditingDomain domain, Assessment assessment, Finding finding) {
		return AddCommand.create(domain, assessment.eContainer(), Literals.AUDIT_PROJECT__FINDINGS, finding);
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
