// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.derived;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;

/**
 * Computes supply-chain tiers: how far an organisation is from the buyer.
 *
 * <p>The tier is the length of the shortest directed path from the buyer over the project's
 * relationships (both {@code SUPPLY} and {@code SUBCONTRACT}), following each relationship from its
 * {@code from} (upstream) to its {@code to} (downstream) organisation: the buyer is tier 0, its
 * direct suppliers tier 1, their subcontractors tier 2, and so on. Organisations that no path
 * reaches (including every organisation of a project without a buyer) are {@link #UNREACHABLE}.
 * Cycles (e.g. a buyer that is also a supplier of its own supplier) are harmless: a breadth-first
 * search visits each organisation once, so the shortest path wins.
 *
 * <p>The buyer is {@link AuditProject#getBuyer()}; when that is not set, every organisation of kind
 * {@link OrganizationKind#BUYER} is treated as a tier-0 root. Relationships with a missing end are
 * ignored.
 *
 * <p>{@link #tierOf(Organization)} (behind the derived {@code Organization.tier}) answers from a
 * per-project cache, so asking every organisation for its tier stays linear; the cache is dropped on
 * any change to the project, its relationships or its organisations.
 */
public final class SupplyChainTiers {

	/** Tier of an organisation that no relationship path from the buyer reaches. */
	public static final int UNREACHABLE = -1;

	private SupplyChainTiers() {
	}

	/**
	 * Computes the tiers of all organisations of a project in one breadth-first search,
	 * in O(V + E) for V organisations and E relationships.
	 *
	 * @param project the project
	 * @return an unmodifiable map holding every organisation of {@code project.getOrganizations()},
	 *         in the project's order, with its tier or {@link #UNREACHABLE}
	 */
	public static Map<Organization, Integer> tiersOf(AuditProject project) {
		Objects.requireNonNull(project, "project");
		Map<Organization, Integer> reached = search(project);
		Map<Organization, Integer> tiers = new LinkedHashMap<>();
		for (Organization organization : project.getOrganizations()) {
			tiers.put(organization, reached.getOrDefault(organization, UNREACHABLE));
		}
		return Collections.unmodifiableMap(tiers);
	}

	/**
	 * The tier of one organisation, from the project's tier cache (computed on first use after a
	 * change, in O(V + E)).
	 *
	 * @param organization the organisation
	 * @return its tier, or {@link #UNREACHABLE} when no path from the buyer reaches it or it
	 *         belongs to no {@link AuditProject}
	 */
	public static int tierOf(Organization organization) {
		Objects.requireNonNull(organization, "organization");
		AuditProject project = projectOf(organization);
		if (project == null) {
			return UNREACHABLE;
		}
		return TierCache.of(project).tiers(project).getOrDefault(organization, UNREACHABLE);
	}

	/**
	 * Caches the tiers of one project. Attached to the project, its relationships and its
	 * organisations, it forgets the tiers on any of their notifications, so edits, undo and loading
	 * are always reflected.
	 */
	private static final class TierCache extends AdapterImpl {

		private Map<Organization, Integer> tiers;

		static TierCache of(AuditProject project) {
			for (Adapter adapter : project.eAdapters()) {
				if (adapter instanceof TierCache cache) {
					return cache;
				}
			}
			TierCache cache = new TierCache();
			project.eAdapters().add(cache);
			return cache;
		}

		Map<Organization, Integer> tiers(AuditProject project) {
			if (tiers == null) {
				observe(project.getRelationships());
				observe(project.getOrganizations());
				tiers = search(project);
			}
			return tiers;
		}

		private void observe(List<? extends Notifier> notifiers) {
			for (Notifier notifier : notifiers) {
				if (!notifier.eAdapters().contains(this)) {
					notifier.eAdapters().add(this);
				}
			}
		}

		@Override
		public void notifyChanged(Notification notification) {
			if (!notification.isTouch()) {
				tiers = null;
			}
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == TierCache.class;
		}
	}

	private static AuditProject projectOf(Organization organization) {
		EObject container = organization.eContainer();
		return container instanceof AuditProject ? (AuditProject) container : null;
	}

	/** Breadth-first search from the buyer(s): the tier of every organisation a path reaches. */
	private static Map<Organization, Integer> search(AuditProject project) {
		Map<Organization, Integer> tiers = new HashMap<>();
		Deque<Organization> queue = new ArrayDeque<>();
		for (Organization root : rootsOf(project)) {
			if (tiers.putIfAbsent(root, 0) == null) {
				queue.add(root);
			}
		}
		Map<Organization, List<Organization>> downstream = adjacency(project);
		while (!queue.isEmpty()) {
			Organization current = queue.removeFirst();
			int next = tiers.get(current) + 1;
			for (Organization successor : downstream.getOrDefault(current, List.of())) {
				if (tiers.putIfAbsent(successor, next) == null) {
					queue.addLast(successor);
				}
			}
		}
		return tiers;
	}

	private static List<Organization> rootsOf(AuditProject project) {
		Organization buyer = project.getBuyer();
		if (buyer != null) {
			return List.of(buyer);
		}
		List<Organization> roots = new ArrayList<>();
		for (Organization organization : project.getOrganizations()) {
			if (organization.getKind() == OrganizationKind.BUYER) {
				roots.add(organization);
			}
		}
		return roots;
	}

	private static Map<Organization, List<Organization>> adjacency(AuditProject project) {
		Map<Organization, List<Organization>> downstream = new HashMap<>();
		for (Relationship relationship : project.getRelationships()) {
			Organization from = relationship.getFrom();
			Organization to = relationship.getTo();
			if (from != null && to != null) {
				downstream.computeIfAbsent(from, key -> new ArrayList<>()).add(to);
			}
		}
		return downstream;
	}
}
