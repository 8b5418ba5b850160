// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.interaction;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.Shape;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.RelationshipKind;

/**
 * What an input asks the editor to do: edits the editor turns into commands on the project's
 * command stack, and view changes (selection, scrolling, zoom, direct edit) that are never commands.
 */
public sealed interface Intent {

	/**
	 * Create an organisation centred on a point; the editor then selects its node and edits its name.
	 *
	 * @param kind SUPPLIER or SUBCONTRACTOR
	 * @param x    centre
	 * @param y    centre
	 */
	record CreateOrganization(OrganizationKind kind, int x, int y) implements Intent {
	}

	/**
	 * Create a note at a point; the editor then selects it and edits its text.
	 *
	 * @param x left
	 * @param y top
	 */
	record CreateNote(int x, int y) implements Intent {
	}

	/**
	 * @param source upstream organisation's node
	 * @param target downstream organisation's node
	 * @param kind   SUPPLY or SUBCONTRACT
	 */
	record Connect(Node source, Node target, RelationshipKind kind) implements Intent {
	}

	/**
	 * @param shapes the selected shapes
	 * @param dx     horizontal distance
	 * @param dy     vertical distance
	 */
	record Move(List<Shape> shapes, int dx, int dy) implements Intent {
	}

	/**
	 * @param shape  the shape
	 * @param width  its new width (before the editor's minimum)
	 * @param height its new height
	 */
	record Resize(Shape shape, int width, int height) implements Intent {
	}

	/**
	 * @param edge  the edge
	 * @param index the bend point's index in the drawn route
	 * @param x     where it was dropped
	 * @param y     where it was dropped
	 */
	record MoveBend(Edge edge, int index, int x, int y) implements Intent {
	}

	/**
	 * @param edge    the edge
	 * @param segment the segment's index in the drawn route
	 * @param x       where its middle was dropped
	 * @param y       where its middle was dropped
	 */
	record MoveSegment(Edge edge, int segment, int x, int y) implements Intent {
	}

	/**
	 * @param edge  the edge
	 * @param index the bend point's index in the drawn route
	 */
	record RemoveBend(Edge edge, int index) implements Intent {
	}

	/** @param elements the notation elements to delete (with what they show) */
	record Delete(List<EObject> elements) implements Intent {
	}

	/** @param element the node (its organisation's name) or note (its text) to edit in place */
	record EditText(EObject element) implements Intent {
	}

	/** @param organization the organisation whose editor to open */
	record Open(Organization organization) implements Intent {
	}

	/** @param node a node to scroll into view */
	record Reveal(Node node) implements Intent {
	}

	/** @param factor multiplies the zoom, around the centre of the view */
	record Zoom(double factor) implements Intent {
	}

	/** The selection changed: publish it. */
	record SelectionChanged() implements Intent {
	}

	/** The palette tool changed (back to Select). */
	record ToolChanged() implements Intent {
	}
}
