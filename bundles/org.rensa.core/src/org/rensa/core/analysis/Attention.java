// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.rensa.core.analysis.ChainReport.FlowDownBreak;
import org.rensa.core.analysis.ChainReport.OversightProblem;
import org.rensa.core.analysis.ChainReport.ProblemKind;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.validation.DiagnosticMessages;
import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.AuditProject;
import org.rensa.model.Certification;
import org.rensa.model.DeclarationGap;
import org.rensa.model.Organization;
import org.rensa.model.RemediationAction;
import org.rensa.model.Response;
import org.rensa.model.Verdict;
import org.rensa.model.Visit;
import org.rensa.model.text.Language;
import org.rensa.model.text.LocalizedMessage;

/**
 * What needs attention today in a project: the facts of the project overview (workbench) and of
 * {@code rensa attention}. Each fact comes from the rule that already defines it:
 * <ul>
 * <li>{@link Kind#OVERDUE_ACTION}: {@link RemediationAction#isOverdue(LocalDate)} (the validator's rule
 * 105);</li>
 * <li>{@link Kind#OVERSTATED_DECLARATION}: responses whose {@linkplain Response#getGap() gap} is
 * overstated, in the current assessment of each organisation ({@link AssessmentHistory}; rule 109);</li>
 * <li>{@link Kind#UNVERIFIED_IN_OPEN_VISIT}: responses still {@link Verdict#NOT_VERIFIED} in the
 * assessment of a visit that has started and whose assessment is not completed;</li>
 * <li>{@link Kind#EXPIRING_CERTIFICATION}: certifications expired (rule 108) or expiring within
 * {@link #EXPIRY_WINDOW_DAYS} days;</li>
 * <li>{@link Kind#FLOW_DOWN_BREAK}: {@link ChainReport#breaks()};</li>
 * <li>{@link Kind#SENSITIVE_FLOW_UNASSESSED}: {@link ChainReport#problems()} of kind
 * {@link ProblemKind#SENSITIVE_DATA_UNASSESSED}.</li>
 * </ul>
 * Items come grouped by kind in that order, each group in project order.
 */
public final class Attention {

	/** Certifications ending within this many days from today are listed as expiring. */
	public static final int EXPIRY_WINDOW_DAYS = 90;

	/** What an item is about; the order of the overview's groups. */
	public enum Kind {
		/** A remediation action past its due date and not done. */
		OVERDUE_ACTION,
		/** A supplier declared more than the auditor verified. */
		OVERSTATED_DECLARATION,
		/** A requirement not yet verified in a visit that is under way. */
		UNVERIFIED_IN_OPEN_VISIT,
		/** A certification expired or expiring soon. */
		EXPIRING_CERTIFICATION,
		/** Flow-down obligations lost along a chain. */
		FLOW_DOWN_BREAK,
		/** Sensitive information reaches an organisation never assessed. */
		SENSITIVE_FLOW_UNASSESSED;

		/** @return the short, localisable name of the kind (a group heading) */
		public LocalizedMessage title() {
			return DiagnosticMessages.message("attention.kind." + name()); //$NON-NLS-1$
		}
	}

	/** How urgent an item is. */
	public enum Urgency {
		/** Act now: past a date, or an exposure already happening. */
		HIGH,
		/** Act soon. */
		MEDIUM
	}

	/**
	 * One thing that needs attention.
	 *
	 * @param kind    what it is about
	 * @param urgency how urgent it is
	 * @param element the model element to open to act on it: the remediation action, the response, the
	 *                certification, the contract to add the clauses to (the relationship when no contract
	 *                governs the broken link), or the organisation never assessed
	 * @param message one sentence, to be {@linkplain LocalizedMessage#render(Language) rendered} in the
	 *                language it is shown in
	 */
	public record Item(Kind kind, Urgency urgency, EObject element, LocalizedMessage message) {

		/**
		 * @param language a language
		 * @return the sentence in that language
		 */
		public String text(Language language) {
			return message.render(language).replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private Attention() {
	}

	/**
	 * @param document an open project
	 * @param clock    gives today's date
	 * @return what needs attention, grouped by kind
	 */
	public static List<Item> of(AuditProjectDocument document, Clock clock) {
		return of(document.getProject(), ProjectAnalysis.chainReport(document), LocalDate.now(clock));
	}

	/**
	 * @param project a project
	 * @param report  its chain report
	 * @param today   today's date
	 * @return what needs attention, grouped by kind
	 */
	public static List<Item> of(AuditProject project, ChainReport report, LocalDate today) {
		List<Item> items = new ArrayList<>();
		for (RemediationAction action : project.getRemediationActions()) {
			if (action.isOverdue(today)) {
				items.add(new Item(Kind.OVERDUE_ACTION, Urgency.HIGH, action,
						DiagnosticMessages.message("diagnostic.105", action.getCode() == null ? action : action.getCode(), //$NON-NLS-1$
								action.getDueDate(), action.getStatus(), action.getOwner())));
			}
		}
		Set<Assessment> superseded = AssessmentHistory.superseded(project);
		for (Assessment assessment : project.getAssessments()) {
			if (superseded.contains(assessment)) {
				continue;
			}
			for (Response response : assessment.getResponses()) {
				if (response.getGap() == DeclarationGap.OVERSTATED) {
					items.add(new Item(Kind.OVERSTATED_DECLARATION, Urgency.MEDIUM, response,
							DiagnosticMessages.message("diagnostic.109", assessment.getOrganization(), //$NON-NLS-1$
									response.getDeclaredAnswer(), response.getRequirement(), response.getVerdict())));
				}
			}
		}
		for (Visit visit : project.getVisits()) {
			Assessment assessment = visit.getAssessment();
			if (assessment == null || assessment.getStatus() == AssessmentStatus.COMPLETED
					|| (visit.getStartDate() != null && visit.getStartDate().isAfter(today))) {
				continue;
			}
			for (Response response : assessment.getResponses()) {
				if (response.getVerdict() == null || response.getVerdict() == Verdict.NOT_VERIFIED) {
					items.add(new Item(Kind.UNVERIFIED_IN_OPEN_VISIT, Urgency.MEDIUM, response,
							DiagnosticMessages.message("attention.unverified", response.getRequirement(), //$NON-NLS-1$
									assessment.getOrganization(), visit.getStartDate() == null ? "-" : visit.getStartDate()))); //$NON-NLS-1$
				}
			}
		}
		LocalDate horizon = today.plusDays(EXPIRY_WINDOW_DAYS);
		for (Organization organization : project.getOrganizations()) {
			for (Certification certification : organization.getCertifications()) {
				LocalDate until = certification.getValidUntil();
				if (until == null || !until.isBefore(horizon)) {
					continue;
				}
				boolean expired = until.isBefore(today);
				items.add(new Item(Kind.EXPIRING_CERTIFICATION, expired ? Urgency.HIGH : Urgency.MEDIUM, certification,
						DiagnosticMessages.message(expired ? "diagnostic.108" : "attention.expiring", //$NON-NLS-1$ //$NON-NLS-2$
								certification.getScheme(), organization, until)));
			}
		}
		for (FlowDownBreak flowDownBreak : report.breaks()) {
			EObject target = flowDownBreak.contract() != null ? flowDownBreak.contract() : flowDownBreak.link();
			items.add(new Item(Kind.FLOW_DOWN_BREAK, Urgency.HIGH, target, ChainMessages.describe(flowDownBreak)));
		}
		for (OversightProblem problem : report.problems()) {
			if (problem.kind() == ProblemKind.SENSITIVE_DATA_UNASSESSED) {
				items.add(new Item(Kind.SENSITIVE_FLOW_UNASSESSED, Urgency.HIGH, problem.organization(),
						ChainMessages.describe(problem)));
			}
		}
		items.sort(Comparator.comparing(Item::kind)); // stable: project order within a kind
		return List.copyOf(items);
	}
}
