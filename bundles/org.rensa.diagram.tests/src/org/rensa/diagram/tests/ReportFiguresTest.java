// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.diagram.internal.ReportChainFigures;
import org.rensa.tools.SyntheticChain;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.Tlp;
import org.rensa.model.Visit;
import org.rensa.report.ChainFigure;
import org.rensa.report.ChainFigures;
import org.rensa.report.OutputFormat;
import org.rensa.report.ReportGenerator;
import org.rensa.report.ReportOptions;
import org.rensa.report.ReportType;
import org.rensa.tools.SyntheticChain;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The figures the diagram bundle draws for the reports, and the reports that embed them. */
class ReportFiguresTest {

	private static final ChainFigures.Request ENGLISH = new ChainFigures.Request(false, UnaryOperator.identity(), 483, 600, 728, 425, finding -> true);
	/** Pages so large that no chain of the demo is split (for tests about what one whole figure draws). */
	private static final ChainFigures.Request UNSPLIT = new ChainFigures.Request(false, UnaryOperator.identity(), 5000, 5000, 5000, 5000,
			finding -> true);

	private static AuditProjectDocument demo;

	@BeforeAll
	static void load() throws IOException {
		demo = ProjectStorage.standard().loadReadOnly(Chains.demo());
	}

	@Test
	void neighbourhoodHighlightsTheSupplierAndLabelsTheFlows() throws Exception {
		Visit visit = demo.getProject().getVisits().get(0);
		Organization supplier = visit.getOrganization();
		List<ChainFigure> figures = new ReportChainFigures().around(demo, supplier, ENGLISH);
		assertEquals(1, figures.size());
		Document svg = parse(figures.get(0).svg());
		List<String> nodes = groups(svg, "node");
		assertTrue(nodes.contains("node-" + supplier.getId()), "the supplier is drawn");
		List<String> expected = new ArrayList<>();
		demo.getProject().getRelationships().stream().filter(r -> r.getTo() == supplier).forEach(r -> expected.add("node-" + r.getFrom().getId()));
		demo.getProject().getRelationships().stream().filter(r -> r.getFrom() == supplier).forEach(r -> expected.add("node-" + r.getTo().getId()));
		assertFalse(expected.isEmpty());
		assertTrue(nodes.containsAll(expected), "who supplies it and whom it subcontracts to: " + nodes);
		assertTrue(nodes.size() < demo.getProject().getOrganizations().size(), "only the neighbourhood");
		assertTrue(figures.get(0).svg().contains("stroke=\"#d9480f\""), "the highlight ring");
		assertTrue(texts(svg, "edge-label").size() > 0, "information-flow labels");
		assertTrue(ENGLISH.scale(figures.get(0).width(), figures.get(0).height()) >= ChainFigure.READABLE_SCALE,
				"readable on the page (a landscape one when the portrait one is too narrow)");
		assertTrue(ImageIO.read(new ByteArrayInputStream(figures.get(0).png())).getWidth() > 800, "a print-quality PNG");
	}

	@Test
	void wholeChainDrawsEveryOrganisationWithLegend() throws Exception {
		List<ChainFigure> figures = new ReportChainFigures().wholeChain(demo, UNSPLIT);
		assertEquals(1, figures.size(), "on a page large enough: one figure");
		Document svg = parse(figures.get(0).svg());
		assertEquals(demo.getProject().getOrganizations().size(), groups(svg, "node").stream().filter(id -> id.startsWith("node-")).count());
		assertTrue(texts(svg, "legend").contains("Legend"));
		assertTrue(texts(svg, "legend").contains("Verified on site"), "the verification layer's legend");
		assertTrue(texts(svg, "legend").contains("Chain risk 75 or more"), "the risk layer's legend");
	}

	@Test
	void theFiguresUseTheProjectsRiskWeights() throws Exception {
		AuditProjectDocument project = ProjectStorage.standard().loadReadOnly(Chains.demo());
		String before = new ReportChainFigures().wholeChain(project, UNSPLIT).get(0).svg();
		StringBuilder harmless = new StringBuilder();
		for (InformationClass informationClass : InformationClass.VALUES) {
			harmless.append("sensitivity.").append(informationClass.getName()).append(" = 0\n");
		}
		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(project.getSettings().change("chain-risk.properties", harmless.toString().getBytes(StandardCharsets.UTF_8)));
		String after = new ReportChainFigures().wholeChain(project, UNSPLIT).get(0).svg();
		int organisations = project.getProject().getOrganizations().size();
		assertTrue(count(before, "#dcefdc") < organisations, "some organisation is above the lowest band");
		assertEquals(organisations, count(after, "#dcefdc"),
				"nothing sensitive: every organisation but the buyer in the lowest band, plus its legend entry");
		stack.undo();
		assertEquals(before, new ReportChainFigures().wholeChain(project, UNSPLIT).get(0).svg(), "undo restores the weights");
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

	@Test
	void withheldLinksAreNotDrawnNorWhatOnlyTheyReach() throws Exception {
		Organization supplier = demo.getProject().getVisits().get(0).getOrganization();
		org.rensa.model.Relationship link = demo.getProject().getRelationships().stream()
				.filter(r -> r.getFrom() == supplier && demo.getProject().getRelationships().stream().noneMatch(o -> o != r && o.getTo() == r.getTo()))
				.findFirst().orElseThrow();
		String hidden = "node-" + link.getTo().getId();
		assertTrue(groups(parse(new ReportChainFigures().around(demo, supplier, ENGLISH).get(0).svg()), "node").contains(hidden),
				"the subcontractor is drawn when its link may be shown");
		ChainFigures.Request withheld = new ChainFigures.Request(false, UnaryOperator.identity(), 483, 600, 728, 425, item -> item != link);
		List<String> around = groups(parse(new ReportChainFigures().around(demo, supplier, withheld).get(0).svg()), "node");
		assertTrue(around.contains("node-" + supplier.getId()), "the supplier is still drawn");
		assertFalse(around.contains(hidden), "a subcontractor reached only over a withheld link is not drawn: " + around);
		String edge = "\"edge-" + link.getId() + "\"";
		assertTrue(svgs(new ReportChainFigures().wholeChain(demo, ENGLISH)).contains(edge), "the whole chain draws the link");
		assertFalse(svgs(new ReportChainFigures().wholeChain(demo, withheld)).contains(edge), "unless it is withheld");
		assertEquals(demo.getProject().getRelationships().size(), demo.getProject().getRelationships().stream().distinct().count(),
				"the project itself is not changed");
	}

	@Test
	void withheldFindingsColourNoNode() throws Exception {
		int findings = demo.getProject().getFindings().size();
		String all = svgs(new ReportChainFigures().wholeChain(demo, ENGLISH));
		assertTrue(all.contains(">CRIT<") || all.contains(">HIGH<"), "open findings show as badges");
		ChainFigures.Request none = new ChainFigures.Request(false, UnaryOperator.identity(), 483, 600, 728, 425,
				item -> !(item instanceof org.rensa.model.Finding));
		String withheld = svgs(new ReportChainFigures().wholeChain(demo, none));
		for (String badge : new String[] { ">CRIT<", ">HIGH<", ">MED<", ">LOW<" }) {
			assertFalse(withheld.contains(badge), badge + " from a withheld finding");
		}
		assertEquals(findings, demo.getProject().getFindings().size(), "the project itself is untouched");
	}

	@Test
	void textsPassThroughTheFilterBeforeTheyAreShortened() throws Exception {
		ChainFigures.Request anonymous = new ChainFigures.Request(true, text -> text.isEmpty() ? text : "組織X", 483, 600, 728, 425, finding -> true);
		ChainFigure figure = new ReportChainFigures().wholeChain(demo, anonymous).get(0);
		for (Organization organization : demo.getProject().getOrganizations()) {
			assertFalse(figure.svg().contains(organization.getName()), organization.getName());
			if (organization.getNameJa() != null) {
				assertFalse(figure.svg().contains(organization.getNameJa()), organization.getNameJa());
			}
			assertFalse(figure.description().contains(organization.getName()));
		}
		assertTrue(texts(parse(figure.svg()), "node-name").contains("組織X"));
	}

	@Test
	void largeChainsAreSplitByTierOneSuppliersReadablyNeverCut() throws Exception {
		// buyer → 8 suppliers → 3 subcontractors each: too tall for one page, not too deep
		var project = Chains.project();
		Organization buyer = Chains.organization(project, "buyer", org.rensa.model.OrganizationKind.BUYER);
		for (int i = 0; i < 8; i++) {
			Organization supplier = Chains.organization(project, "supplier" + i, org.rensa.model.OrganizationKind.SUPPLIER);
			Chains.link(project, "s" + i, buyer, supplier, org.rensa.model.InformationClass.CONFIDENTIAL_BUSINESS);
			for (int j = 0; j < 3; j++) {
				Organization sub = Chains.organization(project, "sub" + i + "x" + j, org.rensa.model.OrganizationKind.SUBCONTRACTOR);
				Chains.link(project, "r" + i + "x" + j, supplier, sub);
			}
		}
		AuditProjectDocument document = new AuditProjectDocument(Files.createTempDirectory("chain"),
				new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl(), project, List.of());
		List<ChainFigure> figures = new ReportChainFigures().wholeChain(document, ENGLISH);
		long tierOne = project.getRelationships().stream().filter(r -> r.getFrom() == project.getBuyer() && r.getTo() != project.getBuyer())
				.map(r -> r.getTo()).distinct().count();
		assertTrue(figures.size() > 1 && figures.size() < tierOne, "several tier-1 suppliers to a figure: " + figures.size());
		java.util.Set<String> drawn = new java.util.HashSet<>();
		for (ChainFigure figure : figures) {
			drawn.addAll(groups(parse(figure.svg()), "node"));
			assertTrue(figure.caption().startsWith("Figure "), figure.caption());
		}
		for (Organization organization : project.getOrganizations()) {
			boolean reachable = project.getRelationships().stream().anyMatch(r -> r.getTo() == organization) || organization == project.getBuyer();
			if (reachable) {
				assertTrue(drawn.contains("node-" + organization.getId()), organization.getId() + " is in some figure");
			}
		}
	}

	@Test
	void chainsNeedingTooManyFiguresGetOneOverview() throws Exception {
		var project = SyntheticChain.create(2000, 3000, 42);
		AuditProjectDocument document = new AuditProjectDocument(Files.createTempDirectory("chain"),
				new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl(), project, List.of());
		List<ChainFigure> figures = new ReportChainFigures().wholeChain(document, ENGLISH);
		assertEquals(1, figures.size());
		assertTrue(figures.get(0).caption().contains("overview of 2000 organisations"), figures.get(0).caption());
		assertEquals(2000, groups(parse(figures.get(0).svg()), "node").stream().filter(id -> id.startsWith("node-")).count(),
				"scaled, never cut");
	}

	@Test
	void reportsEmbedTheFiguresWithExtractableNames() throws IOException {
		Path out = Path.of("target", "report-figures");
		Files.createDirectories(out);
		for (String language : new String[] { "en", "ja" }) {
			ReportOptions options = new ReportOptions(Locale.forLanguageTag(language), Tlp.AMBER, false, LocalDate.of(2026, 11, 25),
					ReportOptions.Branding.NONE, null);
			ReportGenerator generator = new ReportGenerator(demo, options, new ReportChainFigures());
			List<ReportGenerator.Target> targets = new ArrayList<>(
					generator.targets(ReportType.VISIT, null, demo.getProject().getVisits().get(0)));
			targets.addAll(generator.targets(ReportType.PORTFOLIO, null, null));
			List<Path> written = generator.write(targets, EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX), out, null, null);
			assertEquals(4, written.size());
			Path portfolio = written.stream().filter(p -> p.getFileName().toString().startsWith("portfolio") && p.toString().endsWith(".pdf"))
					.findFirst().orElseThrow();
			try (PDDocument pdf = Loader.loadPDF(portfolio.toFile())) {
				String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
				for (Organization organization : demo.getProject().getOrganizations()) {
					String name = language.equals("ja") && organization.getNameJa() != null ? organization.getNameJa() : organization.getName();
					assertTrue(text.contains(name.replaceAll("\\s+", "")), name + " is extractable");
				}
				assertTrue(text.contains(language.equals("ja") ? "凡例" : "Legend"), "the legend's text is extractable");
			}
			for (Path pdf : written.stream().filter(p -> p.toString().endsWith(".pdf")).toList()) {
				double smallest = smallestTextOnFigurePages(pdf, language.equals("ja") ? "凡例" : "Legend");
				assertTrue(smallest >= ChainFigure.SMALLEST_PRINTED_TEXT - 0.01,
						pdf.getFileName() + ": the smallest text on a figure page prints at " + smallest + " pt");
			}
		}
	}

	@Test
	void figureTextsPrintAtSixPointsOrMoreCompleteAndInTheDocumentsLanguage() throws Exception {
		Organization kisaragi = demo.getProject().getVisits().get(0).getOrganization();
		org.rensa.model.Relationship undeclared = demo.getProject().getRelationships().stream().filter(r -> !r.isDeclaredToBuyer()
				&& r.getKind() == org.rensa.model.RelationshipKind.SUBCONTRACT).findFirst().orElseThrow();
		for (boolean japanese : new boolean[] { false, true }) {
			// the pages of the reports (BuildContext, ReportBuilder): the portfolio's figure page and the visit's chain section
			ChainFigures.Request portfolio = new ChainFigures.Request(japanese, UnaryOperator.identity(), 481, 586, 728, 399, item -> true);
			ChainFigures.Request visit = new ChainFigures.Request(japanese, UnaryOperator.identity(), 481, 520, 728, 399, item -> true);
			List<ChainFigure> whole = new ReportChainFigures().wholeChain(demo, portfolio);
			List<ChainFigure> around = new ReportChainFigures().around(demo, kisaragi, visit);
			assertTrue(whole.size() > 1, "the demo's chain is too large for one readable page: split");
			java.util.Set<String> drawn = new java.util.HashSet<>();
			for (ChainFigure figure : whole) {
				assertPrintsAtSixPoints(figure, portfolio);
				drawn.addAll(groups(parse(figure.svg()), "node"));
			}
			for (Organization organization : demo.getProject().getOrganizations()) {
				assertTrue(drawn.contains("node-" + organization.getId()), organization.getName() + " is in some figure");
			}
			assertPrintsAtSixPoints(around.get(0), visit);
			for (ChainFigure figure : concat(whole, around)) {
				Document svg = parse(figure.svg());
				for (String badge : textsOf(svg, "node-decoration")) {
					assertEquals(japanese, org.rensa.model.text.Language.isJapaneseText(badge), "badge " + badge);
				}
				for (String text : textsOf(svg, null)) {
					assertFalse(text.contains("…"), "not shortened: " + text);
					if (!japanese) {
						assertFalse(org.rensa.model.text.Language.isJapaneseText(text), "English figure: " + text);
					}
				}
				String outline = "stroke=\"#d32f2f\" stroke-width=\"2.2\" stroke-dasharray";
				String undeclaredNode = group(figure.svg(), "node-" + undeclared.getTo().getId());
				if (undeclaredNode != null) {
					assertTrue(undeclaredNode.contains(outline), "the undeclared subcontractor is outlined");
					assertTrue(texts(svg, "legend").contains(japanese ? "未申告の再委託先" : "Undeclared subcontractor"), "and its legend entry");
				}
				String declared = group(figure.svg(), "node-" + kisaragi.getId());
				if (declared != null) {
					assertFalse(declared.contains(outline), "a declared organisation is not");
				}
			}
			// every information-flow label complete, however many lines it takes
			Document svg = parse(around.get(0).svg());
			for (org.rensa.model.Relationship relationship : demo.getProject().getRelationships()) {
				if (relationship.getFrom() == kisaragi || relationship.getTo() == kisaragi) {
					String expected = org.rensa.diagram.description.SupplyChainDiagram.flowLabel(relationship, japanese).replaceAll("\\s+", "");
					String label = String.join("", textsIn(svg, "edge-" + relationship.getId(), "edge-label")).replaceAll("\\s+", "");
					assertEquals(expected, label, "the label of " + relationship.getId());
				}
			}
			assertTrue(group(around.get(0).svg(), "node-" + undeclared.getTo().getId()) != null, "the visit figure shows the undeclared subcontractor");
		}
	}

	private static List<ChainFigure> concat(List<ChainFigure> a, List<ChainFigure> b) {
		List<ChainFigure> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/** Every text of the figure prints at 6 pt or more where the renderers put it (portrait page, or landscape when it wants one). */
	private static void assertPrintsAtSixPoints(ChainFigure figure, ChainFigures.Request page) throws Exception {
		double scale = figure.wantsLandscape(page.maxWidth(), page.maxHeight(), page.landscapeWidth(), page.landscapeHeight())
				? figure.fit(page.landscapeWidth(), page.landscapeHeight())
				: figure.fit(page.maxWidth(), page.maxHeight());
		NodeList texts = parse(figure.svg()).getElementsByTagName("text");
		assertTrue(texts.getLength() > 0);
		for (int i = 0; i < texts.getLength(); i++) {
			Element text = (Element) texts.item(i);
			double printed = Double.parseDouble(text.getAttribute("font-size")) * 0.75 * scale;
			assertTrue(printed >= ChainFigure.SMALLEST_PRINTED_TEXT - 1e-9,
					"\"" + text.getTextContent() + "\" prints at " + printed + " pt in " + figure.caption());
		}
	}

	/** The SVG of one element's group, or {@code null} when the figure does not draw it. */
	private static String group(String svg, String id) {
		int start = svg.indexOf("<g id=\"" + id + "\"");
		return start < 0 ? null : svg.substring(start, svg.indexOf("</g>", start));
	}

	private static List<String> textsOf(Document svg, String cls) {
		List<String> result = new ArrayList<>();
		NodeList texts = svg.getElementsByTagName("text");
		for (int i = 0; i < texts.getLength(); i++) {
			Element text = (Element) texts.item(i);
			if (cls == null || cls.equals(text.getAttribute("class"))) {
				result.add(text.getTextContent());
			}
		}
		return result;
	}

	private static List<String> textsIn(Document svg, String groupId, String cls) {
		List<String> result = new ArrayList<>();
		Element group = null;
		NodeList groups = svg.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			if (groupId.equals(((Element) groups.item(i)).getAttribute("id"))) {
				group = (Element) groups.item(i);
			}
		}
		assertTrue(group != null, groupId + " is drawn");
		NodeList texts = group.getElementsByTagName("text");
		for (int i = 0; i < texts.getLength(); i++) {
			if (cls.equals(((Element) texts.item(i)).getAttribute("class"))) {
				result.add(texts.item(i).getTextContent());
			}
		}
		return result;
	}

	/** The smallest text size, in points as printed, on the pages of a PDF that carry a figure's legend. */
	private static double smallestTextOnFigurePages(Path pdf, String legend) throws IOException {
		double smallest = Double.MAX_VALUE;
		boolean found = false;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				double[] min = { Double.MAX_VALUE };
				PDFTextStripper stripper = new PDFTextStripper() {
					@Override
					protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) throws IOException {
						for (org.apache.pdfbox.text.TextPosition position : positions) {
							if (!position.getUnicode().isBlank()) {
								min[0] = Math.min(min[0], Math.abs(position.getYScale()));
							}
						}
						super.writeString(text, positions);
					}
				};
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				if (stripper.getText(document).contains(legend)) {
					found = true;
					smallest = Math.min(smallest, min[0]);
				}
			}
		}
		assertTrue(found, pdf.getFileName() + " has a figure");
		return smallest;
	}

	private static String svgs(List<ChainFigure> figures) {
		StringBuilder all = new StringBuilder();
		figures.forEach(f -> all.append(f.svg()));
		return all.toString();
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> groups(Document svg, String cls) {
		List<String> ids = new ArrayList<>();
		NodeList groups = svg.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (cls.equals(group.getAttribute("class"))) {
				ids.add(group.getAttribute("id"));
			}
		}
		return ids;
	}

	private static List<String> texts(Document svg, String cls) {
		List<String> result = new ArrayList<>();
		NodeList texts = svg.getElementsByTagName("text");
		for (int i = 0; i < texts.getLength(); i++) {
			Element text = (Element) texts.item(i);
			if (cls.equals(text.getAttribute("class"))) {
				result.add(text.getTextContent());
			}
		}
		return result;
	}
}
