// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.oscal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.rensa.catalog.internal.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One OSCAL file parsed as what its content is: JSON (a tree) or XML (a namespace-aware DOM without
 * DOCTYPE). Exactly one of {@code json} and {@code xml} is set.
 *
 * @param file the file read
 * @param json the JSON tree, or {@code null}
 * @param xml  the XML document, or {@code null}
 */
record OscalSource(Path file, JsonNode json, Document xml) {

	/**
	 * @param file an OSCAL file, JSON or XML
	 * @return it parsed
	 * @throws IOException when it is missing, too large, neither JSON nor XML, or malformed
	 */
	static OscalSource load(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new OscalFormatException(file + ": no such file");
		}
		if (Files.size(file) > OscalCatalogReader.MAX_FILE_SIZE) {
			throw new OscalFormatException(file + ": larger than " + OscalCatalogReader.MAX_FILE_SIZE / (1024 * 1024) + " MB");
		}
		try (InputStream in = Files.newInputStream(file)) {
			return parse(in, file.getFileName().toString(), file);
		}
	}

	/**
	 * @param input the content (not closed)
	 * @param name  the name for messages
	 * @param file  the file it came from, or {@code null}
	 * @return it parsed
	 * @throws IOException when it is neither JSON nor XML, or malformed
	 */
	static OscalSource parse(InputStream input, String name, Path file) throws IOException {
		BufferedInputStream in = new BufferedInputStream(input, 1 << 16);
		in.mark(4096);
		int first;
		int count = 0;
		do {
			first = in.read();
			count++;
			if (first == 0xEF || first == 0xBB || first == 0xBF) {
				first = ' ';
			}
		} while (first != -1 && Character.isWhitespace(first) && count < 4096);
		in.reset();
		if (first == '{') {
			return new OscalSource(file, OscalCatalogReader.parseJson(in, name), null);
		}
		if (first == '<') {
			return new OscalSource(file, null, SecureXml.parse(in, name));
		}
		throw new OscalFormatException(name + ": neither OSCAL JSON nor OSCAL XML (YAML is not supported)");
	}

	/** @return {@code JSON} or {@code XML} */
	String format() {
		return json != null ? "JSON" : "XML";
	}

	/** @return the OSCAL model of the file: {@code catalog}, {@code profile} … or {@code null} when none */
	String model() {
		if (json != null) {
			if (!json.isObject()) {
				return null;
			}
			for (String model : List.of("catalog", "profile")) {
				if (json.has(model)) {
					return model;
				}
			}
			Iterator<String> names = json.fieldNames();
			return names.hasNext() ? names.next() : null;
		}
		Element root = xml.getDocumentElement();
		return OscalCatalogReader.NAMESPACE.equals(root.getNamespaceURI()) ? root.getLocalName() : null;
	}

}
