// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.internal;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Parses XML with DOCTYPEs, external entities and XInclude refused. */
public final class SecureXml {

	private SecureXml() {
	}

	/**
	 * @param in   the XML (not closed)
	 * @param name what to call it in messages
	 * @return the namespace-aware document
	 * @throws IOException when the XML is malformed or declares a DOCTYPE
	 */
	public static Document parse(InputStream in, String name) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(in);
		} catch (SAXException e) {
			throw new IOException(name + ": not well-formed XML: " + e.getMessage(), e);
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("XML parser lacks secure processing", e);
		}
	}
}
