// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.oscal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What profile resolution needs of an OSCAL profile (JSON or XML): its metadata, its imports with
 * their selections, the merge directive, the parameter settings and the alterations.
 *
 * @param uuid          the profile's uuid
 * @param title         its metadata title
 * @param version       its metadata version, or {@code null}
 * @param oscalVersion  its OSCAL version
 * @param imports       its imports, in order
 * @param merge         {@code as-is}, {@code flat} or {@code custom} (custom keeps the source groups)
 * @param setParameters the parameter settings by parameter id
 * @param alterations   its {@code alter} directives, in order
 * @param resources     back-matter resource uuid → the hrefs of its rlinks
 */
record OscalProfile(String uuid, String title, String version, String oscalVersion, List<Import> imports,
		String merge, Map<String, SetParameter> setParameters, List<OscalAlteration> alterations, Map<String, List<String>> resources) {

	/**
	 * One import.
	 *
	 * @param href       what it imports
	 * @param includeAll whether it includes every control
	 * @param include    the include-controls selections
	 * @param exclude    the exclude-controls selections
	 */
	record Import(String href, boolean includeAll, List<Selector> include, List<Selector> exclude) {
	}

	/**
	 * A control selection.
	 *
	 * @param withChildControls whether the selected controls' descendants are selected too
	 * @param ids               the ids selected by {@code with-ids}
	 * @param patterns          the {@code matching} patterns, as regular expressions
	 */
	record Selector(boolean withChildControls, List<String> ids, List<Pattern> patterns) {

		boolean matches(String id) {
			return id != null && (ids.contains(id) || patterns.stream().anyMatch(p -> p.matcher(id).matches()));
		}
	}

	/**
	 * A set-parameter: what replaces the parameter's label, values or selection.
	 *
	 * @param label   the new label, or {@code null}
	 * @param values  the values (empty: unchanged)
	 * @param howMany the selection's how-many, or {@code null}
	 * @param choices the selection's choices (empty: unchanged)
	 */
	record SetParameter(String label, List<String> values, String howMany, List<String> choices) {
	}

	/**
	 * @param root     a JSON document holding {@code profile}
	 * @param fileName for messages
	 * @return the profile
	 * @throws OscalFormatException when it is not an OSCAL profile
	 */
	static OscalProfile fromJson(JsonNode root, String fileName) throws OscalFormatException {
		JsonNode profile = root.path("profile");
		JsonNode metadata = profile.path("metadata");
		String uuid = required(profile.path("uuid").asText(null), fileName, "profile.uuid");
		String title = required(metadata.path("title").asText(null), fileName, "profile.metadata.title");
		String oscalVersion = required(metadata.path("oscal-version").asText(null), fileName, "profile.metadata.oscal-version");
		List<Import> imports = new ArrayList<>();
		for (JsonNode node : profile.path("imports")) {
			String href = required(node.path("href").asText(null), fileName, "profile.imports[].href");
			List<Selector> include = new ArrayList<>();
			for (JsonNode selector : node.path("include-controls")) {
				include.add(jsonSelector(selector));
			}
			List<Selector> exclude = new ArrayList<>();
			for (JsonNode selector : node.path("exclude-controls")) {
				exclude.add(jsonSelector(selector));
			}
			imports.add(new Import(href, node.has("include-all"), include, exclude));
		}
		JsonNode mergeNode = profile.path("merge");
		String merge = mergeNode.has("flat") ? "flat" : mergeNode.has("custom") ? "custom" : "as-is";
		Map<String, SetParameter> set = new LinkedHashMap<>();
		for (JsonNode node : profile.path("modify").path("set-parameters")) {
			List<String> values = new ArrayList<>();
			node.path("values").forEach(value -> values.add(value.asText()));
			List<String> choices = new ArrayList<>();
			node.path("select").path("choice").forEach(choice -> choices.add(choice.asText()));
			set.put(required(node.path("param-id").asText(null), fileName, "set-parameters[].param-id"),
					new SetParameter(node.path("label").asText(null), values, node.path("select").path("how-many").asText(null), choices));
		}
		Map<String, List<String>> resources = new LinkedHashMap<>();
		for (JsonNode resource : profile.path("back-matter").path("resources")) {
			List<String> hrefs = new ArrayList<>();
			resource.path("rlinks").forEach(rlink -> hrefs.add(rlink.path("href").asText()));
			resources.put(resource.path("uuid").asText(), hrefs);
		}
		List<OscalAlteration> alterations = new ArrayList<>();
		for (JsonNode alter : profile.path("modify").path("alters")) {
			required(alter.path("control-id").asText(null), fileName, "alters[].control-id");
			alterations.add(OscalAlteration.fromJson(alter));
		}
		return new OscalProfile(uuid, title, metadata.path("version").asText(null), oscalVersion, imports, merge, set,
				alterations, resources);
	}

	private static Selector jsonSelector(JsonNode node) {
		List<String> ids = new ArrayList<>();
		node.path("with-ids").forEach(id -> ids.add(id.asText()));
		List<Pattern> patterns = new ArrayList<>();
		node.path("matching").forEach(matching -> patterns.add(glob(matching.path("pattern").asText())));
		return new Selector("yes".equals(node.path("with-child-controls").asText()), ids, patterns);
	}

	/**
	 * @param profile  an OSCAL XML {@code <profile>} element
	 * @param fileName for messages
	 * @return the profile
	 * @throws OscalFormatException when it is not an OSCAL profile
	 */
	static OscalProfile fromXml(Element profile, String fileName) throws OscalFormatException {
		Element metadata = OscalCatalogReader.child(profile, "metadata");
		if (metadata == null) {
			throw new OscalFormatException(fileName + ": /profile: missing <metadata>");
		}
		String uuid = required(profile.getAttribute("uuid"), fileName, "/profile/@uuid");
		String title = required(text(OscalCatalogReader.child(metadata, "title")), fileName, "/profile/metadata/title");
		String oscalVersion = required(text(OscalCatalogReader.child(metadata, "oscal-version")), fileName, "/profile/metadata/oscal-version");
		List<Import> imports = new ArrayList<>();
		for (Element node : OscalCatalogReader.children(profile, "import")) {
			List<Selector> include = new ArrayList<>();
			for (Element selector : OscalCatalogReader.children(node, "include-controls")) {
				include.add(xmlSelector(selector));
			}
			List<Selector> exclude = new ArrayList<>();
			for (Element selector : OscalCatalogReader.children(node, "exclude-controls")) {
				exclude.add(xmlSelector(selector));
			}
			imports.add(new Import(required(node.getAttribute("href"), fileName, "/profile/import/@href"),
					OscalCatalogReader.child(node, "include-all") != null, include, exclude));
		}
		Element mergeElement = OscalCatalogReader.child(profile, "merge");
		String merge = mergeElement == null ? "as-is"
				: OscalCatalogReader.child(mergeElement, "flat") != null ? "flat" : OscalCatalogReader.child(mergeElement, "custom") != null ? "custom" : "as-is";
		Map<String, SetParameter> set = new LinkedHashMap<>();
		Element modify = OscalCatalogReader.child(profile, "modify");
		List<OscalAlteration> alterations = new ArrayList<>();
		if (modify != null) {
			for (Element node : OscalCatalogReader.children(modify, "set-parameter")) {
				List<String> values = OscalCatalogReader.children(node, "value").stream().map(OscalProfile::text).toList();
				Element select = OscalCatalogReader.child(node, "select");
				List<String> choices = select == null ? List.of() : OscalCatalogReader.children(select, "choice").stream().map(OscalProfile::text).toList();
				set.put(required(node.getAttribute("param-id"), fileName, "/profile/modify/set-parameter/@param-id"),
						new SetParameter(text(OscalCatalogReader.child(node, "label")), values,
								select == null || !select.hasAttribute("how-many") ? null : select.getAttribute("how-many"), choices));
			}
			for (Element alter : OscalCatalogReader.children(modify, "alter")) {
				required(alter.getAttribute("control-id"), fileName, "/profile/modify/alter/@control-id");
				alterations.add(OscalAlteration.fromXml(alter));
			}
		}
		Map<String, List<String>> resources = new LinkedHashMap<>();
		Element backMatter = OscalCatalogReader.child(profile, "back-matter");
		if (backMatter != null) {
			for (Element resource : OscalCatalogReader.children(backMatter, "resource")) {
				resources.put(resource.getAttribute("uuid"), OscalCatalogReader.children(resource, "rlink").stream().map(r -> r.getAttribute("href")).toList());
			}
		}
		return new OscalProfile(uuid, title, text(OscalCatalogReader.child(metadata, "version")), oscalVersion, imports, merge, set,
				alterations, resources);
	}

	private static Selector xmlSelector(Element node) {
		List<String> ids = OscalCatalogReader.children(node, "with-id").stream().map(OscalProfile::text).toList();
		List<Pattern> patterns = OscalCatalogReader.children(node, "matching").stream().map(m -> glob(m.getAttribute("pattern"))).toList();
		return new Selector("yes".equals(node.getAttribute("with-child-controls")), ids, patterns);
	}

	/** OSCAL's {@code matching} patterns are globs: {@code *} any characters, {@code ?} one. */
	private static Pattern glob(String glob) {
		StringBuilder regex = new StringBuilder();
		for (char c : glob.toCharArray()) {
			regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
		}
		return Pattern.compile(regex.toString());
	}

	private static String required(String value, String fileName, String where) throws OscalFormatException {
		if (value == null || value.isBlank()) {
			throw new OscalFormatException(fileName + ": " + where + ": missing");
		}
		return value.strip();
	}

	private static String text(Element element) {
		return element == null ? null : element.getTextContent().replaceAll("\\s+", " ").strip();
	}
}
