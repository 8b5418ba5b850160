// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.oscal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One {@code alter} directive of an OSCAL profile's {@code modify}: what it removes from a control and
 * what it adds, read from either serialisation into a form that applies to a catalogue of either
 * serialisation ({@link CatalogTree#insert}).
 *
 * @param controlId the control altered
 * @param removes   its removals, in order
 * @param adds      its additions, in order
 */
record OscalAlteration(String controlId, List<Remove> removes, List<Add> adds) {

	/**
	 * A removal: every param, prop, link or part inside the control (at any depth of parts) matching
	 * all the criteria given.
	 *
	 * @param byName     the {@code name} to match, or {@code null}
	 * @param byClass    the {@code class}, or {@code null}
	 * @param byId       the {@code id}, or {@code null}
	 * @param byItemName the kind of object ({@code param}, {@code prop}, {@code link}, {@code part}), or {@code null}
	 * @param byNs       the {@code ns}, or {@code null}
	 */
	record Remove(String byName, String byClass, String byId, String byItemName, String byNs) {

		/** @return whether an object of this kind with these attributes is removed */
		boolean matches(String kind, Map<String, String> attributes) {
			return (byName != null || byClass != null || byId != null || byItemName != null || byNs != null)
					&& (byName == null || byName.equals(attributes.get("name")))
					&& (byClass == null || byClass.equals(attributes.get("class")))
					&& (byId == null || byId.equals(attributes.get("id")))
					&& (byItemName == null || byItemName.equals(kind))
					&& (byNs == null || byNs.equals(attributes.get("ns")));
		}
	}

	/**
	 * An addition.
	 *
	 * @param position {@code starting}, {@code ending} (the default), {@code before} or {@code after}
	 * @param byId     the object inside the control it is relative to, or {@code null} for the control itself
	 * @param title    a title replacing the target's, or {@code null}
	 * @param items    the params, props, links and parts added, in order
	 */
	record Add(String position, String byId, String title, List<Item> items) {
	}

	/**
	 * A param, prop, link or part to add, independent of the serialisation.
	 *
	 * @param kind       {@code param}, {@code prop}, {@code link} or {@code part}
	 * @param attributes its flags ({@code id}, {@code name}, {@code value}, {@code class}, {@code ns},
	 *                   {@code href}, {@code rel} …)
	 * @param title      a part's title or a param's label, or {@code null}
	 * @param text       a part's prose (paragraphs separated by blank lines), a link's text, or {@code null}
	 * @param values     a param's values
	 * @param children   the props, links and parts inside it
	 */
	record Item(String kind, Map<String, String> attributes, String title, String text, List<String> values, List<Item> children) {
	}

	private static final List<String> FLAGS = List.of("id", "name", "value", "class", "ns", "uuid", "href", "rel", "media-type");
	private static final List<String> KINDS = List.of("param", "prop", "link", "part");

	// ---------------------------------------------------------------- JSON

	/**
	 * @param alter a JSON {@code alters[]} object
	 * @return the alteration
	 */
	static OscalAlteration fromJson(JsonNode alter) {
		List<Remove> removes = new ArrayList<>();
		for (JsonNode remove : alter.path("removes")) {
			removes.add(new Remove(text(remove, "by-name"), text(remove, "by-class"), text(remove, "by-id"), text(remove, "by-item-name"),
					text(remove, "by-ns")));
		}
		List<Add> adds = new ArrayList<>();
		for (JsonNode add : alter.path("adds")) {
			List<Item> items = new ArrayList<>();
			jsonItems(add, items);
			adds.add(new Add(position(text(add, "position")), text(add, "by-id"), text(add, "title"), items));
		}
		return new OscalAlteration(alter.path("control-id").asText(""), removes, adds);
	}

	private static void jsonItems(JsonNode owner, List<Item> into) {
		for (String kind : KINDS) {
			for (JsonNode node : owner.path(kind + "s")) {
				Map<String, String> attributes = new LinkedHashMap<>();
				for (String flag : FLAGS) {
					if (node.hasNonNull(flag) && node.get(flag).isValueNode()) {
						attributes.put(flag, node.get(flag).asText());
					}
				}
				List<String> values = new ArrayList<>();
				node.path("values").forEach(value -> values.add(value.asText()));
				List<Item> children = new ArrayList<>();
				jsonItems(node, children);
				String title = "param".equals(kind) ? text(node, "label") : text(node, "title");
				into.add(new Item(kind, attributes, title, "link".equals(kind) ? text(node, "text") : text(node, "prose"), values, children));
			}
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
	}

	// ---------------------------------------------------------------- XML

	/**
	 * @param alter an XML {@code <alter>} element
	 * @return the alteration
	 */
	static OscalAlteration fromXml(Element alter) {
		List<Remove> removes = new ArrayList<>();
		for (Element remove : OscalCatalogReader.children(alter, "remove")) {
			removes.add(new Remove(attribute(remove, "by-name"), attribute(remove, "by-class"), attribute(remove, "by-id"),
					attribute(remove, "by-item-name"), attribute(remove, "by-ns")));
		}
		List<Add> adds = new ArrayList<>();
		for (Element add : OscalCatalogReader.children(alter, "add")) {
			List<Item> items = new ArrayList<>();
			xmlItems(add, items);
			Element title = OscalCatalogReader.child(add, "title");
			adds.add(new Add(position(attribute(add, "position")), attribute(add, "by-id"),
					title == null ? null : title.getTextContent().strip(), items));
		}
		return new OscalAlteration(alter.getAttribute("control-id"), removes, adds);
	}

	private static void xmlItems(Element owner, List<Item> into) {
		for (Node child = owner.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (!(child instanceof Element element) || !OscalCatalogReader.NAMESPACE.equals(element.getNamespaceURI())
					|| !KINDS.contains(element.getLocalName())) {
				continue;
			}
			String kind = element.getLocalName();
			Map<String, String> attributes = new LinkedHashMap<>();
			for (String flag : FLAGS) {
				if (element.hasAttribute(flag)) {
					attributes.put(flag, element.getAttribute(flag));
				}
			}
			List<String> values = OscalCatalogReader.children(element, "value").stream().map(v -> v.getTextContent().strip()).toList();
			List<Item> children = new ArrayList<>();
			xmlItems(element, children);
			Element title = OscalCatalogReader.child(element, "param".equals(kind) ? "label" : "title");
			String text;
			if ("link".equals(kind)) {
				text = element.getTextContent().strip();
				text = text.isEmpty() ? null : text;
			} else {
				List<String> paragraphs = new ArrayList<>();
				for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
					if (node instanceof Element block && OscalCatalogReader.NAMESPACE.equals(block.getNamespaceURI())
							&& List.of("p", "ul", "ol", "table", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")
									.contains(block.getLocalName())) {
						paragraphs.add(block.getTextContent().replaceAll("\\s+", " ").strip());
					}
				}
				text = paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
			}
			into.add(new Item(kind, attributes, title == null ? null : title.getTextContent().strip(), text, values, children));
		}
	}

	private static String attribute(Element element, String name) {
		return element.hasAttribute(name) ? element.getAttribute(name) : null;
	}

	private static String position(String position) {
		return position == null || position.isBlank() ? "ending" : position.strip();
	}
}
