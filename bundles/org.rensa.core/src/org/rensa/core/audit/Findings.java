// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.DeclarationGap;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.RemediationAction;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage.Literals;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Severity;
import org.rensa.model.Verdict;
import org.rensa.model.Visit;
import org.rensa.model.derived.DeclarationGaps;
import org.rensa.model.derived.FindingClosure;
import org.rensa.model.text.Language;

/**
 * The one rule for a new finding, wherever it is raised: it gets the next free code
 * ({@code F-nnn}), the visit of the day, its assessment, organisation and requirement, a title from
 * the requirement, what was declared and what was verified, a severity from the verdict, status open
 * and the date raised — so that no report or export ever meets a half-made finding.
 */
public final class Findings {

	private static final Pattern CODE = Pattern.compile("F-(\\d+)");
	private static final Pattern ACTION_CODE = Pattern.compile("A-(\\d+)");

	private Findings() {
	}

	/**
	 * Builds a complete, detached finding for a requirement of an assessment.
	 *
	 * @param project     the project the finding will be added to (for its code and visit)
	 * @param assessment  the assessment
	 * @param requirement the requirement found wanting
	 * @param clock       gives the day raised and the visit of the day
	 * @return the finding, not yet in the project (add it with {@link #raise})
	 */
	public static Finding newFinding(AuditProject project, Assessment assessment, Requirement requirement, Clock clock) {
		LocalDate today = LocalDate.now(clock);
		Response response = responseOf(assessment, requirement);
		DeclaredAnswer declared = response == null ? DeclaredAnswer.UNANSWERED : response.getDeclaredAnswer();
		Verdict verdict = response == null ? Verdict.NOT_VERIFIED : response.getVerdict();
		DeclarationGap gap = DeclarationGaps.gapOf(declared, verdict);
		Finding finding = RensaFactory.eINSTANCE.createFinding();
		finding.setCode(nextCode(project));
		finding.setRequirement(requirement);
		finding.setAssessment(assessment);
		finding.setOrganization(assessment.getOrganization());
		finding.setVisit(visitOf(project, assessment, today));
		String code = requirement.getCode() == null ? "" : requirement.getCode();
		finding.setTitle(titled(code, ": ", requirement.getTitle(), requirement.getTitleJa()));
		if (requirement.getTitleJa() != null) {
			finding.setTitleJa(titled(code, "：", requirement.getTitleJa(), null));
		}
		Language en = Language.ENGLISH;
		StringBuilder description = new StringBuilder("Declared ").append(en.label(declared)).append(", verified ")
				.append(en.label(verdict)).append(" (").append(en.label(gap)).append(").");
		Language ja = Language.JAPANESE;
		StringBuilder descriptionJa = new StringBuilder("申告「").append(ja.label(declared)).append("」、検証「")
				.append(ja.label(verdict)).append("」（").append(ja.label(gap)).append("）。");
		if (response != null && response.getVerificationNote() != null) {
			description.append(' ').append(response.getVerificationNote());
		}
		if (response != null) {
			descriptionJa.append(ja.text(response.getVerificationNote(), response.getVerificationNoteJa()));
		}
		finding.setDescription(description.toString());
		finding.setDescriptionJa(descriptionJa.toString());
		finding.setSeverity(verdict == Verdict.NONCONFORM ? Severity.HIGH : Severity.MEDIUM);
		finding.setStatus(FindingStatus.OPEN);
		finding.setRaisedOn(today);
		return finding;
	}

	/**
	 * @param domain  the editing domain
	 * @param project the project
	 * @param finding a finding from {@link #newFinding}
	 * @return one undoable command adding the finding to the project and linking it to the evidence of
	 *         its response
	 */
	public static Command raise(EditingDomain domain, AuditProject project, Finding finding) {
		Command add = AddCommand.create(domain, project, Literals.AUDIT_PROJECT__FINDINGS, finding);
		Response response = finding.getAssessment() == null ? null : responseOf(finding.getAssessment(), finding.getRequirement());
		if (response == null || response.getEvidence().isEmpty()) {
			return add;
		}
		// the two-way link to the response's evidence is made by the command, so that undo unmakes it
		CompoundCommand raise = new CompoundCommand(add.getLabel());
		raise.append(add);
		raise.append(AddCommand.create(domain, finding, Literals.FINDING__EVIDENCE, List.copyOf(response.getEvidence())));
		return raise;
	}

	/**
	 * @param finding a finding, or {@code null}
	 * @return whether it may be closed now: it is open and every one of its actions is verified
	 *         ({@link FindingClosure#READY_TO_CLOSE}, the state validation rule 114 reports)
	 */
	public static boolean canClose(Finding finding) {
		return finding != null && FindingClosure.of(finding) == FindingClosure.READY_TO_CLOSE;
	}

	/**
	 * @param domain  the editing domain
	 * @param finding a finding that {@link #canClose can be closed}
	 * @return one undoable command setting its status to {@link FindingStatus#CLOSED closed}
	 * @throws IllegalArgumentException when the finding cannot be closed yet
	 */
	public static Command close(EditingDomain domain, Finding finding) {
		if (!canClose(finding)) {
			throw new IllegalArgumentException("not every action of the finding is verified: " + finding); //$NON-NLS-1$
		}
		CompoundCommand close = new CompoundCommand("Close Finding"); //$NON-NLS-1$
		close.append(SetCommand.create(domain, finding, Literals.FINDING__STATUS, FindingStatus.CLOSED));
		return close;
	}

	/**
	 * @param project the project
	 * @return the next free finding code: one above the highest {@code F-nnn} in use, three digits at least
	 */
	public static String nextCode(AuditProject project) {
		return next("F", CODE, project.getFindings().stream().map(Finding::getCode).toList());
	}

	/**
	 * @param project the project
	 * @return the next free remediation action code: one above the highest {@code A-nnn} in use,
	 *         three digits at least
	 */
	public static String nextActionCode(AuditProject project) {
		return next("A", ACTION_CODE, project.getRemediationActions().stream().map(RemediationAction::getCode).toList());
	}

	private static String next(String prefix, Pattern pattern, List<String> codes) {
		int highest = 0;
		for (String code : codes) {
			Matcher matcher = code == null ? null : pattern.matcher(code);
			if (matcher != null && matcher.matches() && matcher.group(1).length() < 9) {
				highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
			}
		}
		return String.format(Locale.ROOT, "%s-%03d", prefix, highest + 1);
	}

	/**
	 * @param project    the project
	 * @param assessment the assessment
	 * @param today      the day
	 * @return the visit of the assessment's organisation covering {@code today}, else the latest visit
	 *         of that assessment or organisation, else {@code null}
	 */
	public static Visit visitOf(AuditProject project, Assessment assessment, LocalDate today) {
		Visit latest = null;
		for (Visit visit : project.getVisits()) {
			boolean same = visit.getAssessment() == assessment
					|| assessment.getOrganization() != null && visit.getOrganization() == assessment.getOrganization();
			if (!same) {
				continue;
			}
			if (covers(visit, today)) {
				return visit;
			}
			if (latest == null || start(visit).isAfter(start(latest))) {
				latest = visit;
			}
		}
		return latest;
	}

	private static boolean covers(Visit visit, LocalDate day) {
		LocalDate start = visit.getStartDate();
		LocalDate end = visit.getEndDate() == null ? start : visit.getEndDate();
		return start != null && !day.isBefore(start) && !day.isAfter(end);
	}

	private static LocalDate start(Visit visit) {
		return visit.getStartDate() == null ? LocalDate.MIN : visit.getStartDate();
	}

	private static Response responseOf(Assessment assessment, Requirement requirement) {
		for (Response response : assessment.getResponses()) {
			if (response.getRequirement() == requirement) {
				return response;
			}
		}
		return null;
	}

	private static String titled(String code, String separator, String title, String fallback) {
		String text = title != null && !title.isBlank() ? title : fallback;
		if (text == null || text.isBlank()) {
			return code.isEmpty() ? "Finding" : code;
		}
		return code.isEmpty() ? text : code + separator + text;
	}
}
