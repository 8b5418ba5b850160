// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.rensa.diagram.DiagramExport;
import org.rensa.diagram.DiagramStore;
import org.rensa.diagram.description.ChainFacts;
import org.rensa.diagram.SupplyChainDiagrams;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.scene.TextMetrics;
import org.rensa.model.AuditProject;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportTest {

	static Document parse(byte[] svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		DocumentBuilder builder = factory.newDocumentBuilder();
		return builder.parse(new ByteArrayInputStream(svg));
	}

	/** @return group id → texts inside it */
	static Map<String, List<String>> groups(Document document, String cssClass) {
		Map<String, List<String>> result = new HashMap<>();
		NodeList groups = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (cssClass.equals(group.getAttribute("class"))) {
				List<String> texts = new ArrayList<>();
				NodeList children = group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
				for (int j = 0; j < children.getLength(); j++) {
					texts.add(children.item(j).getTextContent());
				}
				result.put(group.getAttribute("id"), texts);
			}
		}
		return result;
	}

	@Test
	void svgHoldsEveryNodeEdgeAndLabel() throws Exception {
		AuditProject project = Chains.tricky();
		project.getOrganizations().get(1).setName("Alpha & <Sons>");
		Diagram diagram = DiagramStore.newDiagram("t");
		SupplyChainDiagrams.refresh(diagram, Chains.facts(project));
		diagram.getActiveLayers().add(SupplyChainDiagram.INFORMATION_FLOW);
		Document svg = parse(DiagramExport.svg(diagram, Chains.facts(project), false));
		Map<String, List<String>> nodes = groups(svg, "node");
		Map<String, List<String>> edges = groups(svg, "edge");
		assertEquals(5, nodes.size());
		assertEquals(5, edges.size());
		assertTrue(nodes.get("node-alpha").contains("Alpha & <Sons>"), nodes.get("node-alpha").toString());
		assertTrue(nodes.get("node-alpha").contains("Tier 1 · Supplier"));
		assertTrue(nodes.get("node-orphan").contains("Subcontractor · not linked"));
		assertEquals(List.of("Personal"), edges.get("edge-r3"));
		assertEquals(List.of("Confidential"), edges.get("edge-r1"));
		Element root = svg.getDocumentElement();
		assertEquals("svg", root.getLocalName());
		assertTrue(Double.parseDouble(root.getAttribute("width")) > 500);
		assertEquals(1, groups(svg, "legend").size(), "legend in exports");
		String legend = String.join("|", groupTexts(svg, "legend"));
		assertTrue(legend.contains("Information flow"), legend);
		assertFalse(legend.contains("Contract coverage"), "only active layers in the legend");
	}

	private static List<String> groupTexts(Document svg, String cssClass) {
		List<String> texts = new ArrayList<>();
		NodeList all = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		for (int i = 0; i < all.getLength(); i++) {
			Element group = (Element) all.item(i);
			if (cssClass.equals(group.getAttribute("class"))) {
				NodeList children = group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
				for (int j = 0; j < children.getLength(); j++) {
					texts.add(children.item(j).getTextContent());
				}
			}
		}
		return texts;
	}

	@Test
	void japaneseExportUsesJapaneseNamesAndLabels() throws Exception {
		AuditProject project = Chains.tricky();
		project.getOrganizations().get(1).setNameJa("アルファ工業");
		Diagram diagram = DiagramStore.newDiagram("t");
		SupplyChainDiagrams.refresh(diagram, Chains.facts(project));
		Document svg = parse(DiagramExport.svg(diagram, Chains.facts(project), true));
		List<String> alpha = groups(svg, "node").get("node-alpha");
		assertTrue(alpha.contains("アルファ工業"), alpha.toString());
		assertTrue(alpha.contains("1次 · 取引先"), alpha.toString());
		assertTrue(groupTexts(svg, "legend").contains("凡例"));
	}

	@Test
	void filteredNodesAreLeftOut() throws Exception {
		AuditProject project = Chains.tricky();
		Diagram diagram = DiagramStore.newDiagram("t");
		SupplyChainDiagrams.refresh(diagram, Chains.facts(project));
		diagram.setFilter(org.rensa.diagram.notation.NotationFactory.eINSTANCE.createFilter());
		diagram.getFilter().setMaxTier(0);
		Document svg = parse(DiagramExport.svg(diagram, Chains.facts(project), false));
		assertEquals(List.of("node-buyer"), new ArrayList<>(groups(svg, "node").keySet()));
		assertTrue(groups(svg, "edge").isEmpty());
	}

	@Test
	void pngIsARealImageOfTheDrawing() throws IOException {
		AuditProject project = Chains.tricky();
		Diagram diagram = DiagramStore.newDiagram("t");
		SupplyChainDiagrams.refresh(diagram, Chains.facts(project));
		byte[] png = DiagramExport.png(diagram, Chains.facts(project), false, 2);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertNotNull(image);
		int maxRight = 0;
		for (Node node : diagram.getNodes()) {
			maxRight = Math.max(maxRight, node.getX() + node.getWidth());
		}
		assertTrue(image.getWidth() > maxRight * 2 * 0.9, "scaled ×2, legend included");
		int nonWhite = 0;
		for (int x = 0; x < image.getWidth(); x += 3) {
			for (int y = 0; y < image.getHeight(); y += 3) {
				if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
					nonWhite++;
				}
			}
		}
		assertTrue(nonWhite > 500, "something was drawn: " + nonWhite);
	}

	@Test
	void demoProjectExports() throws Exception {
		var document = org.rensa.core.storage.ProjectStorage.standard().loadReadOnly(Chains.demo());
		Diagram diagram = DiagramStore.newDiagram("demo");
		SupplyChainDiagrams.refresh(diagram, ChainFacts.of(document));
		diagram.getActiveLayers().addAll(List.of(SupplyChainDiagram.RISK, SupplyChainDiagram.VERIFICATION,
				SupplyChainDiagram.INFORMATION_FLOW, SupplyChainDiagram.CONTRACT_COVERAGE));
		Document svg = parse(DiagramExport.svg(diagram, ChainFacts.of(document), false));
		assertEquals(document.getProject().getOrganizations().size(), groups(svg, "node").size());
		LayoutTest.assertNoOverlap(diagram.getNodes());
	}

	@Test
	void textMetricsFitWithEllipsis() {
		String fitted = TextMetrics.fit("A very long organisation name that cannot fit", 12, true, 100);
		assertTrue(fitted.endsWith("…"));
		assertTrue(TextMetrics.width(fitted, 12, true) <= 100);
		assertEquals("短い", TextMetrics.fit("短い", 12, false, 100));
	}
}
