// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.oscal.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Assessment;
import org.rensa.model.DeclarationGap;
import org.rensa.model.Finding;
import org.rensa.model.RemediationAction;
import org.rensa.model.Response;
import org.rensa.model.Tlp;
import org.rensa.model.Verdict;
import org.rensa.oscal.OscalExport.Format;
import org.rensa.oscal.OscalExport.Type;
import org.rensa.oscal.cli.ExportOscalCommand;
import org.rensa.report.build.IdentifyingStrings;
import org.rensa.report.build.Anonymiser;
import org.rensa.report.build.Texts;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the exports of the demo's Kisaragi FY2026 assessment back with Jackson (JSON) and the JDK's DOM
 * (XML), independently of the writer, and checks them against the project.
 */
class OscalExportContentTest {

	@TempDir
	Path temp;

	@Test
	void assessmentResultsHoldTheVerification() throws Exception {
		AuditProjectDocument demo = OscalFixtures.demoProject();
		Assessment assessment = OscalFixtures.kisaragi(demo);
		JsonNode ar = OscalFixtures.json(OscalFixtures.export(demo, Type.ASSESSMENT_RESULTS, Format.JSON, Tlp.RED, false)).get("assessment-results");
		assertEquals(1, ar.get("results").size());
		JsonNode result = ar.get("results").get(0);
		int requirements = assessment.getChecklist().getSections().stream().mapToInt(s -> s.getRequirements().size()).sum();
		assertEquals(requirements, result.at("/reviewed-controls/control-selections/0/include-controls").size());
		assertEquals("req-1.1", result.at("/reviewed-controls/control-selections/0/include-controls/0/control-id").asText());

		List<Response> verified = assessment.getResponses().stream()
				.filter(r -> r.getVerdict() != null && r.getVerdict() != Verdict.NOT_VERIFIED).toList();
		assertEquals(verified.size(), result.get("observations").size());
		assertTrue(verified.size() > 0);
		long mismatches = verified.stream().filter(r -> r.getGap() == DeclarationGap.OVERSTATED || r.getGap() == DeclarationGap.UNDERSTATED).count();
		long issues = 0;
		Map<String, JsonNode> parties = index(ar.at("/metadata/parties"));
		Map<String, JsonNode> locations = index(ar.at("/metadata/locations"));
		Map<String, JsonNode> resources = index(ar.at("/back-matter/resources"));
		Set<String> methods = new HashSet<>();
		for (int i = 0; i < verified.size(); i++) {
			Response response = verified.get(i);
			JsonNode observation = result.get("observations").get(i);
			assertEquals(prop(observation, "requirement-code"), response.getRequirement().getCode());
			assertEquals(response.getVerdict().getLiteral().toLowerCase(Locale.ROOT).replace('_', '-'), prop(observation, "verdict"));
			String method = observation.at("/methods/0").asText();
			assertEquals(response.getMethod().getLiteral(), method.equals("UNKNOWN") ? "NONE" : method);
			methods.add(method);
			if (observation.get("types").toString().contains("ssp-statement-issue")) {
				issues++;
				assertTrue(response.isMismatch(), response.getRequirement().getCode());
			}
			assertEquals("party", observation.at("/subjects/0/type").asText());
			assertEquals("Kisaragi Electronics Co., Ltd.", parties.get(observation.at("/subjects/0/subject-uuid").asText()).get("name").asText());
			assertTrue(locations.get(observation.at("/subjects/1/subject-uuid").asText()).get("title").asText().startsWith("Kisaragi Electronics head office"));
			for (JsonNode evidence : observation.path("relevant-evidence")) {
				JsonNode resource = resources.get(evidence.get("href").asText().substring(1));
				assertNotNull(resource, evidence.toString());
				JsonNode rlink = resource.at("/rlinks/0");
				assertEquals("SHA-256", rlink.at("/hashes/0/algorithm").asText());
				byte[] file = Files.readAllBytes(OscalFixtures.demo().resolve(rlink.get("href").asText()));
				assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)), rlink.at("/hashes/0/value").asText());
			}
		}
		assertEquals(mismatches, issues);
		assertTrue(methods.containsAll(List.of("EXAMINE", "INTERVIEW", "TEST")), methods.toString());
		assertTrue(resources.size() > 1, "evidence resources besides the assessment plan");

		List<Finding> findings = demo.getProject().getFindings().stream().filter(f -> f.getAssessment() == assessment).toList();
		assertEquals(findings.size(), result.get("findings").size());
		assertEquals(findings.size(), result.get("risks").size());
		Map<String, JsonNode> risks = index(result.get("risks"));
		Map<String, JsonNode> observations = index(result.get("observations"));
		for (JsonNode finding : result.get("findings")) {
			JsonNode risk = risks.get(finding.at("/related-risks/0/risk-uuid").asText());
			assertNotNull(risk, finding.toString());
			assertFalse(risk.at("/characterizations/0/facets/0/value").asText().isEmpty());
			for (JsonNode related : finding.path("related-observations")) {
				assertNotNull(observations.get(related.get("observation-uuid").asText()));
			}
			assertEquals("not-satisfied", finding.at("/target/status/state").asText());
		}
		assertTrue(resources.containsKey(ar.at("/import-ap/href").asText().substring(1)), "the plan is a back-matter resource");
	}

	@Test
	void thePoamHasOneItemPerRemediationActionLinkedToItsFindingRiskAndObservations() throws Exception {
		AuditProjectDocument demo = OscalFixtures.demoProject();
		Assessment assessment = OscalFixtures.kisaragi(demo);
		JsonNode poam = OscalFixtures.json(OscalFixtures.export(demo, Type.POAM, Format.JSON, Tlp.RED, false)).get("plan-of-action-and-milestones");
		List<RemediationAction> actions = demo.getProject().getFindings().stream().filter(f -> f.getAssessment() == assessment)
				.flatMap(f -> f.getActions().stream()).toList();
		assertFalse(actions.isEmpty());
		assertEquals(actions.size(), poam.get("poam-items").size());
		Map<String, JsonNode> findings = index(poam.get("findings"));
		Map<String, JsonNode> risks = index(poam.get("risks"));
		Map<String, JsonNode> observations = index(poam.get("observations"));
		Map<String, JsonNode> parties = index(poam.at("/metadata/parties"));
		for (int i = 0; i < actions.size(); i++) {
			RemediationAction action = actions.get(i);
			JsonNode item = poam.get("poam-items").get(i);
			assertEquals(action.getCode(), prop(item, "action-code"));
			assertEquals(action.getStatus().getLiteral().toLowerCase(Locale.ROOT).replace('_', '-'), prop(item, "action-status"));
			assertEquals(action.getDueDate().toString(), prop(item, "due-date"));
			assertEquals(action.getOwner(), prop(item, "owner"));
			JsonNode finding = findings.get(item.at("/related-findings/0/finding-uuid").asText());
			assertTrue(finding.get("title").asText().startsWith(action.getFinding().getCode() + " "));
			JsonNode risk = risks.get(item.at("/related-risks/0/risk-uuid").asText());
			JsonNode remediation = null;
			for (JsonNode candidate : risk.get("remediations")) {
				if (candidate.get("title").asText().equals(action.getCode())) {
					remediation = candidate;
				}
			}
			assertNotNull(remediation);
			JsonNode due = remediation.at("/tasks/0");
			assertEquals(action.getDueDate() + "T00:00:00Z", due.at("/timing/on-date/date").asText());
			assertEquals(action.getOwner(), parties.get(due.at("/responsible-roles/0/party-uuids/0").asText()).get("name").asText());
			for (JsonNode related : item.path("related-observations")) {
				assertNotNull(observations.get(related.get("observation-uuid").asText()));
			}
		}
		assertTrue(poam.get("risks").toString().contains("\"remediating\"") || poam.get("risks").toString().contains("\"closed\""));
	}

	@Test
	void theXmlSerialisationCarriesTheSameDocument() throws Exception {
		AuditProjectDocument demo = OscalFixtures.demoProject();
		JsonNode json = OscalFixtures.json(OscalFixtures.export(demo, Type.ASSESSMENT_RESULTS, Format.JSON, Tlp.AMBER, false)).get("assessment-results");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document xml = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(OscalFixtures.export(demo, Type.ASSESSMENT_RESULTS, Format.XML, Tlp.AMBER, false)));
		String ns = "http://csrc.nist.gov/ns/oscal/1.0";
		assertEquals(json.get("uuid").asText(), xml.getDocumentElement().getAttribute("uuid"));
		assertEquals(json.at("/results/0/observations").size(), xml.getElementsByTagNameNS(ns, "observation").getLength());
		assertEquals(json.at("/results/0/findings").size(), xml.getElementsByTagNameNS(ns, "finding").getLength());
		assertEquals(json.at("/back-matter/resources").size(), xml.getElementsByTagNameNS(ns, "resource").getLength());
		assertEquals(json.at("/results/0/observations/0/description").asText().split("\n\n")[0],
				((org.w3c.dom.Element) xml.getElementsByTagNameNS(ns, "observation").item(0)).getElementsByTagNameNS(ns, "p").item(0).getTextContent());
	}

	@Test
	void nothingStricterThanTheAudienceLeaves() throws Exception {
		AuditProjectDocument demo = OscalFixtures.demoProject();
		Assessment assessment = OscalFixtures.kisaragi(demo);
		String green = new String(OscalFixtures.export(demo, Type.POAM, Format.JSON, Tlp.GREEN, false), StandardCharsets.UTF_8);
		JsonNode poam = OscalFixtures.json(green.getBytes(StandardCharsets.UTF_8)).get("plan-of-action-and-milestones");
		List<Finding> all = demo.getProject().getFindings().stream().filter(f -> f.getAssessment() == assessment).toList();
		List<Finding> shareable = all.stream().filter(f -> f.getTlp() != null && f.getTlp().getValue() <= Tlp.GREEN.getValue()).toList();
		assertTrue(shareable.size() < all.size(), "the demo has AMBER or RED findings");
		assertEquals(shareable.size(), poam.path("findings").size());
		for (Finding finding : all) {
			assertEquals(shareable.contains(finding), green.contains("\"" + finding.getCode() + " "), finding.getCode());
		}
		assertFalse(green.contains("TLP:AMBER\"") || green.contains("TLP:RED\""), "no item marked stricter than GREEN");
		assertTrue(poam.at("/metadata/remarks").asText().contains("withheld"));
	}

	@Test
	void anonymisedExportsNameNoOne() throws Exception {
		AuditProjectDocument demo = OscalFixtures.demoProject();
		for (Type type : Type.values()) {
			for (Format format : Format.values()) {
				String text = new String(OscalFixtures.export(demo, type, format, Tlp.RED, true), StandardCharsets.UTF_8);
				for (String name : Anonymiser.of(demo.getProject(), new Texts(Locale.ENGLISH)).realNames()) {
					assertFalse(text.contains(name), type + " " + format + " names " + name);
				}
				assertTrue(text.contains("Organisation "), type + " " + format);
			}
		}
	}

	@Test
	void anonymisedExportsHoldNoIdentifyingString() throws Exception {
		AuditProjectDocument demo = OscalFixtures.demoProject();
		List<String> identifying = IdentifyingStrings.of(demo.getProject()).strings();
		assertTrue(identifying.contains("Minato Supplier Security Baseline 2026.1"), "the checklist title names the buyer");
		for (Tlp audience : List.of(Tlp.GREEN, Tlp.RED)) {
			for (Type type : Type.values()) {
				for (Format format : Format.values()) {
					String text = new String(OscalFixtures.export(demo, type, format, audience, true), StandardCharsets.UTF_8);
					for (String name : identifying) {
						assertFalse(java.util.regex.Pattern.compile("(?<![A-Za-z0-9])" + java.util.regex.Pattern.quote(name) + "(?![A-Za-z0-9])",
								java.util.regex.Pattern.CASE_INSENSITIVE).matcher(text).find(), audience + " " + type + " " + format + " holds " + name);
					}
				}
			}
		}
	}

	@Test
	void whatGoesWithAWithheldFindingDoesNotLeave() throws Exception {
		AuditProjectDocument demo = OscalFixtures.demoProject();
		for (Tlp audience : List.of(Tlp.CLEAR, Tlp.GREEN)) {
			for (Type type : Type.values()) {
				String text = new String(OscalFixtures.export(demo, type, Format.JSON, audience, false), StandardCharsets.UTF_8);
				// untagged verification notes on the requirements of the RED findings F-001/F-002 and the AMBER F-003
				for (String secret : List.of("Administrator password written", "VPN gateway firmware three years old",
						"receives specifications and VPN access")) {
					assertFalse(text.contains(secret), audience + " " + type + ": " + secret);
				}
			}
		}
		String amber = new String(OscalFixtures.export(demo, Type.ASSESSMENT_RESULTS, Format.JSON, Tlp.AMBER, false), StandardCharsets.UTF_8);
		assertTrue(amber.contains("receives specifications and VPN access"), "the AMBER export keeps what goes with AMBER findings");
	}

	@Test
	void reExportsAreByteIdentical() throws Exception {
		for (Type type : Type.values()) {
			for (Format format : Format.values()) {
				assertArrayEquals(OscalFixtures.export(OscalFixtures.demoProject(), type, format, Tlp.AMBER, false),
						OscalFixtures.export(OscalFixtures.demoProject(), type, format, Tlp.AMBER, false), type + " " + format);
			}
		}
	}

	@Test
	void theValidatorsRejectABrokenDocument() throws Exception {
		AuditProjectDocument demo = OscalFixtures.demoProject();
		ObjectNode document = (ObjectNode) OscalFixtures.json(OscalFixtures.export(demo, Type.ASSESSMENT_RESULTS, Format.JSON, Tlp.RED, false));
		((ObjectNode) document.get("assessment-results")).remove("import-ap");
		((ObjectNode) document.at("/assessment-results/results/0/observations/0")).put("collected", "yesterday");
		List<String> errors = OscalFixtures.jsonSchemaErrors(document.toString().getBytes(StandardCharsets.UTF_8), "ar");
		assertTrue(errors.stream().anyMatch(e -> e.contains("import-ap")), errors.toString());
		assertTrue(errors.stream().anyMatch(e -> e.contains("collected")), errors.toString());
		String xml = new String(OscalFixtures.export(demo, Type.ASSESSMENT_RESULTS, Format.XML, Tlp.RED, false), StandardCharsets.UTF_8)
				.replaceFirst("<collected>[^<]+</collected>", "<collected>yesterday</collected>");
		assertFalse(OscalFixtures.xsdErrors(xml.getBytes(StandardCharsets.UTF_8), "ar").isEmpty());
	}

	@Test
	void theCommandWritesTheFileAndReadsTheProjectOnly() throws Exception {
		Path out = temp.resolve("kisaragi-poam.xml");
		java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
		CliContext context = new CliContext(new java.io.PrintStream(stdout, true, StandardCharsets.UTF_8),
				new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8), ProjectStorage.standard(),
				java.time.Clock.systemUTC());
		int code = new ExportOscalCommand().run(List.of(OscalFixtures.demo().toString(), "--assessment", OscalFixtures.KISARAGI_FY2026,
				"--type", "poam", "--format", "xml", "--out", out.toString(), "--audience", "amber+strict", "--anonymise"), context);
		assertEquals(0, code);
		assertTrue(stdout.toString(StandardCharsets.UTF_8).startsWith("wrote " + out + ": OSCAL poam (xml), "), stdout.toString(StandardCharsets.UTF_8));
		assertEquals(List.of(), OscalFixtures.xsdErrors(Files.readAllBytes(out), "poam"));
		CliException unknown = assertThrows(CliException.class, () -> new ExportOscalCommand().run(List.of(OscalFixtures.demo().toString(),
				"--assessment", "nope", "--type", "poam", "--out", out.toString()), context));
		assertTrue(unknown.getMessage().contains("no assessment with id nope"));
		CliException usage = assertThrows(CliException.class,
				() -> new ExportOscalCommand().run(List.of(OscalFixtures.demo().toString(), "--type", "ssp"), context));
		assertTrue(usage.getMessage().contains("assessment-results or poam"));
	}

	private static Map<String, JsonNode> index(JsonNode array) {
		Map<String, JsonNode> byUuid = new java.util.LinkedHashMap<>();
		for (JsonNode node : array) {
			byUuid.put(node.get("uuid").asText(), node);
		}
		return byUuid;
	}

	private static String prop(JsonNode owner, String name) {
		for (JsonNode prop : owner.path("props")) {
			if (name.equals(prop.get("name").asText())) {
				return prop.get("value").asText();
			}
		}
		return null;
	}
}
