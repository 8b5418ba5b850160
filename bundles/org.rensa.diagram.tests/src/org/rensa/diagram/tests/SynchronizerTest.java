// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.rensa.diagram.DiagramStore;
import org.rensa.diagram.DiagramSynchronizer;
import org.rensa.diagram.SupplyChainDiagrams;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.NotationFactory;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;

class SynchronizerTest {

	private final DiagramSynchronizer synchronizer = new DiagramSynchronizer(SupplyChainDiagram.description());

	@Test
	void createsOneNodePerOrganisationAndOneEdgePerRelationship() {
		AuditProject project = Chains.tricky();
		Diagram diagram = DiagramStore.newDiagram("t");
		DiagramSynchronizer.Result result = synchronizer.synchronize(diagram, project);
		assertEquals(5, diagram.getNodes().size());
		assertEquals(5, diagram.getEdges().size());
		assertEquals(5, result.addedNodes().size());
		assertEquals("p", diagram.getProjectId());
		Node buyer = node(diagram, "buyer");
		assertSame(project.getOrganizations().get(0), buyer.getElement());
		assertEquals("node-buyer", buyer.getId());
		Edge selfLoop = edge(diagram, "r5");
		assertSame(selfLoop.getSource(), selfLoop.getTarget());
		assertTrue(synchronizer.synchronize(diagram, project).isEmpty(), "second run changes nothing");
	}

	@Test
	void removesStaleElementsAndKeepsPositions() {
		AuditProject project = Chains.tricky();
		Diagram diagram = DiagramStore.newDiagram("t");
		SupplyChainDiagrams.refresh(diagram, Chains.facts(project));
		Node alpha = node(diagram, "alpha");
		alpha.setX(777);
		alpha.setY(555);
		alpha.setPinned(true);

		Organization gamma = project.getOrganizations().get(3);
		EcoreUtil.delete(gamma);
		project.getRelationships().removeIf(r -> r.getFrom() == null || r.getTo() == null);
		Organization delta = Chains.organization(project, "delta", OrganizationKind.SUBCONTRACTOR);
		Chains.link(project, "r6", project.getOrganizations().get(1), delta);

		DiagramSynchronizer.Result result = SupplyChainDiagrams.refresh(diagram, Chains.facts(project));
		assertEquals(1, result.removedNodes());
		assertEquals(2, result.removedEdges(), "alpha→gamma and gamma→alpha");
		assertEquals(List.of(node(diagram, "delta")), result.addedNodes());
		assertNull(find(diagram, "gamma"));
		assertEquals(777, alpha.getX());
		assertEquals(555, alpha.getY());
		assertTrue(alpha.isPinned());
		Node deltaNode = node(diagram, "delta");
		assertTrue(deltaNode.getX() > 0 || deltaNode.getY() > 0, "new node was placed");
	}

	@Test
	void dropsNodesOfUnknownIdsAndDuplicates() {
		AuditProject project = Chains.tricky();
		Diagram diagram = DiagramStore.newDiagram("t");
		Node ghost = NotationFactory.eINSTANCE.createNode();
		ghost.setId("node-ghost");
		ghost.setSemanticId("no-such-organisation");
		diagram.getNodes().add(ghost);
		synchronizer.synchronize(diagram, project);
		Node duplicate = EcoreUtil.copy(node(diagram, "beta"));
		duplicate.setId("node-beta-2");
		diagram.getNodes().add(duplicate);
		DiagramSynchronizer.Result result = synchronizer.synchronize(diagram, project);
		assertEquals(1, result.removedNodes());
		assertEquals(5, diagram.getNodes().size());
		assertFalse(diagram.getNodes().contains(ghost));
	}

	@Test
	void followsAMovedRelationshipEnd() {
		AuditProject project = Chains.tricky();
		Diagram diagram = DiagramStore.newDiagram("t");
		synchronizer.synchronize(diagram, project);
		Relationship r3 = project.getRelationships().get(2);
		r3.setTo(project.getOrganizations().get(4));
		synchronizer.synchronize(diagram, project);
		assertSame(node(diagram, "orphan"), edge(diagram, "r3").getTarget());
	}

	@Test
	void ignoresRelationshipsWithMissingEnds() {
		AuditProject project = Chains.tricky();
		project.getRelationships().get(0).setTo(null);
		Diagram diagram = DiagramStore.newDiagram("t");
		synchronizer.synchronize(diagram, project);
		assertEquals(4, diagram.getEdges().size());
		assertNull(findEdge(diagram, "r1"));
	}

	static Node node(Diagram diagram, String semanticId) {
		Node node = find(diagram, semanticId);
		if (node == null) {
			throw new AssertionError("no node for " + semanticId);
		}
		return node;
	}

	static Node find(Diagram diagram, String semanticId) {
		return diagram.getNodes().stream().filter(n -> semanticId.equals(n.getSemanticId())).findFirst().orElse(null);
	}

	static Edge edge(Diagram diagram, String semanticId) {
		Edge edge = findEdge(diagram, semanticId);
		if (edge == null) {
			throw new AssertionError("no edge for " + semanticId);
		}
		return edge;
	}

	static Edge findEdge(Diagram diagram, String semanticId) {
		return diagram.getEdges().stream().filter(e -> semanticId.equals(e.getSemanticId())).findFirst().orElse(null);
	}
}
