// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rensa.model.ClauseCategory;
import org.rensa.model.Contract;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;

/**
 * The result of a {@link ChainAnalysis}: clause coverage, flow-down breaks, oversight problems, chain
 * risk scores and the visibility gap per tier. Immutable snapshot; recompute after the model changes.
 */
public final class ChainReport {

	/** A cell of the coverage matrix. */
	public enum CoverageState {
		/** A contract on the relationship carries a clause of the category. */
		PRESENT,
		/** The rule table requires the category and a relationship lacks it. */
		MISSING,
		/** The category is neither required nor present. */
		NOT_REQUIRED
	}

	/** How far the buyer has looked at an organisation. */
	public enum Assessed {
		/** An auditor verified requirements (or visited on site). */
		VERIFIED,
		/** Only a self-check was returned. */
		DECLARED_ONLY,
		/** Never assessed (at most a planned or sent self-check). */
		NEVER_ASSESSED
	}

	/** The kinds of subcontracting oversight problems. */
	public enum ProblemKind {
		/** A subcontract was not declared to the buyer. */
		UNDECLARED_SUBCONTRACTOR,
		/** A declared subcontract was not approved by the buyer. */
		UNAPPROVED_SUBCONTRACTOR,
		/** Sensitive information reaches an organisation the buyer never assessed. */
		SENSITIVE_DATA_UNASSESSED,
		/** Personal data goes to an organisation in another country than the buyer's. */
		FOREIGN_PERSONAL_DATA
	}

	/**
	 * A cell of the coverage matrix.
	 *
	 * @param category     the clause category
	 * @param state        present, missing or not required
	 * @param contract     the contract holding the clause (present) or the one to add it to (missing;
	 *                     {@code null} when no contract governs the relationship)
	 * @param relationship the relationship lacking the clause (missing) or carrying it (present), or
	 *                     {@code null}
	 */
	public record CoverageCell(ClauseCategory category, CoverageState state, Contract contract,
			Relationship relationship) {
	}

	/**
	 * A row of the coverage matrix: one organisation other than the buyer.
	 *
	 * @param organization the organisation
	 * @param tier         its tier ({@code -1} when the buyer's chain does not reach it)
	 * @param received     the information classes it receives
	 * @param cells        one cell per clause category, in category order
	 */
	public record CoverageRow(Organization organization, int tier, Set<InformationClass> received,
			List<CoverageCell> cells) {

		/**
		 * @param category a clause category
		 * @return the cell of that category
		 */
		public CoverageCell cell(ClauseCategory category) {
			return cells.get(category.ordinal());
		}

		/** @return how many categories are missing */
		public int missingCount() {
			return (int) cells.stream().filter(c -> c.state() == CoverageState.MISSING).count();
		}
	}

	/**
	 * A break in a flow-down chain: an organisation received obligations marked as flowing down but does
	 * not impose them on the next organisation of the chain.
	 *
	 * @param link             the relationship on which the obligations are missing (from → to)
	 * @param missing          the categories the upstream contract makes flow down but the link's
	 *                         contracts lack
	 * @param upstreamContract the contract that makes the (first) missing obligation flow down
	 * @param contract         the link's contract to add the clauses to, or {@code null} when none
	 * @param chain            the whole chain from the buyer to the link's downstream organisation
	 */
	public record FlowDownBreak(Relationship link, Set<ClauseCategory> missing, Contract upstreamContract,
			Contract contract, List<Organization> chain) {
	}

	/**
	 * A subcontracting oversight problem.
	 *
	 * @param kind         what is wrong
	 * @param organization the organisation concerned (the subcontractor, the unassessed or foreign one)
	 * @param relationship the relationship concerned, or {@code null} for organisation-level problems
	 * @param classes      the information classes concerned
	 * @param chain        the chain from the buyer to the organisation
	 */
	public record OversightProblem(ProblemKind kind, Organization organization, Relationship relationship,
			Set<InformationClass> classes, List<Organization> chain) {
	}

	/**
	 * The chain risk score of an organisation (0 = no risk, 100 = worst).
	 *
	 * @param organization the organisation
	 * @param tier         its tier
	 * @param assessed     how far it was assessed
	 * @param weakness     its own weakness (0..1): 1 − the verified score of its current assessment
	 *                     ({@link org.rensa.model.derived.Scorecard}), else the assumed weakness of {@link RiskWeights}
	 * @param findings     its open findings (0..1)
	 * @param sensitivity  the sensitivity of what it receives (0..1)
	 * @param own          its own score
	 * @param chain        its chain score: no lower than its own or its subcontractors' (weighted)
	 * @param weakestLink  the organisation whose own score determines the chain score
	 */
	public record RiskScore(Organization organization, int tier, Assessed assessed, double weakness,
			double findings, double sensitivity, double own, double chain, Organization weakestLink) {
	}

	/**
	 * The visibility gap of one tier.
	 *
	 * @param tier                     the tier ({@code -1}: not reached from the buyer)
	 * @param organizations            organisations at the tier
	 * @param verified                 of those, verified
	 * @param declaredOnly             of those, declared only
	 * @param neverAssessed            of those, never assessed
	 * @param sensitiveFlows           relationships passing sensitive information into the tier
	 * @param sensitiveFlowsUnverified of those, to declared-only or never assessed organisations
	 */
	public record TierVisibility(int tier, int organizations, int verified, int declaredOnly, int neverAssessed,
			int sensitiveFlows, int sensitiveFlowsUnverified) {

		/** @return share of organisations declared-only or never assessed (0..1) */
		public double organizationGap() {
			return organizations == 0 ? 0 : (declaredOnly + neverAssessed) / (double) organizations;
		}

		/** @return share of sensitive flows into declared-only or never assessed organisations (0..1) */
		public double flowGap() {
			return sensitiveFlows == 0 ? 0 : sensitiveFlowsUnverified / (double) sensitiveFlows;
		}
	}

	private final Organization buyer;
	private final List<CoverageRow> coverage;
	private final List<FlowDownBreak> breaks;
	private final List<OversightProblem> problems;
	private final List<RiskScore> risks;
	private final List<TierVisibility> visibility;
	private final Map<Organization, List<Organization>> downstream;
	private final Map<Relationship, Set<ClauseCategory>> missingOnLinks;
	private final Set<Relationship> governed;

	ChainReport(Organization buyer, List<CoverageRow> coverage, List<FlowDownBreak> breaks,
			List<OversightProblem> problems, List<RiskScore> risks, List<TierVisibility> visibility,
			Map<Organization, List<Organization>> downstream, Map<Relationship, Set<ClauseCategory>> missingOnLinks,
			Set<Relationship> governed) {
		this.missingOnLinks = missingOnLinks;
		this.governed = governed;
		this.buyer = buyer;
		this.coverage = Collections.unmodifiableList(coverage);
		this.breaks = Collections.unmodifiableList(breaks);
		this.problems = Collections.unmodifiableList(problems);
		this.risks = Collections.unmodifiableList(risks);
		this.visibility = Collections.unmodifiableList(visibility);
		this.downstream = downstream;
	}

	/** @return the buyer (tier 0), or {@code null} */
	public Organization buyer() {
		return buyer;
	}

	/** @return the coverage matrix: one row per organisation other than the buyer, in project order */
	public List<CoverageRow> coverage() {
		return coverage;
	}

	/**
	 * @param tier             only rows of this tier, or {@code null} for all
	 * @param informationClass only rows receiving this class, or {@code null} for all
	 * @return the filtered coverage matrix
	 */
	public List<CoverageRow> coverage(Integer tier, InformationClass informationClass) {
		List<CoverageRow> rows = new ArrayList<>();
		for (CoverageRow row : coverage) {
			if ((tier == null || row.tier() == tier)
					&& (informationClass == null || row.received().contains(informationClass))) {
				rows.add(row);
			}
		}
		return rows;
	}

	/** @return the flow-down breaks, by upstream organisation in project order */
	public List<FlowDownBreak> breaks() {
		return breaks;
	}

	/** @return the oversight problems */
	public List<OversightProblem> problems() {
		return problems;
	}

	/** @return the risk score of every organisation other than the buyer, in project order */
	public List<RiskScore> risks() {
		return risks;
	}

	/**
	 * @param organization an organisation
	 * @return its risk score, or {@code null} (e.g. for the buyer)
	 */
	public RiskScore risk(Organization organization) {
		for (RiskScore score : risks) {
			if (score.organization() == organization) {
				return score;
			}
		}
		return null;
	}

	/** @return the visibility gap per tier, tiers ascending, unreached ({@code -1}) last */
	public List<TierVisibility> visibility() {
		return visibility;
	}

	/**
	 * @param organization an organisation
	 * @return every organisation it passes work or information to, directly or further down, breadth
	 *         first, without the buyer and without itself
	 */
	public List<Organization> downstreamOf(Organization organization) {
		Map<Organization, Boolean> seen = new IdentityHashMap<>();
		seen.put(organization, Boolean.TRUE);
		if (buyer != null) {
			seen.put(buyer, Boolean.TRUE);
		}
		List<Organization> result = new ArrayList<>();
		Deque<Organization> queue = new ArrayDeque<>();
		queue.add(organization);
		while (!queue.isEmpty()) {
			for (Organization next : downstream.getOrDefault(queue.removeFirst(), List.of())) {
				if (seen.put(next, Boolean.TRUE) == null) {
					result.add(next);
					queue.add(next);
				}
			}
		}
		return result;
	}

	/**
	 * @param relationship a relationship
	 * @return the clause categories the rule table requires on it (for the information it passes to
	 *         its receiver's tier) that no contract governing it carries; empty when covered or when
	 *         the relationship leads to the buyer
	 */
	public Set<ClauseCategory> missingOn(Relationship relationship) {
		return missingOnLinks.getOrDefault(relationship, Set.of());
	}

	/**
	 * @param relationship a relationship
	 * @return whether a contract governs it (names it, or has both its ends among its parties)
	 */
	public boolean isGoverned(Relationship relationship) {
		return governed.contains(relationship);
	}

	/** @return whether there are flow-down breaks or oversight problems */
	public boolean hasChainProblems() {
		return !breaks.isEmpty() || !problems.isEmpty();
	}
}
