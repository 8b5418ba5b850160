// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rensa.diagram.tests.SynchronizerTest.edge;
import static org.rensa.diagram.tests.SynchronizerTest.node;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rensa.diagram.DiagramStore;
import org.rensa.diagram.DiagramSynchronizer;
import org.rensa.diagram.SupplyChainLayout;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.Point;
import org.rensa.diagram.scene.SceneBuilder;
import org.rensa.model.AuditProject;
import org.rensa.tools.SyntheticChain;

class LayoutTest {

	private static Diagram laidOut(AuditProject project) {
		Diagram diagram = DiagramStore.newDiagram("t");
		new DiagramSynchronizer(SupplyChainDiagram.description()).synchronize(diagram, project);
		SupplyChainLayout.arrangeAll(diagram, Chains.facts(project));
		return diagram;
	}

	@Test
	void columnsFollowTiersLeftToRightEvenWithCyclesSelfLoopsAndOrphans() {
		Diagram diagram = laidOut(Chains.tricky());
		Node buyer = node(diagram, "buyer");
		Node alpha = node(diagram, "alpha");
		Node beta = node(diagram, "beta");
		Node gamma = node(diagram, "gamma");
		Node orphan = node(diagram, "orphan");
		assertEquals(alpha.getX(), beta.getX(), "tier 1 shares a column");
		assertTrue(buyer.getX() + buyer.getWidth() < alpha.getX(), "buyer left of tier 1");
		assertTrue(alpha.getX() + alpha.getWidth() < gamma.getX(), "tier 1 left of tier 2 despite the cycle");
		assertTrue(gamma.getX() + gamma.getWidth() < orphan.getX(), "unreachable organisations in a last column");
		assertNoOverlap(diagram.getNodes());
	}

	@Test
	void routesAreOrthogonalAndEndAtTheirNodes() {
		Diagram diagram = laidOut(Chains.tricky());
		for (Edge edge : diagram.getEdges()) {
			List<Point> points = edge.getBendpoints();
			assertTrue(points.size() >= 2, edge.getSemanticId() + " has a route");
			for (int i = 1; i < points.size(); i++) {
				Point a = points.get(i - 1);
				Point b = points.get(i);
				assertTrue(Math.abs(a.getX() - b.getX()) <= 1 || Math.abs(a.getY() - b.getY()) <= 1,
						edge.getSemanticId() + " segment " + i + " is axis-parallel");
			}
			assertTouches(edge.getSource(), points.get(0));
			assertTouches(edge.getTarget(), points.get(points.size() - 1));
		}
		assertTrue(edge(diagram, "r5").getBendpoints().size() >= 4, "the self-loop goes around");
	}

	@Test
	void pinnedNodesStayAndTheirEdgesFallBackToASimpleRoute() {
		AuditProject project = Chains.tricky();
		Diagram diagram = laidOut(project);
		Node beta = node(diagram, "beta");
		beta.setX(1234);
		beta.setY(987);
		beta.setPinned(true);
		SupplyChainLayout.arrangeAll(diagram, Chains.facts(project));
		assertEquals(1234, beta.getX());
		assertEquals(987, beta.getY());
		Edge r2 = edge(diagram, "r2");
		assertTrue(r2.getBendpoints().isEmpty());
		double[] route = SceneBuilder.route(r2);
		assertEquals(beta.getX(), route[route.length - 2], 0.01);
	}

	@Test
	void arrangeSelectionKeepsTheSelectionsCorner() {
		AuditProject project = Chains.tricky();
		Diagram diagram = laidOut(project);
		Node alpha = node(diagram, "alpha");
		Node gamma = node(diagram, "gamma");
		alpha.setX(2000);
		alpha.setY(2000);
		gamma.setX(2100);
		gamma.setY(1900);
		int buyerX = node(diagram, "buyer").getX();
		SupplyChainLayout.arrangeSelection(diagram, Chains.facts(project), List.of(alpha, gamma));
		assertEquals(2000, Math.min(alpha.getX(), gamma.getX()));
		assertEquals(1900, Math.min(alpha.getY(), gamma.getY()));
		assertTrue(alpha.getX() < gamma.getX());
		assertEquals(buyerX, node(diagram, "buyer").getX(), "nodes outside the selection stay");
	}

	@Test
	void largeChainsLayOutWithoutOverlap() {
		Diagram diagram = laidOut(SyntheticChain.create(300, 450, 7));
		assertEquals(300, diagram.getNodes().size());
		assertEquals(450, diagram.getEdges().size());
		assertNoOverlap(diagram.getNodes());
	}

	@Test
	void anEmptyProjectLaysOutToNothing() {
		Diagram diagram = laidOut(Chains.project());
		assertTrue(diagram.getNodes().isEmpty());
	}

	private static void assertTouches(Node node, Point point) {
		boolean inside = point.getX() >= node.getX() - 1 && point.getX() <= node.getX() + node.getWidth() + 1
				&& point.getY() >= node.getY() - 1 && point.getY() <= node.getY() + node.getHeight() + 1;
		assertTrue(inside, "route end " + point.getX() + "," + point.getY() + " on " + node.getSemanticId());
	}

	static void assertNoOverlap(List<Node> nodes) {
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				Node a = nodes.get(i);
				Node b = nodes.get(j);
				boolean overlap = a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
						&& a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
				assertFalse(overlap, a.getSemanticId() + " overlaps " + b.getSemanticId());
			}
		}
	}
}
