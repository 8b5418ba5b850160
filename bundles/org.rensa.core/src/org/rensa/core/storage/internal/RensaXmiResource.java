// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.InternalEList;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * An XMI resource of a Rensa project: elements are identified by their intrinsic {@code id}
 * attribute (no {@code xmi:id}), looked up through an id map kept up to date on attachment.
 */
public final class RensaXmiResource extends XMIResourceImpl {

	/**
	 * Load option: a {@code Map<String, Resource>} from file name to sibling resources that are
	 * completely loaded and only read while this resource loads.
	 */
	public static final String OPTION_LOADED_SIBLINGS = "org.rensa.core.loadedSiblings";

	/**
	 * Load option: {@code Boolean.TRUE} reads the stream as EMF's binary form
	 * ({@link BinaryResourceImpl.EObjectInputStream}) instead of XMI; used by the {@link OpenCache}.
	 */
	public static final String OPTION_BINARY = "org.rensa.core.binary";

	private volatile boolean indexedLookupOnly;

	/** @param uri the resource URI */
	public RensaXmiResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	/**
	 * Looks intrinsic ids up directly; the map is complete after loading (objects are registered
	 * on attachment) and falls back to the general look-up otherwise.
	 */
	@Override
	public EObject getEObject(String uriFragment) {
		Map<String, EObject> map = getIntrinsicIDToEObjectMap();
		EObject result = map == null ? null : map.get(uriFragment);
		if (result != null || (indexedLookupOnly && uriFragment != null && !uriFragment.startsWith("/"))) {
			return result;
		}
		return super.getEObject(uriFragment);
	}

	/**
	 * While set, an id that is not in the id map is reported as missing instead of searched for, so
	 * that several threads may resolve proxies against this resource at the same time.
	 *
	 * @param indexedLookupOnly whether look-ups use the id map only
	 */
	public void setIndexedLookupOnly(boolean indexedLookupOnly) {
		this.indexedLookupOnly = indexedLookupOnly;
	}

	/**
	 * After a load of the binary form: the holders of the proxies it read, as pairs of an element and
	 * one of its references; {@code null} otherwise.
	 */
	private List<Object> proxyHolders;
	/** After a load of the binary form: the fragment of each proxy URI it made; {@code null} otherwise. */
	private Map<URI, String> proxyFragments;

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		proxyHolders = null;
		proxyFragments = null;
		if (options != null && Boolean.TRUE.equals(options.get(OPTION_BINARY))) {
			if (getContents().isEmpty()) {
				// Sized for the elements of the entry (about 64 bytes or more each): no rehashing.
				setIntrinsicIDToEObjectMap(new HashMap<>(Math.max(16, inputStream.available() / 64)));
			}
			Object siblings = options.get(OPTION_LOADED_SIBLINGS);
			BinaryInput input = new BinaryInput(inputStream, options,
					siblings instanceof Map<?, ?> map && !map.isEmpty() ? map : null);
			input.loadResource(this);
			proxyHolders = input.holders;
			proxyFragments = input.fragments;
			return;
		}
		super.doLoad(inputStream, options);
	}

	@Override
	protected void doUnload() {
		proxyHolders = null;
		proxyFragments = null;
		super.doUnload();
	}

	/**
	 * Hands over, once, where the last load of the binary form put proxies: every reference of an
	 * element of this resource that holds a proxy is among the pairs (element, {@link EReference}), so
	 * resolving and checking these is resolving and checking the whole resource.
	 *
	 * @return the pairs, or {@code null} when the resource was not loaded from its binary form (then
	 *         every element's references must be looked at)
	 */
	public List<Object> takeProxyHolders() {
		List<Object> result = proxyHolders;
		proxyHolders = null;
		return result;
	}

	/**
	 * Hands over, once, the fragment of each proxy URI that the last load of the binary form made.
	 * Asking a proxy URI for its fragment interns the fragment in EMF's global string pool, which
	 * costs more than the rest of resolving it and makes threads wait for each other.
	 *
	 * @return proxy URI (by identity) to its fragment, or {@code null} when the resource was not
	 *         loaded from its binary form
	 */
	public Map<URI, String> takeProxyFragments() {
		Map<URI, String> result = proxyFragments;
		proxyFragments = null;
		return result;
	}

	/**
	 * Reads the binary form; like the XMI handler, references without an opposite into a sibling
	 * file that is already completely loaded are set to the target directly instead of to a proxy.
	 */
	private static final class BinaryInput extends BinaryResourceImpl.EObjectInputStream {
		private final Map<?, ?> siblings;
		/** The reference whose value is being read, when its targets may be set directly. */
		private EReference direct;
		/** The element and the feature whose value is being read. */
		private InternalEObject owner;
		private EStructuralFeature feature;
		/** The pairs (element, reference) that hold proxies, each once. */
		final List<Object> holders = new ArrayList<>();
		/** Proxy URI (by identity) to its fragment. */
		final Map<URI, String> fragments = new IdentityHashMap<>();
		/** The URIs read so far, by their number in the stream. */
		private final List<URI> uris = new ArrayList<>();

		BinaryInput(InputStream in, Map<?, ?> options, Map<?, ?> siblings) throws IOException {
			super(in, options);
			this.siblings = siblings;
		}

		@Override
		protected void loadFeatureValue(InternalEObject object, EStructuralFeatureData data) throws IOException {
			EReference previous = direct;
			InternalEObject previousOwner = owner;
			EStructuralFeature previousFeature = feature;
			direct = siblings != null && data.eStructuralFeature instanceof EReference reference && !reference.isContainment()
					&& !reference.isContainer() && reference.getEOpposite() == null ? reference : null;
			owner = object;
			feature = data.eStructuralFeature;
			try {
				super.loadFeatureValue(object, data);
			} finally {
				direct = previous;
				owner = previousOwner;
				feature = previousFeature;
			}
		}

		/**
		 * Reads a URI as {@link BinaryResourceImpl.EObjectInputStream} does, and remembers the fragment
		 * of the URI it makes.
		 */
		@Override
		public URI readURI() throws IOException {
			int id = readCompressedInt();
			if (id == -1) {
				return null;
			}
			URI uri;
			if (uris.size() <= id) {
				uri = resolve(URI.createURI(readSegmentedString()));
				uris.add(uri);
			} else {
				uri = uris.get(id);
			}
			String fragment = readSegmentedString();
			if (fragment == null) {
				return uri;
			}
			URI result = uri.appendFragment(fragment);
			fragments.put(result, fragment);
			return result;
		}

		/** The bytes of the string being read while its characters are all below 256. */
		private byte[] latin1 = new byte[256];

		/**
		 * Reads a string as {@link BinaryResourceImpl.EObjectInputStream} does (its length, then a
		 * byte per character until a 0 byte, after which the rest are two-byte characters), but makes
		 * a string of characters below 256 from their bytes instead of from a {@code char[]} that
		 * the JDK then compresses back to bytes.
		 */
		@Override
		public String readSegmentedString() throws IOException {
			if ((style & STYLE_DATA_CONVERTER) != 0) {
				return super.readSegmentedString();
			}
			int length = readCompressedInt();
			if (length == -1) {
				return null;
			}
			if (latin1.length < length) {
				latin1 = new byte[Math.max(length, 2 * latin1.length)];
			}
			for (int i = 0; i < length; i++) {
				byte value = readByte();
				if (value == 0) {
					char[] chars = new char[length];
					for (int j = 0; j < i; j++) {
						chars[j] = (char) (latin1[j] & 0xFF);
					}
					for (int j = i; j < length; j++) {
						chars[j] = readChar();
					}
					return new String(chars);
				}
				latin1[i] = value;
			}
			return new String(latin1, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
		}

		/** Notes that the value being read is a proxy. */
		private void holdsProxy() {
			int size = holders.size();
			if (owner != null && feature instanceof EReference
					&& (size == 0 || holders.get(size - 2) != owner || holders.get(size - 1) != feature)) {
				holders.add(owner);
				holders.add(feature);
			}
		}

		@Override
		public InternalEObject loadEObject() throws IOException {
			EReference reference = direct;
			direct = null;
			InternalEObject result;
			try {
				result = super.loadEObject();
			} finally {
				direct = reference;
			}
			if (reference != null && result != null && result.eIsProxy()) {
				URI uri = result.eProxyURI();
				Object sibling = uri == null ? null : siblings.get(uri.lastSegment());
				if (sibling instanceof Resource resource && uri.trimFragment().equals(resource.getURI())) {
					String fragment = fragments.get(uri);
					EObject target = resource.getEObject(fragment != null ? fragment : uri.fragment());
					if (target != null && reference.getEReferenceType().isInstance(target)) {
						return (InternalEObject) target;
					}
				}
			}
			if (result != null && result.eIsProxy()) {
				holdsProxy();
			}
			return result;
		}
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new Handler(resource, helper, options);
			}
		};
	}

	@Override
	protected XMLLoad createXMLLoad(Map<?, ?> options) {
		return createXMLLoad();
	}

	/**
	 * Creates the proxy URIs of references to sibling files ({@code organizations.xmi#_id}) from a
	 * cached, resolved base URI instead of parsing and resolving every href anew.
	 */
	private static final class Handler extends SAXXMIHandler {
		private final Map<String, URI> bases = new HashMap<>();
		private final Map<?, ?> direct;

		Handler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
			super(resource, helper, options);
			Object targets = options == null ? null : options.get(OPTION_LOADED_SIBLINGS);
			direct = targets instanceof Map<?, ?> map && !map.isEmpty() ? map : null;
		}

		/**
		 * References without an opposite into a sibling file that is already completely loaded are
		 * set to the target directly: no proxy is created and nothing needs resolving later. Anything
		 * else (unknown files or ids, opposites) takes EMF's normal path.
		 */
		@Override
		protected void setValueFromId(EObject object, EReference eReference, String ids) {
			if (direct == null || eReference.getEOpposite() != null || eReference.isContainment()) {
				super.setValueFromId(object, eReference, ids);
				return;
			}
			List<EObject> targets = new ArrayList<>(eReference.isMany() ? 8 : 1);
			int length = ids.length();
			int start = 0;
			while (start < length) {
				while (start < length && Character.isWhitespace(ids.charAt(start))) {
					start++;
				}
				if (start == length) {
					break;
				}
				int end = start;
				while (end < length && !Character.isWhitespace(ids.charAt(end))) {
					end++;
				}
				int hash = ids.indexOf('#', start);
				Object sibling = hash > start && hash < end ? direct.get(ids.substring(start, hash)) : null;
				EObject target = sibling instanceof Resource resource ? resource.getEObject(ids.substring(hash + 1, end)) : null;
				if (target == null || !eReference.getEReferenceType().isInstance(target)) {
					super.setValueFromId(object, eReference, ids);
					return;
				}
				targets.add(target);
				start = end;
			}
			if (targets.isEmpty() || (!eReference.isMany() && targets.size() > 1)) {
				super.setValueFromId(object, eReference, ids);
			} else if (eReference.isMany()) {
				@SuppressWarnings("unchecked")
				InternalEList<EObject> list = (InternalEList<EObject>) object.eGet(eReference);
				Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
				for (EObject target : targets) {
					if (seen.add(target) && (list.isEmpty() || !list.basicContains(target))) {
						list.addUnique(target);
					}
				}
			} else {
				object.eSet(eReference, targets.get(0));
			}
		}

		@Override
		protected void handleProxy(InternalEObject proxy, String uriLiteral) {
			int hash = uriLiteral.indexOf('#');
			if (hash > 0 && resourceURI != null) {
				String base = uriLiteral.substring(0, hash);
				if (base.indexOf('/') < 0 && base.indexOf(':') < 0 && base.indexOf('\\') < 0
						&& !base.equals(resourceURI.lastSegment())) {
					URI resolved = bases.computeIfAbsent(base, b -> helper.resolve(URI.createURI(b), resourceURI));
					proxy.eSetProxyURI(resolved.appendFragment(uriLiteral.substring(hash + 1)));
					return;
				}
			}
			super.handleProxy(proxy, uriLiteral);
		}
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}
}
