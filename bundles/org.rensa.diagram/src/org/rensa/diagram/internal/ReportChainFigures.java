// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Component;
import org.rensa.core.analysis.ChainAnalysis;
import org.rensa.core.analysis.ProjectAnalysis;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.diagram.DiagramStore;
import org.rensa.diagram.DiagramSynchronizer;
import org.rensa.diagram.SupplyChainDiagrams;
import org.rensa.diagram.SupplyChainLayout;
import org.rensa.diagram.description.ChainFacts;
import org.rensa.diagram.description.Rgb;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.scene.PngWriter;
import org.rensa.diagram.scene.Scene;
import org.rensa.diagram.scene.Scene.Box;
import org.rensa.diagram.scene.Scene.Item;
import org.rensa.diagram.scene.Scene.Line;
import org.rensa.diagram.scene.Scene.Polygon;
import org.rensa.diagram.scene.Scene.Role;
import org.rensa.diagram.scene.Scene.Text;
import org.rensa.diagram.scene.SceneBuilder;
import org.rensa.diagram.scene.SvgWriter;
import org.rensa.diagram.scene.TextMetrics;
import org.rensa.model.AuditProject;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.text.Language;
import org.rensa.report.ChainFigure;
import org.rensa.report.ChainFigures;

/**
 * The supply-chain figures of the reports, drawn by the diagram's own scene, SVG and PNG writers:
 * the whole chain (the project's stored layout when it has one, else an automatic layout) with the
 * risk and verification layers, and the neighbourhood of one organisation (automatic layout, the
 * information-flow layer, the organisation highlighted). The legend goes where it costs the figure
 * least: right of the drawing or below it.
 */
@Component(service = ChainFigures.class)
public final class ReportChainFigures implements ChainFigures {

	/** Points per diagram unit (CSS pixel) at the figure's natural size. */
	static final double POINTS_PER_UNIT = 0.75;

	static {
		if (SceneBuilder.SMALLEST_TEXT * POINTS_PER_UNIT < ChainFigure.SMALLEST_TEXT) {
			throw new ExceptionInInitializerError("figure texts smaller than ChainFigure.SMALLEST_TEXT");
		}
	}

	/** At most this many figures of a split chain; a chain that needs more is drawn as one overview. */
	static final int MAX_FIGURES = 12;

	/** Below this scale a whole chain is split by tier-1 suppliers. */
	static final double MIN_SCALE = ChainFigure.READABLE_SCALE;

	/** Print resolution of the PNG fallback at the figure's size on the page. */
	private static final double PNG_DPI = 200;

	private static final Rgb HIGHLIGHT = Rgb.of("#d9480f");
	private static final double LEGEND_GAP = 36;
	private static final String LEGEND_ID = "legend";

	@Override
	public List<ChainFigure> wholeChain(AuditProjectDocument project, Request request) {
		AuditProject root = shown(project.getProject(), request);
		if (root.getOrganizations().isEmpty()) {
			return List.of();
		}
		ChainFacts facts = facts(project, root);
		Diagram diagram = stored(project, facts);
		diagram.setFilter(null);
		layers(diagram, SupplyChainDiagram.RISK, SupplyChainDiagram.VERIFICATION, SupplyChainDiagram.DISCLOSURE);
		String projectName = request.text().apply(root.getName() == null ? "" : root.getName());
		Scene scene = compose(build(diagram, root, facts, request), request);
		String caption = request.japanese() ? "サプライチェーン全体図 — " + projectName : "The whole supply chain — " + projectName;
		List<Organization> tier1 = tierOne(root, facts);
		double whole = fit(scene, request);
		if (whole >= MIN_SCALE) {
			return List.of(figure(scene, request, caption, root, diagram));
		}
		// Too large to read on one page: tier-1 suppliers are grouped, in project order, as many to a figure as
		// stay readable (this helps a chain that is too tall); a group still too large (a chain too deep) is cut
		// into bands of consecutive tiers, each band repeating the last tier of the one before.
		List<Part> parts = new ArrayList<>();
		List<Organization> group = new ArrayList<>();
		Part groupPart = null;
		for (Organization supplier : tier1) {
			List<Organization> candidate = new ArrayList<>(group);
			candidate.add(supplier);
			Part part = part(root, facts, request, candidate, 0, Integer.MAX_VALUE);
			if (!group.isEmpty() && fit(part.scene(), request) < MIN_SCALE) {
				parts.addAll(bands(root, facts, request, groupPart));
				candidate = new ArrayList<>(List.of(supplier));
				part = part(root, facts, request, candidate, 0, Integer.MAX_VALUE);
			}
			group = candidate;
			groupPart = part;
			if (parts.size() >= MAX_FIGURES) {
				break;
			}
		}
		if (groupPart != null) {
			parts.addAll(bands(root, facts, request, groupPart));
		}
		if (parts.size() < 2) {
			return List.of(figure(scene, request, caption, root, diagram));
		}
		if (parts.size() > MAX_FIGURES) {
			// Too many pages of figures: one overview of the whole chain instead (scaled, never cut).
			return List.of(figure(scene, request, caption + (request.japanese()
					? "（全" + root.getOrganizations().size() + "組織の概観。各組織は次数別の表を参照）"
					: " (overview of " + root.getOrganizations().size()
							+ " organisations; see the table of organisations by tier for each one)"),
					root, diagram));
		}
		List<ChainFigure> figures = new ArrayList<>();
		Language language = Language.of(request.japanese());
		for (int i = 0; i < parts.size(); i++) {
			Part part = parts.get(i);
			List<Organization> suppliers = part.suppliers();
			String names = request.text().apply(language.label(suppliers.get(0)));
			if (suppliers.size() > 1) {
				names += (suppliers.size() > 2 ? " … " : language.listSeparator()) + request.text().apply(language.label(suppliers.get(suppliers.size() - 1)));
			}
			boolean band = part.from() > 0 || part.to() != Integer.MAX_VALUE;
			String tiers = !band ? "" : request.japanese() ? "（" + part.from() + "～" + part.to() + "次）"
					: ", tiers " + part.from() + "–" + part.to();
			String partCaption = request.japanese()
					? "図 " + (i + 1) + "/" + parts.size() + "：1次取引先 " + names + (suppliers.size() > 2 ? "（" + suppliers.size() + "社）" : "") + "とその配下" + tiers
					: "Figure " + (i + 1) + " of " + parts.size() + ": tier-1 supplier" + (suppliers.size() > 1 ? "s " : " ") + names
							+ (suppliers.size() > 2 ? " (" + suppliers.size() + ")" : "") + " and the chain below" + tiers;
			figures.add(figure(part.scene(), request, partCaption, root, part.diagram()));
		}
		return figures;
	}

	/**
	 * Part of a split chain: some tier-1 suppliers and what lies below them, from one tier to another.
	 *
	 * @param suppliers the tier-1 suppliers
	 * @param from      the first tier drawn
	 * @param to        the last tier drawn ({@link Integer#MAX_VALUE}: all)
	 * @param diagram   its diagram
	 * @param scene     its composed scene
	 */
	private record Part(List<Organization> suppliers, int from, int to, Diagram diagram, Scene scene) {
	}

	private static Part part(AuditProject root, ChainFacts facts, Request request, List<Organization> suppliers, int from, int to) {
		Diagram sub = below(root, facts, suppliers, from, to);
		return new Part(List.copyOf(suppliers), from, to, sub, compose(build(sub, root, facts, request), request));
	}

	/**
	 * A part as it is, when readable; else cut into bands of consecutive tiers (each band starting with
	 * the last tier of the one before, so that every link is drawn), as wide as stay readable.
	 */
	private static List<Part> bands(AuditProject root, ChainFacts facts, Request request, Part whole) {
		if (fit(whole.scene(), request) >= MIN_SCALE) {
			return List.of(whole);
		}
		int deepest = 0;
		for (Organization organization : whole.diagram().getNodes().stream().map(Node::getElement)
				.filter(Organization.class::isInstance).map(Organization.class::cast).toList()) {
			int tier = facts.tier(organization);
			if (tier != org.rensa.model.derived.SupplyChainTiers.UNREACHABLE) {
				deepest = Math.max(deepest, tier);
			}
		}
		List<Part> best = List.of(whole);
		for (int width = deepest - 1; width >= 1; width--) {
			List<Part> cut = new ArrayList<>();
			boolean readable = true;
			for (int from = 0; from < deepest; from += width) {
				int to = Math.min(deepest, from + width);
				Part band = part(root, facts, request, whole.suppliers(), from, to);
				readable &= fit(band.scene(), request) >= MIN_SCALE;
				cut.add(band);
			}
			best = cut;
			if (readable) {
				break;
			}
		}
		return best;
	}

	@Override
	public List<ChainFigure> around(AuditProjectDocument project, Organization shownOrganization, Request request) {
		// the chain as the document may show it: a link withheld from its audience is not drawn, nor what only it reaches
		AuditProject root = shown(project.getProject(), request);
		Organization organization = root == project.getProject() ? shownOrganization
				: root.getOrganizations().get(project.getProject().getOrganizations().indexOf(shownOrganization));
		boolean linked = root.getRelationships().stream()
				.anyMatch(r -> r.getFrom() == organization || r.getTo() == organization);
		if (!linked || organization.getId() == null) {
			return List.of();
		}
		ChainFacts facts = facts(project, root);
		Set<Organization> part = new LinkedHashSet<>(upstream(root, organization, Integer.MAX_VALUE));
		part.addAll(downstream(root, organization, 2));
		Diagram diagram = automatic(root, facts, part);
		layers(diagram, SupplyChainDiagram.INFORMATION_FLOW, SupplyChainDiagram.DISCLOSURE);
		Scene scene = highlight(build(diagram, root, facts, request), "node-" + organization.getId());
		String name = request.text().apply(Language.of(request.japanese()).label(organization));
		String caption = request.japanese() ? name + " を中心としたサプライチェーン（強調表示が当該組織）"
				: "The supply chain around " + name + " (highlighted)";
		return List.of(figure(compose(scene, request), request, caption, root, diagram));
	}

	/**
	 * The project as the document may show it: when some findings or relationships are withheld from
	 * its audience, a copy without them (so that they colour no node and draw no link); the project
	 * itself is never changed.
	 */
	private static AuditProject shown(AuditProject project, Request request) {
		if (project.getFindings().stream().allMatch(request.shown()) && project.getRelationships().stream().allMatch(request.shown())) {
			return project;
		}
		AuditProject copy = EcoreUtil.copy(project);
		// the request judges the project's own objects (its TLP closure knows them by identity): remove by position
		for (int i = project.getFindings().size() - 1; i >= 0; i--) {
			if (!request.shown().test(project.getFindings().get(i))) {
				copy.getFindings().remove(i);
			}
		}
		for (int i = project.getRelationships().size() - 1; i >= 0; i--) {
			if (!request.shown().test(project.getRelationships().get(i))) {
				copy.getRelationships().remove(i);
			}
		}
		return copy;
	}

	/**
	 * The facts of the project as shown: the project's own chain report, or, for a copy without
	 * withheld findings, the copy analysed with the project's settings.
	 */
	private static ChainFacts facts(AuditProjectDocument project, AuditProject shown) {
		return shown == project.getProject() ? ChainFacts.of(project)
				: ChainFacts.of(shown, ChainAnalysis.analyze(shown, ProjectAnalysis.settings(project)));
	}

	/**
	 * The project's stored diagram synchronised with the given project (or its shown copy); a new,
	 * automatically laid out one when there is none or it cannot be read.
	 */
	private static Diagram stored(AuditProjectDocument project, ChainFacts facts) {
		try {
			if (project.getDirectory() != null
					&& Files.exists(DiagramStore.fileOf(project.getDirectory(), DiagramStore.DEFAULT_NAME))) {
				return SupplyChainDiagrams.open(project.getDirectory(), facts, DiagramStore.DEFAULT_NAME);
			}
		} catch (IOException e) {
			// An unreadable diagram file: the report draws the chain with an automatic layout instead.
		}
		Diagram diagram = DiagramStore.newDiagram(DiagramStore.DEFAULT_NAME);
		SupplyChainDiagrams.refresh(diagram, facts);
		return diagram;
	}

	/**
	 * The buyer, some tier-1 suppliers and everything below them, from one tier to another, laid out
	 * automatically with the risk, verification and disclosure layers.
	 */
	private static Diagram below(AuditProject project, ChainFacts facts, List<Organization> suppliers, int from, int to) {
		Set<Organization> part = new LinkedHashSet<>();
		if (project.getBuyer() != null) {
			part.add(project.getBuyer());
		}
		for (Organization supplier : suppliers) {
			part.addAll(upstream(project, supplier, 1));
			part.addAll(downstream(project, supplier, Integer.MAX_VALUE));
		}
		part.removeIf(o -> {
			int tier = facts.tier(o);
			return tier != org.rensa.model.derived.SupplyChainTiers.UNREACHABLE && (tier < from || tier > to);
		});
		Diagram diagram = automatic(project, facts, part);
		layers(diagram, SupplyChainDiagram.RISK, SupplyChainDiagram.VERIFICATION, SupplyChainDiagram.DISCLOSURE);
		return diagram;
	}

	/** A new diagram of only some organisations (and the relationships among them), laid out automatically. */
	private static Diagram automatic(AuditProject project, ChainFacts facts, Set<Organization> keep) {
		Diagram diagram = DiagramStore.newDiagram("report");
		new DiagramSynchronizer(SupplyChainDiagram.description()).synchronize(diagram, project);
		diagram.getEdges().removeIf(e -> !keep.contains(e.getSource().getElement()) || !keep.contains(e.getTarget().getElement()));
		diagram.getNodes().removeIf(n -> !keep.contains(n.getElement()));
		SupplyChainLayout.arrangeAll(diagram, facts);
		return diagram;
	}

	private static void layers(Diagram diagram, String... ids) {
		diagram.getActiveLayers().clear();
		diagram.getActiveLayers().addAll(List.of(ids));
	}

	private static List<Organization> tierOne(AuditProject project, ChainFacts facts) {
		List<Organization> result = new ArrayList<>();
		for (Organization organization : project.getOrganizations()) {
			if (facts.tier(organization) == 1 && organization != project.getBuyer()
					&& organization.getKind() != OrganizationKind.BUYER) {
				result.add(organization);
			}
		}
		return result;
	}

	/** The organisations a relationship path leads from to the given one, the organisation included. */
	private static Set<Organization> upstream(AuditProject project, Organization start, int depth) {
		return reach(project, start, depth, false);
	}

	/** The organisations reached from the given one within a number of links, the organisation included. */
	private static Set<Organization> downstream(AuditProject project, Organization start, int depth) {
		return reach(project, start, depth, true);
	}

	private static Set<Organization> reach(AuditProject project, Organization start, int depth, boolean forward) {
		Map<Organization, List<Organization>> next = new HashMap<>();
		for (Relationship relationship : project.getRelationships()) {
			if (relationship.getFrom() != null && relationship.getTo() != null) {
				Organization from = forward ? relationship.getFrom() : relationship.getTo();
				Organization to = forward ? relationship.getTo() : relationship.getFrom();
				next.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
			}
		}
		Set<Organization> reached = new LinkedHashSet<>();
		reached.add(start);
		Deque<Organization> queue = new ArrayDeque<>(List.of(start));
		Map<Organization, Integer> distance = new HashMap<>(Map.of(start, 0));
		while (!queue.isEmpty()) {
			Organization current = queue.poll();
			int d = distance.get(current);
			if (d >= depth) {
				continue;
			}
			for (Organization target : next.getOrDefault(current, List.of())) {
				if (reached.add(target)) {
					distance.put(target, d + 1);
					queue.add(target);
				}
			}
		}
		return reached;
	}

	/** The scene of a diagram, every text passed through the request's filter (names before they are shortened to fit). */
	private static Scene build(Diagram diagram, AuditProject project, ChainFacts facts, Request request) {
		Scene scene = new SceneBuilder(SupplyChainDiagram.description(), request.japanese(), true).build(diagram, facts);
		UnaryOperator<String> text = request.text();
		Map<String, Node> nodes = new HashMap<>();
		for (Node node : diagram.getNodes()) {
			nodes.put(node.getId(), node);
		}
		List<Item> items = new ArrayList<>(scene.items().size());
		for (Item item : scene.items()) {
			if (item instanceof Text t) {
				String value;
				Node node = nodes.get(t.elementId());
				if (t.role() == Role.NODE_NAME && node != null && node.getElement() instanceof Organization organization) {
					value = TextMetrics.fit(text.apply(Language.of(request.japanese()).label(organization)), t.size(), t.bold(),
							node.getWidth() - 26);
				} else {
					value = text.apply(t.text());
				}
				items.add(new Text(t.elementId(), t.role(), t.x(), t.y(), value, t.size(), t.bold(), t.color(), t.centered()));
			} else {
				items.add(item);
			}
		}
		return new Scene(items, scene.legend(), scene.legendWidth(), scene.legendHeight(), scene.minX(), scene.minY(),
				scene.maxX(), scene.maxY());
	}

	/** Draws a ring around one node. */
	private static Scene highlight(Scene scene, String nodeId) {
		List<Item> items = new ArrayList<>(scene.items());
		int last = -1;
		Box frame = null;
		for (int i = 0; i < items.size(); i++) {
			if (nodeId.equals(items.get(i).elementId())) {
				last = i;
				if (items.get(i) instanceof Box box && box.role() == Role.NODE) {
					frame = box;
				}
			}
		}
		if (frame == null) {
			return scene;
		}
		items.add(last + 1, new Box(nodeId, Role.NODE_DECORATION, frame.x() - 5, frame.y() - 5, frame.width() + 10,
				frame.height() + 10, frame.arc() + 4, null, HIGHLIGHT, 3, false));
		return new Scene(items, scene.legend(), scene.legendWidth(), scene.legendHeight(),
				Math.min(scene.minX(), frame.x() - 7), Math.min(scene.minY(), frame.y() - 7),
				Math.max(scene.maxX(), frame.x() + frame.width() + 7), Math.max(scene.maxY(), frame.y() + frame.height() + 7));
	}

	/**
	 * Moves the legend into the drawing, right of it or below it, whichever lets the figure be drawn
	 * larger on the page.
	 */
	static Scene compose(Scene scene, Request request) {
		if (scene.legend().isEmpty()) {
			return scene;
		}
		double drawingWidth = scene.maxX() - scene.minX();
		double drawingHeight = scene.maxY() - scene.minY();
		double rightWidth = drawingWidth + LEGEND_GAP + scene.legendWidth();
		double rightHeight = Math.max(drawingHeight, scene.legendHeight());
		double belowWidth = Math.max(drawingWidth, scene.legendWidth());
		double belowHeight = drawingHeight + LEGEND_GAP / 2 + scene.legendHeight();
		// A placement that reads on the portrait page wins over one that needs a landscape page.
		double rightPortrait = portrait(rightWidth, rightHeight, request);
		double belowPortrait = portrait(belowWidth, belowHeight, request);
		boolean right;
		if (Math.max(rightPortrait, belowPortrait) >= MIN_SCALE) {
			right = rightPortrait >= belowPortrait;
		} else {
			right = scale(rightWidth, rightHeight, request) >= scale(belowWidth, belowHeight, request);
		}
		double dx = right ? scene.maxX() + LEGEND_GAP : scene.minX();
		double dy = right ? scene.minY() : scene.maxY() + LEGEND_GAP / 2;
		List<Item> items = new ArrayList<>(scene.items());
		for (Item item : scene.legend()) {
			items.add(translate(item, dx, dy));
		}
		return new Scene(items, List.of(), 0, 0, scene.minX(), scene.minY(),
				Math.max(scene.maxX(), dx + scene.legendWidth()), Math.max(scene.maxY(), dy + scene.legendHeight()));
	}

	private static Item translate(Item item, double dx, double dy) {
		if (item instanceof Box b) {
			return new Box(LEGEND_ID, b.role(), b.x() + dx, b.y() + dy, b.width(), b.height(), b.arc(), b.fill(), b.stroke(),
					b.strokeWidth(), b.dashed());
		}
		if (item instanceof Text t) {
			return new Text(LEGEND_ID, t.role(), t.x() + dx, t.y() + dy, t.text(), t.size(), t.bold(), t.color(), t.centered());
		}
		if (item instanceof Line l) {
			return new Line(LEGEND_ID, l.role(), shift(l.points(), dx, dy), l.stroke(), l.width(), l.dashed());
		}
		Polygon p = (Polygon) item;
		return new Polygon(LEGEND_ID, p.role(), shift(p.points(), dx, dy), p.fill());
	}

	private static double[] shift(double[] points, double dx, double dy) {
		double[] result = points.clone();
		for (int i = 0; i + 1 < result.length; i += 2) {
			result[i] += dx;
			result[i + 1] += dy;
		}
		return result;
	}

	/** The scale at which a composed scene is drawn on a portrait or a landscape page. */
	static double fit(Scene scene, Request request) {
		double[] frame = SvgWriter.frame(scene);
		return scale(frame[2], frame[3], request);
	}

	private static double portrait(double width, double height, Request request) {
		double w = (width + 2 * SvgWriter.PADDING) * POINTS_PER_UNIT;
		double h = (height + 2 * SvgWriter.PADDING) * POINTS_PER_UNIT;
		return Math.min(1, Math.min(request.maxWidth() / w, request.maxHeight() / h));
	}

	private static double scale(double width, double height, Request request) {
		return request.scale((width + 2 * SvgWriter.PADDING) * POINTS_PER_UNIT, (height + 2 * SvgWriter.PADDING) * POINTS_PER_UNIT);
	}

	private static ChainFigure figure(Scene scene, Request request, String caption, AuditProject project, Diagram diagram) {
		double[] frame = SvgWriter.frame(scene);
		double scale = request.scale(frame[2] * POINTS_PER_UNIT, frame[3] * POINTS_PER_UNIT);
		byte[] png;
		try {
			png = PngWriter.write(scene, POINTS_PER_UNIT * scale * PNG_DPI / 72);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ChainFigure(SvgWriter.write(scene, caption), png, frame[2] * POINTS_PER_UNIT, frame[3] * POINTS_PER_UNIT,
				caption, description(diagram, request));
	}

	/** A text alternative: the organisations by tier, then the links with the information they carry. */
	private static String description(Diagram diagram, Request request) {
		boolean ja = request.japanese();
		UnaryOperator<String> text = request.text();
		List<String> names = new ArrayList<>();
		for (Node node : diagram.getNodes()) {
			if (node.getElement() instanceof Organization organization) {
				names.add(text.apply(Language.of(ja).label(organization)));
			}
		}
		List<String> links = new ArrayList<>();
		for (Edge edge : diagram.getEdges()) {
			if (edge.getElement() instanceof Relationship relationship && relationship.getFrom() != null
					&& relationship.getTo() != null) {
				String info = Language.of(ja).labels(relationship.getInformationClasses().stream()
						.filter(i -> i != InformationClass.NONE).toList());
				links.add(text.apply(Language.of(ja).label(relationship.getFrom())) + " → "
						+ text.apply(Language.of(ja).label(relationship.getTo())) + (info.isEmpty() ? "" : " (" + info + ")"));
			}
		}
		return (ja ? "組織: " : "Organisations: ") + String.join(", ", names) + ". " + (ja ? "取引関係: " : "Links: ")
				+ String.join("; ", links) + ".";
	}
}
