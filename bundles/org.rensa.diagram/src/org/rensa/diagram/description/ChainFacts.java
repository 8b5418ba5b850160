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
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Clause;
import org.rensa.model.ClauseCategory;
import org.rensa.model.Contract;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.Response;
import org.rensa.model.Severity;
import org.rensa.model.Verdict;
import org.rensa.model.Visit;
import org.rensa.model.derived.Scorecard;
import org.rensa.model.derived.SupplyChainTiers;

/**
 * What the layers need to know about a project, computed once per drawing in O(size of the
 * project): tiers, the highest open finding per organisation, how far each organisation's
 * self-check was verified, and which clauses each relationship's flows lack.
 */
public final class ChainFacts {

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

	/** Information classes that count as sensitive (confidential or personal). */
	public static final Set<InformationClass> SENSITIVE = Collections.unmodifiableSet(EnumSet.of(
			InformationClass.CONFIDENTIAL_BUSINESS, InformationClass.TECHNICAL_DESIGN, InformationClass.PERSONAL_DATA));

	private final Map<Organization, Integer> tiers;
	private final Map<Organization, Severity> worstOpen = new HashMap<>();
	private final Map<Organization, int[]> counts = new HashMap<>();
	private final Map<Organization, Double> verifiedScores = new HashMap<>();
	private final Set<Organization> visited = Collections.newSetFromMap(new HashMap<>());
	private final Map<Relationship, List<Contract>> contracts = new HashMap<>();
	private final Map<Organization, List<Relationship>> incoming = new HashMap<>();
	private final Map<Relationship, List<String>> missingClauses = new HashMap<>();
	private final Set<Organization> sensitive = Collections.newSetFromMap(new HashMap<>());

	private ChainFacts(AuditProject project) {
		tiers = SupplyChainTiers.tiersOf(project);
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
			verifiedScores.put(assessment.getOrganization(), Scorecard.of(assessment).overall().verifiedScore());
			// answered, verified
			int[] c = counts.computeIfAbsent(assessment.getOrganization(), o -> new int[2]);
			for (Response response : assessment.getResponses()) {
				if (response.getDeclaredAnswer() != DeclaredAnswer.UNANSWERED) {
					c[0]++;
				}
				Verdict verdict = response.getVerdict();
				if (verdict != Verdict.NOT_VERIFIED) {
					c[1]++;
				}
			}
		}
		for (Visit visit : project.getVisits()) {
			if (visit.getOrganization() != null) {
				visited.add(visit.getOrganization());
			}
		}
		for (Contract contract : project.getContracts()) {
			if (contract.getRelationship() != null) {
				contracts.computeIfAbsent(contract.getRelationship(), r -> new ArrayList<>()).add(contract);
			}
		}
		for (Relationship relationship : project.getRelationships()) {
			if (relationship.getTo() != null) {
				incoming.computeIfAbsent(relationship.getTo(), o -> new ArrayList<>()).add(relationship);
			}
			if (isSensitive(relationship)) {
				if (relationship.getFrom() != null) {
					sensitive.add(relationship.getFrom());
				}
				if (relationship.getTo() != null) {
					sensitive.add(relationship.getTo());
				}
			}
		}
		for (Relationship relationship : project.getRelationships()) {
			missingClauses.put(relationship, computeMissing(relationship));
		}
	}

	/**
	 * @param project the project
	 * @return its facts
	 */
	public static ChainFacts of(AuditProject project) {
		return new ChainFacts(project);
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
	 * @return the verified score of its current assessment ({@link Scorecard.Score#verifiedScore()}, 0..1),
	 *         or {@code -1} when nothing was verified
	 */
	public double verifiedScore(Organization organization) {
		Double score = verifiedScores.get(organization);
		return score == null || score.isNaN() ? -1 : score;
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
	 * @param relationship a relationship
	 * @return whether it carries confidential or personal information
	 */
	public static boolean isSensitive(Relationship relationship) {
		for (InformationClass information : relationship.getInformationClasses()) {
			if (SENSITIVE.contains(information)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param organization an organisation
	 * @return whether a sensitive flow reaches or leaves it
	 */
	public boolean hasSensitiveFlow(Organization organization) {
		return sensitive.contains(organization);
	}

	/**
	 * @param relationship a relationship
	 * @return the clause categories (or {@code CONTRACT} for a missing contract) its flows need but its
	 *         contracts lack; for a subcontract carrying sensitive information also the flow-down clause
	 *         the upstream contract lacks. Empty when covered.
	 */
	public List<String> missingClauses(Relationship relationship) {
		return missingClauses.getOrDefault(relationship, List.of());
	}

	private List<String> computeMissing(Relationship relationship) {
		Set<InformationClass> flows = relationship.getInformationClasses().isEmpty()
				? EnumSet.noneOf(InformationClass.class)
				: EnumSet.copyOf(relationship.getInformationClasses());
		flows.remove(InformationClass.NONE);
		if (flows.isEmpty()) {
			return List.of();
		}
		List<Contract> own = contracts.getOrDefault(relationship, List.of());
		List<String> missing = new ArrayList<>();
		if (own.isEmpty()) {
			missing.add("CONTRACT");
		}
		Set<ClauseCategory> present = categories(own);
		boolean sensitiveFlow = isSensitive(relationship);
		if (sensitiveFlow && !present.contains(ClauseCategory.CONFIDENTIALITY)) {
			missing.add(ClauseCategory.CONFIDENTIALITY.getName());
		}
		if (flows.contains(InformationClass.PERSONAL_DATA) && !present.contains(ClauseCategory.PERSONAL_DATA_HANDLING)) {
			missing.add(ClauseCategory.PERSONAL_DATA_HANDLING.getName());
		}
		if ((flows.contains(InformationClass.NETWORK_ACCESS) || flows.contains(InformationClass.PRODUCTION_OT_ACCESS))
				&& !present.contains(ClauseCategory.SECURITY_REQUIREMENTS)) {
			missing.add(ClauseCategory.SECURITY_REQUIREMENTS.getName());
		}
		if (sensitiveFlow && relationship.getKind() == RelationshipKind.SUBCONTRACT && relationship.getFrom() != null
				&& !upstreamFlowsDown(relationship.getFrom())) {
			missing.add(ClauseCategory.FLOW_DOWN.getName());
		}
		return List.copyOf(missing);
	}

	private boolean upstreamFlowsDown(Organization supplier) {
		for (Relationship upstream : incoming.getOrDefault(supplier, List.of())) {
			for (Contract contract : contracts.getOrDefault(upstream, List.of())) {
				for (Clause clause : contract.getClauses()) {
					if (clause.getCategory() == ClauseCategory.FLOW_DOWN || clause.isFlowsDown()) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static Set<ClauseCategory> categories(List<Contract> contracts) {
		Set<ClauseCategory> present = EnumSet.noneOf(ClauseCategory.class);
		for (Contract contract : contracts) {
			for (Clause clause : contract.getClauses()) {
				present.add(clause.getCategory());
			}
		}
		return present;
	}
}
