// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.oscal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rensa.model.Checklist;
import org.rensa.model.RensaFactory;
import org.rensa.model.Requirement;
import org.rensa.model.Section;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonFactory;

/**
 * A strict reader of OSCAL catalogues (OSCAL 1.x, JSON or XML) into a Rensa {@link Checklist}:
 * groups become sections (nested groups are flattened, their titles joined), controls and their
 * enhancements (nested controls) become requirements whose {@link Requirement#getCode() code} is the
 * control id; the statement becomes the description with parameters shown as
 * {@code [Assignment: …]} / {@code [Selection: …]} (or their values where a profile set them), the
 * guidance part the guidance. A control without
 * statement whose only child control holds it (SP 800-171 rev 3: requirement → security requirement)
 * becomes one requirement with that statement, the child's id kept among its references.
 * Withdrawn controls are kept, labelled {@code withdrawn} (enhancements {@code enhancement of ID (withdrawn)}). Anything that
 * breaks the catalogue model (no uuid, no metadata title, a control without id or title, duplicate
 * ids, a DOCTYPE) is refused with the location of the problem.
 */
public final class OscalCatalogReader {

	/** The OSCAL XML namespace. */
	public static final String NAMESPACE = "http://csrc.nist.gov/ns/oscal/1.0";

	/** Files larger than this are refused before parsing. */
	public static final long MAX_FILE_SIZE = 200L * 1024 * 1024;

	/**
	 * The deepest element nesting accepted in OSCAL XML (deeper files are refused before they are read);
	 * OSCAL JSON is limited to {@value #MAX_JSON_DEPTH} levels of objects and arrays.
	 */
	public static final int MAX_DEPTH = org.rensa.catalog.internal.SecureXml.MAX_DEPTH;

	/** The deepest nesting of JSON objects and arrays accepted. */
	public static final int MAX_JSON_DEPTH = 200;

	private static final Pattern UUID = Pattern
			.compile("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$");
	private static final Pattern TOKEN = Pattern.compile("^[\\p{L}_][\\p{L}\\p{N}_.\\-]*$");
	private static final Pattern INSERT = Pattern.compile("\\{\\{\\s*insert:\\s*(\\w+),\\s*([^\\s}]+)\\s*\\}\\}");

	private final RensaFactory factory = RensaFactory.eINSTANCE;
	private String fileName;
	private int groups;
	private int controls;
	private int enhancements;
	private int folded;
	private final Set<String> ids = new HashSet<>();
	private final Map<String, String> parameters = new HashMap<>();

	private OscalCatalogReader(String fileName) {
		this.fileName = fileName;
	}

	/**
	 * Reads an OSCAL catalogue file; JSON or XML is recognised from the content.
	 *
	 * @param file the file
	 * @return the checklist and counts
	 * @throws OscalFormatException when the file is not an OSCAL catalogue
	 * @throws IOException when it cannot be read
	 */
	public static OscalImport read(Path file) throws IOException {
		OscalSource source = OscalSource.load(file);
		return read(source, file.getFileName().toString());
	}

	/**
	 * Reads an OSCAL catalogue from a stream.
	 *
	 * @param input    the content (not closed)
	 * @param fileName the name for messages and the checklist description
	 * @return the checklist and counts
	 * @throws IOException when the content is not an OSCAL catalogue or cannot be read
	 */
	public static OscalImport read(InputStream input, String fileName) throws IOException {
		return read(OscalSource.parse(input, fileName, null), fileName);
	}

	static OscalImport read(OscalSource source, String fileName) throws OscalFormatException {
		OscalCatalogReader reader = new OscalCatalogReader(fileName);
		return source.json() != null ? reader.readJson(source.json()) : reader.readXml(source.xml());
	}

	// ---------------------------------------------------------------- JSON

	/**
	 * Parses JSON strictly (duplicate keys refused, nesting limited).
	 *
	 * @param in       the content (not closed)
	 * @param fileName the name for messages
	 * @return the tree
	 * @throws IOException when it is not JSON or cannot be read
	 */
	static JsonNode parseJson(InputStream in, String fileName) throws IOException {
		JsonFactory jsonFactory = JsonFactory.builder()
				.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build()).build();
		ObjectMapper mapper = new ObjectMapper(jsonFactory);
		mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
		mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
		try {
			return mapper.readTree(in);
		} catch (JsonProcessingException e) {
			throw new OscalFormatException(fileName + ": not valid JSON: " + e.getOriginalMessage() + " at line "
					+ (e.getLocation() == null ? "?" : e.getLocation().getLineNr()), e);
		}
	}

	private OscalImport readJson(JsonNode root) throws OscalFormatException {
		JsonNode catalog = root == null ? null : root.get("catalog");
		if (catalog == null || !catalog.isObject()) {
			throw fail("$", "no \"catalog\" object (is this a profile, SSP or component definition?)");
		}
		String uuid = requiredText(catalog, "uuid", "catalog");
		if (!UUID.matcher(uuid).matches()) {
			throw fail("catalog.uuid", "'" + uuid + "' is not a UUID");
		}
		JsonNode metadata = object(catalog, "metadata", "catalog", true);
		String title = requiredText(metadata, "title", "catalog.metadata");
		String version = optionalText(metadata, "version");
		String oscalVersion = requiredText(metadata, "oscal-version", "catalog.metadata");
		collectJsonParameters(catalog, "catalog");
		Checklist checklist = newChecklist(title, version, uuid, oscalVersion);
		List<JsonNode> topControls = array(catalog, "controls", "catalog");
		if (!topControls.isEmpty()) {
			Section section = newSection("", title);
			for (int i = 0; i < topControls.size(); i++) {
				jsonControl(topControls.get(i), "catalog.controls[" + i + "]", section, null);
			}
			checklist.getSections().add(section);
		}
		List<JsonNode> groupNodes = array(catalog, "groups", "catalog");
		for (int i = 0; i < groupNodes.size(); i++) {
			jsonGroup(groupNodes.get(i), "catalog.groups[" + i + "]", checklist, null);
		}
		return result(checklist, "JSON");
	}

	private void jsonGroup(JsonNode group, String where, Checklist checklist, String parentTitle) throws OscalFormatException {
		if (!group.isObject()) {
			throw fail(where, "group is not an object");
		}
		groups++;
		String id = optionalText(group, "id");
		if (id != null) {
			checkId(id, where + ".id");
		}
		String title = requiredText(group, "title", where);
		String fullTitle = parentTitle == null ? title : parentTitle + " / " + title;
		collectJsonParameters(group, where);
		Section section = newSection(id == null ? "" : id, fullTitle);
		List<JsonNode> controlNodes = array(group, "controls", where);
		for (int i = 0; i < controlNodes.size(); i++) {
			jsonControl(controlNodes.get(i), where + ".controls[" + i + "]", section, null);
		}
		if (!section.getRequirements().isEmpty() || array(group, "groups", where).isEmpty()) {
			checklist.getSections().add(section);
		}
		List<JsonNode> subgroups = array(group, "groups", where);
		for (int i = 0; i < subgroups.size(); i++) {
			jsonGroup(subgroups.get(i), where + ".groups[" + i + "]", checklist, fullTitle);
		}
	}

	private void jsonControl(JsonNode control, String where, Section section, String parentId) throws OscalFormatException {
		if (!control.isObject()) {
			throw fail(where, "control is not an object");
		}
		String id = requiredText(control, "id", where);
		checkId(id, where + ".id");
		String title = requiredText(control, "title", where);
		collectJsonParameters(control, where);
		controls++;
		if (parentId != null) {
			enhancements++;
		}
		Requirement requirement = newRequirement(id, title, parentId);
		String label = null;
		boolean withdrawn = false;
		for (JsonNode prop : array(control, "props", where)) {
			String name = optionalText(prop, "name");
			String value = optionalText(prop, "value");
			if ("label".equals(name) && label == null && value != null && !prop.has("class")) {
				label = value;
			}
			if ("status".equals(name) && "withdrawn".equalsIgnoreCase(value)) {
				withdrawn = true;
			}
		}
		StringBuilder statement = new StringBuilder();
		StringBuilder guidance = new StringBuilder();
		List<JsonNode> parts = array(control, "parts", where);
		for (int i = 0; i < parts.size(); i++) {
			JsonNode part = parts.get(i);
			String name = requiredText(part, "name", where + ".parts[" + i + "]");
			if ("statement".equals(name)) {
				jsonProse(part, statement, 0, where + ".parts[" + i + "]");
			} else if ("guidance".equals(name)) {
				jsonProse(part, guidance, 0, where + ".parts[" + i + "]");
			}
		}
		List<JsonNode> nested = array(control, "controls", where);
		if (statement.length() == 0 && nested.size() == 1 && nested.get(0).isObject()
				&& array(nested.get(0), "controls", where + ".controls[0]").isEmpty()) {
			JsonNode only = nested.get(0);
			String onlyId = requiredText(only, "id", where + ".controls[0]");
			checkId(onlyId, where + ".controls[0].id");
			collectJsonParameters(only, where + ".controls[0]");
			List<JsonNode> onlyParts = array(only, "parts", where + ".controls[0]");
			for (int i = 0; i < onlyParts.size(); i++) {
				if ("statement".equals(optionalText(onlyParts.get(i), "name"))) {
					jsonProse(onlyParts.get(i), statement, 0, where + ".controls[0].parts[" + i + "]");
				}
			}
			requirement.getReferences().add(onlyId);
			controls++;
			folded++;
			nested = List.of();
		}
		finish(requirement, label, withdrawn, statement, guidance);
		section.getRequirements().add(requirement);
		for (int i = 0; i < nested.size(); i++) {
			jsonControl(nested.get(i), where + ".controls[" + i + "]", section, id);
		}
	}

	private void jsonProse(JsonNode part, StringBuilder out, int depth, String where) throws OscalFormatException {
		String label = null;
		for (JsonNode prop : array(part, "props", where)) {
			if ("label".equals(optionalText(prop, "name"))) {
				label = optionalText(prop, "value");
			}
		}
		String prose = optionalText(part, "prose");
		if (prose != null || label != null) {
			line(out, depth, label, prose == null ? "" : substitute(prose));
		}
		List<JsonNode> children = array(part, "parts", where);
		for (int i = 0; i < children.size(); i++) {
			jsonProse(children.get(i), out, label == null && prose == null ? depth : depth + 1, where + ".parts[" + i + "]");
		}
	}

	private void collectJsonParameters(JsonNode owner, String where) throws OscalFormatException {
		List<JsonNode> params = array(owner, "params", where);
		for (int i = 0; i < params.size(); i++) {
			JsonNode param = params.get(i);
			String id = requiredText(param, "id", where + ".params[" + i + "]");
			JsonNode select = param.get("select");
			List<String> values = new ArrayList<>();
			for (JsonNode value : array(param, "values", where + ".params[" + i + "]")) {
				values.add(normalise(value.asText()));
			}
			if (!values.isEmpty()) {
				parameters.put(id, String.join(", ", values));
			} else if (select != null && select.isObject()) {
				List<String> choices = new ArrayList<>();
				for (JsonNode choice : array(select, "choice", where + ".params[" + i + "].select")) {
					choices.add(substitute(choice.asText()));
				}
				String howMany = optionalText(select, "how-many");
				parameters.put(id, selection(howMany, choices));
			} else {
				String label = optionalText(param, "label");
				parameters.put(id, "[Assignment: " + (label == null ? id : label) + "]");
			}
		}
	}

	private String requiredText(JsonNode node, String field, String where) throws OscalFormatException {
		JsonNode value = node.get(field);
		if (value == null || !value.isTextual() || value.asText().isBlank()) {
			throw fail(where, "missing \"" + field + "\"");
		}
		return normalise(value.asText());
	}

	private static String optionalText(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : null;
	}

	private JsonNode object(JsonNode node, String field, String where, boolean required) throws OscalFormatException {
		JsonNode value = node.get(field);
		if (value == null && !required) {
			return null;
		}
		if (value == null || !value.isObject()) {
			throw fail(where, "missing \"" + field + "\" object");
		}
		return value;
	}

	private List<JsonNode> array(JsonNode node, String field, String where) throws OscalFormatException {
		JsonNode value = node.get(field);
		if (value == null) {
			return List.of();
		}
		if (!value.isArray()) {
			throw fail(where + "." + field, "is not an array");
		}
		List<JsonNode> result = new ArrayList<>(value.size());
		value.forEach(result::add);
		return result;
	}

	// ---------------------------------------------------------------- XML

	private OscalImport readXml(Document document) throws OscalFormatException {
		Element catalog = document.getDocumentElement();
		if (!NAMESPACE.equals(catalog.getNamespaceURI()) || !"catalog".equals(catalog.getLocalName())) {
			throw fail("/", "root element is not an OSCAL <catalog> in " + NAMESPACE);
		}
		String uuid = catalog.getAttribute("uuid");
		if (!UUID.matcher(uuid).matches()) {
			throw fail("/catalog/@uuid", "'" + uuid + "' is not a UUID");
		}
		Element metadata = child(catalog, "metadata");
		if (metadata == null) {
			throw fail("/catalog", "missing <metadata>");
		}
		String title = requiredChildText(metadata, "title", "/catalog/metadata");
		Element versionElement = child(metadata, "version");
		String oscalVersion = requiredChildText(metadata, "oscal-version", "/catalog/metadata");
		collectXmlParameters(catalog);
		Checklist checklist = newChecklist(title, versionElement == null ? null : normalise(versionElement.getTextContent()), uuid, oscalVersion);
		List<Element> topControls = children(catalog, "control");
		if (!topControls.isEmpty()) {
			Section section = newSection("", title);
			for (int i = 0; i < topControls.size(); i++) {
				xmlControl(topControls.get(i), "/catalog/control[" + (i + 1) + "]", section, null);
			}
			checklist.getSections().add(section);
		}
		List<Element> groupElements = children(catalog, "group");
		for (int i = 0; i < groupElements.size(); i++) {
			xmlGroup(groupElements.get(i), "/catalog/group[" + (i + 1) + "]", checklist, null);
		}
		return result(checklist, "XML");
	}

	private void xmlGroup(Element group, String where, Checklist checklist, String parentTitle) throws OscalFormatException {
		groups++;
		String id = group.getAttribute("id");
		if (!id.isEmpty()) {
			checkId(id, where + "/@id");
		}
		String title = requiredChildText(group, "title", where);
		String fullTitle = parentTitle == null ? title : parentTitle + " / " + title;
		collectXmlParameters(group);
		Section section = newSection(id, fullTitle);
		List<Element> controlElements = children(group, "control");
		for (int i = 0; i < controlElements.size(); i++) {
			xmlControl(controlElements.get(i), where + "/control[" + (i + 1) + "]", section, null);
		}
		List<Element> subgroups = children(group, "group");
		if (!section.getRequirements().isEmpty() || subgroups.isEmpty()) {
			checklist.getSections().add(section);
		}
		for (int i = 0; i < subgroups.size(); i++) {
			xmlGroup(subgroups.get(i), where + "/group[" + (i + 1) + "]", checklist, fullTitle);
		}
	}

	private void xmlControl(Element control, String where, Section section, String parentId) throws OscalFormatException {
		String id = control.getAttribute("id");
		if (id.isEmpty()) {
			throw fail(where, "control without id");
		}
		checkId(id, where + "/@id");
		String title = requiredChildText(control, "title", where);
		collectXmlParameters(control);
		controls++;
		if (parentId != null) {
			enhancements++;
		}
		Requirement requirement = newRequirement(id, title, parentId);
		String label = null;
		boolean withdrawn = false;
		for (Element prop : children(control, "prop")) {
			String name = prop.getAttribute("name");
			String value = prop.getAttribute("value");
			if ("label".equals(name) && label == null && !prop.hasAttribute("class") && !value.isEmpty()) {
				label = value;
			}
			if ("status".equals(name) && "withdrawn".equalsIgnoreCase(value)) {
				withdrawn = true;
			}
		}
		StringBuilder statement = new StringBuilder();
		StringBuilder guidance = new StringBuilder();
		for (Element part : children(control, "part")) {
			String name = part.getAttribute("name");
			if (name.isEmpty()) {
				throw fail(where + "/part", "part without name");
			}
			if ("statement".equals(name)) {
				xmlProse(part, statement, 0);
			} else if ("guidance".equals(name)) {
				xmlProse(part, guidance, 0);
			}
		}
		List<Element> nested = children(control, "control");
		if (statement.length() == 0 && nested.size() == 1 && children(nested.get(0), "control").isEmpty()) {
			Element only = nested.get(0);
			String onlyId = only.getAttribute("id");
			if (onlyId.isEmpty()) {
				throw fail(where + "/control[1]", "control without id");
			}
			checkId(onlyId, where + "/control[1]/@id");
			collectXmlParameters(only);
			for (Element part : children(only, "part")) {
				if ("statement".equals(part.getAttribute("name"))) {
					xmlProse(part, statement, 0);
				}
			}
			requirement.getReferences().add(onlyId);
			controls++;
			folded++;
			nested = List.of();
		}
		finish(requirement, label, withdrawn, statement, guidance);
		section.getRequirements().add(requirement);
		for (int i = 0; i < nested.size(); i++) {
			xmlControl(nested.get(i), where + "/control[" + (i + 1) + "]", section, id);
		}
	}

	private void xmlProse(Element part, StringBuilder out, int depth) {
		String label = null;
		for (Element prop : children(part, "prop")) {
			if ("label".equals(prop.getAttribute("name"))) {
				label = prop.getAttribute("value");
			}
		}
		StringBuilder prose = new StringBuilder();
		for (Node child = part.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && NAMESPACE.equals(element.getNamespaceURI())) {
				switch (element.getLocalName()) {
				case "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote" -> appendBlock(prose, element);
				case "ul", "ol", "table" -> {
					for (Node item = element.getFirstChild(); item != null; item = item.getNextSibling()) {
						if (item instanceof Element itemElement) {
							appendBlock(prose, itemElement);
						}
					}
				}
				default -> {
					// props, links and sub-parts are handled elsewhere
				}
				}
			}
		}
		if (label != null || prose.length() > 0) {
			line(out, depth, label, prose.toString().strip());
		}
		for (Element child : children(part, "part")) {
			xmlProse(child, out, label == null && prose.length() == 0 ? depth : depth + 1);
		}
	}

	private void appendBlock(StringBuilder prose, Element block) {
		if (prose.length() > 0) {
			prose.append(' ');
		}
		prose.append(inline(block));
	}

	private String inline(Element element) {
		StringBuilder text = new StringBuilder();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				text.append(child.getNodeValue());
			} else if (child instanceof Element inner) {
				if ("insert".equals(inner.getLocalName())) {
					text.append(parameter(inner.getAttribute("type"), inner.getAttribute("id-ref")));
				} else {
					text.append(inline(inner));
				}
			}
		}
		return normalise(text.toString());
	}

	private void collectXmlParameters(Element owner) {
		for (Element param : children(owner, "param")) {
			String id = param.getAttribute("id");
			Element select = child(param, "select");
			List<String> values = new ArrayList<>();
			for (Element value : children(param, "value")) {
				values.add(inline(value));
			}
			if (!values.isEmpty()) {
				parameters.put(id, String.join(", ", values));
			} else if (select != null) {
				List<String> choices = new ArrayList<>();
				for (Element choice : children(select, "choice")) {
					choices.add(inline(choice));
				}
				parameters.put(id, selection(select.getAttribute("how-many"), choices));
			} else {
				Element label = child(param, "label");
				parameters.put(id, "[Assignment: " + (label == null ? id : inline(label)) + "]");
			}
		}
	}

	private String requiredChildText(Element parent, String localName, String where) throws OscalFormatException {
		Element element = child(parent, localName);
		String text = element == null ? "" : inline(element);
		if (text.isEmpty()) {
			throw fail(where, "missing <" + localName + ">");
		}
		return text;
	}

	/** @return the first child element in the OSCAL namespace with that local name, or {@code null} */
	static Element child(Element parent, String localName) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && localName.equals(element.getLocalName())
					&& NAMESPACE.equals(element.getNamespaceURI())) {
				return element;
			}
		}
		return null;
	}

	/** @return the child elements in the OSCAL namespace with that local name */
	static List<Element> children(Element parent, String localName) {
		List<Element> result = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && localName.equals(element.getLocalName())
					&& NAMESPACE.equals(element.getNamespaceURI())) {
				result.add(element);
			}
		}
		return result;
	}

	// ---------------------------------------------------------------- shared

	private Checklist newChecklist(String title, String version, String uuid, String oscalVersion) {
		Checklist checklist = factory.createChecklist();
		checklist.setName(title);
		checklist.setVersion(version);
		checklist.setSource("OSCAL catalog " + uuid + " (OSCAL " + oscalVersion + ")");
		checklist.setDescription("Imported from " + fileName);
		return checklist;
	}

	private Section newSection(String code, String title) {
		Section section = factory.createSection();
		section.setCode(code);
		section.setTitle(title);
		return section;
	}

	private Requirement newRequirement(String id, String title, String parentId) {
		Requirement requirement = factory.createRequirement();
		requirement.setCode(id);
		requirement.setTitle(title);
		if (parentId != null) {
			requirement.setLevelLabel(OscalImport.ENHANCEMENT_LABEL_PREFIX + parentId);
		}
		return requirement;
	}

	private static void finish(Requirement requirement, String label, boolean withdrawn, StringBuilder statement,
			StringBuilder guidance) {
		if (label != null) {
			requirement.getReferences().add(label);
		}
		if (withdrawn) {
			requirement.setLevelLabel(requirement.getLevelLabel() == null ? "withdrawn" : requirement.getLevelLabel() + " (withdrawn)");
		}
		if (statement.length() > 0) {
			requirement.setDescription(statement.toString().strip());
		}
		if (guidance.length() > 0) {
			requirement.setGuidance(guidance.toString().strip());
		}
	}

	private static void line(StringBuilder out, int depth, String label, String prose) {
		if (out.length() > 0) {
			out.append('\n');
		}
		out.append("  ".repeat(depth));
		if (label != null && !label.isEmpty()) {
			out.append(label).append(' ');
		}
		out.append(prose);
	}

	private String substitute(String prose) {
		Matcher matcher = INSERT.matcher(prose);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(result, Matcher.quoteReplacement(parameter(matcher.group(1), matcher.group(2))));
		}
		matcher.appendTail(result);
		return normalise(result.toString());
	}

	private String parameter(String type, String id) {
		if (!"param".equals(type)) {
			return "[" + id + "]";
		}
		return parameters.getOrDefault(id, "[Assignment: " + id + "]");
	}

	private static String selection(String howMany, List<String> choices) {
		String kind = "one-or-more".equals(howMany) ? "Selection (one or more)" : "Selection";
		return "[" + kind + ": " + String.join("; ", choices) + "]";
	}

	private void checkId(String id, String where) throws OscalFormatException {
		if (!TOKEN.matcher(id).matches()) {
			throw fail(where, "'" + id + "' is not a valid OSCAL identifier");
		}
		if (!ids.add(id)) {
			throw fail(where, "duplicate id '" + id + "'");
		}
	}

	private OscalImport result(Checklist checklist, String format) throws OscalFormatException {
		if (controls == 0) {
			throw fail("catalog", "no controls");
		}
		return new OscalImport(checklist, groups, controls, enhancements, folded, format);
	}

	private OscalFormatException fail(String where, String problem) {
		return new OscalFormatException(fileName + ": " + where + ": " + problem);
	}

	private static String normalise(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}
}
