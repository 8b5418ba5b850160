// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rensa.diagram.interaction.Box;
import org.rensa.diagram.interaction.Feedback;
import org.rensa.diagram.interaction.Handle;
import org.rensa.diagram.interaction.Intent;
import org.rensa.diagram.interaction.Interaction;
import org.rensa.diagram.interaction.Interaction.State;
import org.rensa.diagram.interaction.Key;
import org.rensa.diagram.interaction.Tool;
import org.rensa.diagram.interaction.Viewport;
import org.rensa.diagram.scene.SceneBuilder;
import org.rensa.model.OrganizationKind;
import org.rensa.model.RelationshipKind;

/** The diagram editor's interaction state machine, headless: pointer and key events in, intents out. */
class InteractionTest {

	private static final Intent SELECTION_CHANGED = new Intent.SelectionChanged();

	private InteractionFixture chain;
	private Viewport viewport;
	private Interaction interaction;

	@BeforeEach
	void create() {
		chain = new InteractionFixture();
		viewport = new Viewport();
		interaction = new Interaction(chain.diagram, viewport);
		interaction.refresh(chain.allNodes());
	}

	@Test
	void clickSelectsAndDragMovesTheSelectionWithOneEdit() {
		assertEquals(List.of(SELECTION_CHANGED), interaction.press(450, 30, false));
		assertEquals(List.of(chain.supplier), interaction.selection());
		assertEquals(State.MOVE, interaction.state());
		assertTrue(interaction.drag(480, 50));
		Feedback.Outlines outlines = assertInstanceOf(Feedback.Outlines.class, interaction.feedback());
		assertEquals(List.of(new Box(430, 20, 160, 60)), outlines.boxes());
		List<Intent> intents = interaction.release(490.4, 69.6);
		assertEquals(List.of(new Intent.Move(List.of(chain.supplier), 40, 40)), intents);
		assertEquals(State.IDLE, interaction.state());
		assertNull(interaction.feedback());
		assertEquals(List.of(chain.supplier.getElement()), interaction.semanticSelection());
	}

	@Test
	void aClickWithoutMovingEditsNothing() {
		interaction.press(450, 30, false);
		assertEquals(List.of(), interaction.release(450, 30));
	}

	@Test
	void shiftOrCtrlClickTogglesAndDragMovesAllSelectedShapes() {
		interaction.press(50, 30, false);
		interaction.release(50, 30);
		interaction.press(450, 30, true);
		assertEquals(List.of(chain.buyer, chain.supplier), interaction.selection());
		List<Intent> moved = interaction.release(460, 30);
		assertEquals(List.of(new Intent.Move(List.of(chain.buyer, chain.supplier), 10, 0)), moved);
		interaction.press(50, 30, true);
		assertEquals(List.of(chain.supplier), interaction.selection(), "toggled off");
		assertEquals(State.IDLE, interaction.state(), "a shape toggled off is not dragged");
	}

	@Test
	void rubberBandSelectsTheNodesWhollyInsideAndNotesByTheirCorner() {
		interaction.press(50, 30, false);
		interaction.release(50, 30);
		assertEquals(List.of(SELECTION_CHANGED), interaction.press(-10, -10, false), "a press on nothing clears");
		assertTrue(interaction.selection().isEmpty());
		assertEquals(State.RUBBER, interaction.state());
		interaction.drag(600, 320);
		assertEquals(new Feedback.RubberBand(new Box(-10, -10, 610, 330)), interaction.feedback());
		assertEquals(List.of(SELECTION_CHANGED), interaction.release(600, 320));
		assertEquals(Set.of(chain.buyer, chain.supplier, chain.note), Set.copyOf(interaction.selection()));
	}

	@Test
	void aTinyRubberBandSelectsNothing() {
		interaction.press(-10, -10, false);
		assertEquals(List.of(), interaction.release(-9, -9));
	}

	@Test
	void theCornerOfTheSingleSelectedShapeResizes() {
		interaction.press(450, 30, false);
		interaction.release(450, 30);
		interaction.press(561, 61, false);
		assertEquals(State.RESIZE, interaction.state());
		interaction.drag(500, 40);
		assertEquals(new Feedback.Outlines(List.of(new Box(400, 0, 100, 40))), interaction.feedback(),
				"the outline keeps the minimum size");
		assertEquals(List.of(new Intent.Resize(chain.supplier, 240, 90)), interaction.release(640, 90));
	}

	@Test
	void linkToolsConnectByDraggingFromOneOrganisationToAnother() {
		interaction.setTool(Tool.SUBCONTRACT_LINK);
		interaction.press(450, 30, false);
		assertEquals(State.CONNECT, interaction.state());
		interaction.drag(850, 230);
		Feedback.Link link = assertInstanceOf(Feedback.Link.class, interaction.feedback());
		assertEquals(560, link.x1());
		assertEquals(30, link.y1());
		assertSame(chain.sub, link.target());
		assertEquals(List.of(new Intent.Connect(chain.supplier, chain.sub, RelationshipKind.SUBCONTRACT)),
				interaction.release(850, 230));
		assertEquals(Tool.SUBCONTRACT_LINK, interaction.tool(), "the link tool stays for the next link");

		interaction.press(450, 30, false);
		assertEquals(List.of(), interaction.release(470, 40), "not to itself");
		interaction.press(450, 30, false);
		assertEquals(List.of(), interaction.release(700, 500), "not to nothing");
		interaction.press(700, 500, false);
		assertEquals(State.IDLE, interaction.state(), "a link starts on an organisation");
	}

	@Test
	void paletteToolsCreateByClickingAndReturnToSelect() {
		interaction.setTool(Tool.SUPPLIER);
		assertEquals(List.of(new Intent.CreateOrganization(OrganizationKind.SUPPLIER, 300, 500), new Intent.ToolChanged()),
				interaction.press(300.7, 500.2, false));
		assertEquals(Tool.SELECT, interaction.tool());
		interaction.setTool(Tool.SUBCONTRACTOR);
		assertEquals(new Intent.CreateOrganization(OrganizationKind.SUBCONTRACTOR, 10, 20), interaction.press(10, 20, false).get(0));
		interaction.setTool(Tool.NOTE);
		assertEquals(List.of(new Intent.CreateNote(10, 20), new Intent.ToolChanged()), interaction.press(10, 20, false));
	}

	@Test
	void aSelectedEdgeShowsHandlesAndItsBendPointIsSelectedDraggedAndDeleted() {
		double[] route = SceneBuilder.route(chain.cornered);
		assertTrue(route.length >= 8, "a route with corners: " + java.util.Arrays.toString(route));
		// A click on the first segment selects the edge.
		interaction.press((route[0] + route[2]) / 2, route[1] + 3, false);
		interaction.release((route[0] + route[2]) / 2, route[1] + 3);
		assertEquals(List.of(chain.cornered), interaction.selection());
		List<Handle> handles = interaction.handles();
		assertEquals(new Handle(Handle.Kind.BEND, 1, route[2], route[3]), handles.get(0));
		assertTrue(handles.stream().anyMatch(h -> h.kind() == Handle.Kind.SEGMENT));

		// Press and release on a bend point: selected, nothing edited; Delete removes it.
		interaction.press(route[2] + 2, route[3] - 2, false);
		assertEquals(State.BEND, interaction.state());
		assertEquals(List.of(), interaction.release(route[2] + 2, route[3] - 2));
		assertEquals(1, interaction.selectedBend());
		assertEquals(List.of(new Intent.RemoveBend(chain.cornered, 1)), interaction.key(Key.DELETE));
		assertEquals(-1, interaction.selectedBend());
		assertEquals(List.of(chain.cornered), interaction.selection(), "the edge stays selected");

		// Dragging it moves it, with an orthogonal preview.
		interaction.press(route[2], route[3], false);
		interaction.drag(route[2] - 30, route[3] + 10);
		Feedback.Route preview = assertInstanceOf(Feedback.Route.class, interaction.feedback());
		assertOrthogonal(preview.points());
		assertEquals(List.of(new Intent.MoveBend(chain.cornered, 1, (int) route[2] - 30, (int) route[3] + 10)),
				interaction.release(route[2] - 30, route[3] + 10));
		assertEquals(-1, interaction.selectedBend());
	}

	@Test
	void aSegmentHandleDragsTheSegmentAcross() {
		double[] route = SceneBuilder.route(chain.cornered);
		interaction.select(List.of(chain.cornered));
		Handle middle = interaction.handles().stream().filter(h -> h.kind() == Handle.Kind.SEGMENT && h.index() == 1)
				.findFirst().orElseThrow();
		interaction.press(middle.x(), middle.y(), false);
		assertEquals(State.SEGMENT, interaction.state());
		assertEquals(-1, interaction.selectedBend());
		interaction.drag(middle.x() + 40, middle.y());
		assertOrthogonal(assertInstanceOf(Feedback.Route.class, interaction.feedback()).points());
		assertEquals(List.of(new Intent.MoveSegment(chain.cornered, 1, (int) middle.x() + 40, (int) middle.y())),
				interaction.release(middle.x() + 40, middle.y()));
		assertEquals(route[2], SceneBuilder.route(chain.cornered)[2], "the interaction edits nothing itself");
	}

	@Test
	void doubleClicksRemoveABendRenameOrOpen() {
		double[] route = SceneBuilder.route(chain.cornered);
		interaction.select(List.of(chain.cornered));
		assertEquals(List.of(new Intent.RemoveBend(chain.cornered, 2)), interaction.doubleClick(route[4], route[5]));

		assertEquals(List.of(SELECTION_CHANGED, new Intent.EditText(chain.buyer)), interaction.doubleClick(60, 15),
				"on the name");
		assertEquals(List.of(chain.buyer), interaction.selection());
		assertEquals(List.of(new Intent.Open((org.rensa.model.Organization) chain.buyer.getElement())),
				interaction.doubleClick(60, 50), "below the name");
		assertEquals(List.of(new Intent.Open((org.rensa.model.Organization) chain.buyer.getElement())),
				interaction.doubleClick(5, 15), "on the accent bar");
		assertEquals(List.of(SELECTION_CHANGED, new Intent.EditText(chain.note)), interaction.doubleClick(50, 330));
		assertEquals(List.of(), interaction.doubleClick(700, 600));
	}

	@Test
	void keysNavigateRenameOpenDeleteAndEscape() {
		assertEquals(List.of(SELECTION_CHANGED, new Intent.Reveal(chain.buyer)), interaction.key(Key.RIGHT),
				"the first organisation when nothing is selected");
		assertEquals(List.of(SELECTION_CHANGED, new Intent.Reveal(chain.supplier)), interaction.key(Key.RIGHT));
		assertEquals(List.of(SELECTION_CHANGED, new Intent.Reveal(chain.sub)), interaction.key(Key.DOWN));
		assertEquals(List.of(), interaction.key(Key.DOWN), "nothing further down");
		assertEquals(List.of(SELECTION_CHANGED, new Intent.Reveal(chain.supplier)), interaction.key(Key.UP));
		assertEquals(List.of(new Intent.EditText(chain.supplier)), interaction.key(Key.RENAME));
		assertEquals(List.of(new Intent.Open((org.rensa.model.Organization) chain.supplier.getElement())),
				interaction.key(Key.OPEN));
		assertEquals(List.of(new Intent.Zoom(1.2)), interaction.key(Key.ZOOM_IN));

		assertEquals(List.of(SELECTION_CHANGED), interaction.key(Key.SELECT_ALL));
		assertEquals(3, interaction.selection().size());
		assertEquals(List.of(), interaction.key(Key.RENAME), "one element at a time");
		assertEquals(List.of(), interaction.key(Key.OPEN));
		List<Intent> deleted = interaction.key(Key.DELETE);
		assertEquals(List.of(new Intent.Delete(List.of(chain.buyer, chain.supplier, chain.sub)), SELECTION_CHANGED), deleted);
		assertTrue(interaction.selection().isEmpty());
		assertEquals(List.of(), interaction.key(Key.DELETE), "nothing selected, nothing deleted");

		interaction.setTool(Tool.NOTE);
		interaction.select(List.of(chain.note));
		assertEquals(List.of(new Intent.ToolChanged(), SELECTION_CHANGED), interaction.key(Key.ESCAPE));
		assertEquals(Tool.SELECT, interaction.tool());
		assertTrue(interaction.selection().isEmpty());
	}

	@Test
	void tooltipsAreSuppressedWhileDragging() {
		assertSame(chain.sub, interaction.tooltipTarget(850, 230));
		interaction.press(450, 30, false);
		interaction.drag(460, 40);
		assertNull(interaction.tooltipTarget(850, 230));
		interaction.release(460, 40);
		assertSame(chain.sub, interaction.tooltipTarget(850, 230));
	}

	@Test
	void anotherButtonCancelsTheDragWithoutAnEdit() {
		interaction.press(450, 30, false);
		interaction.drag(500, 80);
		interaction.cancel();
		assertEquals(State.IDLE, interaction.state());
		assertEquals(List.of(), interaction.release(500, 80));
	}

	@Test
	void hiddenOrganisationsAndRemovedElementsAreOutOfReach() {
		interaction.select(List.of(chain.sub, chain.note));
		interaction.refresh(Set.of(chain.buyer, chain.supplier));
		assertNull(interaction.tooltipTarget(850, 230), "a filtered node is not hit");
		assertFalse(interaction.overHandle(850, 230));
		chain.diagram.getNotes().remove(chain.note);
		interaction.refresh(Set.of(chain.buyer, chain.supplier));
		assertEquals(List.of(chain.sub), interaction.selection(), "a removed note leaves the selection");
	}

	@Test
	void revealSelectsWhatOtherViewsSelect() {
		assertTrue(interaction.reveal(List.of(chain.sub.getElement(), chain.cornered.getElement())));
		assertEquals(List.of(chain.sub, chain.cornered), interaction.selection());
		assertFalse(interaction.reveal(List.of(chain.cornered.getElement(), chain.sub.getElement())), "unchanged");
		assertFalse(interaction.reveal(List.of("something else")));
	}

	@Test
	void handleTolerancesFollowTheZoom() {
		double[] route = SceneBuilder.route(chain.cornered);
		interaction.select(List.of(chain.cornered));
		assertFalse(interaction.overHandle(route[2] + 10, route[3]), "7 px reach at 100 %");
		viewport.zoomAt(0.5, 0, 0);
		assertTrue(interaction.overHandle(route[2] + 10, route[3]), "14 diagram units at 50 %");
	}

	private static void assertOrthogonal(double[] route) {
		for (int i = 0; i + 3 < route.length; i += 2) {
			assertTrue(route[i] == route[i + 2] || route[i + 1] == route[i + 3],
					"axis-parallel segments: " + java.util.Arrays.toString(route));
		}
	}
}
