// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.internal;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Parses XML with DOCTYPEs, external entities and XInclude refused, and elements nested deeper than
 * {@link #MAX_DEPTH} refused (the readers walk the tree recursively).
 */
public final class SecureXml {

	/** The deepest element nesting accepted (the root element is at depth 1). */
	public static final int MAX_DEPTH = 200;

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
			Document document = builder.parse(in);
			checkDepth(document, name);
			return document;
		} catch (SAXException e) {
			throw new IOException(name + ": not well-formed XML: " + e.getMessage(), e);
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("XML parser lacks secure processing", e);
		}
	}

	/** Walks the tree without recursion and refuses it when an element is nested deeper than {@link #MAX_DEPTH}. */
	private static void checkDepth(Document document, String name) throws IOException {
		Node node = document.getDocumentElement();
		int depth = node == null ? 0 : 1;
		while (node != null) {
			Node child = node.getFirstChild();
			while (child != null && child.getNodeType() != Node.ELEMENT_NODE) {
				child = child.getNextSibling();
			}
			if (child != null) {
				if (++depth > MAX_DEPTH) {
					throw new IOException(name + ": refused: elements nested more than " + MAX_DEPTH + " deep");
				}
				node = child;
				continue;
			}
			while (node != null) {
				Node next = node.getNextSibling();
				while (next != null && next.getNodeType() != Node.ELEMENT_NODE) {
					next = next.getNextSibling();
				}
				if (next != null) {
					node = next;
					break;
				}
				node = node.getParentNode();
				depth--;
				if (node == null || node.getNodeType() != Node.ELEMENT_NODE) {
					node = null;
				}
			}
		}
	}
}
