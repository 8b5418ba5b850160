// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.oscal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes an OSCAL JSON tree of the kind {@link OscalDocumentBuilder} builds as OSCAL XML, following
 * OSCAL's JSON–XML mapping for the fields it uses: flags become attributes, an array becomes its
 * repeated singular element, markup-multiline fields become paragraphs, and a field whose value is
 * an element's text ({@code hash}, {@code system-id}) becomes that text. The order of the JSON keys is
 * the XML content model's.
 */
final class OscalXml {

	/** The OSCAL XML namespace. */
	static final String NAMESPACE = "http://csrc.nist.gov/ns/oscal/1.0";

	private static final Set<String> FLAGS = Set.of("uuid", "id", "name", "ns", "value", "class", "type", "href", "media-type",
			"role-id", "subject-uuid", "actor-uuid", "control-id", "observation-uuid", "risk-uuid", "finding-uuid", "system", "state",
			"lifecycle", "algorithm", "identifier-type", "target-id", "date");

	/** Element name → the key holding its text content rather than a flag. */
	private static final Map<String, String> TEXT_VALUES = Map.of("hash", "value", "system-id", "id");

	private static final Set<String> MARKUP_MULTILINE = Set.of("description", "remarks", "statement");

	/** Fields that are flags elsewhere but elements here ({@code parent/key}). */
	private static final Set<String> ELEMENT_FIELDS = Set.of("party/name");

	/** Array key → its repeated element. */
	private static final Map<String, String> SINGULAR = Map.ofEntries(Map.entry("props", "prop"), Map.entry("links", "link"),
			Map.entry("roles", "role"), Map.entry("locations", "location"), Map.entry("parties", "party"),
			Map.entry("responsible-parties", "responsible-party"), Map.entry("responsible-roles", "responsible-role"),
			Map.entry("party-uuids", "party-uuid"), Map.entry("results", "result"), Map.entry("control-selections", "control-selection"),
			Map.entry("include-controls", "include-control"), Map.entry("observations", "observation"), Map.entry("methods", "method"),
			Map.entry("types", "type"), Map.entry("origins", "origin"), Map.entry("actors", "actor"), Map.entry("subjects", "subject"),
			Map.entry("relevant-evidence", "relevant-evidence"), Map.entry("risks", "risk"), Map.entry("characterizations", "characterization"),
			Map.entry("facets", "facet"), Map.entry("remediations", "response"), Map.entry("tasks", "task"),
			Map.entry("related-observations", "related-observation"), Map.entry("findings", "finding"), Map.entry("related-risks", "associated-risk"),
			Map.entry("related-findings", "related-finding"), Map.entry("poam-items", "poam-item"), Map.entry("resources", "resource"),
			Map.entry("rlinks", "rlink"), Map.entry("hashes", "hash"));

	private OscalXml() {
	}

	/**
	 * @param document a one-field object: the model name and its body
	 * @param out      where to write (not closed)
	 * @throws IOException when writing fails
	 */
	static void write(ObjectNode document, OutputStream out) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			Document xml = factory.newDocumentBuilder().newDocument();
			Iterator<Map.Entry<String, JsonNode>> root = document.fields();
			Map.Entry<String, JsonNode> model = root.next();
			Element element = xml.createElementNS(NAMESPACE, model.getKey());
			xml.appendChild(element);
			fill(element, model.getValue());
			TransformerFactory transformers = TransformerFactory.newInstance();
			Transformer transformer = transformers.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
			transformer.transform(new DOMSource(xml), new StreamResult(out));
		} catch (ParserConfigurationException | TransformerException e) {
			throw new IOException("cannot write OSCAL XML: " + e.getMessage(), e);
		}
	}

	private static void fill(Element element, JsonNode node) {
		String textKey = TEXT_VALUES.get(element.getLocalName());
		Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			String key = field.getKey();
			JsonNode value = field.getValue();
			if (value.isArray()) {
				String singular = SINGULAR.getOrDefault(key, key);
				for (JsonNode item : value) {
					Element child = child(element, singular);
					if (item.isObject()) {
						fill(child, item);
					} else {
						child.setTextContent(item.asText());
					}
				}
			} else if (value.isObject()) {
				fill(child(element, key), value);
			} else if (key.equals(textKey)) {
				element.setTextContent(value.asText());
			} else if (FLAGS.contains(key) && !ELEMENT_FIELDS.contains(element.getLocalName() + "/" + key)) {
				element.setAttribute(key, value.asText());
			} else if (MARKUP_MULTILINE.contains(key)) {
				Element markup = child(element, key);
				for (String paragraph : value.asText().split("\\n\\s*\\n")) {
					child(markup, "p").setTextContent(paragraph.strip());
				}
			} else {
				child(element, key).setTextContent(value.asText());
			}
		}
	}

	private static Element child(Element parent, String name) {
		Element child = parent.getOwnerDocument().createElementNS(NAMESPACE, name);
		parent.appendChild(child);
		return child;
	}
}
