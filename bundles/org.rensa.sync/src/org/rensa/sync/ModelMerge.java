// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.sync;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.rensa.core.storage.internal.XmiOptions;
import org.rensa.core.storage.internal.XmiProjectStorage;
import org.rensa.model.AuditProject;
import org.rensa.model.Identifiable;
import org.rensa.model.RensaPackage;
import org.rensa.model.text.Language;

/**
 * The model-aware three-way merge of a project's model files ({@code model/*.xmi}): elements are
 * matched by their UUID ({@code id}) and merged feature by feature, never by text line.
 * <ul>
 * <li>a feature changed on one side only takes that side's value; changed identically on both, no
 * conflict;</li>
 * <li>many-valued references (and the project's lists of elements) merge as sets: what one side
 * added is added, what one side removed is removed;</li>
 * <li>elements added on one side are inserted after the same preceding sibling; elements deleted on
 * one side and unchanged on the other are deleted;</li>
 * <li>conflicts: the same feature changed to different values, an element deleted on one side and
 * edited on the other, a reference to an element the other side deleted. The result keeps our side
 * for each conflict unless a resolution names the element: {@link Side#THEIRS} takes their value(s)
 * (or their deletion), {@link Side#OURS} ours.</li>
 * </ul>
 * Elements without an id (certifications, contacts, evidence files) are values of the feature that
 * contains them. Each file is loaded on its own, references into other files stay proxies compared
 * by id; {@link #mergeProject} then checks references across all files.
 */
public final class ModelMerge {

	/** A side of a merge. */
	public enum Side {
		/** the local side (Git's {@code %A}, HEAD) */
		OURS,
		/** the other side (Git's {@code %B}, the fetched branch) */
		THEIRS
	}

	/**
	 * A conflict left in a merge, worded in English (the components) and in Japanese.
	 *
	 * @param file     the model file
	 * @param id       the element's id (what {@code --ours}/{@code --theirs} name)
	 * @param element  the element's label
	 * @param what     the feature in words, or {@code deleted}/{@code added}/{@code reference}
	 * @param ours     our value, in plain words
	 * @param theirs   their value, in plain words
	 * @param japanese the same in Japanese
	 */
	public record Conflict(String file, String id, String element, String what, String ours, String theirs, Wording japanese) {

		/**
		 * What a conflict says, in one language.
		 *
		 * @param element the element's label
		 * @param what    what conflicts
		 * @param ours    our value
		 * @param theirs  their value
		 */
		public record Wording(String element, String what, String ours, String theirs) {
		}

		static Conflict of(String file, String id, Function<Language, Wording> words) {
			Wording english = words.apply(Language.ENGLISH);
			return new Conflict(file, id, english.element(), english.what(), english.ours(), english.theirs(), words.apply(Language.JAPANESE));
		}

		/**
		 * @param language a language
		 * @return the conflict's wording in that language
		 */
		public Wording in(Language language) {
			return language == Language.JAPANESE ? japanese : new Wording(element, what, ours, theirs);
		}

		/** @return one line: {@code id<TAB>element: what: ours 'X', theirs 'Y'} */
		public String describe() {
			return describe(Language.ENGLISH);
		}

		/**
		 * @param language the language of the line
		 * @return one line: {@code id<TAB>element: what: ours 'X', theirs 'Y'}, in that language
		 */
		public String describe(Language language) {
			Wording wording = in(language);
			return id + "\t" + GitSync.TEXTS.get(language, "conflict.line", wording.element(), wording.what(), wording.ours(), wording.theirs()); //$NON-NLS-1$
		}
	}

	/**
	 * The merged files and the conflicts left.
	 *
	 * @param files     file name → merged bytes (only files present in the result)
	 * @param conflicts the conflicts, in file and model order
	 */
	public record Result(Map<String, byte[]> files, List<Conflict> conflicts) {
	}

	private static final String BASE = "/rensa-merge/model/";

	private final Map<String, Side> resolutions;
	private final List<Conflict> conflicts = new ArrayList<>();

	private ModelMerge(Map<String, Side> resolutions) {
		this.resolutions = resolutions;
	}

	/**
	 * Merges one model file, as the Git merge driver does: references into other files are kept as
	 * they are (they cannot be checked here).
	 *
	 * @param fileName    the file's name ({@code assessments.xmi})
	 * @param base        the common ancestor's bytes, or {@code null} when the file was added on both sides
	 * @param ours        our bytes
	 * @param theirs      their bytes
	 * @param resolutions element id → the side to take for its conflicts
	 * @return the merged bytes and the conflicts left
	 * @throws IOException when a version cannot be read as a model file
	 */
	public static Result mergeFile(String fileName, byte[] base, byte[] ours, byte[] theirs, Map<String, Side> resolutions)
			throws IOException {
		Map<String, byte[]> b = new HashMap<>();
		if (base != null) {
			b.put(fileName, base);
		}
		return mergeProject(b, Map.of(fileName, ours), Map.of(fileName, theirs), resolutions);
	}

	/**
	 * Merges the model files of a project: every file that differs is merged by element, then
	 * references across all files are checked.
	 *
	 * @param base        file name → bytes of the common ancestor (files missing there: added)
	 * @param ours        file name → our bytes
	 * @param theirs      file name → their bytes
	 * @param resolutions element id → the side to take for its conflicts
	 * @return the merged files and the conflicts left
	 * @throws IOException when a version of a file cannot be read as a model file
	 */
	public static Result mergeProject(Map<String, byte[]> base, Map<String, byte[]> ours, Map<String, byte[]> theirs,
			Map<String, Side> resolutions) throws IOException {
		ModelMerge merge = new ModelMerge(resolutions);
		Set<String> names = new java.util.TreeSet<>();
		names.addAll(ours.keySet());
		names.addAll(theirs.keySet());
		Map<String, Resource> merged = new LinkedHashMap<>();
		Map<String, byte[]> unchanged = new TreeMap<>();
		Set<String> deletedIds = new HashSet<>();
		Map<String, Map<String, EObject>> theirIndexes = new HashMap<>();
		Map<String, Map<String, EObject>> ourIndexes = new HashMap<>();
		for (String name : names) {
			byte[] b = base.get(name);
			byte[] o = ours.get(name);
			byte[] t = theirs.get(name);
			Resource rb = load(name, b);
			Resource ro = load(name, o);
			Resource rt = load(name, t);
			ourIndexes.put(name, index(ro));
			theirIndexes.put(name, index(rt));
			if (o != null && t != null && java.util.Arrays.equals(o, t) || t != null && b != null && java.util.Arrays.equals(b, t) && o != null) {
				unchanged.put(name, o);
				merged.put(name, ro);
				continue;
			}
			if (o == null && (t == null || b != null && java.util.Arrays.equals(b, t))) {
				continue; // deleted by us, unchanged (or deleted) by them
			}
			if (t == null && o != null && b != null && java.util.Arrays.equals(b, o)) {
				continue; // deleted by them, unchanged by us
			}
			if (o != null && b != null && java.util.Arrays.equals(b, o) && t != null) {
				unchanged.put(name, t);
				merged.put(name, rt);
				continue;
			}
			merged.put(name, merge.mergeResource(name, rb, ro, rt, deletedIds));
		}
		merge.rebuildElementLists(merged);
		merge.checkReferences(merged, ourIndexes, theirIndexes);
		Map<String, byte[]> files = new TreeMap<>();
		for (Map.Entry<String, Resource> entry : merged.entrySet()) {
			files.put(entry.getKey(), merge.dirty.contains(entry.getValue()) || !unchanged.containsKey(entry.getKey())
					? save(entry.getValue())
					: unchanged.get(entry.getKey()));
		}
		return new Result(files, List.copyOf(merge.conflicts));
	}

	private final Set<Resource> dirty = new HashSet<>();

	// ------------------------------------------------------------------------------------ loading

	/**
	 * @param name  the file name
	 * @param bytes the file's bytes, or {@code null}
	 * @return the file loaded on its own (references into other files as proxies), empty for {@code null}
	 * @throws IOException when the bytes are not a model file
	 */
	static Resource load(String name, byte[] bytes) throws IOException {
		Resource resource = XmiProjectStorage.newResourceSet().createResource(URI.createFileURI(BASE + name));
		if (bytes != null) {
			try {
				resource.load(new ByteArrayInputStream(bytes), XmiOptions.FAST.loadOptions());
			} catch (IOException | RuntimeException e) {
				throw new IOException("model/" + name + ": cannot be read as a Rensa model file: " + oneLine(e), e);
			}
			if (!resource.getErrors().isEmpty()) {
				throw new IOException("model/" + name + ": invalid content: " + resource.getErrors().get(0).getMessage());
			}
		}
		return resource;
	}

	static byte[] save(Resource resource) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, XmiOptions.FAST.saveOptions());
		return out.toByteArray();
	}

	private static String oneLine(Exception e) {
		return String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim();
	}

	/** @return id → element, for every element with an id, in document order */
	static Map<String, EObject> index(Resource resource) {
		Map<String, EObject> result = new LinkedHashMap<>();
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (object instanceof Identifiable identifiable && identifiable.getId() != null) {
				result.put(identifiable.getId(), object);
			}
		}
		return result;
	}

	/** @return the id an element or a proxy stands for */
	static String key(EObject object) {
		if (object == null) {
			return null;
		}
		if (object.eIsProxy()) {
			return ((InternalEObject) object).eProxyURI().fragment();
		}
		if (object instanceof Identifiable identifiable) {
			return identifiable.getId();
		}
		return EcoreUtil.getURI(object).fragment();
	}

	// ------------------------------------------------------------------------------------ merging

	private Resource mergeResource(String name, Resource base, Resource ours, Resource theirs, Set<String> deletedIds) {
		dirty.add(ours);
		Map<String, EObject> b = index(base);
		Map<String, EObject> o = index(ours);
		Map<String, EObject> t = index(theirs);
		Map<String, EObject> result = new HashMap<>(o);
		List<EObject> toDelete = new ArrayList<>();
		List<EObject> toAdd = new ArrayList<>();
		// elements of the base
		for (Map.Entry<String, EObject> entry : b.entrySet()) {
			String id = entry.getKey();
			EObject be = entry.getValue();
			EObject oe = o.get(id);
			EObject te = t.get(id);
			if (oe != null && te != null) {
				continue; // merged below
			}
			if (oe == null && te == null) {
				continue;
			}
			if (oe != null) { // deleted by them
				boolean edited = !fingerprint(be).equals(fingerprint(oe));
				Side resolution = resolutions.get(id);
				if (!edited && resolution != Side.OURS || resolution == Side.THEIRS) {
					toDelete.add(oe);
					deletedIds.add(id);
				} else if (edited && resolution == null && !ancestorDeletedToo(oe, b, t)) {
					conflicts.add(Conflict.of(name, id, l -> new Conflict.Wording(label(oe, l), word(l, "deleted"), word(l, "edited"), word(l, "gone"))));
				}
			} else { // deleted by us
				boolean edited = !fingerprint(be).equals(fingerprint(te));
				Side resolution = resolutions.get(id);
				if (resolution == Side.THEIRS) {
					toAdd.add(te);
				} else if (edited && resolution == null && !ancestorDeletedToo(te, b, o)) {
					conflicts.add(Conflict.of(name, id, l -> new Conflict.Wording(label(te, l), word(l, "deleted"), word(l, "gone"), word(l, "edited"))));
				}
			}
		}
		// elements added by them
		for (Map.Entry<String, EObject> entry : t.entrySet()) {
			if (!b.containsKey(entry.getKey()) && !o.containsKey(entry.getKey())) {
				toAdd.add(entry.getValue());
			}
		}
		// features of elements on all sides (and of elements both sides added)
		for (Map.Entry<String, EObject> entry : o.entrySet()) {
			EObject te = t.get(entry.getKey());
			if (te != null) {
				mergeFeatures(name, b.get(entry.getKey()), entry.getValue(), te, result);
			}
		}
		// insert additions whose container is not itself being added
		Set<EObject> adding = new HashSet<>(toAdd);
		for (EObject added : toAdd) {
			if (adding.contains(added.eContainer())) {
				continue;
			}
			insert(name, added, ours, result);
		}
		for (EObject deleted : toDelete) {
			EcoreUtil.remove(deleted);
			for (Iterator<EObject> it = EcoreUtil.getAllContents(deleted, true); it.hasNext();) {
				if (it.next() instanceof Identifiable child) {
					deletedIds.add(child.getId());
				}
			}
		}
		return ours;
	}

	/** @return whether an ancestor of the element was deleted on the other side too (reported there) */
	private static boolean ancestorDeletedToo(EObject element, Map<String, EObject> base, Map<String, EObject> other) {
		for (EObject c = element.eContainer(); c != null; c = c.eContainer()) {
			String id = key(c);
			if (base.containsKey(id) && !other.containsKey(id)) {
				return true;
			}
		}
		return false;
	}

	private void insert(String name, EObject theirs, Resource ours, Map<String, EObject> result) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier(true, true);
		EObject copy = copier.copy(theirs);
		copier.copyReferences();
		// references out of the copied subtree still point into their version: map them
		for (Map.Entry<EObject, EObject> pair : copier.entrySet()) {
			EObject original = pair.getKey();
			EObject copied = pair.getValue();
			if (copied instanceof Identifiable identifiable) {
				result.put(identifiable.getId(), copied);
			}
			for (EReference reference : original.eClass().getEAllReferences()) {
				if (reference.isContainment() && !isElementList(original, reference) || reference.isContainer() || reference.isDerived()
						|| reference.isTransient() || !original.eIsSet(reference)) {
					continue;
				}
				if (reference.isMany()) {
					@SuppressWarnings("unchecked")
					EList<EObject> values = (EList<EObject>) copied.eGet(reference, false);
					List<EObject> mapped = new ArrayList<>();
					@SuppressWarnings("unchecked")
					List<EObject> originals = (List<EObject>) original.eGet(reference, false);
					for (EObject value : originals) {
						EObject target = copier.containsKey(value) ? copier.get(value) : map(value, result);
						if (target != null) {
							mapped.add(target);
						}
					}
					values.clear();
					values.addAll(mapped);
				} else {
					EObject value = (EObject) original.eGet(reference, false);
					copied.eSet(reference, copier.containsKey(value) ? copier.get(value) : map(value, result));
				}
			}
		}
		EObject container = theirs.eContainer();
		if (container == null) {
			EList<EObject> contents = ours.getContents();
			contents.add(position(theirs.eResource().getContents(), theirs, contents, result), copy);
			return;
		}
		EObject target = result.get(key(container));
		if (target == null || target.eResource() == null) {
			conflicts.add(Conflict.of(name, key(theirs), l -> new Conflict.Wording(label(theirs, l), word(l, "added"),
					GitSync.TEXTS.get(l, "conflict.containerDeleted", l.inSentence(l.label(container.eClass()))), word(l, "added")))); //$NON-NLS-1$
			return;
		}
		EReference feature = theirs.eContainmentFeature();
		if (feature.isMany()) {
			@SuppressWarnings("unchecked")
			EList<EObject> theirList = (EList<EObject>) container.eGet(feature, false);
			@SuppressWarnings("unchecked")
			EList<EObject> list = (EList<EObject>) target.eGet(feature, false);
			list.add(position(theirList, theirs, list, result), copy);
		} else {
			target.eSet(feature, copy);
		}
	}

	/** @return where to insert: after the nearest preceding sibling (in their list) that the result has */
	private static int position(List<EObject> theirList, EObject theirs, List<EObject> list, Map<String, EObject> result) {
		for (int i = theirList.indexOf(theirs) - 1; i >= 0; i--) {
			EObject before = result.get(key(theirList.get(i)));
			int at = before == null ? -1 : list.indexOf(before);
			if (at >= 0) {
				return at + 1;
			}
		}
		return 0;
	}

	/** @return the result's element for a value of their side: itself, a fresh proxy, or {@code null} if deleted */
	private static EObject map(EObject value, Map<String, EObject> result) {
		if (value == null) {
			return null;
		}
		EObject target = result.get(key(value));
		if (target != null) {
			return target;
		}
		if (value.eIsProxy()) {
			EObject proxy = EcoreUtil.create(value.eClass());
			((InternalEObject) proxy).eSetProxyURI(((InternalEObject) value).eProxyURI());
			return proxy;
		}
		// same file, not in the result: keep their element's identity as a proxy, checked later
		EObject proxy = EcoreUtil.create(value.eClass());
		((InternalEObject) proxy).eSetProxyURI(EcoreUtil.getURI(value));
		return proxy;
	}

	private void mergeFeatures(String name, EObject base, EObject ours, EObject theirs, Map<String, EObject> result) {
		String id = key(ours);
		for (EStructuralFeature feature : ours.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || feature == RensaPackage.Literals.IDENTIFIABLE__ID
					|| feature instanceof EReference r && (r.isContainer() || r.isContainment() && isIdentifiable(r) && !isElementList(ours, r))) {
				continue;
			}
			if (feature.isMany() && (feature instanceof EReference r && (!r.isContainment() || isElementList(ours, r)) || feature instanceof EAttribute)) {
				mergeSet(base, ours, theirs, feature, result);
				continue;
			}
			String b = base == null ? null : render(base, feature, false);
			String o = render(ours, feature, false);
			String t = render(theirs, feature, false);
			if (o.equals(t) || t.equals(b)) {
				continue;
			}
			Side resolution = resolutions.get(id);
			if (o.equals(b) || resolution == Side.THEIRS) {
				take(ours, theirs, feature, result, name);
			} else if (resolution == null) {
				conflicts.add(Conflict.of(name, id, l -> new Conflict.Wording(label(ours, l), l.inSentence(l.label(feature)), display(ours, feature, l),
						display(theirs, feature, l))));
			}
		}
	}

	private static boolean isIdentifiable(EReference reference) {
		return RensaPackage.Literals.IDENTIFIABLE.isSuperTypeOf(reference.getEReferenceType());
	}

	/** @return whether the feature is one of the project's lists of elements kept in other files */
	private static boolean isElementList(EObject owner, EReference reference) {
		return owner instanceof AuditProject && reference.isContainment() && reference.isMany();
	}

	@SuppressWarnings("unchecked")
	private void mergeSet(EObject base, EObject ours, EObject theirs, EStructuralFeature feature, Map<String, EObject> result) {
		List<Object> b = base == null ? List.of() : (List<Object>) base.eGet(feature, false);
		List<Object> o = (List<Object>) ours.eGet(feature, false);
		List<Object> t = (List<Object>) theirs.eGet(feature, false);
		boolean reference = feature instanceof EReference;
		Set<String> baseKeys = keys(b, reference);
		Set<String> theirKeys = keys(t, reference);
		Set<String> ourKeys = keys(o, reference);
		List<Object> removals = new ArrayList<>();
		for (Object value : o) {
			String k = keyOf(value, reference);
			if (baseKeys.contains(k) && !theirKeys.contains(k)) {
				removals.add(value);
			}
		}
		if (!removals.isEmpty()) {
			o.removeAll(removals);
		}
		for (Object value : t) {
			String k = keyOf(value, reference);
			if (!baseKeys.contains(k) && !ourKeys.contains(k)) {
				Object mapped = reference ? map((EObject) value, result) : value;
				if (mapped != null) {
					o.add(Math.min(o.size(), Math.max(0, t.indexOf(value))), mapped);
				}
			}
		}
	}

	private static Set<String> keys(Collection<Object> values, boolean reference) {
		Set<String> keys = new LinkedHashSet<>();
		for (Object value : values) {
			keys.add(keyOf(value, reference));
		}
		return keys;
	}

	private static String keyOf(Object value, boolean reference) {
		return reference ? key((EObject) value) : String.valueOf(value);
	}

	private void take(EObject ours, EObject theirs, EStructuralFeature feature, Map<String, EObject> result, String name) {
		if (!theirs.eIsSet(feature)) {
			ours.eUnset(feature);
			return;
		}
		Object value = theirs.eGet(feature, false);
		if (feature instanceof EAttribute) {
			ours.eSet(feature, value);
		} else if (((EReference) feature).isContainment()) {
			ours.eSet(feature, feature.isMany() ? EcoreUtil.copyAll((Collection<?>) value) : EcoreUtil.copy((EObject) value));
		} else {
			ours.eSet(feature, map((EObject) value, result));
		}
	}

	/** Makes the project's lists of elements name exactly the merged files' elements, in their order. */
	private void rebuildElementLists(Map<String, Resource> merged) {
		Resource projectResource = merged.get(XmiProjectStorage.PROJECT_FILE);
		if (projectResource == null || projectResource.getContents().isEmpty()
				|| !(projectResource.getContents().get(0) instanceof AuditProject project)) {
			return;
		}
		for (EReference feature : XmiProjectStorage.rootFeatures()) {
			Resource file = merged.get(feature.getName() + ".xmi");
			if (file == null) {
				continue;
			}
			@SuppressWarnings("unchecked")
			EList<EObject> list = (EList<EObject>) project.eGet(feature, false);
			List<String> want = new ArrayList<>();
			for (EObject root : file.getContents()) {
				want.add(key(root));
			}
			List<String> have = new ArrayList<>();
			for (EObject element : list) {
				have.add(key(element));
			}
			if (want.equals(have)) {
				continue;
			}
			List<EObject> proxies = new ArrayList<>();
			for (EObject root : file.getContents()) {
				EObject proxy = EcoreUtil.create(root.eClass());
				((InternalEObject) proxy).eSetProxyURI(URI.createFileURI(BASE + feature.getName() + ".xmi").appendFragment(key(root)));
				proxies.add(proxy);
			}
			list.clear();
			list.addAll(proxies);
			dirty.add(projectResource);
		}
	}

	// --------------------------------------------------------------------------- references, labels

	/** Reports (or, as resolved, removes) references to elements that the merge deleted. */
	private void checkReferences(Map<String, Resource> merged, Map<String, Map<String, EObject>> ours,
			Map<String, Map<String, EObject>> theirs) {
		Map<String, Set<String>> present = new HashMap<>();
		for (Map.Entry<String, Resource> entry : merged.entrySet()) {
			present.put(entry.getKey(), index(entry.getValue()).keySet());
		}
		for (Map.Entry<String, Resource> entry : merged.entrySet()) {
			for (Iterator<EObject> it = entry.getValue().getAllContents(); it.hasNext();) {
				EObject owner = it.next();
				for (EReference reference : owner.eClass().getEAllReferences()) {
					if (reference.isContainer() || reference.isDerived() || reference.isTransient()
							|| reference.isContainment() && !isElementList(owner, reference) || !owner.eIsSet(reference)) {
						continue;
					}
					@SuppressWarnings("unchecked")
					List<EObject> values = reference.isMany() ? new ArrayList<>((List<EObject>) owner.eGet(reference, false))
							: List.of((EObject) owner.eGet(reference, false));
					for (EObject value : values) {
						String file = value.eIsProxy() ? ((InternalEObject) value).eProxyURI().lastSegment()
								: value.eResource() == null ? entry.getKey() : null;
						if (file == null || !present.containsKey(file) || present.get(file).contains(key(value))) {
							continue;
						}
						String id = key(value);
						boolean oursHas = ours.containsKey(file) && ours.get(file).containsKey(id);
						boolean theirsHas = theirs.containsKey(file) && theirs.get(file).containsKey(id);
						Side resolution = resolutions.get(id);
						if (resolution != null && !(resolution == Side.OURS ? oursHas : theirsHas)) {
							dirty.add(entry.getValue());
							if (reference.isMany()) {
								((List<?>) owner.eGet(reference, false)).remove(value);
							} else {
								owner.eUnset(reference);
							}
						} else {
							EObject referrer = owner;
							conflicts.add(Conflict.of(file, id, l -> {
								String kept = GitSync.TEXTS.get(l, "conflict.keptReferencedBy", label(referrer, l), l.inSentence(l.label(reference))); //$NON-NLS-1$
								return new Conflict.Wording(labelOf(id, file, ours, theirs, l), word(l, "reference"), oursHas ? kept : word(l, "gone"), //$NON-NLS-1$
										theirsHas ? kept : word(l, "gone")); //$NON-NLS-1$
							}));
						}
					}
				}
			}
		}
	}

	private static String labelOf(String id, String file, Map<String, Map<String, EObject>> ours, Map<String, Map<String, EObject>> theirs,
			Language language) {
		EObject element = ours.containsKey(file) ? ours.get(file).get(id) : null;
		if (element == null && theirs.containsKey(file)) {
			element = theirs.get(file).get(id);
		}
		return element == null ? id : label(element, language);
	}

	/** @return a word of conflicts ({@code conflict.KEY} in the sync texts) */
	static String word(Language language, String key) {
		return GitSync.TEXTS.get(language, "conflict." + key); //$NON-NLS-1$
	}

	static String label(EObject element, Language language) {
		try {
			return language.qualified(element);
		} catch (RuntimeException e) {
			return element.eClass().getName() + " " + key(element);
		}
	}

	/** @return a feature's value in plain words of a language: literals and elements by their labels */
	static String display(EObject owner, EStructuralFeature feature, Language language) {
		Object value = owner.eGet(feature, false);
		if (value instanceof Enumerator literal) {
			return language.inSentence(language.label(literal));
		}
		if (value instanceof EObject element) {
			return element.eIsProxy() ? key(element) : language.label(element);
		}
		if (value instanceof Collection<?> list && feature instanceof EReference reference && reference.isContainment()) {
			List<String> parts = new ArrayList<>();
			for (Object item : list) {
				parts.add(language.label((EObject) item));
			}
			return String.join(language.listSeparator(), parts);
		}
		return value == null ? "" : String.valueOf(value);
	}

	/** @return a comparable rendering of one feature; with {@code deep}, contained elements with ids included */
	static String render(EObject owner, EStructuralFeature feature, boolean deep) {
		if (!owner.eIsSet(feature)) {
			return "\u2205";
		}
		Object value = owner.eGet(feature, false);
		if (feature instanceof EAttribute attribute) {
			if (feature.isMany()) {
				StringBuilder text = new StringBuilder("[");
				for (Object item : (List<?>) value) {
					text.append(EcoreUtil.convertToString(attribute.getEAttributeType(), item)).append('\u001f');
				}
				return text.append(']').toString();
			}
			return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
		}
		EReference reference = (EReference) feature;
		List<?> values = feature.isMany() ? (List<?>) value : java.util.Collections.singletonList(value);
		StringBuilder text = new StringBuilder("[");
		for (Object item : values) {
			EObject element = (EObject) item;
			if (element == null) {
				text.append("null");
			} else if (reference.isContainment() && !element.eIsProxy() && (!(element instanceof Identifiable) || deep)) {
				text.append(element instanceof Identifiable i ? i.getId() : "").append('{').append(fingerprint(element, deep)).append('}');
			} else {
				text.append(key(element));
			}
			text.append('\u001f');
		}
		return text.append(']').toString();
	}

	/** @return the element's features and everything it contains, for "was it edited?" */
	static String fingerprint(EObject element) {
		return fingerprint(element, true);
	}

	private static String fingerprint(EObject element, boolean deep) {
		StringBuilder text = new StringBuilder();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || feature instanceof EReference r && r.isContainer()) {
				continue;
			}
			if (!deep && feature instanceof EReference r && r.isContainment() && isIdentifiable(r) && !isElementList(element, r)) {
				continue;
			}
			text.append(feature.getName()).append('=').append(render(element, feature, deep)).append('\u001e');
		}
		return text.toString();
	}

	/**
	 * The element-level changes between two versions of one model file, for the history.
	 *
	 * @param name     the file name
	 * @param before   the older bytes, or {@code null}
	 * @param after    the newer bytes, or {@code null}
	 * @param language the language of the values in plain words
	 * @return the changes, in the newer file's order
	 * @throws IOException when a version cannot be read
	 */
	public static List<Change> changes(String name, byte[] before, byte[] after, Language language) throws IOException {
		Map<String, EObject> b = index(load(name, before));
		Map<String, EObject> a = index(load(name, after));
		List<Change> changes = new ArrayList<>();
		for (Map.Entry<String, EObject> entry : a.entrySet()) {
			EObject old = b.get(entry.getKey());
			EObject now = entry.getValue();
			if (old == null) {
				changes.add(new Change(entry.getKey(), now, "added", null, "", ""));
				continue;
			}
			for (EStructuralFeature feature : now.eClass().getEAllStructuralFeatures()) {
				if (feature.isDerived() || feature.isTransient() || feature instanceof EReference r
						&& (r.isContainer() || r.isContainment() && isIdentifiable(r))) {
					continue;
				}
				if (!render(old, feature, false).equals(render(now, feature, false))) {
					changes.add(new Change(entry.getKey(), now, feature.getName(), feature, display(old, feature, language),
							display(now, feature, language)));
				}
			}
		}
		for (Map.Entry<String, EObject> entry : b.entrySet()) {
			if (!a.containsKey(entry.getKey())) {
				changes.add(new Change(entry.getKey(), entry.getValue(), "deleted", null, "", ""));
			}
		}
		return changes;
	}

	/**
	 * One change of one element.
	 *
	 * @param id      the element's id
	 * @param element the element (in the newer version, or the deleted one)
	 * @param what    the feature name, {@code added} or {@code deleted}
	 * @param feature the changed feature, {@code null} when the element was added or deleted
	 * @param before  the old value in plain words
	 * @param after   the new value in plain words
	 */
	public record Change(String id, EObject element, String what, EStructuralFeature feature, String before, String after) {
	}
}
