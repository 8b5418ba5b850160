// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.rensa.diagram.description.DiagramDescription;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.NotationFactory;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;

/**
 * Keeps a diagram in step with its semantic model (Sirius's "refresh"): one node per organisation
 * a node mapping draws, one edge per relationship an edge mapping draws whose both ends are drawn.
 * Nodes and edges of deleted or unmapped elements are removed; new elements get a node or edge
 * (at 0,0, listed in the result so that the caller lays them out); existing nodes keep their
 * position, size and pin. Semantic elements are matched by id; the transient {@code element}
 * references are (re)resolved on every run. The semantic model is never changed.
 */
public final class DiagramSynchronizer {

	/** Default node width before layout. */
	public static final int DEFAULT_WIDTH = 180;
	/** Default node height. */
	public static final int DEFAULT_HEIGHT = 54;

	/**
	 * What one synchronisation changed.
	 *
	 * @param addedNodes   nodes created for new organisations
	 * @param removedNodes number of nodes removed (deleted or unmapped organisations)
	 * @param addedEdges   edges created for new relationships
	 * @param removedEdges number of edges removed
	 */
	public record Result(List<Node> addedNodes, int removedNodes, List<Edge> addedEdges, int removedEdges) {

		/** @return whether nothing changed */
		public boolean isEmpty() {
			return addedNodes.isEmpty() && removedNodes == 0 && addedEdges.isEmpty() && removedEdges == 0;
		}
	}

	private final DiagramDescription description;

	/**
	 * @param description what the diagram draws
	 */
	public DiagramSynchronizer(DiagramDescription description) {
		this.description = Objects.requireNonNull(description, "description");
	}

	/**
	 * Synchronises a diagram with a project.
	 *
	 * @param diagram the diagram (changed in place)
	 * @param project the semantic model (only read)
	 * @return what changed
	 */
	public Result synchronize(Diagram diagram, AuditProject project) {
		Map<String, Organization> organizations = new HashMap<>();
		for (Organization organization : project.getOrganizations()) {
			if (organization.getId() != null && description.mappingOf(organization).isPresent()) {
				organizations.put(organization.getId(), organization);
			}
		}
		diagram.setProjectId(project.getId());
		if (diagram.getDescription() == null) {
			diagram.setDescription(description.id());
		}

		Map<String, Node> nodes = new HashMap<>();
		int removedNodes = 0;
		for (Iterator<Node> it = diagram.getNodes().iterator(); it.hasNext();) {
			Node node = it.next();
			Organization organization = organizations.get(node.getSemanticId());
			if (organization == null || nodes.containsKey(node.getSemanticId())) {
				node.setElement(null);
				it.remove();
				removedNodes++;
			} else {
				node.setElement(organization);
				nodes.put(node.getSemanticId(), node);
			}
		}
		List<Node> addedNodes = new ArrayList<>();
		for (Organization organization : project.getOrganizations()) {
			if (organization.getId() != null && organizations.containsKey(organization.getId())
					&& !nodes.containsKey(organization.getId())) {
				Node node = NotationFactory.eINSTANCE.createNode();
				node.setId("node-" + organization.getId());
				node.setSemanticId(organization.getId());
				node.setElement(organization);
				node.setWidth(DEFAULT_WIDTH);
				node.setHeight(DEFAULT_HEIGHT);
				diagram.getNodes().add(node);
				nodes.put(organization.getId(), node);
				addedNodes.add(node);
			}
		}

		Map<String, Relationship> relationships = new HashMap<>();
		for (Relationship relationship : project.getRelationships()) {
			if (relationship.getId() != null && relationship.getFrom() != null && relationship.getTo() != null
					&& nodes.containsKey(relationship.getFrom().getId()) && nodes.containsKey(relationship.getTo().getId())
					&& description.mappingOf(relationship).isPresent()) {
				relationships.put(relationship.getId(), relationship);
			}
		}
		Map<String, Edge> edges = new HashMap<>();
		int removedEdges = 0;
		for (Iterator<Edge> it = diagram.getEdges().iterator(); it.hasNext();) {
			Edge edge = it.next();
			Relationship relationship = relationships.get(edge.getSemanticId());
			if (relationship == null || edges.containsKey(edge.getSemanticId())) {
				edge.setElement(null);
				it.remove();
				removedEdges++;
				continue;
			}
			edge.setElement(relationship);
			Node source = nodes.get(relationship.getFrom().getId());
			Node target = nodes.get(relationship.getTo().getId());
			if (edge.getSource() != source || edge.getTarget() != target) {
				edge.setSource(source);
				edge.setTarget(target);
				edge.getBendpoints().clear();
				edge.setRoutedByUser(false);
			}
			edges.put(edge.getSemanticId(), edge);
		}
		List<Edge> addedEdges = new ArrayList<>();
		for (Relationship relationship : project.getRelationships()) {
			if (relationships.containsKey(relationship.getId()) && !edges.containsKey(relationship.getId())) {
				Edge edge = NotationFactory.eINSTANCE.createEdge();
				edge.setId("edge-" + relationship.getId());
				edge.setSemanticId(relationship.getId());
				edge.setElement(relationship);
				edge.setSource(nodes.get(relationship.getFrom().getId()));
				edge.setTarget(nodes.get(relationship.getTo().getId()));
				diagram.getEdges().add(edge);
				edges.put(relationship.getId(), edge);
				addedEdges.add(edge);
			}
		}
		return new Result(List.copyOf(addedNodes), removedNodes, List.copyOf(addedEdges), removedEdges);
	}
}
