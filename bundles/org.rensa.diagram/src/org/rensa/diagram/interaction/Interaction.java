// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.interaction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.rensa.diagram.EdgeRoutes;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.Note;
import org.rensa.diagram.notation.Shape;
import org.rensa.diagram.scene.SceneBuilder;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.RelationshipKind;

/**
 * The diagram editor's interaction, without a widget toolkit: the palette tool, the selection (with
 * the selected bend point) and the drag under way, driven by pointer events in diagram coordinates
 * and by {@link Key}s. Each input returns the {@link Intent}s it produces, in order; while a drag is
 * under way {@link #feedback()} says what to draw. The primary button only: a press with another
 * button is ignored and its release {@linkplain #cancel() cancels} the drag.
 *
 * <p>Drag states: {@link State#IDLE}; {@link State#MOVE} (pressed on a selected shape),
 * {@link State#RESIZE} (on the single selected shape's bottom-right corner), {@link State#RUBBER}
 * (on nothing), {@link State#CONNECT} (a link tool pressed on an organisation), {@link State#BEND}
 * and {@link State#SEGMENT} (a handle of the single selected edge). Releasing ends the drag with at
 * most one edit.
 */
public final class Interaction {

	/** The drag under way. */
	public enum State {
		/** No drag. */
		IDLE,
		/** Moving the selected shapes. */
		MOVE,
		/** Resizing the single selected shape. */
		RESIZE,
		/** Selecting with a rubber band. */
		RUBBER,
		/** Drawing a link from an organisation. */
		CONNECT,
		/** Moving a bend point of the selected edge. */
		BEND,
		/** Moving a segment of the selected edge across. */
		SEGMENT
	}

	/** Below this distance on screen, in pixels, a handle press is a click, not a drag. */
	private static final double CLICK_DISTANCE = 2;

	private final Diagram diagram;
	private final Viewport viewport;
	private final Set<EObject> selection = new LinkedHashSet<>();
	private Set<Node> visible = Set.of();
	private Tool tool = Tool.SELECT;
	private State state = State.IDLE;
	private double startX;
	private double startY;
	private double currentX;
	private double currentY;
	private Node connectFrom;
	private Edge dragEdge;
	private int dragIndex;
	private int selectedBend = -1;

	/**
	 * @param diagram  the diagram edited
	 * @param viewport the view (its zoom sets the hit tolerances)
	 */
	public Interaction(Diagram diagram, Viewport viewport) {
		this.diagram = diagram;
		this.viewport = viewport;
	}

	/**
	 * To be called after every change of the diagram: drops selected elements that are gone.
	 *
	 * @param shownNodes the nodes the filters show
	 */
	public void refresh(Set<Node> shownNodes) {
		visible = shownNodes;
		selection.removeIf(element -> element.eContainer() != diagram);
		Edge edge = selectedEdge();
		if (edge == null || selectedBend >= SceneBuilder.route(edge).length / 2 - 1) {
			selectedBend = -1;
		}
	}

	// ---- state

	/** @return the palette tool */
	public Tool tool() {
		return tool;
	}

	/** @param tool the palette tool to use */
	public void setTool(Tool tool) {
		this.tool = tool;
	}

	/** @return the drag under way */
	public State state() {
		return state;
	}

	/** @return the nodes the filters show */
	public Set<Node> visible() {
		return visible;
	}

	/** @return the selected notation elements, in selection order */
	public List<EObject> selection() {
		return new ArrayList<>(selection);
	}

	/** @return the selected nodes */
	public List<Node> selectedNodes() {
		return selected(Node.class);
	}

	/** @return the selected edges */
	public List<Edge> selectedEdges() {
		return selected(Edge.class);
	}

	private <T> List<T> selected(Class<T> type) {
		List<T> elements = new ArrayList<>();
		for (EObject element : selection) {
			if (type.isInstance(element)) {
				elements.add(type.cast(element));
			}
		}
		return elements;
	}

	/** @return the organisations and relationships the selected nodes and edges show */
	public List<EObject> semanticSelection() {
		List<EObject> semantic = new ArrayList<>();
		for (EObject element : selection) {
			if (element instanceof Node node && node.getElement() != null) {
				semantic.add(node.getElement());
			} else if (element instanceof Edge edge && edge.getElement() != null) {
				semantic.add(edge.getElement());
			}
		}
		return semantic;
	}

	/** @return the single selected edge when both its ends are shown, else {@code null} */
	public Edge selectedEdge() {
		if (selection.size() == 1 && selection.iterator().next() instanceof Edge edge && visible.contains(edge.getSource())
				&& visible.contains(edge.getTarget())) {
			return edge;
		}
		return null;
	}

	/** @return the index of the selected bend point in the selected edge's route, or −1 */
	public int selectedBend() {
		return selectedBend;
	}

	/** @return the handles of the single selected edge at the current zoom, empty without one */
	public List<Handle> handles() {
		Edge edge = selectedEdge();
		return edge == null ? List.of() : HitTesting.handles(SceneBuilder.route(edge), viewport.zoom());
	}

	/**
	 * Replaces the selection (no intent: the caller publishes it).
	 *
	 * @param elements notation elements
	 */
	public void select(List<? extends EObject> elements) {
		selectedBend = -1;
		selection.clear();
		selection.addAll(elements);
	}

	/**
	 * Selects the elements showing some organisations or relationships (the selection of another view).
	 *
	 * @param semantic organisations or relationships
	 * @return whether the selection changed
	 */
	public boolean reveal(List<?> semantic) {
		List<EObject> found = new ArrayList<>();
		for (Node node : diagram.getNodes()) {
			if (semantic.contains(node.getElement())) {
				found.add(node);
			}
		}
		for (Edge edge : diagram.getEdges()) {
			if (semantic.contains(edge.getElement())) {
				found.add(edge);
			}
		}
		if (found.isEmpty() || selection.containsAll(found) && found.containsAll(selection)) {
			return false;
		}
		select(found);
		return true;
	}

	// ---- pointer

	/**
	 * The primary button went down.
	 *
	 * @param x      diagram x
	 * @param y      diagram y
	 * @param toggle whether Shift or Ctrl is held (adds to or removes from the selection)
	 * @return the intents
	 */
	public List<Intent> press(double x, double y, boolean toggle) {
		startX = currentX = x;
		startY = currentY = y;
		switch (tool) {
		case SUPPLIER, SUBCONTRACTOR -> {
			OrganizationKind kind = tool == Tool.SUPPLIER ? OrganizationKind.SUPPLIER : OrganizationKind.SUBCONTRACTOR;
			tool = Tool.SELECT;
			return List.of(new Intent.CreateOrganization(kind, (int) x, (int) y), new Intent.ToolChanged());
		}
		case NOTE -> {
			tool = Tool.SELECT;
			return List.of(new Intent.CreateNote((int) x, (int) y), new Intent.ToolChanged());
		}
		case SUPPLY_LINK, SUBCONTRACT_LINK -> {
			connectFrom = HitTesting.node(diagram, visible, x, y);
			state = connectFrom == null ? State.IDLE : State.CONNECT;
			return List.of();
		}
		default -> {
			return pressToSelect(x, y, toggle);
		}
		}
	}

	private List<Intent> pressToSelect(double x, double y, boolean toggle) {
		Handle handle = handleAt(x, y);
		if (handle != null) {
			dragEdge = selectedEdge();
			dragIndex = handle.index();
			boolean bend = handle.kind() == Handle.Kind.BEND;
			state = bend ? State.BEND : State.SEGMENT;
			selectedBend = bend ? handle.index() : -1;
			return List.of();
		}
		selectedBend = -1;
		if (selection.size() == 1 && selection.iterator().next() instanceof Shape shape
				&& HitTesting.onResizeHandle(shape, x, y, viewport.zoom())) {
			state = State.RESIZE;
			return List.of();
		}
		EObject hit = HitTesting.element(diagram, visible, x, y, viewport.zoom());
		if (hit == null) {
			state = State.RUBBER;
			if (!toggle && !selection.isEmpty()) {
				selection.clear();
				return List.of(new Intent.SelectionChanged());
			}
			return List.of();
		}
		if (toggle) {
			if (!selection.remove(hit)) {
				selection.add(hit);
			}
		} else if (!selection.contains(hit)) {
			selection.clear();
			selection.add(hit);
		}
		state = hit instanceof Shape && selection.contains(hit) ? State.MOVE : State.IDLE;
		return List.of(new Intent.SelectionChanged());
	}

	/**
	 * The pointer moved with the primary button down.
	 *
	 * @param x diagram x
	 * @param y diagram y
	 * @return whether a drag is under way (its feedback changed)
	 */
	public boolean drag(double x, double y) {
		if (state == State.IDLE) {
			return false;
		}
		currentX = x;
		currentY = y;
		return true;
	}

	/**
	 * @param x diagram x
	 * @param y diagram y
	 * @return whether the point is on a handle of the selected edge (the pointer shows it can drag)
	 */
	public boolean overHandle(double x, double y) {
		return tool == Tool.SELECT && handleAt(x, y) != null;
	}

	private Handle handleAt(double x, double y) {
		Edge edge = selectedEdge();
		return edge == null ? null : HitTesting.handleAt(SceneBuilder.route(edge), x, y, viewport.zoom());
	}

	/** Ends the drag without an edit (another button was released). */
	public void cancel() {
		state = State.IDLE;
	}

	/**
	 * The primary button went up: ends the drag.
	 *
	 * @param x diagram x
	 * @param y diagram y
	 * @return the intents (at most one edit)
	 */
	public List<Intent> release(double x, double y) {
		State finished = state;
		state = State.IDLE;
		if (finished == State.IDLE) {
			return List.of();
		}
		currentX = x;
		currentY = y;
		switch (finished) {
		case MOVE -> {
			int dx = (int) Math.round(currentX - startX);
			int dy = (int) Math.round(currentY - startY);
			List<Shape> shapes = selected(Shape.class);
			return (dx != 0 || dy != 0) && !shapes.isEmpty() ? List.of(new Intent.Move(shapes, dx, dy)) : List.of();
		}
		case RESIZE -> {
			Shape shape = (Shape) selection.iterator().next();
			return List.of(new Intent.Resize(shape, (int) Math.round(currentX - shape.getX()),
					(int) Math.round(currentY - shape.getY())));
		}
		case RUBBER -> {
			Box area = rubberBand();
			if (area.width() > 2 || area.height() > 2) {
				selection.addAll(HitTesting.enclosed(diagram, visible, area));
				return List.of(new Intent.SelectionChanged());
			}
			return List.of();
		}
		case BEND, SEGMENT -> {
			Edge edge = dragEdge;
			dragEdge = null;
			if (!dragged()) {
				return List.of();
			}
			selectedBend = -1;
			int px = (int) Math.round(currentX);
			int py = (int) Math.round(currentY);
			return List.of(finished == State.BEND ? new Intent.MoveBend(edge, dragIndex, px, py)
					: new Intent.MoveSegment(edge, dragIndex, px, py));
		}
		case CONNECT -> {
			Node from = connectFrom;
			connectFrom = null;
			Node target = HitTesting.node(diagram, visible, currentX, currentY);
			if (target == null || target == from) {
				return List.of();
			}
			return List.of(new Intent.Connect(from, target,
					tool == Tool.SUPPLY_LINK ? RelationshipKind.SUPPLY : RelationshipKind.SUBCONTRACT));
		}
		default -> {
			return List.of();
		}
		}
	}

	/**
	 * A double-click (after the press and release of its first click): removes a bend point, renames
	 * (on an organisation's name or a note) or opens an organisation.
	 *
	 * @param x diagram x
	 * @param y diagram y
	 * @return the intents
	 */
	public List<Intent> doubleClick(double x, double y) {
		Edge edge = selectedEdge();
		Handle handle = handleAt(x, y);
		if (handle != null) {
			state = State.IDLE;
			dragEdge = null;
			if (handle.kind() != Handle.Kind.BEND) {
				return List.of();
			}
			selectedBend = -1;
			return List.of(new Intent.RemoveBend(edge, handle.index()));
		}
		EObject hit = HitTesting.element(diagram, visible, x, y, viewport.zoom());
		if (hit instanceof Node node && node.getElement() instanceof Organization organization) {
			if (HitTesting.onName(node, x, y)) {
				select(List.of(node));
				return List.of(new Intent.SelectionChanged(), new Intent.EditText(node));
			}
			return List.of(new Intent.Open(organization));
		}
		if (hit instanceof Note note) {
			select(List.of(note));
			return List.of(new Intent.SelectionChanged(), new Intent.EditText(note));
		}
		return List.of();
	}

	/**
	 * @param x diagram x
	 * @param y diagram y
	 * @return what a tooltip describes: nothing while a drag is under way, else what is under the point
	 */
	public EObject tooltipTarget(double x, double y) {
		return state != State.IDLE ? null : HitTesting.element(diagram, visible, x, y, viewport.zoom());
	}

	// ---- keys

	/**
	 * @param key a key pressed on the diagram
	 * @return the intents
	 */
	public List<Intent> key(Key key) {
		switch (key) {
		case DELETE -> {
			Edge edge = selectedEdge();
			if (edge != null && selectedBend > 0 && selectedBend < SceneBuilder.route(edge).length / 2 - 1) {
				int index = selectedBend;
				selectedBend = -1;
				return List.of(new Intent.RemoveBend(edge, index));
			}
			return deleteSelection();
		}
		case RENAME -> {
			return editText();
		}
		case ESCAPE -> {
			tool = Tool.SELECT;
			state = State.IDLE;
			select(List.of());
			return List.of(new Intent.ToolChanged(), new Intent.SelectionChanged());
		}
		case OPEN -> {
			List<Node> nodes = selectedNodes();
			return nodes.size() == 1 && nodes.get(0).getElement() instanceof Organization organization
					? List.of(new Intent.Open(organization))
					: List.of();
		}
		case SELECT_ALL -> {
			select(new ArrayList<>(visible));
			return List.of(new Intent.SelectionChanged());
		}
		case ZOOM_IN -> {
			return List.of(new Intent.Zoom(1.2));
		}
		case ZOOM_OUT -> {
			return List.of(new Intent.Zoom(1 / 1.2));
		}
		default -> {
			return navigate(key);
		}
		}
	}

	/** @return the intent deleting the selection (which is cleared), or none when nothing is selected */
	public List<Intent> deleteSelection() {
		if (selection.isEmpty()) {
			return List.of();
		}
		List<EObject> deleted = new ArrayList<>(selection);
		select(List.of());
		return List.of(new Intent.Delete(deleted), new Intent.SelectionChanged());
	}

	/** @return the intent editing the single selected organisation's name or note's text, or none */
	public List<Intent> editText() {
		if (selection.size() != 1 || HitTesting.textArea(selection.iterator().next()) == null) {
			return List.of();
		}
		return List.of(new Intent.EditText(selection.iterator().next()));
	}

	private List<Intent> navigate(Key direction) {
		List<Node> nodes = selectedNodes();
		Node next;
		if (nodes.isEmpty()) {
			next = visible.isEmpty() ? null : visible.iterator().next();
		} else {
			next = HitTesting.neighbour(nodes.get(0), visible, direction);
		}
		if (next == null) {
			return List.of();
		}
		select(List.of(next));
		return List.of(new Intent.SelectionChanged(), new Intent.Reveal(next));
	}

	// ---- feedback

	/** @return what to draw for the drag under way, or {@code null} */
	public Feedback feedback() {
		switch (state) {
		case MOVE -> {
			double dx = Math.round(currentX - startX);
			double dy = Math.round(currentY - startY);
			List<Box> boxes = new ArrayList<>();
			for (Shape shape : selected(Shape.class)) {
				boxes.add(new Box(shape.getX() + dx, shape.getY() + dy, shape.getWidth(), shape.getHeight()));
			}
			return new Feedback.Outlines(boxes);
		}
		case RESIZE -> {
			Shape shape = (Shape) selection.iterator().next();
			return new Feedback.Outlines(List.of(new Box(shape.getX(), shape.getY(), Math.max(60, currentX - shape.getX()),
					Math.max(36, currentY - shape.getY()))));
		}
		case RUBBER -> {
			return new Feedback.RubberBand(rubberBand());
		}
		case BEND, SEGMENT -> {
			List<int[]> inner = previewRoute();
			return inner == null || inner.isEmpty() ? null
					: new Feedback.Route(EdgeRoutes.routeThrough(dragEdge.getSource(), dragEdge.getTarget(), inner));
		}
		case CONNECT -> {
			Node target = HitTesting.node(diagram, visible, currentX, currentY);
			return new Feedback.Link(connectFrom.getX() + connectFrom.getWidth(),
					connectFrom.getY() + connectFrom.getHeight() / 2, currentX, currentY, target == connectFrom ? null : target);
		}
		default -> {
			return null;
		}
		}
	}

	/** @return the inner bend points the current bend or segment drag would give, or {@code null} */
	private List<int[]> previewRoute() {
		int x = (int) Math.round(currentX);
		int y = (int) Math.round(currentY);
		try {
			return state == State.BEND ? EdgeRoutes.moveBend(dragEdge, dragIndex, x, y)
					: EdgeRoutes.moveSegment(dragEdge, dragIndex, x, y);
		} catch (RuntimeException e) {
			// A route that cannot be made orthogonal at this point: no preview until the pointer moves on.
			return null;
		}
	}

	private boolean dragged() {
		double zoom = viewport.zoom();
		return Math.abs(currentX - startX) * zoom > CLICK_DISTANCE || Math.abs(currentY - startY) * zoom > CLICK_DISTANCE;
	}

	private Box rubberBand() {
		int x = (int) Math.min(startX, currentX);
		int y = (int) Math.min(startY, currentY);
		return new Box(x, y, (int) Math.abs(currentX - startX), (int) Math.abs(currentY - startY));
	}
}
