// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.diagram.description.ChainFacts;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Node;
import org.rensa.model.Organization;
import org.rensa.model.derived.SupplyChainTiers;

/**
 * Entry points for code that shows a supply-chain diagram: open (or create) a project's diagram,
 * synchronise it and place what is new.
 */
public final class SupplyChainDiagrams {

	private static final int ROW_GAP = 22;

	private SupplyChainDiagrams() {
	}

	/**
	 * Loads the named diagram of a project from disk ({@code DIR/model/diagrams/NAME.rensadiagram},
	 * else the old location {@code DIR/diagrams/NAME.rensadiagram}), or creates it when there is none,
	 * then synchronises it with the project and places new nodes (a new diagram is laid out
	 * completely). Prefer {@link #open(AuditProjectDocument, String)}, which reads the diagram saved
	 * with the loaded model.
	 *
	 * @param projectDirectory the project directory
	 * @param facts            the facts of the loaded project (only read)
	 * @param name             the diagram name
	 * @return the synchronised diagram
	 * @throws IOException when an existing diagram file cannot be read (the project is untouched)
	 */
	public static Diagram open(Path projectDirectory, ChainFacts facts, String name) throws IOException {
		Path file = DiagramStore.fileOf(projectDirectory, name);
		Path legacy = DiagramStore.legacyFileOf(projectDirectory, name);
		Diagram diagram = Files.exists(file) ? DiagramStore.load(file)
				: Files.exists(legacy) ? DiagramStore.load(legacy) : DiagramStore.newDiagram(name);
		refresh(diagram, facts);
		return diagram;
	}

	/**
	 * Loads the named diagram of a loaded project (as saved with its model, or from the old location
	 * when the model has none), or creates it when there is none, then synchronises it with the
	 * project and places new nodes. Nothing is written.
	 *
	 * @param document the loaded project (only read)
	 * @param name     the diagram name
	 * @return the synchronised diagram
	 * @throws IOException when the stored diagram cannot be read (the project is untouched)
	 */
	public static Diagram open(AuditProjectDocument document, String name) throws IOException {
		Diagram diagram = DiagramStore.load(document, name).orElseGet(() -> DiagramStore.newDiagram(name));
		refresh(diagram, ChainFacts.of(document));
		return diagram;
	}

	/**
	 * Synchronises a diagram and places its new nodes: everything is laid out when the diagram had no
	 * node before; otherwise each new node goes below the nodes of its tier's column.
	 *
	 * @param diagram the diagram
	 * @param facts   the facts of its project
	 * @return what the synchronisation changed
	 */
	public static DiagramSynchronizer.Result refresh(Diagram diagram, ChainFacts facts) {
		boolean wasEmpty = diagram.getNodes().isEmpty();
		DiagramSynchronizer.Result result = new DiagramSynchronizer(SupplyChainDiagram.description())
				.synchronize(diagram, facts.project());
		if (!result.addedNodes().isEmpty()) {
			if (wasEmpty) {
				SupplyChainLayout.arrangeAll(diagram, facts);
			} else {
				placeNew(diagram, facts, result.addedNodes());
			}
		}
		return result;
	}

	/**
	 * Places nodes below the existing nodes of their tier (the column of that tier's other nodes, or
	 * a new column to the right), without moving anything else.
	 *
	 * @param diagram the diagram
	 * @param facts   the facts of its project
	 * @param nodes   the nodes to place
	 */
	public static void placeNew(Diagram diagram, ChainFacts facts, List<Node> nodes) {
		SupplyChainLayout.fitSizes(diagram, facts);
		Map<Integer, int[]> columns = new HashMap<>(); // tier -> x, bottom
		int right = SupplyChainLayout.MARGIN;
		int columnWidth = 0;
		for (Node node : diagram.getNodes()) {
			if (nodes.contains(node)) {
				continue;
			}
			int tier = tier(node, facts);
			int[] column = columns.computeIfAbsent(tier, t -> new int[] { node.getX(), node.getY() + node.getHeight() });
			column[1] = Math.max(column[1], node.getY() + node.getHeight());
			right = Math.max(right, node.getX() + node.getWidth());
			columnWidth = Math.max(columnWidth, node.getWidth());
		}
		for (Node node : nodes) {
			int tier = tier(node, facts);
			int[] column = columns.get(tier);
			if (column == null) {
				int x = columns.isEmpty() ? SupplyChainLayout.MARGIN : right + 90;
				column = new int[] { x, SupplyChainLayout.MARGIN - ROW_GAP };
				columns.put(tier, column);
				right = x + node.getWidth();
			}
			node.setX(column[0]);
			node.setY(column[1] + ROW_GAP);
			column[1] = node.getY() + node.getHeight();
		}
	}

	private static int tier(Node node, ChainFacts facts) {
		return node.getElement() instanceof Organization organization ? facts.tier(organization)
				: SupplyChainTiers.UNREACHABLE;
	}
}
