// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rensa.diagram.tests.SynchronizerTest.edge;
import static org.rensa.diagram.tests.SynchronizerTest.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rensa.diagram.DiagramExport;
import org.rensa.diagram.DiagramStore;
import org.rensa.diagram.DiagramSynchronizer;
import org.rensa.diagram.EdgeRoutes;
import org.rensa.diagram.SupplyChainLayout;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.NotationFactory;
import org.rensa.diagram.notation.Point;
import org.rensa.diagram.scene.SceneBuilder;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.w3c.dom.Document;

/** User routes: orthogonal editing, attachment to moved nodes, layout and export. */
class EdgeRoutesTest {

	/** buyer at 0,0 → supplier at 400,0 (straight), supplier → sub at 800,200 (Z). */
	private static Diagram twoLinks(AuditProject project) {
		Organization buyer = Chains.organization(project, "buyer", OrganizationKind.BUYER);
		Organization supplier = Chains.organization(project, "supplier", OrganizationKind.SUPPLIER);
		Organization sub = Chains.organization(project, "sub", OrganizationKind.SUBCONTRACTOR);
		Chains.link(project, "r1", buyer, supplier);
		Chains.link(project, "r2", supplier, sub);
		Diagram diagram = DiagramStore.newDiagram("t");
		new DiagramSynchronizer(SupplyChainDiagram.description()).synchronize(diagram, project);
		place(node(diagram, "buyer"), 0, 0);
		place(node(diagram, "supplier"), 400, 0);
		place(node(diagram, "sub"), 800, 200);
		return diagram;
	}

	private static void place(Node node, int x, int y) {
		node.setX(x);
		node.setY(y);
		node.setWidth(160);
		node.setHeight(60);
		node.setPinned(true);
	}

	private static void apply(Edge edge, List<int[]> inner) {
		edge.getBendpoints().clear();
		for (int[] c : inner) {
			Point point = NotationFactory.eINSTANCE.createPoint();
			point.setX(c[0]);
			point.setY(c[1]);
			edge.getBendpoints().add(point);
		}
		edge.setRoutedByUser(!inner.isEmpty());
	}

	/** Every segment horizontal or vertical, the ends on the sides of their nodes. */
	private static void assertOrthogonalAndAttached(Edge edge) {
		double[] route = SceneBuilder.route(edge);
		for (int i = 0; i + 3 < route.length; i += 2) {
			assertTrue(route[i] == route[i + 2] || route[i + 1] == route[i + 3],
					"segment " + i / 2 + " is axis-parallel: " + java.util.Arrays.toString(route));
		}
		assertOnBorder(edge.getSource(), route[0], route[1]);
		assertOnBorder(edge.getTarget(), route[route.length - 2], route[route.length - 1]);
	}

	private static void assertOnBorder(Node node, double x, double y) {
		boolean vertical = (x == node.getX() || x == node.getX() + node.getWidth()) && y >= node.getY()
				&& y <= node.getY() + node.getHeight();
		boolean horizontal = (y == node.getY() || y == node.getY() + node.getHeight()) && x >= node.getX()
				&& x <= node.getX() + node.getWidth();
		assertTrue(vertical || horizontal, x + "," + y + " is on the border of " + node.getSemanticId());
	}

	@Test
	void draggingTheMiddleOfAStraightEdgeBeyondItsNodesCreatesBendPointsAndStaysOrthogonal() {
		Diagram diagram = twoLinks(Chains.project());
		Edge r1 = edge(diagram, "r1");
		assertEquals(2, SceneBuilder.route(r1).length / 2, "straight at first");
		List<int[]> inner = EdgeRoutes.moveSegment(r1, 0, 280, 150);
		assertEquals(4, inner.size(), "a detour: out, down, across, up, in");
		apply(r1, inner);
		assertOrthogonalAndAttached(r1);
		double[] route = SceneBuilder.route(r1);
		assertEquals(150, route[5], "the middle segment is where it was dragged to");
		assertEquals(30, route[1], "it still leaves the buyer in the middle of its side");
	}

	@Test
	void draggingTheMiddleWithinTheSidesSlidesTheEdge() {
		Diagram diagram = twoLinks(Chains.project());
		Edge r1 = edge(diagram, "r1");
		apply(r1, EdgeRoutes.moveSegment(r1, 0, 280, 45));
		double[] route = SceneBuilder.route(r1);
		assertEquals(2, route.length / 2, "still straight: " + java.util.Arrays.toString(route));
		assertEquals(1, r1.getBendpoints().size(), "one stored bend point keeps the slid route");
		assertTrue(r1.isRoutedByUser());
		assertEquals(45, route[1]);
		assertEquals(45, route[route.length - 1]);
		assertOrthogonalAndAttached(r1);
	}

	@Test
	void movingACornerDragsItsNeighboursAlongAndRemovingItKeepsTheRouteOrthogonal() {
		Diagram diagram = twoLinks(Chains.project());
		Edge r2 = edge(diagram, "r2");
		// Automatic route: supplier right (560,30) → (680,30) → (680,230) → sub left (800,230).
		List<int[]> bends = EdgeRoutes.bends(r2);
		assertEquals(2, bends.size());
		assertEquals(680, bends.get(0)[0]);
		List<int[]> moved = EdgeRoutes.moveBend(r2, 1, 620, 20);
		apply(r2, moved);
		assertTrue(r2.isRoutedByUser());
		assertOrthogonalAndAttached(r2);
		List<int[]> now = EdgeRoutes.bends(r2);
		assertEquals(620, now.get(0)[0], "the corner moved");
		assertEquals(620, now.get(1)[0], "the next corner followed along the vertical segment");
		assertEquals(230, now.get(1)[1]);

		apply(r2, EdgeRoutes.removeBend(r2, 1));
		assertOrthogonalAndAttached(r2);
		assertFalse(SceneBuilder.route(r2).length / 2 > 4, "no more points than before");
	}

	@Test
	void aCornerDraggedOntoItsOwnOrganisationLetsTheRouteLeaveFromTheFacingSide() {
		Diagram diagram = twoLinks(Chains.project());
		Edge r2 = edge(diagram, "r2");
		// The first corner of supplier → sub onto the supplier itself (400..560 × 0..60).
		apply(r2, EdgeRoutes.moveBend(r2, 1, 520, 30));
		assertOrthogonalAndAttached(r2);
		double[] route = SceneBuilder.route(r2);
		assertEquals(520, route[0], "leaves the supplier at the corner's x");
		assertEquals(60, route[1], "from its bottom side, not back through the box");
	}

	@Test
	void userRoutesFollowAMovedEndAndSurviveArrangeAllWhenTheirNodesArePinned() {
		AuditProject project = Chains.project();
		Diagram diagram = twoLinks(project);
		Edge r2 = edge(diagram, "r2");
		apply(r2, EdgeRoutes.moveSegment(r2, 1, 700, 100));
		List<int[]> before = EdgeRoutes.bends(r2);

		// One end moves: the bend points stay, the end re-attaches orthogonally.
		node(diagram, "sub").setY(260);
		assertOrthogonalAndAttached(r2);
		assertEquals(before.get(0)[0], EdgeRoutes.bends(r2).get(0)[0]);

		// Arrange all with both ends pinned: the route is kept.
		List<Point> stored = new ArrayList<>(r2.getBendpoints());
		SupplyChainLayout.arrangeAll(diagram, Chains.facts(project));
		assertTrue(r2.isRoutedByUser());
		assertEquals(stored, r2.getBendpoints());

		// An end the layout moves: the user's route gives way to the automatic one (here the simple
		// orthogonal route, since the other end is pinned).
		node(diagram, "sub").setPinned(false);
		SupplyChainLayout.arrangeAll(diagram, Chains.facts(project));
		assertFalse(r2.isRoutedByUser());
		assertTrue(r2.getBendpoints().isEmpty());
		assertOrthogonalAndAttached(r2);
	}

	@Test
	void exportsDrawTheUserRoute() throws Exception {
		AuditProject project = Chains.project();
		Diagram diagram = twoLinks(project);
		Edge r1 = edge(diagram, "r1");
		apply(r1, EdgeRoutes.moveSegment(r1, 0, 280, 150));
		Document svg = ExportTest.parse(DiagramExport.svg(diagram, Chains.facts(project), false));
		Map<String, List<String>> edges = ExportTest.groups(svg, "edge");
		assertTrue(edges.containsKey(r1.getId()), edges.keySet().toString());
		org.w3c.dom.NodeList lines = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline");
		int atDetour = -1;
		for (int i = 0; i < lines.getLength(); i++) {
			org.w3c.dom.Element line = (org.w3c.dom.Element) lines.item(i);
			if (r1.getId().equals(((org.w3c.dom.Element) line.getParentNode()).getAttribute("id"))) {
				String[] numbers = line.getAttribute("points").trim().split("[ ,]+");
				atDetour = 0;
				for (int j = 1; j < numbers.length; j += 2) {
					if (Double.parseDouble(numbers[j]) == 150) {
						atDetour++;
					}
				}
			}
		}
		assertEquals(2, atDetour, "the detour's segment at y=150 is drawn");
		byte[] png = DiagramExport.png(diagram, Chains.facts(project), false, 1);
		assertEquals((byte) 0x89, png[0]);
	}
}
