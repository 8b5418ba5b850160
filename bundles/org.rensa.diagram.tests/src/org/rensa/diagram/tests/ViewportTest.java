// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rensa.diagram.interaction.Viewport;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.NotationFactory;
import org.rensa.diagram.scene.Scene;

/** Zoom, scrolling, fit and overview, headless. */
class ViewportTest {

	/** A drawing from (0, 0) to (2000, 1000) without legend. */
	private static final Scene WIDE = new Scene(List.of(), List.of(), 0, 0, 0, 0, 2000, 1000);

	@Test
	void zoomKeepsThePointUnderThePointerAndStaysWithinItsLimits() {
		Viewport viewport = new Viewport();
		double x = viewport.diagramX(300);
		double y = viewport.diagramY(200);
		viewport.zoomAt(2, 300, 200);
		assertEquals(2, viewport.zoom());
		assertEquals(x, viewport.diagramX(300), 1e-9);
		assertEquals(y, viewport.diagramY(200), 1e-9);
		assertEquals(300, viewport.screenX(x), 1e-9);
		viewport.zoomAt(100, 0, 0);
		assertEquals(Viewport.MAX_ZOOM, viewport.zoom());
		viewport.zoomAt(1e-6, 0, 0);
		assertEquals(Viewport.MIN_ZOOM, viewport.zoom());
	}

	@Test
	void fitShowsTheWholeDrawingNeverAbove100PercentAndResizingKeepsItFitted() {
		Viewport viewport = new Viewport();
		assertFalse(viewport.fit(WIDE, 5, 500), "too small a window");
		assertTrue(viewport.fit(WIDE, 1020, 800));
		assertEquals(0.5, viewport.zoom(), 1e-9, "2,000 units and a margin of 20 on each side in 1,020 pixels");
		assertTrue(viewport.isFitted());
		assertTrue(viewport.diagramX(0) <= 0 && viewport.diagramX(1020) >= 2000);
		assertTrue(viewport.diagramY(0) <= 0 && viewport.diagramY(800) >= 1000);
		assertTrue(viewport.fit(new Scene(List.of(), List.of(), 0, 0, 0, 0, 100, 100), 1040, 800));
		assertEquals(1, viewport.zoom(), "a small drawing is not enlarged");
		viewport.wheel(-1, false, false, 0, 0);
		assertFalse(viewport.isFitted(), "scrolling leaves the fitted view");
	}

	@Test
	void aDiagramOpensWholeWhenReadableElseReadableFromTheBuyersCorner() {
		Viewport viewport = new Viewport();
		assertTrue(viewport.open(WIDE, 2100, 1200));
		assertTrue(viewport.isFitted(), "a drawing that fits at 100 % opens whole");
		assertTrue(viewport.open(WIDE, 1020, 800));
		assertEquals(Viewport.READABLE_ZOOM, viewport.zoom(), 1e-9, "fitted it would be 50 %: unreadable");
		assertFalse(viewport.isFitted());
		assertEquals(0, viewport.diagramX(20 * Viewport.READABLE_ZOOM), 1e-9, "the drawing's left edge (the buyer) is in view");
		assertEquals(0, viewport.diagramY(20 * Viewport.READABLE_ZOOM), 1e-9);
	}

	@Test
	void theLegendKeepsItsCornerFree() {
		Viewport viewport = new Viewport();
		viewport.fit(new Scene(List.of(), List.of(), 300, 100, 0, 0, 2000, 1000), 1040, 800);
		assertTrue(viewport.diagramX(1040 - 300 - 28) >= 2000, "the drawing ends left of the legend");
	}

	@Test
	void theWheelScrollsShiftScrollsSidewaysAndCtrlZooms() {
		Viewport viewport = new Viewport();
		double originY = viewport.originY();
		viewport.wheel(-1, false, false, 0, 0);
		assertEquals(originY + 40, viewport.originY());
		double originX = viewport.originX();
		viewport.wheel(1, false, true, 0, 0);
		assertEquals(originX - 40, viewport.originX());
		viewport.wheel(1, true, false, 100, 100);
		assertEquals(Viewport.WHEEL_ZOOM, viewport.zoom(), 1e-9);
	}

	@Test
	void scrollIntoViewCentresAShapeOnlyWhenItIsNotInView() {
		Viewport viewport = new Viewport();
		Node node = NotationFactory.eINSTANCE.createNode();
		node.setX(100);
		node.setY(100);
		node.setWidth(160);
		node.setHeight(60);
		assertFalse(viewport.scrollIntoView(node, 800, 600));
		node.setX(3000);
		assertTrue(viewport.scrollIntoView(node, 800, 600));
		assertEquals(400, viewport.screenX(3080), 1e-9);
		assertEquals(300, viewport.screenY(130), 1e-9);
	}

	@Test
	void scrollBarsCoverTheDrawingAndTheView() {
		Viewport viewport = new Viewport();
		Viewport.ScrollRange horizontal = viewport.horizontal(WIDE, 800);
		assertEquals(800, horizontal.thumb());
		assertEquals(2080, horizontal.total());
		assertEquals(20, horizontal.selection());
		viewport.scrolledHorizontally(WIDE, 520);
		assertEquals(480, viewport.originX());
		viewport.scrolledVertically(WIDE, 100);
		assertEquals(60, viewport.originY());
	}

	@Test
	void theOverviewAppearsForALargeChainAndNavigates() {
		Viewport viewport = new Viewport();
		assertNull(viewport.overview(new Scene(List.of(), List.of(), 0, 0, 0, 0, 100, 100), 1000, 800), "all in view");
		assertNull(viewport.overview(WIDE, 600, 800), "too narrow a window");
		Viewport.Overview overview = viewport.overview(WIDE, 1000, 800);
		assertNotNull(overview);
		assertEquals(0.11, overview.scale(), 1e-9);
		assertEquals(1000 - 220 - 22, overview.x(), 1e-9);
		assertFalse(viewport.overviewNavigate(WIDE, 1000, 800, 10, 10));
		assertTrue(viewport.overviewNavigate(WIDE, 1000, 800, overview.x() + overview.width(), overview.y() + overview.height()));
		assertEquals(2000, viewport.diagramX(500), 1e-9, "centred on the drawing's far corner");
		assertEquals(1000, viewport.diagramY(400), 1e-9);
	}
}
