// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

import org.rensa.diagram.description.ChainFacts;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.Filter;
import org.rensa.diagram.notation.Node;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.derived.SupplyChainTiers;

/**
 * Applies a diagram's {@link Filter}: hide tiers beyond N (and organisations no path reaches), show
 * only the chain below one organisation, hide organisations without sensitive flows (the buyer
 * always stays).
 */
public final class DiagramFilter {

	private DiagramFilter() {
	}

	/**
	 * @param diagram a synchronised diagram
	 * @param facts   the facts of its project
	 * @return the nodes to draw, in the diagram's order
	 */
	public static Set<Node> visibleNodes(Diagram diagram, ChainFacts facts) {
		Filter filter = diagram.getFilter();
		Set<Node> visible = new LinkedHashSet<>();
		Set<Node> below = filter != null && filter.getRootId() != null ? below(diagram, filter.getRootId()) : null;
		for (Node node : diagram.getNodes()) {
			if (!(node.getElement() instanceof Organization organization)) {
				continue;
			}
			if (filter != null) {
				int tier = facts.tier(organization);
				if (filter.isSetMaxTier() && (tier == SupplyChainTiers.UNREACHABLE || tier > filter.getMaxTier())) {
					continue;
				}
				if (below != null && !below.contains(node)) {
					continue;
				}
				if (filter.isSensitiveOnly() && organization.getKind() != OrganizationKind.BUYER
						&& !facts.hasSensitiveFlow(organization)) {
					continue;
				}
			}
			visible.add(node);
		}
		return visible;
	}

	private static Set<Node> below(Diagram diagram, String rootId) {
		Map<Node, List<Node>> next = new HashMap<>();
		Node root = null;
		for (Node node : diagram.getNodes()) {
			if (rootId.equals(node.getSemanticId())) {
				root = node;
			}
		}
		Set<Node> reached = new HashSet<>();
		if (root == null) {
			return reached;
		}
		for (Edge edge : diagram.getEdges()) {
			next.computeIfAbsent(edge.getSource(), n -> new ArrayList<>()).add(edge.getTarget());
		}
		Deque<Node> queue = new ArrayDeque<>();
		queue.add(root);
		reached.add(root);
		while (!queue.isEmpty()) {
			for (Node target : next.getOrDefault(queue.poll(), List.of())) {
				if (reached.add(target)) {
					queue.add(target);
				}
			}
		}
		return reached;
	}
}
