// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.oscal;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The part of an OSCAL catalogue that profile resolution edits — the tree of groups and controls, the
 * parameters and the metadata — over either serialisation, so one resolution works on JSON and XML
 * catalogues alike. Nodes are the serialisation's own (Jackson objects, DOM elements) and are edited
 * in place.
 *
 * @param <N> the node type
 */
interface CatalogTree<N> {

	/** @return the catalogue (the container of the top-level groups and controls) */
	N catalog();

	/** @return the groups directly inside a catalogue or group */
	List<N> groups(N container);

	/** @return the controls directly inside a catalogue, group or control */
	List<N> controls(N container);

	/** @return a group's or control's id ({@code null} for a group without one) */
	String id(N node);

	/** Replaces the groups and controls directly inside a container (groups ignored for a control). */
	void replaceChildren(N container, List<N> groups, List<N> controls);

	/** @return the parameters declared directly on a catalogue, group or control */
	List<N> params(N node);

	/** Applies a profile's set-parameter to a parameter. */
	void setParameter(N param, OscalProfile.SetParameter set);

	/** Gives the resolved catalogue the profile's metadata. */
	void setMetadata(String uuid, String title, String version, String oscalVersion);

	/** @return the catalogue's uuid */
	String uuid();

	/** @return the catalogue read as a checklist */
	OscalImport read(String fileName) throws OscalFormatException;

	/**
	 * @param source a parsed catalogue
	 * @return its tree
	 */
	static CatalogTree<?> of(OscalSource source) {
		return source.json() != null ? new Json(source.json()) : new Xml(source.xml());
	}

	/** A catalogue in OSCAL JSON. */
	final class Json implements CatalogTree<ObjectNode> {
		private final JsonNode root;

		Json(JsonNode root) {
			this.root = root;
		}

		@Override
		public ObjectNode catalog() {
			return (ObjectNode) root.get("catalog");
		}

		@Override
		public List<ObjectNode> groups(ObjectNode container) {
			return objects(container, "groups");
		}

		@Override
		public List<ObjectNode> controls(ObjectNode container) {
			return objects(container, "controls");
		}

		@Override
		public String id(ObjectNode node) {
			return node.hasNonNull("id") ? node.get("id").asText() : null;
		}

		@Override
		public void replaceChildren(ObjectNode container, List<ObjectNode> groups, List<ObjectNode> controls) {
			if (container.has("groups") || !groups.isEmpty()) {
				put(container, "groups", groups);
			}
			put(container, "controls", controls);
		}

		private static void put(ObjectNode container, String field, List<ObjectNode> nodes) {
			if (nodes.isEmpty()) {
				container.remove(field);
				return;
			}
			ArrayNode array = container.arrayNode();
			nodes.forEach(array::add);
			container.set(field, array);
		}

		@Override
		public List<ObjectNode> params(ObjectNode node) {
			return objects(node, "params");
		}

		@Override
		public void setParameter(ObjectNode param, OscalProfile.SetParameter set) {
			if (set.label() != null) {
				param.put("label", set.label());
			}
			if (!set.values().isEmpty()) {
				ArrayNode values = param.putArray("values");
				set.values().forEach(values::add);
			}
			if (!set.choices().isEmpty()) {
				ObjectNode select = param.putObject("select");
				if (set.howMany() != null) {
					select.put("how-many", set.howMany());
				}
				ArrayNode choices = select.putArray("choice");
				set.choices().forEach(choices::add);
			}
		}

		@Override
		public void setMetadata(String uuid, String title, String version, String oscalVersion) {
			ObjectNode catalog = catalog();
			catalog.put("uuid", uuid);
			ObjectNode metadata = catalog.has("metadata") && catalog.get("metadata").isObject()
					? (ObjectNode) catalog.get("metadata") : catalog.putObject("metadata");
			metadata.put("title", title);
			if (version != null) {
				metadata.put("version", version);
			}
			metadata.put("oscal-version", oscalVersion);
		}

		@Override
		public String uuid() {
			return catalog().path("uuid").asText();
		}

		@Override
		public OscalImport read(String fileName) throws OscalFormatException {
			return OscalCatalogReader.read(new OscalSource(null, root, null), fileName);
		}

		private static List<ObjectNode> objects(JsonNode node, String field) {
			List<ObjectNode> result = new ArrayList<>();
			JsonNode array = node.get(field);
			if (array != null && array.isArray()) {
				for (JsonNode item : array) {
					if (item instanceof ObjectNode object) {
						result.add(object);
					}
				}
			}
			return result;
		}
	}

	/** A catalogue in OSCAL XML. */
	final class Xml implements CatalogTree<Element> {
		private final Document document;

		Xml(Document document) {
			this.document = document;
		}

		@Override
		public Element catalog() {
			return document.getDocumentElement();
		}

		@Override
		public List<Element> groups(Element container) {
			return OscalCatalogReader.children(container, "group");
		}

		@Override
		public List<Element> controls(Element container) {
			return OscalCatalogReader.children(container, "control");
		}

		@Override
		public String id(Element node) {
			return node.hasAttribute("id") ? node.getAttribute("id") : null;
		}

		@Override
		public void replaceChildren(Element container, List<Element> groups, List<Element> controls) {
			for (Element old : OscalCatalogReader.children(container, "group")) {
				container.removeChild(old);
			}
			for (Element old : OscalCatalogReader.children(container, "control")) {
				container.removeChild(old);
			}
			// the content models put controls before groups in a catalogue and before back-matter
			Element backMatter = OscalCatalogReader.child(container, "back-matter");
			for (Element control : controls) {
				container.insertBefore(control, backMatter);
			}
			for (Element group : groups) {
				container.insertBefore(group, backMatter);
			}
		}

		@Override
		public List<Element> params(Element node) {
			return OscalCatalogReader.children(node, "param");
		}

		@Override
		public void setParameter(Element param, OscalProfile.SetParameter set) {
			if (set.label() != null) {
				Element label = OscalCatalogReader.child(param, "label");
				if (label == null) {
					label = element("label");
					param.insertBefore(label, firstOf(param, "usage", "constraint", "guideline", "value", "select"));
				}
				label.setTextContent(set.label());
			}
			if (!set.values().isEmpty()) {
				OscalCatalogReader.children(param, "value").forEach(param::removeChild);
				Element select = OscalCatalogReader.child(param, "select");
				if (select != null) {
					param.removeChild(select);
				}
				for (String value : set.values()) {
					Element element = element("value");
					element.setTextContent(value);
					param.insertBefore(element, firstOf(param, "remarks"));
				}
			}
			if (!set.choices().isEmpty()) {
				Element select = OscalCatalogReader.child(param, "select");
				if (select != null) {
					param.removeChild(select);
				}
				select = element("select");
				if (set.howMany() != null) {
					select.setAttribute("how-many", set.howMany());
				}
				for (String choice : set.choices()) {
					Element element = element("choice");
					element.setTextContent(choice);
					select.appendChild(element);
				}
				param.insertBefore(select, firstOf(param, "remarks"));
			}
		}

		@Override
		public void setMetadata(String uuid, String title, String version, String oscalVersion) {
			Element catalog = catalog();
			catalog.setAttribute("uuid", uuid);
			Element metadata = OscalCatalogReader.child(catalog, "metadata");
			if (metadata == null) {
				metadata = element("metadata");
				catalog.insertBefore(metadata, catalog.getFirstChild());
			}
			text(metadata, "title", title, metadata.getFirstChild());
			if (version != null) {
				text(metadata, "version", version, firstOf(metadata, "oscal-version"));
			}
			text(metadata, "oscal-version", oscalVersion, firstOf(metadata, "revisions", "document-id", "prop", "link",
					"role", "location", "party", "responsible-party", "action", "remarks"));
		}

		@Override
		public String uuid() {
			return catalog().getAttribute("uuid");
		}

		@Override
		public OscalImport read(String fileName) throws OscalFormatException {
			return OscalCatalogReader.read(new OscalSource(null, null, document), fileName);
		}

		private void text(Element parent, String name, String value, Node before) {
			Element element = OscalCatalogReader.child(parent, name);
			if (element == null) {
				element = element(name);
				parent.insertBefore(element, before);
			}
			element.setTextContent(value);
		}

		private Element element(String name) {
			return document.createElementNS(OscalCatalogReader.NAMESPACE, name);
		}

		private static Node firstOf(Element parent, String... names) {
			for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child instanceof Element element && OscalCatalogReader.NAMESPACE.equals(element.getNamespaceURI())
						&& List.of(names).contains(element.getLocalName())) {
					return element;
				}
			}
			return null;
		}
	}
}
