// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.rensa.core.edit.ProjectElements;
import org.rensa.diagram.DiagramSynchronizer;
import org.rensa.diagram.EdgeRoutes;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.NotationFactory;
import org.rensa.diagram.notation.NotationPackage;
import org.rensa.diagram.notation.Note;
import org.rensa.diagram.notation.Point;
import org.rensa.diagram.notation.Shape;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage;

/**
 * The EMF commands of the diagram editor. Each edit of the diagram, semantic or graphical, is one
 * command on the project's editing domain, so undo, redo and the dirty state work as everywhere
 * else in the workbench.
 */
public final class DiagramEdits {

	private final EditingDomain domain;
	private final AuditProject project;
	private final Diagram diagram;

	/**
	 * @param domain  the project's editing domain
	 * @param project the project
	 * @param diagram the diagram shown
	 */
	public DiagramEdits(EditingDomain domain, AuditProject project, Diagram diagram) {
		this.domain = domain;
		this.project = project;
		this.diagram = diagram;
	}

	/**
	 * Creates an organisation and its node at a position (pinned, since the user placed it).
	 *
	 * @param kind SUPPLIER or SUBCONTRACTOR
	 * @param name its name
	 * @param x    centre
	 * @param y    centre
	 * @return the command; after execution {@link #createdNode(Command)} gives the node
	 */
	public Command createOrganization(OrganizationKind kind, String name, int x, int y) {
		Organization organization = RensaFactory.eINSTANCE.createOrganization();
		organization.setId(UUID.randomUUID().toString());
		organization.setKind(kind);
		organization.setName(name);
		Node node = NotationFactory.eINSTANCE.createNode();
		node.setId("node-" + organization.getId()); //$NON-NLS-1$
		node.setSemanticId(organization.getId());
		node.setElement(organization);
		node.setWidth(DiagramSynchronizer.DEFAULT_WIDTH);
		node.setHeight(DiagramSynchronizer.DEFAULT_HEIGHT);
		node.setX(x - node.getWidth() / 2);
		node.setY(y - node.getHeight() / 2);
		node.setPinned(true);
		CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Command_create, name)) {
			@Override
			public Collection<?> getAffectedObjects() {
				return List.of(node);
			}
		};
		command.append(new AddCommand(domain, project, RensaPackage.Literals.AUDIT_PROJECT__ORGANIZATIONS, organization));
		command.append(new AddCommand(domain, diagram, NotationPackage.Literals.DIAGRAM__NODES, node));
		return command;
	}

	/**
	 * @param command a command from {@link #createOrganization} or {@link #createNote}
	 * @return the shape it created
	 */
	public static Shape createdNode(Command command) {
		return (Shape) command.getAffectedObjects().iterator().next();
	}

	/**
	 * @param source upstream organisation's node
	 * @param target downstream organisation's node
	 * @param kind   SUPPLY or SUBCONTRACT
	 * @return the command adding the relationship (the synchroniser draws its edge)
	 */
	public Command connect(Node source, Node target, RelationshipKind kind) {
		Relationship relationship = RensaFactory.eINSTANCE.createRelationship();
		relationship.setId(UUID.randomUUID().toString());
		relationship.setKind(kind);
		relationship.setFrom((Organization) source.getElement());
		relationship.setTo((Organization) target.getElement());
		CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Command_connect,
				((Organization) source.getElement()).getName(), ((Organization) target.getElement()).getName()));
		command.append(new AddCommand(domain, project, RensaPackage.Literals.AUDIT_PROJECT__RELATIONSHIPS, relationship));
		return command;
	}

	/**
	 * @param text the note's text
	 * @param x    left
	 * @param y    top
	 * @return the command adding a note
	 */
	public Command createNote(String text, int x, int y) {
		Note note = NotationFactory.eINSTANCE.createNote();
		note.setId("note-" + UUID.randomUUID()); //$NON-NLS-1$
		note.setText(text);
		note.setX(x);
		note.setY(y);
		note.setWidth(170);
		note.setHeight(72);
		note.setPinned(true);
		CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Command_create, text)) {
			@Override
			public Collection<?> getAffectedObjects() {
				return List.of(note);
			}
		};
		command.append(new AddCommand(domain, diagram, NotationPackage.Literals.DIAGRAM__NOTES, note));
		return command;
	}

	/**
	 * Moves shapes and pins them. Edges that touch them: a user route whose both ends move is moved
	 * with them; a user route with one end moving keeps its bend points and re-attaches to the moved
	 * organisation when drawn; the layout's stored routes are dropped.
	 *
	 * @param shapes the shapes
	 * @param dx     horizontal distance
	 * @param dy     vertical distance
	 * @return the command
	 */
	public Command move(Collection<? extends Shape> shapes, int dx, int dy) {
		CompoundCommand command = new CompoundCommand(Messages.Command_move);
		for (Shape shape : shapes) {
			command.append(new SetCommand(domain, shape, NotationPackage.Literals.SHAPE__X, shape.getX() + dx));
			command.append(new SetCommand(domain, shape, NotationPackage.Literals.SHAPE__Y, shape.getY() + dy));
			if (!shape.isPinned()) {
				command.append(new SetCommand(domain, shape, NotationPackage.Literals.SHAPE__PINNED, Boolean.TRUE));
			}
		}
		dropRoutes(command, shapes, dx, dy);
		return command;
	}

	/**
	 * @param shape  a shape
	 * @param width  its new width
	 * @param height its new height
	 * @return the command (pins the shape)
	 */
	public Command resize(Shape shape, int width, int height) {
		CompoundCommand command = new CompoundCommand(Messages.Command_resize);
		command.append(new SetCommand(domain, shape, NotationPackage.Literals.SHAPE__WIDTH, Math.max(60, width)));
		command.append(new SetCommand(domain, shape, NotationPackage.Literals.SHAPE__HEIGHT, Math.max(36, height)));
		command.append(new SetCommand(domain, shape, NotationPackage.Literals.SHAPE__PINNED, Boolean.TRUE));
		dropRoutes(command, List.of(shape), 0, 0);
		return command;
	}

	private void dropRoutes(CompoundCommand command, Collection<? extends Shape> shapes, int dx, int dy) {
		for (Edge edge : diagram.getEdges()) {
			boolean source = shapes.contains(edge.getSource());
			boolean target = shapes.contains(edge.getTarget());
			if (!source && !target || edge.getBendpoints().isEmpty()) {
				continue;
			}
			if (edge.isRoutedByUser()) {
				if (source && target && (dx != 0 || dy != 0)) {
					command.append(new SetCommand(domain, edge, NotationPackage.Literals.EDGE__BENDPOINTS,
							points(EdgeRoutes.translate(edge, dx, dy))));
				}
			} else {
				command.append(new RemoveCommand(domain, edge, NotationPackage.Literals.EDGE__BENDPOINTS,
						new ArrayList<>(edge.getBendpoints())));
			}
		}
	}

	/**
	 * Moves a bend point of an edge (the edge becomes routed by the user; its segments stay
	 * orthogonal, see {@link EdgeRoutes#moveBend}).
	 *
	 * @param edge  the edge
	 * @param index the bend point's index in the drawn route
	 * @param x     new x
	 * @param y     new y
	 * @return the command
	 */
	public Command moveBend(Edge edge, int index, int x, int y) {
		return route(edge, EdgeRoutes.moveBend(edge, index, x, y), Messages.Command_moveBend);
	}

	/**
	 * Drags the middle of a segment of an edge, moving the segment across and creating bend points
	 * where needed (see {@link EdgeRoutes#moveSegment}).
	 *
	 * @param edge    the edge
	 * @param segment the segment's index in the drawn route
	 * @param x       the point dragged to
	 * @param y       the point dragged to
	 * @return the command
	 */
	public Command moveSegment(Edge edge, int segment, int x, int y) {
		return route(edge, EdgeRoutes.moveSegment(edge, segment, x, y), Messages.Command_addBend);
	}

	/**
	 * @param edge  an edge
	 * @param index the index of a bend point in its drawn route
	 * @return the command removing that bend point
	 */
	public Command removeBend(Edge edge, int index) {
		return route(edge, EdgeRoutes.removeBend(edge, index), Messages.Command_removeBend);
	}

	/**
	 * @param edges edges
	 * @return the command clearing their user routes (back to the automatic route), or {@code null}
	 *         when none has one
	 */
	public Command resetRoute(Collection<Edge> edges) {
		CompoundCommand command = new CompoundCommand(Messages.Command_resetRoute);
		for (Edge edge : edges) {
			if (edge.isRoutedByUser() || !edge.getBendpoints().isEmpty()) {
				command.append(new SetCommand(domain, edge, NotationPackage.Literals.EDGE__ROUTED_BY_USER, Boolean.FALSE));
				if (!edge.getBendpoints().isEmpty()) {
					command.append(new RemoveCommand(domain, edge, NotationPackage.Literals.EDGE__BENDPOINTS,
							new ArrayList<>(edge.getBendpoints())));
				}
			}
		}
		return command.isEmpty() ? null : command;
	}

	private Command route(Edge edge, List<int[]> inner, String label) {
		if (inner.isEmpty()) {
			Command reset = resetRoute(List.of(edge));
			if (reset != null) {
				return reset;
			}
		}
		CompoundCommand command = new CompoundCommand(label);
		command.append(new SetCommand(domain, edge, NotationPackage.Literals.EDGE__BENDPOINTS, points(inner)));
		if (!edge.isRoutedByUser()) {
			command.append(new SetCommand(domain, edge, NotationPackage.Literals.EDGE__ROUTED_BY_USER, Boolean.TRUE));
		}
		return command;
	}

	private static List<Point> points(List<int[]> coordinates) {
		List<Point> points = new ArrayList<>();
		for (int[] c : coordinates) {
			Point point = NotationFactory.eINSTANCE.createPoint();
			point.setX(c[0]);
			point.setY(c[1]);
			points.add(point);
		}
		return points;
	}

	/**
	 * Deletes what is selected: organisations and relationships with everything that goes with them
	 * ({@link ProjectElements#delete}, the workbench's one deletion rule), and notes, together with
	 * their notation elements.
	 *
	 * @param selection notation elements
	 * @return the command, or {@code null} when nothing can be deleted
	 */
	public Command delete(Collection<? extends EObject> selection) {
		Set<EObject> semantic = new LinkedHashSet<>();
		Set<Node> nodes = new LinkedHashSet<>();
		Set<Edge> edges = new LinkedHashSet<>();
		List<Note> notes = new ArrayList<>();
		for (EObject element : selection) {
			if (element instanceof Node node && node.getElement() != null) {
				nodes.add(node);
				semantic.add(node.getElement());
			} else if (element instanceof Edge edge && edge.getElement() != null) {
				edges.add(edge);
				semantic.add(edge.getElement());
			} else if (element instanceof Note note) {
				notes.add(note);
			}
		}
		for (Edge edge : diagram.getEdges()) {
			if (nodes.contains(edge.getSource()) || nodes.contains(edge.getTarget())) {
				edges.add(edge);
			}
		}
		for (Relationship relationship : project.getRelationships()) {
			if (semantic.contains(relationship.getFrom()) || semantic.contains(relationship.getTo())) {
				semantic.add(relationship);
			}
		}
		if (semantic.isEmpty() && notes.isEmpty()) {
			return null;
		}
		CompoundCommand command = new CompoundCommand(Messages.Command_delete);
		if (!edges.isEmpty()) {
			command.append(new RemoveCommand(domain, diagram, NotationPackage.Literals.DIAGRAM__EDGES, edges));
		}
		if (!nodes.isEmpty()) {
			command.append(new RemoveCommand(domain, diagram, NotationPackage.Literals.DIAGRAM__NODES, nodes));
		}
		if (!notes.isEmpty()) {
			command.append(new RemoveCommand(domain, diagram, NotationPackage.Literals.DIAGRAM__NOTES, notes));
		}
		if (!semantic.isEmpty()) {
			command.append(ProjectElements.delete(domain, semantic));
		}
		return command;
	}

	/**
	 * @param organization an organisation
	 * @param japanese     whether its Japanese name is the one shown
	 * @param name         the new name
	 * @return the command
	 */
	public Command rename(Organization organization, boolean japanese, String name) {
		return new SetCommand(domain, organization,
				org.rensa.model.text.Language.of(japanese).source(organization, RensaPackage.Literals.ORGANIZATION__NAME),
				name);
	}

	/**
	 * @param note a note
	 * @param text its new text
	 * @return the command
	 */
	public Command editNote(Note note, String text) {
		return new SetCommand(domain, note, NotationPackage.Literals.NOTE__TEXT, text);
	}

	/**
	 * @param label  the command's label
	 * @param change what to do to the diagram (recorded, so that undo restores every position)
	 * @return the command
	 */
	public Command layout(String label, Runnable change) {
		return new ChangeCommand(diagram) {
			{
				setLabel(label);
			}

			@Override
			protected void doExecute() {
				change.run();
			}
		};
	}

	/**
	 * A change of what the diagram shows (active layers, filters): undoable like any edit and saved
	 * with the project's next save, but view state, so it does not make the project dirty.
	 *
	 * @param label  the command's label
	 * @param change what to do to the diagram (recorded, so that undo restores it)
	 * @return the command ({@link org.eclipse.emf.common.command.AbstractCommand.NonDirtying})
	 */
	public Command viewState(String label, Runnable change) {
		return new ViewStateCommand(diagram, label, change);
	}

	private static final class ViewStateCommand extends ChangeCommand implements org.eclipse.emf.common.command.AbstractCommand.NonDirtying {

		private final Runnable change;

		ViewStateCommand(Diagram diagram, String label, Runnable change) {
			super(diagram);
			this.change = change;
			setLabel(label);
		}

		@Override
		protected void doExecute() {
			change.run();
		}
	}
}
