// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.description;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.rensa.model.Organization;
import org.rensa.model.Relationship;

/**
 * What a kind of diagram draws and how: node and edge mappings, conditional styles in layers (the
 * declarative part of Sirius's viewpoint specifications, written in code).
 *
 * @param id           stable identifier, stored in {@code Diagram.description}
 * @param nodeMappings first matching mapping wins
 * @param edgeMappings first matching mapping wins
 * @param layers       the optional layers, in drawing order
 */
public record DiagramDescription(String id, List<NodeMapping> nodeMappings, List<EdgeMapping> edgeMappings,
		List<Layer> layers) {

	/** Copies the lists. */
	public DiagramDescription {
		nodeMappings = List.copyOf(nodeMappings);
		edgeMappings = List.copyOf(edgeMappings);
		layers = List.copyOf(layers);
	}

	/**
	 * @param organization an organisation
	 * @return the mapping that draws it, if any
	 */
	public Optional<NodeMapping> mappingOf(Organization organization) {
		return nodeMappings.stream().filter(m -> m.applies().test(organization)).findFirst();
	}

	/**
	 * @param relationship a relationship
	 * @return the mapping that draws it, if any
	 */
	public Optional<EdgeMapping> mappingOf(Relationship relationship) {
		return edgeMappings.stream().filter(m -> m.applies().test(relationship)).findFirst();
	}

	/**
	 * @param layerId a layer id
	 * @return the layer, if this description has it
	 */
	public Optional<Layer> layer(String layerId) {
		return layers.stream().filter(l -> l.id().equals(layerId)).findFirst();
	}

	/**
	 * @param layerIds layer ids, in any order
	 * @return the known ones among them, in this description's order
	 */
	public List<Layer> layers(Collection<String> layerIds) {
		List<Layer> result = new ArrayList<>();
		for (Layer layer : layers) {
			if (layerIds.contains(layer.id())) {
				result.add(layer);
			}
		}
		return result;
	}

	/**
	 * Computes the style of a node under the given layers.
	 *
	 * @param organization the organisation
	 * @param facts        the facts of the chain
	 * @param active       the active layers
	 * @param japanese     whether texts should be Japanese
	 * @return the style, or {@code null} when no mapping draws the organisation
	 */
	public NodeStyle styleOf(Organization organization, ChainFacts facts, List<Layer> active, boolean japanese) {
		NodeMapping mapping = mappingOf(organization).orElse(null);
		if (mapping == null) {
			return null;
		}
		NodeStyle style = mapping.baseStyle().copy();
		style.japanese = japanese;
		for (Layer layer : active) {
			for (StyleRule<Organization, NodeStyle> rule : layer.nodeRules()) {
				if (rule.when().test(organization, facts)) {
					rule.change().accept(style, organization);
				}
			}
		}
		return style;
	}

	/**
	 * Computes the style of an edge under the given layers.
	 *
	 * @param relationship the relationship
	 * @param facts        the facts of the chain
	 * @param active       the active layers
	 * @param japanese     whether texts should be Japanese
	 * @return the style, or {@code null} when no mapping draws the relationship
	 */
	public EdgeStyle styleOf(Relationship relationship, ChainFacts facts, List<Layer> active, boolean japanese) {
		EdgeMapping mapping = mappingOf(relationship).orElse(null);
		if (mapping == null) {
			return null;
		}
		EdgeStyle style = mapping.baseStyle().copy();
		style.japanese = japanese;
		for (Layer layer : active) {
			for (StyleRule<Relationship, EdgeStyle> rule : layer.edgeRules()) {
				if (rule.when().test(relationship, facts)) {
					rule.change().accept(style, relationship);
				}
			}
		}
		return style;
	}
}
