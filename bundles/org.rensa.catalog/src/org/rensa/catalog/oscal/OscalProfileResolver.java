// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.oscal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads an OSCAL catalogue, or resolves an OSCAL profile (JSON or XML) against the catalogue it
 * imports into a checklist, following the OSCAL profile-resolution specification:
 * <ul>
 * <li><b>selection</b>: per import {@code include-all} or {@code include-controls} ({@code with-ids},
 * {@code matching} globs, {@code with-child-controls}), minus {@code exclude-controls}; a selected
 * control inside a control that is not selected moves up to take its place;</li>
 * <li><b>merge</b>: {@code as-is} and {@code custom} keep the source catalogue's groups (empty ones
 * dropped), {@code flat} puts every selected control at the top level without groups;</li>
 * <li><b>modify</b>: {@code alters} remove params, props, links and parts from a control (at any depth
 * of parts, every one matching all of {@code by-name}, {@code by-class}, {@code by-id},
 * {@code by-item-name}, {@code by-ns}) and add params, props, links and parts at the {@code starting} or
 * {@code ending} of the control or of the object named by {@code by-id}, or {@code before} or
 * {@code after} that object, replacing its title when the addition has one (the additions are
 * converted when the profile and the catalogue are serialised differently); then
 * {@code set-parameters} replace the label, values or selection of the parameter (also of a parameter
 * an alteration added), so statements show the profile's values. An alteration of a control that is
 * not selected, or relative to an object the control does not have, is left out with a note.</li>
 * </ul>
 * The import's {@code href} is followed when it names a local file (relative to the profile) or a
 * back-matter resource whose rlink does; a catalogue given explicitly is used instead of every import's
 * href. An import of another profile is resolved first (chains up to {@value #MAX_DEPTH} deep).
 * Imports of different catalogues are refused.
 */
public final class OscalProfileResolver {

	/** How deep profiles may import profiles. */
	public static final int MAX_DEPTH = 8;

	private final Path explicitCatalogue;
	private final List<String> notes = new ArrayList<>();
	private final Set<Path> visiting = new HashSet<>();
	private String checklistSource;

	private OscalProfileResolver(Path explicitCatalogue) {
		this.explicitCatalogue = explicitCatalogue;
	}

	/**
	 * Reads a catalogue, or resolves a profile.
	 *
	 * @param file      an OSCAL catalogue or profile, JSON or XML
	 * @param catalogue for a profile: the catalogue it imports, or {@code null} to follow the profile's
	 *                  own import; ignored for a catalogue
	 * @return the checklist and counts; for a profile with notes saying what was resolved against what
	 * @throws OscalFormatException when the file is neither, or the profile cannot be resolved
	 * @throws UnfollowableImportException when no catalogue was given and the profile's import cannot
	 *                                     be followed offline
	 * @throws IOException          when a file cannot be read
	 */
	public static OscalImport read(Path file, Path catalogue) throws IOException {
		OscalSource source = OscalSource.load(file);
		if (!"profile".equals(source.model())) {
			return OscalCatalogReader.read(source, file.getFileName().toString());
		}
		OscalProfileResolver resolver = new OscalProfileResolver(catalogue);
		CatalogTree<?> tree = resolver.resolve(source, 0);
		OscalImport result = tree.read(file.getFileName().toString());
		result.checklist().setSource(resolver.checklistSource);
		return result.withNotes(resolver.notes);
	}

	/**
	 * @param file an OSCAL file
	 * @return whether it is an OSCAL profile (rather than a catalogue or anything else)
	 * @throws IOException when it cannot be read or parsed
	 */
	public static boolean isProfile(Path file) throws IOException {
		return "profile".equals(OscalSource.load(file).model());
	}

	private CatalogTree<?> resolve(OscalSource source, int depth) throws IOException {
		String name = source.file().getFileName().toString();
		if (depth >= MAX_DEPTH) {
			throw new OscalFormatException(name + ": profiles import each other more than " + MAX_DEPTH + " deep");
		}
		if (!visiting.add(source.file().toRealPath())) {
			throw new OscalFormatException(name + ": profile imports itself (through " + visiting.size() + " profiles)");
		}
		OscalProfile profile = source.json() != null ? OscalProfile.fromJson(source.json(), name)
				: OscalProfile.fromXml(source.xml().getDocumentElement(), name);
		if (profile.imports().isEmpty()) {
			throw new OscalFormatException(name + ": the profile imports nothing");
		}
		Path catalogueFile = null;
		for (OscalProfile.Import anImport : profile.imports()) {
			Path target = depth == 0 && explicitCatalogue != null ? explicitCatalogue : follow(anImport.href(), profile, source.file());
			if (catalogueFile != null && !Files.isSameFile(catalogueFile, target)) {
				throw new OscalFormatException(name + ": imports from different catalogues (" + catalogueFile.getFileName()
						+ ", " + target.getFileName() + ") are not supported");
			}
			catalogueFile = target;
		}
		OscalSource imported = OscalSource.load(catalogueFile);
		CatalogTree<?> tree;
		if ("profile".equals(imported.model())) {
			tree = resolve(imported, depth + 1);
		} else if ("catalog".equals(imported.model())) {
			tree = CatalogTree.of(imported);
		} else {
			throw new OscalFormatException(catalogueFile.getFileName() + ": neither an OSCAL catalogue nor a profile");
		}
		String sourceUuid = tree.uuid();
		apply(tree, profile);
		if (depth == 0) {
			checklistSource = "OSCAL profile " + profile.uuid() + " resolved against catalog " + sourceUuid + " (OSCAL "
					+ profile.oscalVersion() + ")";
		}
		notes.add("profile \"" + profile.title() + "\" (" + name + ", " + profile.imports().size() + " import"
				+ (profile.imports().size() == 1 ? "" : "s") + ", merge " + profile.merge() + ") resolved against "
				+ catalogueFile.getFileName() + " (" + imported.format() + ", uuid " + sourceUuid + ")");
		if (!profile.alterations().isEmpty()) {
			notes.add(profile.alterations().size() + " alter directive" + (profile.alterations().size() == 1 ? "" : "s") + " applied");
		}
		visiting.remove(source.file().toRealPath());
		return tree;
	}

	private Path follow(String href, OscalProfile profile, Path profileFile) throws UnfollowableImportException {
		List<String> candidates = href.startsWith("#") ? profile.resources().getOrDefault(href.substring(1), List.of()) : List.of(href);
		Path base = profileFile.toAbsolutePath().getParent();
		for (String candidate : candidates) {
			Path path = localPath(candidate, base);
			if (path != null && Files.isRegularFile(path) && !candidate.endsWith(".yaml")) {
				return path;
			}
		}
		throw new UnfollowableImportException(profileFile.getFileName() + ": the import " + href
				+ (candidates.isEmpty() || candidates.equals(List.of(href)) ? "" : " (" + String.join(", ", candidates) + ")")
				+ " cannot be followed offline: give the catalogue it imports explicitly");
	}

	private static Path localPath(String href, Path base) {
		try {
			URI uri = new URI(href);
			if (uri.getScheme() == null) {
				return base.resolve(URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8)).normalize();
			}
			return "file".equals(uri.getScheme()) ? Path.of(uri) : null;
		} catch (URISyntaxException | IllegalArgumentException e) {
			return null;
		}
	}

	private <N> void apply(CatalogTree<N> tree, OscalProfile profile) {
		Map<String, N> controls = new HashMap<>();
		Map<String, List<String>> descendants = new HashMap<>();
		index(tree, tree.catalog(), controls, descendants);
		Set<String> selected = new LinkedHashSet<>();
		Set<String> missing = new LinkedHashSet<>();
		for (OscalProfile.Import anImport : profile.imports()) {
			Set<String> chosen = new LinkedHashSet<>();
			if (anImport.includeAll()) {
				chosen.addAll(controls.keySet());
			}
			select(anImport.include(), controls, descendants, chosen, missing);
			Set<String> excluded = new HashSet<>();
			select(anImport.exclude(), controls, descendants, excluded, missing);
			chosen.removeAll(excluded);
			selected.addAll(chosen);
		}
		if (!missing.isEmpty()) {
			notes.add(missing.size() + " selected id" + (missing.size() == 1 ? " is" : "s are") + " not in the catalogue: "
					+ String.join(", ", missing));
		}
		N catalog = tree.catalog();
		prune(tree, catalog, selected);
		if ("flat".equals(profile.merge())) {
			List<N> flat = new ArrayList<>();
			flatten(tree, catalog, flat);
			for (N control : flat) {
				tree.replaceChildren(control, List.of(), List.of());
			}
			tree.replaceChildren(catalog, List.of(), flat);
		}
		Map<String, N> kept = new HashMap<>();
		index(tree, catalog, kept, new HashMap<>());
		for (OscalAlteration alteration : profile.alterations()) {
			N control = kept.get(alteration.controlId());
			if (control == null) {
				notes.add("alter of " + alteration.controlId() + " left out: the control is not selected");
			} else {
				alter(tree, control, alteration);
			}
		}
		Map<String, N> params = new HashMap<>();
		collectParams(tree, catalog, params);
		profile.setParameters().forEach((id, set) -> {
			N param = params.get(id);
			if (param != null) {
				tree.setParameter(param, set);
			}
		});
		tree.setMetadata(UUID.nameUUIDFromBytes(("rensa:resolved:" + profile.uuid() + ":" + tree.uuid()).getBytes(StandardCharsets.UTF_8))
				.toString(), profile.title(), profile.version(), profile.oscalVersion());
	}

	private <N> void alter(CatalogTree<N> tree, N control, OscalAlteration alteration) {
		for (OscalAlteration.Remove remove : alteration.removes()) {
			int removed = removeMatching(tree, control, remove);
			if (removed == 0) {
				notes.add("alter of " + alteration.controlId() + ": nothing to remove matching " + describe(remove));
			}
		}
		for (OscalAlteration.Add add : alteration.adds()) {
			N target = control;
			CatalogTree.Member<N> sibling = null;
			N parent = control;
			if (add.byId() != null && !add.byId().equals(tree.id(control))) {
				Found<N> found = find(tree, control, add.byId());
				if (found == null) {
					notes.add("alter of " + alteration.controlId() + ": no " + add.byId() + " to add to, addition left out");
					continue;
				}
				parent = found.parent();
				sibling = found.member();
				target = sibling.node();
			}
			boolean relative = sibling != null && ("before".equals(add.position()) || "after".equals(add.position()));
			if (add.title() != null && !relative) {
				tree.setTitle(target, add.title());
			}
			boolean before = "starting".equals(add.position()) || "before".equals(add.position());
			List<OscalAlteration.Item> items = new ArrayList<>(add.items());
			if (before != relative) {
				// inserted one by one at the start, or right after the sibling: reversed first to keep their order
				Collections.reverse(items);
			}
			for (OscalAlteration.Item item : items) {
				if (relative) {
					tree.insert(parent, sibling, before, item);
				} else {
					tree.insert(target, null, before, item);
				}
			}
		}
	}

	private static <N> int removeMatching(CatalogTree<N> tree, N node, OscalAlteration.Remove remove) {
		int removed = 0;
		for (CatalogTree.Member<N> member : tree.members(node)) {
			if (remove.matches(member.kind(), member.attributes())) {
				tree.remove(node, member);
				removed++;
			} else if ("part".equals(member.kind())) {
				removed += removeMatching(tree, member.node(), remove);
			}
		}
		return removed;
	}

	/** Where an object with an id was found: the control or part holding it, and the object. */
	private record Found<N>(N parent, CatalogTree.Member<N> member) {
	}

	/** @return the param or part with that id inside the node (at any depth of parts), or {@code null} */
	private static <N> Found<N> find(CatalogTree<N> tree, N node, String id) {
		for (CatalogTree.Member<N> member : tree.members(node)) {
			if (id.equals(member.attributes().get("id"))) {
				return new Found<>(node, member);
			}
			if ("part".equals(member.kind())) {
				Found<N> found = find(tree, member.node(), id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static String describe(OscalAlteration.Remove remove) {
		List<String> criteria = new ArrayList<>();
		if (remove.byName() != null) {
			criteria.add("name " + remove.byName());
		}
		if (remove.byClass() != null) {
			criteria.add("class " + remove.byClass());
		}
		if (remove.byId() != null) {
			criteria.add("id " + remove.byId());
		}
		if (remove.byItemName() != null) {
			criteria.add("item " + remove.byItemName());
		}
		if (remove.byNs() != null) {
			criteria.add("ns " + remove.byNs());
		}
		return String.join(", ", criteria);
	}

	private static <N> void index(CatalogTree<N> tree, N container, Map<String, N> controls, Map<String, List<String>> descendants) {
		for (N group : tree.groups(container)) {
			index(tree, group, controls, descendants);
		}
		for (N control : tree.controls(container)) {
			String id = tree.id(control);
			controls.put(id, control);
			index(tree, control, controls, descendants);
			List<String> below = new ArrayList<>();
			for (N child : tree.controls(control)) {
				below.add(tree.id(child));
				below.addAll(descendants.getOrDefault(tree.id(child), List.of()));
			}
			descendants.put(id, below);
		}
	}

	private static <N> void select(List<OscalProfile.Selector> selectors, Map<String, N> controls,
			Map<String, List<String>> descendants, Set<String> into, Set<String> missing) {
		for (OscalProfile.Selector selector : selectors) {
			for (String id : selector.ids()) {
				if (!controls.containsKey(id)) {
					missing.add(id);
				}
			}
			for (String id : controls.keySet()) {
				if (selector.matches(id)) {
					into.add(id);
					if (selector.withChildControls()) {
						into.addAll(descendants.get(id));
					}
				}
			}
		}
	}

	/** Keeps the selected controls and the groups holding any; returns whether anything is left. */
	private static <N> boolean prune(CatalogTree<N> tree, N container, Set<String> selected) {
		List<N> controls = new ArrayList<>();
		for (N control : tree.controls(container)) {
			keep(tree, control, selected, controls);
		}
		List<N> groups = new ArrayList<>();
		for (N group : tree.groups(container)) {
			if (prune(tree, group, selected)) {
				groups.add(group);
			}
		}
		tree.replaceChildren(container, groups, controls);
		return !controls.isEmpty() || !groups.isEmpty();
	}

	private static <N> void keep(CatalogTree<N> tree, N control, Set<String> selected, List<N> into) {
		List<N> children = new ArrayList<>();
		for (N child : tree.controls(control)) {
			keep(tree, child, selected, children);
		}
		if (selected.contains(tree.id(control))) {
			tree.replaceChildren(control, List.of(), children);
			into.add(control);
		} else {
			into.addAll(children);
		}
	}

	/** Collects every control below the container, in document order. */
	private static <N> void flatten(CatalogTree<N> tree, N container, List<N> into) {
		for (N control : tree.controls(container)) {
			into.add(control);
			flatten(tree, control, into);
		}
		for (N group : tree.groups(container)) {
			flatten(tree, group, into);
		}
	}

	private static <N> void collectParams(CatalogTree<N> tree, N node, Map<String, N> into) {
		for (N param : tree.params(node)) {
			into.putIfAbsent(tree.id(param), param);
		}
		for (N group : tree.groups(node)) {
			collectParams(tree, group, into);
		}
		for (N control : tree.controls(node)) {
			collectParams(tree, control, into);
		}
	}
}
