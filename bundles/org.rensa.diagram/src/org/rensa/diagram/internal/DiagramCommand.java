// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
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

/**
 * {@code rensa diagram DIR --out FILE.svg|png [options]}: exports the project's supply-chain diagram
 * (its stored layout when the model holds {@code model/diagrams/NAME.rensadiagram}, or a project of
 * an earlier version {@code DIR/diagrams/NAME.rensadiagram}; an automatic layout otherwise). Only
 * reads the project.
 */
@Component(service = CliCommand.class)
public final class DiagramCommand implements CliCommand {

	@Override
	public String name() {
		return "diagram";
	}

	@Override
	public String synopsis() {
		return String.join("\n", //
				"diagram DIR --out FILE.svg|FILE.png [--layers L,…|all|none] [--name NAME] [--lang en|ja]",
				"    [--scale S] [--max-tier N] [--below ORG-ID] [--sensitive-only]",
				"  export the supply-chain diagram; layers: " + layerIds());
	}

	private static String layerIds() {
		List<String> ids = new ArrayList<>();
		for (Layer layer : SupplyChainDiagram.description().layers()) {
			ids.add(layer.id());
		}
		return String.join(", ", ids);
	}

	@Override
	public int run(List<String> args, CliContext context) throws CliException, IOException {
		Path directory = null;
		Path out = null;
		String layers = null;
		String name = DiagramStore.DEFAULT_NAME;
		boolean japanese = false;
		double scale = 2;
		Integer maxTier = null;
		String below = null;
		boolean sensitiveOnly = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--out" -> out = Path.of(value(args, ++i, arg));
			case "--layers" -> layers = value(args, ++i, arg);
			case "--name" -> name = value(args, ++i, arg);
			case "--lang" -> {
				String lang = value(args, ++i, arg);
				if (!lang.equals("en") && !lang.equals("ja")) {
					throw new CliException("--lang must be en or ja");
				}
				japanese = lang.equals("ja");
			}
			case "--scale" -> scale = number(value(args, ++i, arg), arg, 0.25, 8);
			case "--max-tier" -> maxTier = (int) number(value(args, ++i, arg), arg, 0, 1000);
			case "--below" -> below = value(args, ++i, arg);
			case "--sensitive-only" -> sensitiveOnly = true;
			default -> {
				if (arg.startsWith("-") || directory != null) {
					throw new CliException("diagram: unexpected argument " + arg + " (usage: " + synopsis().lines().findFirst().orElse("") + ")");
				}
				directory = Path.of(arg);
			}
			}
		}
		if (directory == null || out == null) {
			throw new CliException("usage: rensa " + synopsis().lines().findFirst().orElse(""));
		}
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
		DiagramStore.writeAtomically(out, bytes);
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

	private static String value(List<String> args, int index, String option) throws CliException {
		if (index >= args.size()) {
			throw new CliException("diagram: " + option + " needs a value");
		}
		return args.get(index);
	}

	private static double number(String text, String option, double min, double max) throws CliException {
		try {
			double value = Double.parseDouble(text);
			if (value < min || value > max) {
				throw new CliException("diagram: " + option + " must be between " + min + " and " + max);
			}
			return value;
		} catch (NumberFormatException e) {
			throw new CliException("diagram: " + option + " needs a number: " + text);
		}
	}
}
