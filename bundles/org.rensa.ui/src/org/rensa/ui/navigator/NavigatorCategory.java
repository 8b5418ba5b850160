// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.derived.SupplyChainTiers;
import org.rensa.model.text.Language;
import org.rensa.ui.Messages;

/**
 * A grouping node of the project navigator: one of the top-level categories, or a tier group
 * under "Organisations". Equal when kind and tier are equal, so the tree keeps its expansion
 * state across refreshes.
 *
 * @param project the project the node groups elements of
 * @param kind    which elements the node groups
 * @param tier    for {@link Kind#TIER}: the tier (0 buyer, n tier n, -1 unreachable); otherwise 0
 */
public record NavigatorCategory(AuditProject project, Kind kind, int tier) {

	/** The kinds of grouping nodes. */
	public enum Kind {
		/** All organisations, grouped by tier. */
		ORGANIZATIONS,
		/** The organisations of one tier. */
		TIER,
		/** Relationships (who supplies whom). */
		RELATIONSHIPS,
		/** Contracts. */
		CONTRACTS,
		/** Checklists. */
		CHECKLISTS,
		/** Campaigns. */
		CAMPAIGNS,
		/** Assessments. */
		ASSESSMENTS,
		/** On-site visits. */
		VISITS,
		/** Findings. */
		FINDINGS,
		/** Remediation actions. */
		ACTIONS
	}

	/**
	 * @param project an audit project
	 * @return the top-level nodes of the navigator for the project
	 */
	public static List<NavigatorCategory> topLevel(AuditProject project) {
		return List.of(new NavigatorCategory(project, Kind.ORGANIZATIONS, 0),
				new NavigatorCategory(project, Kind.RELATIONSHIPS, 0), new NavigatorCategory(project, Kind.CONTRACTS, 0),
				new NavigatorCategory(project, Kind.CHECKLISTS, 0), new NavigatorCategory(project, Kind.CAMPAIGNS, 0),
				new NavigatorCategory(project, Kind.ASSESSMENTS, 0), new NavigatorCategory(project, Kind.VISITS, 0),
				new NavigatorCategory(project, Kind.FINDINGS, 0), new NavigatorCategory(project, Kind.ACTIONS, 0));
	}

	/**
	 * @param organization an organisation of a project
	 * @return the tier group node the organisation is shown under
	 */
	public static NavigatorCategory tierGroupOf(Organization organization) {
		return new NavigatorCategory((AuditProject) organization.eContainer(), Kind.TIER,
				SupplyChainTiers.tierOf(organization));
	}

	/** @return the children of the node: tier groups or model elements */
	public List<?> children() {
		return switch (kind) {
			case ORGANIZATIONS -> tierGroups();
			case TIER -> organizationsOfTier();
			case RELATIONSHIPS -> project.getRelationships();
			case CONTRACTS -> project.getContracts();
			case CHECKLISTS -> project.getChecklists();
			case CAMPAIGNS -> project.getCampaigns();
			case ASSESSMENTS -> project.getAssessments();
			case VISITS -> project.getVisits();
			case FINDINGS -> project.getFindings();
			case ACTIONS -> project.getRemediationActions();
		};
	}

	/** @return the number of model elements under the node */
	public int elementCount() {
		return kind == Kind.ORGANIZATIONS ? project.getOrganizations().size() : children().size();
	}

	/** @return the localised label with the element count */
	public String label() {
		String name = switch (kind) {
			case ORGANIZATIONS -> Messages.Navigator_organizations;
			case TIER -> tierName(tier);
			case RELATIONSHIPS -> Messages.Navigator_relationships;
			case CONTRACTS -> Messages.Navigator_contracts;
			case CHECKLISTS -> Messages.Navigator_checklists;
			case CAMPAIGNS -> Messages.Navigator_campaigns;
			case ASSESSMENTS -> Messages.Navigator_assessments;
			case VISITS -> Messages.Navigator_visits;
			case FINDINGS -> Messages.Navigator_findings;
			case ACTIONS -> Messages.Navigator_actions;
		};
		return NLS.bind(Messages.Navigator_countedLabel, name, elementCount());
	}

	/**
	 * @param tier a supply-chain tier
	 * @return its localised name: Buyer, Tier n, or Unreachable
	 */
	public static String tierName(int tier) {
		if (tier == 0) {
			return Messages.Tier_buyer;
		}
		if (tier < 0) {
			return Messages.Tier_unreachable;
		}
		return NLS.bind(Messages.Tier_n, tier);
	}

	private List<NavigatorCategory> tierGroups() {
		Map<Organization, Integer> tiers = SupplyChainTiers.tiersOf(project);
		TreeSet<Integer> present = new TreeSet<>(Comparator.comparingInt(NavigatorCategory::tierOrder));
		for (Organization organization : project.getOrganizations()) {
			present.add(tiers.getOrDefault(organization, SupplyChainTiers.UNREACHABLE));
		}
		List<NavigatorCategory> groups = new ArrayList<>();
		for (int each : present) {
			groups.add(new NavigatorCategory(project, Kind.TIER, each));
		}
		return groups;
	}

	private List<Organization> organizationsOfTier() {
		Map<Organization, Integer> tiers = SupplyChainTiers.tiersOf(project);
		List<Organization> result = new ArrayList<>();
		for (Organization organization : project.getOrganizations()) {
			if (tiers.getOrDefault(organization, SupplyChainTiers.UNREACHABLE) == tier) {
				result.add(organization);
			}
		}
		result.sort(Comparator.comparing(Language.ui()::label, String.CASE_INSENSITIVE_ORDER));
		return result;
	}

	private static int tierOrder(int tier) {
		return tier < 0 ? Integer.MAX_VALUE : tier;
	}
}
