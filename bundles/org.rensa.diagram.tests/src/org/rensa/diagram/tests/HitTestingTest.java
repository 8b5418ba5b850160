// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rensa.diagram.interaction.Box;
import org.rensa.diagram.interaction.Handle;
import org.rensa.diagram.interaction.HitTesting;
import org.rensa.diagram.interaction.Key;
import org.rensa.diagram.notation.Node;

/** Hit-testing and the geometry of handles, rubber band, navigation and direct edit, headless. */
class HitTestingTest {

	private final InteractionFixture chain = new InteractionFixture();
	private final Set<Node> all = chain.allNodes();

	@Test
	void notesLieAboveNodesAndNodesAboveEdges() {
		assertSame(chain.supplier, HitTesting.element(chain.diagram, all, 400, 60, 1), "borders belong to the node");
		assertSame(chain.straight, HitTesting.element(chain.diagram, all, 280, 34, 1));
		assertNull(HitTesting.element(chain.diagram, all, 280, 36, 1), "6 px off the edge at 100 %");
		assertSame(chain.straight, HitTesting.element(chain.diagram, all, 280, 36, 0.5), "within 10 units at 50 %");
		assertSame(chain.note, HitTesting.element(chain.diagram, all, 10, 310, 1));
		chain.note.setX(410);
		chain.note.setY(10);
		assertSame(chain.note, HitTesting.element(chain.diagram, all, 420, 20, 1), "a note over a node wins");
		assertSame(chain.supplier, HitTesting.node(chain.diagram, all, 420, 20));
	}

	@Test
	void hiddenNodesAndTheirEdgesAreNotHit() {
		Set<Node> shown = Set.of(chain.buyer, chain.sub);
		assertNull(HitTesting.node(chain.diagram, shown, 450, 30));
		assertNull(HitTesting.element(chain.diagram, shown, 280, 30, 1));
	}

	@Test
	void distanceIsToTheNearestPointOfTheSegment() {
		assertEquals(5, HitTesting.distance(5, 5, 0, 0, 10, 0));
		assertEquals(5, HitTesting.distance(-3, 4, 0, 0, 10, 0), "beyond the start: to the start");
		assertEquals(5, HitTesting.distance(3, 4, 0, 0, 0, 0), "a point-like segment");
	}

	@Test
	void handlesAreTheBendPointsAndTheMiddlesOfLongEnoughSegments() {
		double[] route = { 0, 0, 100, 0, 100, 20, 200, 20 };
		List<Handle> handles = HitTesting.handles(route, 1);
		assertEquals(List.of(new Handle(Handle.Kind.BEND, 1, 100, 0), new Handle(Handle.Kind.BEND, 2, 100, 20),
				new Handle(Handle.Kind.SEGMENT, 0, 50, 0), new Handle(Handle.Kind.SEGMENT, 2, 150, 20)), handles,
				"the 20-unit segment is too short to grab at 100 %");
		assertEquals(5, HitTesting.handles(route, 2).size(), "at 200 % it is 40 px long");
		assertEquals(new Handle(Handle.Kind.BEND, 1, 100, 0), HitTesting.handleAt(route, 106, -6, 1), "7 px reach");
		assertNull(HitTesting.handleAt(route, 108, 0, 1));
		assertEquals(new Handle(Handle.Kind.SEGMENT, 0, 50, 0), HitTesting.handleAt(route, 50, 3, 1));
	}

	@Test
	void theResizeHandleIsTheBottomRightCorner() {
		assertTrue(HitTesting.onResizeHandle(chain.supplier, 560, 60, 1));
		assertTrue(HitTesting.onResizeHandle(chain.supplier, 567, 67, 1));
		assertFalse(HitTesting.onResizeHandle(chain.supplier, 570, 60, 1));
		assertTrue(HitTesting.onResizeHandle(chain.supplier, 570, 60, 0.5), "16 units at 50 %");
		assertFalse(HitTesting.onResizeHandle(chain.supplier, 500, 30, 1));
	}

	@Test
	void aRubberBandEnclosesWholeNodesAndNotesByTheirCorner() {
		assertEquals(List.of(chain.buyer, chain.note), HitTesting.enclosed(chain.diagram, all, new Box(-1, -1, 200, 302)));
		assertEquals(List.of(), HitTesting.enclosed(chain.diagram, all, new Box(-1, -1, 160, 61)),
				"the right border is outside, as for pixels");
	}

	@Test
	void arrowKeysFindTheNearestOrganisationInLine() {
		assertSame(chain.supplier, HitTesting.neighbour(chain.buyer, all, Key.RIGHT));
		assertNull(HitTesting.neighbour(chain.buyer, all, Key.LEFT));
		assertSame(chain.sub, HitTesting.neighbour(chain.supplier, all, Key.DOWN));
		assertSame(chain.supplier, HitTesting.neighbour(chain.sub, all, Key.LEFT), "in line beats nearer across");
		assertThrows(IllegalArgumentException.class, () -> HitTesting.neighbour(chain.sub, all, Key.DELETE));
	}

	@Test
	void directEditCoversTheNameLineOrTheWholeNote() {
		assertEquals(new Box(410, 6, 144, 24), HitTesting.textArea(chain.supplier));
		assertEquals(new Box(2, 302, 166, 68), HitTesting.textArea(chain.note));
		assertNull(HitTesting.textArea(chain.straight));
		assertTrue(HitTesting.onName(chain.supplier, 411, 30));
		assertFalse(HitTesting.onName(chain.supplier, 405, 10), "the accent bar");
		assertFalse(HitTesting.onName(chain.supplier, 450, 31), "the lower half");
	}
}
