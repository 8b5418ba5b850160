// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.tests;

import java.util.LinkedHashSet;
import java.util.Set;

import org.rensa.diagram.DiagramStore;
import org.rensa.diagram.DiagramSynchronizer;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.NotationFactory;
import org.rensa.diagram.notation.Note;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;

/**
 * A small laid-out chain for the interaction tests: buyer at (0, 0), supplier at (400, 0), sub at
 * (800, 200), each 160 × 60; links buyer → supplier (straight) and supplier → sub (with corners); a
 * note at (0, 300), 170 × 72.
 */
final class InteractionFixture {

	final AuditProject project = Chains.project();
	final Diagram diagram = DiagramStore.newDiagram("interaction");
	final Node buyer;
	final Node supplier;
	final Node sub;
	final Edge straight;
	final Edge cornered;
	final Note note;

	InteractionFixture() {
		Organization b = Chains.organization(project, "buyer", OrganizationKind.BUYER);
		Organization s = Chains.organization(project, "supplier", OrganizationKind.SUPPLIER);
		Organization c = Chains.organization(project, "sub", OrganizationKind.SUBCONTRACTOR);
		Chains.link(project, "r1", b, s);
		Chains.link(project, "r2", s, c);
		new DiagramSynchronizer(SupplyChainDiagram.description()).synchronize(diagram, project);
		buyer = place(SynchronizerTest.node(diagram, "buyer"), 0, 0);
		supplier = place(SynchronizerTest.node(diagram, "supplier"), 400, 0);
		sub = place(SynchronizerTest.node(diagram, "sub"), 800, 200);
		straight = SynchronizerTest.edge(diagram, "r1");
		cornered = SynchronizerTest.edge(diagram, "r2");
		for (Edge edge : diagram.getEdges()) {
			edge.getBendpoints().clear();
		}
		note = NotationFactory.eINSTANCE.createNote();
		note.setId("note-1");
		note.setText("remember");
		note.setX(0);
		note.setY(300);
		note.setWidth(170);
		note.setHeight(72);
		diagram.getNotes().add(note);
	}

	Set<Node> allNodes() {
		return new LinkedHashSet<>(diagram.getNodes());
	}

	private static Node place(Node node, int x, int y) {
		node.setX(x);
		node.setY(y);
		node.setWidth(160);
		node.setHeight(60);
		node.setPinned(true);
		return node;
	}
}
