// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.oscal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/**
	 * A param, prop, link or part directly inside a control or part.
	 *
	 * @param <N>        the node type
	 * @param kind       {@code param}, {@code prop}, {@code link} or {@code part}
	 * @param node       the node
	 * @param attributes its flags ({@code id}, {@code name}, {@code class}, {@code ns} …)
	 */
	record Member<N>(String kind, N node, Map<String, String> attributes) {
	}

	/** The kinds of member, in the order the JSON arrays are written. */
	List<String> KINDS = List.of("param", "prop", "link", "part");
	/** The flags read into {@link Member#attributes}. */
	List<String> FLAGS = List.of("id", "name", "value", "class", "ns", "uuid", "href", "rel", "media-type");

	/** @return the params, props, links and parts directly inside a control or part */
	List<Member<N>> members(N node);

	/** Removes a member from the control or part holding it. */
	void remove(N parent, Member<N> member);

	/**
	 * Adds a param, prop, link or part to a control or part.
	 *
	 * @param parent  the control or part
	 * @param sibling a member of the parent to add next to, or {@code null} to add at the start or the end
	 * @param before  before the sibling (or at the start) rather than after it (or at the end)
	 * @param item    what to add
	 */
	void insert(N parent, Member<N> sibling, boolean before, OscalAlteration.Item item);

	/** Replaces a control's or part's title. */
	void setTitle(N node, String title);

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
		public List<Member<ObjectNode>> members(ObjectNode node) {
			List<Member<ObjectNode>> members = new ArrayList<>();
			for (String kind : KINDS) {
				for (ObjectNode member : objects(node, kind + "s")) {
					Map<String, String> attributes = new LinkedHashMap<>();
					for (String flag : FLAGS) {
						if (member.hasNonNull(flag) && member.get(flag).isValueNode()) {
							attributes.put(flag, member.get(flag).asText());
						}
					}
					members.add(new Member<>(kind, member, attributes));
				}
			}
			return members;
		}

		@Override
		public void remove(ObjectNode parent, Member<ObjectNode> member) {
			JsonNode array = parent.get(member.kind() + "s");
			if (array instanceof ArrayNode items) {
				for (int i = 0; i < items.size(); i++) {
					if (items.get(i) == member.node()) {
						items.remove(i);
						break;
					}
				}
				if (items.isEmpty()) {
					parent.remove(member.kind() + "s");
				}
			}
		}

		@Override
		public void insert(ObjectNode parent, Member<ObjectNode> sibling, boolean before, OscalAlteration.Item item) {
			String field = item.kind() + "s";
			ArrayNode array = parent.get(field) instanceof ArrayNode existing ? existing : parent.putArray(field);
			ObjectNode created = json(parent, item);
			int index = before ? 0 : array.size();
			if (sibling != null && sibling.kind().equals(item.kind())) {
				for (int i = 0; i < array.size(); i++) {
					if (array.get(i) == sibling.node()) {
						index = before ? i : i + 1;
					}
				}
			}
			array.insert(index, created);
		}

		private static ObjectNode json(ObjectNode factory, OscalAlteration.Item item) {
			ObjectNode node = factory.objectNode();
			item.attributes().forEach(node::put);
			if (item.title() != null) {
				node.put("param".equals(item.kind()) ? "label" : "title", item.title());
			}
			if (!item.values().isEmpty()) {
				ArrayNode values = node.putArray("values");
				item.values().forEach(values::add);
			}
			for (String kind : KINDS) {
				List<OscalAlteration.Item> children = item.children().stream().filter(c -> c.kind().equals(kind)).toList();
				if (!children.isEmpty()) {
					ArrayNode array = node.putArray(kind + "s");
					children.forEach(child -> array.add(json(factory, child)));
				}
			}
			if (item.text() != null) {
				node.put("link".equals(item.kind()) ? "text" : "prose", item.text());
			}
			return node;
		}

		@Override
		public void setTitle(ObjectNode node, String title) {
			node.put("title", title);
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
		public List<Member<Element>> members(Element node) {
			List<Member<Element>> members = new ArrayList<>();
			for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child instanceof Element element && OscalCatalogReader.NAMESPACE.equals(element.getNamespaceURI())
						&& KINDS.contains(element.getLocalName())) {
					Map<String, String> attributes = new LinkedHashMap<>();
					for (String flag : FLAGS) {
						if (element.hasAttribute(flag)) {
							attributes.put(flag, element.getAttribute(flag));
						}
					}
					members.add(new Member<>(element.getLocalName(), element, attributes));
				}
			}
			return members;
		}

		@Override
		public void remove(Element parent, Member<Element> member) {
			parent.removeChild(member.node());
		}

		@Override
		public void insert(Element parent, Member<Element> sibling, boolean before, OscalAlteration.Item item) {
			Element created = xml(item);
			if (sibling != null && sibling.kind().equals(item.kind())) {
				parent.insertBefore(created, before ? sibling.node() : sibling.node().getNextSibling());
				return;
			}
			List<Element> same = OscalCatalogReader.children(parent, item.kind());
			if (!same.isEmpty()) {
				parent.insertBefore(created, before ? same.get(0) : same.get(same.size() - 1).getNextSibling());
				return;
			}
			// the content model's place: title, param, prop, link, part, control in a control;
			// title, prop, prose, part, link in a part
			List<String> order = "part".equals(parent.getLocalName())
					? List.of("title", "prop", "p", "ul", "ol", "table", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "part", "link")
					: List.of("title", "param", "prop", "link", "part", "control");
			int rank = order.indexOf(item.kind());
			Node reference = null;
			for (Node child = parent.getFirstChild(); child != null && reference == null; child = child.getNextSibling()) {
				if (child instanceof Element element && order.indexOf(element.getLocalName()) > rank) {
					reference = element;
				}
			}
			parent.insertBefore(created, reference);
		}

		private Element xml(OscalAlteration.Item item) {
			Element element = element(item.kind());
			item.attributes().forEach(element::setAttribute);
			if ("param".equals(item.kind())) {
				children(element, item, "prop", "link");
				if (item.title() != null) {
					element.appendChild(element("label")).setTextContent(item.title());
				}
				for (String value : item.values()) {
					element.appendChild(element("value")).setTextContent(value);
				}
			} else if ("link".equals(item.kind())) {
				if (item.text() != null) {
					element.setTextContent(item.text());
				}
			} else if ("part".equals(item.kind())) {
				if (item.title() != null) {
					element.appendChild(element("title")).setTextContent(item.title());
				}
				children(element, item, "prop");
				if (item.text() != null) {
					for (String paragraph : item.text().split("\\n\\s*\\n")) {
						element.appendChild(element("p")).setTextContent(paragraph.strip());
					}
				}
				children(element, item, "part", "link");
			}
			return element;
		}

		private void children(Element element, OscalAlteration.Item item, String... kinds) {
			for (String kind : kinds) {
				for (OscalAlteration.Item child : item.children()) {
					if (child.kind().equals(kind)) {
						element.appendChild(xml(child));
					}
				}
			}
		}

		@Override
		public void setTitle(Element node, String title) {
			text(node, "title", title, node.getFirstChild());
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
