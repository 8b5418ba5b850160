// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.CliValues;
import org.rensa.core.cli.LanguageOption;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.io.AtomicFiles;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.diagram.DiagramExport;
import org.rensa.diagram.DiagramStore;
import org.rensa.diagram.SupplyChainDiagrams;
import org.rensa.diagram.description.ChainFacts;
import org.rensa.diagram.description.Layer;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Filter;
import org.rensa.diagram.notation.NotationFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa diagram DIR --out FILE.svg|png [options]}: exports the project's supply-chain diagram
 * (its stored layout when the model holds {@code model/diagrams/NAME.rensadiagram}, or a project of
 * an earlier version {@code DIR/diagrams/NAME.rensadiagram}; an automatic layout otherwise). Only
 * reads the project.
 */
@Component(service = CliCommand.class)
public final class DiagramCommand implements CliCommand<DiagramCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "diagram", description = "export the supply-chain diagram (SVG or PNG)")
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path directory;

		@Option(names = "--out", required = true, paramLabel = "FILE.svg|FILE.png", description = "the file to write")
		Path out;

		@Option(names = "--layers", paramLabel = "L,…|all|none", description = "the layers to show: ${COMPLETION-CANDIDATES}",
				completionCandidates = LayerIds.class)
		String layers;

		@Option(names = "--name", paramLabel = "NAME", description = "the diagram (default " + DiagramStore.DEFAULT_NAME + ")")
		String name = DiagramStore.DEFAULT_NAME;

		@Mixin
		LanguageOption language;

		@Option(names = "--scale", paramLabel = "S", converter = Scale.class, description = "PNG scale, 0.25 to 8 (default 2)")
		double scale = 2;

		@Option(names = "--max-tier", paramLabel = "N", converter = MaxTier.class, description = "hide tiers beyond N")
		Integer maxTier;

		@Option(names = "--below", paramLabel = "ORG-ID", description = "only the chain below this organisation")
		String below;

		@Option(names = "--sensitive-only", description = "only organisations with sensitive flows")
		boolean sensitiveOnly;
	}

	/** The ids of the layers, for the help. */
	public static final class LayerIds implements Iterable<String> {
		@Override
		public Iterator<String> iterator() {
			return List.of(layerIds().split(", ")).iterator();
		}
	}

	/** The PNG scale: 0.25 to 8. */
	public static final class Scale extends CliValues.Decimal {
		public Scale() {
			super(0.25, 8);
		}
	}

	/** The deepest tier shown: 0 to 1000. */
	public static final class MaxTier extends CliValues.WholeNumber {
		public MaxTier() {
			super(0, 1000);
		}
	}

	private static String layerIds() {
		List<String> ids = new ArrayList<>();
		for (Layer layer : SupplyChainDiagram.description().layers()) {
			ids.add(layer.id());
		}
		return String.join(", ", ids);
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		Path directory = arguments.directory;
		Path out = arguments.out;
		String layers = arguments.layers;
		String name = arguments.name;
		boolean japanese = arguments.language.japanese();
		double scale = arguments.scale;
		Integer maxTier = arguments.maxTier;
		String below = arguments.below;
		boolean sensitiveOnly = arguments.sensitiveOnly;
		String fileName = out.getFileName().toString().toLowerCase(Locale.ROOT);
		boolean png = fileName.endsWith(".png");
		if (!png && !fileName.endsWith(".svg")) {
			throw new CliException("diagram: --out must end in .svg or .png: " + out);
		}
		try {
			DiagramStore.companionPath(name);
		} catch (IllegalArgumentException e) {
			throw new CliException("diagram: " + e.getMessage());
		}
		AuditProjectDocument document = context.storage().loadReadOnly(directory);
		Diagram diagram;
		try {
			diagram = SupplyChainDiagrams.open(document, name);
		} catch (IOException e) {
			throw new CliException(e.getMessage());
		}
		if (layers != null) {
			diagram.getActiveLayers().clear();
			diagram.getActiveLayers().addAll(parseLayers(layers));
		}
		if (maxTier != null || below != null || sensitiveOnly) {
			Filter filter = NotationFactory.eINSTANCE.createFilter();
			if (maxTier != null) {
				filter.setMaxTier(maxTier);
			}
			filter.setRootId(below);
			filter.setSensitiveOnly(sensitiveOnly);
			diagram.setFilter(filter);
		}
		ChainFacts facts = ChainFacts.of(document);
		byte[] bytes = png ? DiagramExport.png(diagram, facts, japanese, scale) : DiagramExport.svg(diagram, facts, japanese);
		AtomicFiles.write(out, bytes);
		context.out().println(String.format(Locale.ROOT, "%s: %d organisations, %d relationships, layers: %s",
				out, diagram.getNodes().size(), diagram.getEdges().size(),
				diagram.getActiveLayers().isEmpty() ? "none" : String.join(",", diagram.getActiveLayers())));
		return RensaCommand.OK;
	}

	/**
	 * @param text comma-separated layer ids, {@code all} or {@code none}
	 * @return the layer ids
	 * @throws CliException for an unknown layer
	 */
	static List<String> parseLayers(String text) throws CliException {
		List<String> result = new ArrayList<>();
		if (text.equals("none") || text.isEmpty()) {
			return result;
		}
		if (text.equals("all")) {
			for (Layer layer : SupplyChainDiagram.description().layers()) {
				result.add(layer.id());
			}
			return result;
		}
		for (String id : Arrays.asList(text.split(","))) {
			String trimmed = id.trim();
			if (SupplyChainDiagram.description().layer(trimmed).isEmpty()) {
				throw new CliException("diagram: unknown layer " + trimmed + " (known: " + layerIds() + ")");
			}
			if (!result.contains(trimmed)) {
				result.add(trimmed);
			}
		}
		return result;
	}
}
