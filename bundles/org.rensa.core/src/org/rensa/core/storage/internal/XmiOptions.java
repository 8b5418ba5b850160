// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * XMI load and save options of Rensa projects: deterministic output (UTF-8, LF, no type information
 * beyond what is needed) and hardened, fast parsing (no DOCTYPE, no external entities, parser pool,
 * deferred IDREF resolution, cached name look-ups).
 */
public final class XmiOptions {

	/** The options used by the storage. */
	public static final XmiOptions FAST = new XmiOptions(false);

	/** Like {@link #FAST} but saving through a temporary file buffer ({@code OPTION_USE_FILE_BUFFER}). */
	public static final XmiOptions FILE_BUFFERED = new XmiOptions(true);

	private final boolean fileBuffer;

	private XmiOptions(boolean fileBuffer) {
		this.fileBuffer = fileBuffer;
	}

	/** @return the SAX parser features that forbid DOCTYPE declarations and external entities */
	public static Map<String, Boolean> secureParserFeatures() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		return features;
	}

	/**
	 * @return a parser pool for the resources of one project load. It must not outlive the load: a
	 *         pooled parser keeps its last handler, and through it the loaded model, reachable (and
	 *         EMF's handler cache, which is not used, would do the same).
	 */
	public static XMLParserPool newParserPool() {
		return new XMLParserPoolImpl(false);
	}

	/** @return fresh load options with a private parser pool */
	public Map<String, Object> loadOptions() {
		return loadOptions(newParserPool());
	}

	/**
	 * @param parserPool the parser pool shared by the resources of one load
	 * @return fresh load options (they hold per-load caches)
	 */
	public Map<String, Object> loadOptions(XMLParserPool parserPool) {
		Map<String, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, parserPool);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_DISABLE_NOTIFY, Boolean.TRUE);
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, secureParserFeatures());
		Map<String, Object> properties = new HashMap<>();
		properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		options.put(XMLResource.OPTION_PARSER_PROPERTIES, properties);
		return options;
	}

	/** @return fresh save options (they hold per-save caches) */
	public Map<String, Object> saveOptions() {
		Map<String, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(org.eclipse.emf.ecore.resource.Resource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		// No OPTION_CONFIGURATION_CACHE: its cached printer keeps the last document's text (about
		// 100 MB for a large project) reachable after the save.
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
		options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(Integer.MAX_VALUE));
		options.put(XMLResource.OPTION_USE_FILE_BUFFER, Boolean.valueOf(fileBuffer));
		options.put(XMLResource.OPTION_FLUSH_THRESHOLD, Integer.valueOf(1 << 20));
		return options;
	}
}
