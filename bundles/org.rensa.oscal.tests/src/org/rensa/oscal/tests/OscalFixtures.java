// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.oscal.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Assessment;
import org.rensa.model.Tlp;
import org.rensa.oscal.OscalExport;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The demo project, the exports of its Kisaragi FY2026 assessment, and the official OSCAL schemas. */
final class OscalFixtures {

	/** Kisaragi Electronics' FY2026 assessment in the demo project (verified on the October visit). */
	static final String KISARAGI_FY2026 = "55556826-e448-38bd-9534-8cdb1e9376f1";

	/**
	 * Draft-07 as the OSCAL schemas declare it. The validator would take a property named {@code id}
	 * (OSCAL's external-ids and threat-ids have one) for draft-04's {@code id} keyword and fail to load the
	 * schema (networknt issue 1093); in draft-07 {@code id} is no keyword at all.
	 */
	private static final JsonSchemaFactory DRAFT_7 = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7))
			.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV7()).keyword(new NonValidationKeyword("id")).build()).build();

	private OscalFixtures() {
	}

	static Path demo() {
		String root = System.getProperty("rensa.root");
		for (Path candidate = root == null || root.isEmpty() ? Paths.get("").toAbsolutePath() : Paths.get(root); candidate != null;
				candidate = candidate.getParent()) {
			Path demo = candidate.resolve("samples/demo");
			if (Files.isDirectory(demo.resolve("model"))) {
				return demo;
			}
		}
		throw new IllegalStateException("samples/demo not found (set -Drensa.root)");
	}

	static AuditProjectDocument demoProject() throws IOException {
		return ProjectStorage.standard().loadReadOnly(demo());
	}

	static Assessment kisaragi(AuditProjectDocument document) {
		return document.getProject().getAssessments().stream().filter(a -> KISARAGI_FY2026.equals(a.getId())).findFirst().orElseThrow();
	}

	static byte[] export(AuditProjectDocument document, OscalExport.Type type, OscalExport.Format format, Tlp audience, boolean anonymise)
			throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OscalExport.write(document.getProject(), kisaragi(document), new OscalExport.Options(type, format, audience, anonymise), out);
		return out.toByteArray();
	}

	static JsonNode json(byte[] bytes) throws IOException {
		return new ObjectMapper().readTree(bytes);
	}

	/** @return the schema violations of an OSCAL JSON document against liboscal-java's OSCAL JSON schema of the model */
	static List<String> jsonSchemaErrors(byte[] document, String model) throws IOException {
		URL url = schema("schema/json/oscal-" + model + "_schema.json");
		JsonSchema schema;
		try (InputStream in = url.openStream()) {
			schema = DRAFT_7.getSchema(in);
		}
		Set<ValidationMessage> messages = schema.validate(json(document));
		return messages.stream().map(ValidationMessage::toString).sorted().toList();
	}

	/** @return the schema violations of an OSCAL XML document against liboscal-java's OSCAL XSD of the model */
	static List<String> xsdErrors(byte[] document, String model) throws IOException, SAXException {
		URL url = schema("schema/xml/oscal-" + model + "_schema.xsd");
		Schema schema;
		try (InputStream in = url.openStream()) {
			schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(in, url.toString()));
		}
		List<String> errors = new ArrayList<>();
		Validator validator = schema.newValidator();
		validator.setErrorHandler(new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
				// warnings are not violations
			}

			@Override
			public void error(SAXParseException e) {
				errors.add(e.getLineNumber() + ": " + e.getMessage());
			}

			@Override
			public void fatalError(SAXParseException e) {
				errors.add(e.getLineNumber() + ": " + e.getMessage());
			}
		});
		validator.validate(new StreamSource(new ByteArrayInputStream(document)));
		return errors;
	}

	private static URL schema(String path) {
		URL url = OscalFixtures.class.getClassLoader().getResource(path);
		if (url == null) {
			throw new IllegalStateException(path + " not found: liboscal-java's schemas are expected on the test class path");
		}
		return url;
	}
}
