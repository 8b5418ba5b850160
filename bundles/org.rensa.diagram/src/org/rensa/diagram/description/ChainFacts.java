// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.description;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rensa.core.analysis.AssessmentHistory;
import org.rensa.core.analysis.ChainAnalysis;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.analysis.ChainReport.FlowDownBreak;
import org.rensa.core.analysis.ChainReport.RiskScore;
import org.rensa.core.analysis.ProjectAnalysis;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.ClauseCategory;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.Response;
import org.rensa.model.Severity;
import org.rensa.model.Verdict;
import org.rensa.model.Visit;
import org.rensa.model.derived.SupplyChainTiers;

/**
 * What the layers need to know about a project, computed once per drawing in O(size of the
 * project): tiers, the highest open finding per organisation, how far each organisation's
 * self-check was verified, and — from the project's {@link ChainReport} (its rule table, risk
 * weights and sensitive classes, see {@link ProjectAnalysis}) — each organisation's chain risk band
 * and which clauses each relationship lacks.
 */
public final class ChainFacts {

	/**
	 * The bands of the chain risk score (0 = no risk, 100 = worst) the Risk layer colours by.
	 */
	public enum RiskBand {
		/** No score: the buyer, or an organisation the analysis does not cover. */
		NONE,
		/** Chain risk below 25. */
		LOW,
		/** Chain risk 25 to below 50. */
		MODERATE,
		/** Chain risk 50 to below 75. */
		HIGH,
		/** Chain risk 75 or more. */
		SEVERE;

		/**
		 * @param chainRisk a chain risk score (0..100)
		 * @return its band
		 */
		public static RiskBand of(double chainRisk) {
			return chainRisk >= 75 ? SEVERE : chainRisk >= 50 ? HIGH : chainRisk >= 25 ? MODERATE : LOW;
		}
	}

	/** How far what an organisation declared was verified. */
	public enum VerificationState {
		/** No self-check answers and no verdicts. */
		NEVER_ASSESSED,
		/** Answers, but no auditor verdict. */
		DECLARED_ONLY,
		/** Some answers verified. */
		PARTLY_VERIFIED,
		/** Every answer verified and at least one visit on site. */
		VERIFIED_ON_SITE
	}

	private final Map<Organization, Integer> tiers;
	private final Map<Organization, Severity> worstOpen = new HashMap<>();
	private final Map<Organization, int[]> counts = new HashMap<>();
	private final Set<Organization> visited = Collections.newSetFromMap(new HashMap<>());
	private final Map<Relationship, List<String>> missingClauses = new HashMap<>();
	private final Set<Organization> sensitive = Collections.newSetFromMap(new HashMap<>());
	private final Set<Organization> undeclared = Collections.newSetFromMap(new HashMap<>());
	private final AuditProject project;
	private final ChainReport report;

	private ChainFacts(AuditProject project, ChainReport report) {
		this.project = project;
		this.report = report;
		tiers = SupplyChainTiers.tiersOf(project);
		for (ChainReport.OversightProblem problem : report.problems()) {
			if (problem.kind() == ChainReport.ProblemKind.UNDECLARED_SUBCONTRACTOR && problem.organization() != null) {
				undeclared.add(problem.organization());
			}
		}
		for (Finding finding : project.getFindings()) {
			Organization organization = finding.getOrganization();
			if (organization != null && finding.getStatus() == FindingStatus.OPEN) {
				Severity current = worstOpen.get(organization);
				if (current == null || finding.getSeverity().getValue() < current.getValue()) {
					worstOpen.put(organization, finding.getSeverity());
				}
			}
		}
		// only each organisation's current assessment: last year's verdicts are history
		for (Assessment assessment : AssessmentHistory.current(project).values()) {
			if (assessment.getOrganization() == null) {
				continue;
			}
			// answered, verified
			int[] c = counts.computeIfAbsent(assessment.getOrganization(), o -> new int[2]);
			for (Response response : assessment.getResponses()) {
				if (response.getDeclaredAnswer() != DeclaredAnswer.UNANSWERED) {
					c[0]++;
				}
				if (response.getVerdict() != Verdict.NOT_VERIFIED) {
					c[1]++;
				}
			}
		}
		for (Visit visit : project.getVisits()) {
			if (visit.getOrganization() != null) {
				visited.add(visit.getOrganization());
			}
		}
		Map<Relationship, Set<ClauseCategory>> broken = new HashMap<>();
		for (FlowDownBreak flowDownBreak : report.breaks()) {
			broken.computeIfAbsent(flowDownBreak.link(), r -> EnumSet.noneOf(ClauseCategory.class))
					.addAll(flowDownBreak.missing());
		}
		for (Relationship relationship : project.getRelationships()) {
			missingClauses.put(relationship, computeMissing(relationship, broken.get(relationship)));
			if (ChainAnalysis.isSensitive(relationship)) {
				if (relationship.getFrom() != null) {
					sensitive.add(relationship.getFrom());
				}
				if (relationship.getTo() != null) {
					sensitive.add(relationship.getTo());
				}
			}
		}
	}

	/**
	 * @param document an open project
	 * @return its facts, from its {@link ProjectAnalysis#chainReport(AuditProjectDocument) chain report}
	 */
	public static ChainFacts of(AuditProjectDocument document) {
		return new ChainFacts(document.getProject(), ProjectAnalysis.chainReport(document));
	}

	/**
	 * @param project a project (e.g. a copy of an open project without the findings a report withholds)
	 * @param report  its chain report, analysed with its project's settings
	 * @return its facts
	 */
	public static ChainFacts of(AuditProject project, ChainReport report) {
		return new ChainFacts(project, report);
	}

	/** @return the project the facts are about */
	public AuditProject project() {
		return project;
	}

	/** @return the chain report the facts come from */
	public ChainReport report() {
		return report;
	}

	/**
	 * @param organization an organisation
	 * @return its tier, or {@link SupplyChainTiers#UNREACHABLE}
	 */
	public int tier(Organization organization) {
		return tiers.getOrDefault(organization, SupplyChainTiers.UNREACHABLE);
	}

	/** @return every organisation's tier, in the project's order */
	public Map<Organization, Integer> tiers() {
		return tiers;
	}

	/**
	 * @param organization an organisation
	 * @return the highest severity of its open findings, or {@code null}
	 */
	public Severity worstOpenFinding(Organization organization) {
		return worstOpen.get(organization);
	}

	/**
	 * @param organization an organisation
	 * @return the band of its chain risk score; {@link RiskBand#NONE} for the buyer
	 */
	public RiskBand riskBand(Organization organization) {
		RiskScore score = report.risk(organization);
		return score == null ? RiskBand.NONE : RiskBand.of(score.chain());
	}

	/**
	 * @param organization an organisation
	 * @return how far its declarations were verified
	 */
	public VerificationState verification(Organization organization) {
		int[] c = counts.get(organization);
		if (c == null || c[0] == 0 && c[1] == 0) {
			return VerificationState.NEVER_ASSESSED;
		}
		if (c[1] == 0) {
			return VerificationState.DECLARED_ONLY;
		}
		return c[1] >= c[0] && visited.contains(organization) ? VerificationState.VERIFIED_ON_SITE
				: VerificationState.PARTLY_VERIFIED;
	}

	/**
	 * @param organization an organisation
	 * @return whether a sensitive flow reaches or leaves it
	 */
	public boolean hasSensitiveFlow(Organization organization) {
		return sensitive.contains(organization);
	}

	/**
	 * @param organization an organisation
	 * @return whether some supplier passes work to it without declaring it to the buyer (an
	 *         undeclared-subcontractor problem of the chain report)
	 */
	public boolean isUndeclaredSubcontractor(Organization organization) {
		return undeclared.contains(organization);
	}

	/**
	 * @param relationship a relationship
	 * @return what its contracts lack, from the chain report: {@code CONTRACT} when it passes
	 *         information and no contract governs it, then the clause categories the rule table
	 *         requires on it and those the upstream contracts make flow down (a flow-down break), in
	 *         category order. Empty when covered.
	 */
	public List<String> missingClauses(Relationship relationship) {
		return missingClauses.getOrDefault(relationship, List.of());
	}

	private List<String> computeMissing(Relationship relationship, Set<ClauseCategory> broken) {
		List<String> missing = new ArrayList<>();
		boolean passes = relationship.getInformationClasses().stream().anyMatch(c -> c != InformationClass.NONE);
		if (passes && !report.isGoverned(relationship)) {
			missing.add("CONTRACT");
		}
		Set<ClauseCategory> categories = EnumSet.noneOf(ClauseCategory.class);
		categories.addAll(report.missingOn(relationship));
		if (broken != null) {
			categories.addAll(broken);
		}
		categories.forEach(c -> missing.add(c.getName()));
		return missing.isEmpty() ? List.of() : List.copyOf(missing);
	}
}
