// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rensa.catalog.oscal.OscalCatalogReader;
import org.rensa.catalog.oscal.OscalFormatException;
import org.rensa.catalog.oscal.OscalImport;
import org.rensa.model.Requirement;
import org.rensa.model.Section;

class OscalCatalogReaderTest {

	private static final String SP800_53_LOW = "NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json";
	private static final String SP800_171 = "NIST_SP800-171_rev3_catalog.xml";

	@Test
	void sp80053LowBaselineHas18GroupsAnd149Controls() throws IOException {
		OscalImport result = OscalCatalogReader.read(Fixtures.oscal(SP800_53_LOW));
		assertEquals("JSON", result.format());
		assertEquals(18, result.groups());
		assertEquals(149, result.controls());
		assertEquals(18, result.checklist().getSections().size());
		assertEquals(149, requirements(result).size());
		assertEquals(0, result.folded());
		Section accessControl = result.checklist().getSections().get(0);
		assertEquals("ac", accessControl.getCode());
		assertEquals("Access Control", accessControl.getTitle());
		Requirement ac2 = find(result, "ac-2");
		assertEquals("Account Management", ac2.getTitle());
		assertTrue(ac2.getDescription().startsWith("a. Define and document the types of accounts"), ac2.getDescription());
		assertTrue(ac2.getDescription().contains("[Assignment: "), ac2.getDescription());
		assertTrue(ac2.getDescription().contains("\n  1. Authorized users of the system;"), ac2.getDescription());
		assertNotNull(ac2.getGuidance());
		assertTrue(ac2.getReferences().contains("AC-2"));
		assertTrue(result.checklist().getName().contains("800-53"));
		assertTrue(result.checklist().getSource().startsWith("OSCAL catalog "));
	}

	@Test
	void enhancementsKeepTheirIdsAndPointToTheirControl() throws IOException {
		OscalImport result = OscalCatalogReader.read(Fixtures.oscal(SP800_53_LOW));
		assertTrue(result.enhancements() > 0);
		Requirement enhancement = requirements(result).stream().filter(r -> r.getCode().contains(".")).findFirst().orElseThrow();
		String parent = enhancement.getCode().substring(0, enhancement.getCode().indexOf('.'));
		assertEquals("enhancement of " + parent, enhancement.getLevelLabel());
		Set<String> codes = new HashSet<>();
		requirements(result).forEach(r -> assertTrue(codes.add(r.getCode())));
	}

	@Test
	void enhancementsCanBeLeftOutWithoutTouchingTheImport() throws IOException {
		OscalImport result = OscalCatalogReader.read(Fixtures.oscal(SP800_53_LOW));
		OscalImport base = result.withoutEnhancements();
		assertEquals(0, base.enhancements());
		assertEquals(result.controls() - result.enhancements(), base.controls());
		assertEquals(result.requirements() - result.enhancements(), requirements(base).size());
		assertTrue(requirements(base).stream().noneMatch(OscalImport::isEnhancement));
		assertEquals(result.requirements(), requirements(result).size(), "the original import keeps its enhancements");
		assertTrue(requirements(result).stream().filter(OscalImport::isEnhancement).count() == result.enhancements());
	}

	@Test
	void sp800171Rev3XmlReadsEveryFamily() throws IOException {
		OscalImport result = OscalCatalogReader.read(Fixtures.oscal(SP800_171));
		assertEquals("XML", result.format());
		assertEquals(17, result.groups());
		assertEquals(227, result.controls());
		assertEquals(97, result.folded());
		assertEquals(130, result.requirements());
		assertEquals(130, requirements(result).size());
		assertEquals(17, result.checklist().getSections().size());
		Requirement screening = find(result, "SP_800_171_03.09.01");
		assertEquals("Personnel Screening", screening.getTitle());
		assertTrue(screening.getGuidance().startsWith("Personnel security screening activities"), screening.getGuidance());
		assertTrue(screening.getReferences().contains("SP_800_171_SR-03.09.01"), String.valueOf(screening.getReferences()));
		Requirement accounts = find(result, "SP_800_171_03.01.01");
		assertTrue(accounts.getDescription().startsWith("SR-03.01.01.a Define the types of system accounts allowed and prohibited."),
				accounts.getDescription());
		assertTrue(accounts.getDescription().contains("\n  SR-03.01.01.c.01 Authorized users of the system,"), accounts.getDescription());
		assertEquals("withdrawn", find(result, "SP_800_171_03.01.13").getLevelLabel());
		assertTrue(result.checklist().getName().startsWith("Protecting Controlled Unclassified Information"));
	}

	@Test
	void aDoctypeIsRefused() {
		String xml = "<?xml version=\"1.0\"?><!DOCTYPE catalog [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<catalog xmlns=\"" + OscalCatalogReader.NAMESPACE + "\" uuid=\"c3718842-beda-4832-8f65-2df4a0b8eb8a\">&x;</catalog>";
		IOException e = assertThrows(IOException.class, () -> read(xml));
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
	}

	@Test
	void aProfileIsNotACatalogue() {
		OscalFormatException e = assertThrows(OscalFormatException.class,
				() -> read("{\"profile\":{\"uuid\":\"c3718842-beda-4832-8f65-2df4a0b8eb8a\"}}"));
		assertTrue(e.getMessage().contains("no \"catalog\" object"), e.getMessage());
	}

	@Test
	void missingPiecesAreReportedWithTheirLocation() {
		String noTitle = "{\"catalog\":{\"uuid\":\"c3718842-beda-4832-8f65-2df4a0b8eb8a\",\"metadata\":{\"title\":\"T\",\"oscal-version\":\"1.1.2\"},"
				+ "\"groups\":[{\"id\":\"g\",\"title\":\"G\",\"controls\":[{\"id\":\"c-1\",\"title\":\"C\"},{\"id\":\"c-2\"}]}]}}";
		OscalFormatException e = assertThrows(OscalFormatException.class, () -> read(noTitle));
		assertEquals("test: catalog.groups[0].controls[1]: missing \"title\"", e.getMessage());

		String duplicate = noTitle.replace("{\"id\":\"c-2\"}", "{\"id\":\"c-1\",\"title\":\"again\"}");
		e = assertThrows(OscalFormatException.class, () -> read(duplicate));
		assertTrue(e.getMessage().contains("duplicate id 'c-1'"), e.getMessage());

		String badUuid = noTitle.replace("c3718842-beda", "nope");
		e = assertThrows(OscalFormatException.class, () -> read(badUuid));
		assertTrue(e.getMessage().contains("catalog.uuid"), e.getMessage());

		String notArray = "{\"catalog\":{\"uuid\":\"c3718842-beda-4832-8f65-2df4a0b8eb8a\",\"metadata\":{\"title\":\"T\",\"oscal-version\":\"1.1.2\"},\"groups\":{}}}";
		e = assertThrows(OscalFormatException.class, () -> read(notArray));
		assertTrue(e.getMessage().contains("catalog.groups: is not an array"), e.getMessage());
	}

	@Test
	void aSmallXmlCatalogueWithParametersAndNestedGroups() throws IOException {
		String xml = "<catalog xmlns=\"" + OscalCatalogReader.NAMESPACE + "\" uuid=\"c3718842-beda-4832-8f65-2df4a0b8eb8a\">"
				+ "<metadata><title>Small</title><version>2</version><oscal-version>1.1.2</oscal-version></metadata>"
				+ "<group id=\"top\"><title>Top</title><group id=\"sub\"><title>Sub</title>"
				+ "<control id=\"x-1\"><title>Backups</title><param id=\"x-1_prm\"><label>frequency</label></param>"
				+ "<part name=\"statement\" id=\"x-1_smt\"><p>Back up data <insert type=\"param\" id-ref=\"x-1_prm\"/>.</p></part>"
				+ "<control id=\"x-1.1\"><title>Offline copy</title></control></control></group></group></catalog>";
		OscalImport result = read(xml);
		assertEquals(2, result.groups());
		assertEquals(2, result.controls());
		assertEquals(1, result.enhancements());
		assertEquals(1, result.checklist().getSections().size());
		Section section = result.checklist().getSections().get(0);
		assertEquals("Top / Sub", section.getTitle());
		assertEquals("Back up data [Assignment: frequency].", section.getRequirements().get(0).getDescription());
		assertEquals("x-1.1", section.getRequirements().get(1).getCode());
	}

	@Test
	void neitherJsonNorXml() {
		OscalFormatException e = assertThrows(OscalFormatException.class, () -> read("catalog:\n  uuid: x\n"));
		assertTrue(e.getMessage().contains("YAML is not supported"));
	}

	private static OscalImport read(String content) throws IOException {
		return OscalCatalogReader.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "test");
	}

	private static List<Requirement> requirements(OscalImport result) {
		return result.checklist().getSections().stream().flatMap(s -> s.getRequirements().stream()).toList();
	}

	private static Requirement find(OscalImport result, String code) {
		return requirements(result).stream().filter(r -> code.equals(r.getCode())).findFirst().orElseThrow();
	}
}
