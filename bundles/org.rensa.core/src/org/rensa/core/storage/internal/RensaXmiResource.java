// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage.internal;

import java.util.HashMap;
import java.util.Map;

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
	public org.eclipse.emf.ecore.EObject getEObject(String uriFragment) {
		java.util.Map<String, org.eclipse.emf.ecore.EObject> map = getIntrinsicIDToEObjectMap();
		org.eclipse.emf.ecore.EObject result = map == null ? null : map.get(uriFragment);
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

		Handler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
			super(resource, helper, options);
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
