// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.rensa.diagram.description.ChainFacts;
import org.rensa.diagram.description.DiagramDescription;
import org.rensa.diagram.description.NodeMapping;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.NotationFactory;
import org.rensa.diagram.notation.Point;
import org.rensa.diagram.scene.TextMetrics;
import org.rensa.model.Organization;
import org.rensa.model.derived.SupplyChainTiers;
import org.rensa.model.text.Language;

/**
 * Lays a supply-chain diagram out with ELK Layered: left to right by tier (the buyer in the first
 * column, each tier in the next; organisations no path from the buyer reaches in a last column),
 * orthogonal edge routing, cycles broken against the tier order. Pinned nodes keep their position.
 * An edge routed by the user keeps its bend points when neither of its ends moves (both pinned, or
 * outside the arranged selection); otherwise it gets the layout's route. Other edges that touch a
 * pinned node lose their stored route and are drawn with a simple orthogonal route.
 */
public final class SupplyChainLayout {

	/** Margin around the drawing. */
	public static final int MARGIN = 40;
	private static final double COLUMN = 10_000;
	private static boolean registered;

	private SupplyChainLayout() {
	}

	private static synchronized void register() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			registered = true;
		}
	}

	/**
	 * Fits each node's width to its texts in English and Japanese (pinned nodes keep their size).
	 *
	 * @param diagram the diagram
	 * @param facts   the facts of its project
	 */
	public static void fitSizes(Diagram diagram, ChainFacts facts) {
		DiagramDescription description = SupplyChainDiagram.description();
		for (Node node : diagram.getNodes()) {
			if (!node.isPinned() && node.getElement() instanceof Organization organization) {
				double text = 0;
				for (boolean japanese : new boolean[] { false, true }) {
					text = Math.max(text, TextMetrics.width(Language.of(japanese).label(organization), NodeLabels.NAME_SIZE, true));
					NodeMapping mapping = description.mappingOf(organization).orElse(null);
					if (mapping != null) {
						text = Math.max(text, TextMetrics.width(mapping.detail().detail(organization, facts, japanese),
								NodeLabels.DETAIL_SIZE, false));
					}
				}
				node.setWidth((int) Math.max(150, Math.min(320, Math.ceil(text) + 44)));
				node.setHeight(DiagramSynchronizer.DEFAULT_HEIGHT);
			}
		}
		// One width per tier: straight columns.
		Map<Integer, Integer> widths = new HashMap<>();
		for (Node node : diagram.getNodes()) {
			if (!node.isPinned()) {
				widths.merge(tier(node, facts), node.getWidth(), Math::max);
			}
		}
		for (Node node : diagram.getNodes()) {
			if (!node.isPinned()) {
				node.setWidth(widths.get(tier(node, facts)));
			}
		}
	}

	/**
	 * Arranges every node (pinned nodes stay put).
	 *
	 * @param diagram a synchronised diagram
	 * @param facts   the facts of its project (for the tiers)
	 */
	public static void arrangeAll(Diagram diagram, ChainFacts facts) {
		fitSizes(diagram, facts);
		run(diagram, facts, diagram.getNodes(), false);
	}

	/**
	 * Arranges some nodes among themselves and puts the result where they were (the top-left corner
	 * of their bounding box stays); pinned nodes among them stay put.
	 *
	 * @param diagram   a synchronised diagram
	 * @param facts     the facts of its project
	 * @param selection the nodes to arrange
	 */
	public static void arrangeSelection(Diagram diagram, ChainFacts facts, Collection<Node> selection) {
		if (selection.isEmpty()) {
			return;
		}
		run(diagram, facts, selection, true);
	}

	private static void run(Diagram diagram, ChainFacts facts, Collection<Node> scope, boolean keepOrigin) {
		register();
		int minX = Integer.MAX_VALUE;
		int minY = Integer.MAX_VALUE;
		for (Node node : scope) {
			minX = Math.min(minX, node.getX());
			minY = Math.min(minY, node.getY());
		}
		int maxTier = 0;
		for (Node node : scope) {
			maxTier = Math.max(maxTier, tier(node, facts));
		}

		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
		root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.INTERACTIVE);
		root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, 22.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 110.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 18.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 8.0);
		root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 40.0);
		root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
		root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(0));
		// Fewer crossing-minimisation sweeps on large chains: the result barely changes, the time halves.
		root.setProperty(LayeredOptions.THOROUGHNESS, scope.size() > 500 ? 2 : 7);

		Map<Node, ElkNode> elkNodes = new HashMap<>();
		int row = 0;
		for (Node node : scope) {
			ElkNode elk = ElkGraphUtil.createNode(root);
			int tier = tier(node, facts);
			int column = tier == SupplyChainTiers.UNREACHABLE ? maxTier + 1 : tier;
			elk.setDimensions(Math.max(20, node.getWidth()), Math.max(20, node.getHeight()));
			elk.setLocation(column * COLUMN, row++);
			elkNodes.put(node, elk);
		}
		Map<Edge, ElkEdge> elkEdges = new HashMap<>();
		for (Edge edge : diagram.getEdges()) {
			ElkNode source = elkNodes.get(edge.getSource());
			ElkNode target = elkNodes.get(edge.getTarget());
			if (source != null && target != null) {
				elkEdges.put(edge, ElkGraphUtil.createSimpleEdge(source, target));
			}
		}

		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		int dx = keepOrigin ? minX : MARGIN;
		int dy = keepOrigin ? minY : MARGIN;
		Set<Node> pinned = new HashSet<>();
		for (Map.Entry<Node, ElkNode> entry : elkNodes.entrySet()) {
			Node node = entry.getKey();
			if (node.isPinned()) {
				pinned.add(node);
				continue;
			}
			node.setX((int) Math.round(entry.getValue().getX()) + dx);
			node.setY((int) Math.round(entry.getValue().getY()) + dy);
		}
		for (Edge edge : diagram.getEdges()) {
			ElkEdge elk = elkEdges.get(edge);
			boolean touchesScope = elkNodes.containsKey(edge.getSource()) || elkNodes.containsKey(edge.getTarget());
			if (!touchesScope || edge.isRoutedByUser() && stays(edge.getSource(), elkNodes, pinned)
					&& stays(edge.getTarget(), elkNodes, pinned)) {
				continue;
			}
			edge.getBendpoints().clear();
			edge.setRoutedByUser(false);
			if (elk == null || pinned.contains(edge.getSource()) || pinned.contains(edge.getTarget())
					|| elk.getSections().isEmpty()) {
				continue;
			}
			ElkEdgeSection section = elk.getSections().get(0);
			List<Point> points = edge.getBendpoints();
			points.add(point(section.getStartX() + dx, section.getStartY() + dy));
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(point(bend.getX() + dx, bend.getY() + dy));
			}
			points.add(point(section.getEndX() + dx, section.getEndY() + dy));
		}
	}

	private static boolean stays(Node node, Map<Node, ElkNode> arranged, Set<Node> pinned) {
		return pinned.contains(node) || !arranged.containsKey(node);
	}

	private static int tier(Node node, ChainFacts facts) {
		return node.getElement() instanceof Organization organization ? facts.tier(organization)
				: SupplyChainTiers.UNREACHABLE;
	}

	private static Point point(double x, double y) {
		Point point = NotationFactory.eINSTANCE.createPoint();
		point.setX((int) Math.round(x));
		point.setY((int) Math.round(y));
		return point;
	}
}
