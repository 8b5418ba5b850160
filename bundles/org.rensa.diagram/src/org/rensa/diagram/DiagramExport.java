// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.rensa.diagram.description.ChainFacts;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.scene.PngWriter;
import org.rensa.diagram.scene.Scene;
import org.rensa.diagram.scene.SceneBuilder;
import org.rensa.diagram.scene.SvgWriter;
import org.rensa.model.AuditProject;

/**
 * Headless SVG and PNG export of a synchronised supply-chain diagram, with its legend; for the
 * command line and the report generators.
 */
public final class DiagramExport {

	private DiagramExport() {
	}

	/**
	 * @param diagram  a synchronised diagram (its active layers and filter apply)
	 * @param facts    the facts of its project ({@link ChainFacts#of(org.rensa.core.storage.AuditProjectDocument)})
	 * @param japanese Japanese names and texts
	 * @return the scene an exporter draws
	 */
	public static Scene scene(Diagram diagram, ChainFacts facts, boolean japanese) {
		return new SceneBuilder(SupplyChainDiagram.description(), japanese, true).build(diagram, facts);
	}

	/**
	 * @param diagram  a synchronised diagram
	 * @param facts    the facts of its project
	 * @param japanese Japanese names and texts
	 * @return a standalone SVG document (UTF-8)
	 */
	public static byte[] svg(Diagram diagram, ChainFacts facts, boolean japanese) {
		AuditProject project = facts.project();
		String title = (japanese ? "サプライチェーン図 — " : "Supply-chain diagram — ")
				+ (project.getName() == null ? "" : project.getName());
		return SvgWriter.write(scene(diagram, facts, japanese), title).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * @param diagram  a synchronised diagram
	 * @param facts    the facts of its project
	 * @param japanese Japanese names and texts
	 * @param scale    pixels per diagram unit
	 * @return a PNG image
	 * @throws IOException when encoding fails
	 */
	public static byte[] png(Diagram diagram, ChainFacts facts, boolean japanese, double scale) throws IOException {
		return PngWriter.write(scene(diagram, facts, japanese), scale);
	}
}
