// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.io.IOException;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.analysis.ChainAnalysis;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.CliValues;
import org.rensa.core.cli.RensaCommand;
import org.rensa.diagram.DiagramExport;
import org.rensa.diagram.DiagramStore;
import org.rensa.diagram.DiagramSynchronizer;
import org.rensa.diagram.SupplyChainLayout;
import org.rensa.diagram.description.ChainFacts;
import org.rensa.diagram.description.Layer;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.scene.PngWriter;
import org.rensa.diagram.scene.Scene;
import org.rensa.diagram.scene.SceneBuilder;
import org.rensa.model.AuditProject;
import org.rensa.tools.SyntheticChain;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rensa benchmark-diagram [--organizations N] [--relationships N] [--runs N]}: times
 * synchronisation, ELK layout, scene building (what a repaint computes), SVG and PNG export on a
 * generated chain. Prints the best of the runs after one warm-up.
 */
@Component(service = CliCommand.class)
public final class BenchmarkDiagramCommand implements CliCommand<BenchmarkDiagramCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "benchmark-diagram", description = "time diagram sync, ELK layout, scene building, SVG and PNG export (default 2000 / 3000)")
	public static final class Arguments {
		@Option(names = "--organizations", paramLabel = "N", converter = BenchmarkChainCommand.Organizations.class,
				description = "organisations, at least 2")
		int organizations = 2000;

		@Option(names = "--relationships", paramLabel = "N", description = "relationships, at least organisations - 1")
		int relationships = 3000;

		@Option(names = "--runs", paramLabel = "N", converter = CliValues.Positive.class, description = "timed runs after one warm-up")
		int runs = 3;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		int organizations = arguments.organizations;
		int relationships = arguments.relationships;
		int runs = arguments.runs;
		if (relationships < organizations - 1) {
			throw new CliException("benchmark-diagram: --relationships must be at least --organizations - 1 (" + (organizations - 1) + ")");
		}
		AuditProject project = SyntheticChain.create(organizations, relationships, 42);
		long[] best = { Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE };
		int svgSize = 0;
		for (int run = 0; run <= runs; run++) {
			long t0 = System.nanoTime();
			Diagram diagram = DiagramStore.newDiagram("benchmark");
			for (Layer layer : SupplyChainDiagram.description().layers()) {
				diagram.getActiveLayers().add(layer.id());
			}
			new DiagramSynchronizer(SupplyChainDiagram.description()).synchronize(diagram, project);
			long t1 = System.nanoTime();
			ChainFacts facts = ChainFacts.of(project, ChainAnalysis.analyze(project));
			SupplyChainLayout.arrangeAll(diagram, facts);
			long t2 = System.nanoTime();
			Scene scene = new SceneBuilder(SupplyChainDiagram.description(), false, true).build(diagram, facts);
			long t3 = System.nanoTime();
			byte[] svg = DiagramExport.svg(diagram, facts, false);
			long t4 = System.nanoTime();
			PngWriter.write(scene, 1);
			long t5 = System.nanoTime();
			DiagramStore.serialize(diagram);
			long t6 = System.nanoTime();
			svgSize = svg.length;
			if (run > 0) {
				long[] times = { t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5 };
				for (int i = 0; i < times.length; i++) {
					best[i] = Math.min(best[i], times[i]);
				}
			}
		}
		String[] names = { "synchronise", "ELK layout (layered, orthogonal)", "scene build (per repaint)",
				"SVG export (scene + write)", "PNG export (Java2D, scale 1)", "serialise notation XMI" };
		context.out().println(String.format(Locale.ROOT, "benchmark-diagram: %d organisations, %d relationships, best of %d runs",
				organizations, project.getRelationships().size(), runs));
		for (int i = 0; i < names.length; i++) {
			context.out().println(String.format(Locale.ROOT, "  %-34s %8.1f ms", names[i], best[i] / 1e6));
		}
		context.out().println(String.format(Locale.ROOT, "  SVG size %,d bytes", svgSize));
		return RensaCommand.OK;
	}
}
