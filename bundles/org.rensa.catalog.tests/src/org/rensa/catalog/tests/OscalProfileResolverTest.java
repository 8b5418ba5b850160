// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.catalog.oscal.OscalCatalogReader;
import org.rensa.catalog.oscal.OscalImport;
import org.rensa.catalog.oscal.OscalProfileResolver;
import org.rensa.catalog.oscal.UnfollowableImportException;
import org.rensa.model.Requirement;
import org.rensa.model.Section;

class OscalProfileResolverTest {

	private static final String LOW_PROFILE_JSON = "NIST_SP-800-53_rev5_LOW-baseline_profile.json";
	private static final String LOW_PROFILE_XML = "NIST_SP-800-53_rev5_LOW-baseline_profile.xml";
	private static final String HIGH_RESOLVED = "NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json";
	private static final String LOW_RESOLVED = "NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json";

	@Test
	void theLowProfileResolvedAgainstTheHighCatalogueIsNistsResolvedLowCatalogue() throws IOException {
		OscalImport published = OscalCatalogReader.read(Fixtures.oscal(LOW_RESOLVED));
		for (String profile : List.of(LOW_PROFILE_JSON, LOW_PROFILE_XML)) {
			OscalImport resolved = OscalProfileResolver.read(Fixtures.oscal(profile), Fixtures.oscal(HIGH_RESOLVED));
			assertEquals(149, resolved.controls(), profile);
			assertEquals(149, requirements(resolved).size(), profile);
			assertEquals(18, resolved.groups(), profile);
			assertEquals(titles(published), titles(resolved), profile);
			assertEquals(published.enhancements(), resolved.enhancements(), profile);
			assertEquals("NIST Special Publication 800-53 Revision 5.1.1 LOW IMPACT BASELINE", resolved.checklist().getName());
			for (Requirement requirement : requirements(published)) {
				Requirement mine = find(resolved, requirement.getCode());
				assertEquals(requirement.getDescription(), mine.getDescription(), requirement.getCode());
				assertEquals(requirement.getLevelLabel(), mine.getLevelLabel(), requirement.getCode());
				assertEquals(requirement.getReferences(), mine.getReferences(), requirement.getCode());
			}
			assertTrue(resolved.notes().get(0).contains("resolved against " + HIGH_RESOLVED), resolved.notes().toString());
		}
	}

	@Test
	void withoutTheCatalogueTheUnfollowableImportIsNamed() {
		UnfollowableImportException e = assertThrows(UnfollowableImportException.class,
				() -> OscalProfileResolver.read(Fixtures.oscal(LOW_PROFILE_JSON), null));
		assertTrue(e.getMessage().contains("#84cbf061-eb87-4ec1-8112-1f529232e907"), e.getMessage());
		assertTrue(e.getMessage().contains("give the catalogue it imports"), e.getMessage());
	}

	@Test
	void aCatalogueIsReadAsItIs() throws IOException {
		assertFalse(OscalProfileResolver.isProfile(Fixtures.oscal(LOW_RESOLVED)));
		assertTrue(OscalProfileResolver.isProfile(Fixtures.oscal(LOW_PROFILE_XML)));
		assertEquals(149, OscalProfileResolver.read(Fixtures.oscal(LOW_RESOLVED), null).controls());
	}

	@Test
	void selectionByChildControlsPatternsAndExclusionFollowingARelativeHref(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("small.json"), SMALL_CATALOGUE, StandardCharsets.UTF_8);
		Files.createDirectories(dir.resolve("profiles"));
		Path profile = dir.resolve("profiles/p.json");
		Files.writeString(profile, profile("\"href\":\"../small.json\","
				+ "\"include-controls\":[{\"with-ids\":[\"x-1\"],\"with-child-controls\":\"yes\"},{\"matching\":[{\"pattern\":\"y-*\"}]}],"
				+ "\"exclude-controls\":[{\"with-ids\":[\"x-1.2\",\"zz-9\"]}]", "", ""), StandardCharsets.UTF_8);
		OscalImport result = OscalProfileResolver.read(profile, null);
		assertEquals(List.of("x: x-1 x-1.1", "y: y-1 y-2"), outline(result));
		assertTrue(result.notes().stream().anyMatch(n -> n.contains("1 selected id is not in the catalogue: zz-9")), result.notes().toString());
	}

	@Test
	void aSelectedEnhancementOfAnUnselectedControlTakesItsPlace(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("small.json"), SMALL_CATALOGUE, StandardCharsets.UTF_8);
		Path profile = dir.resolve("p.json");
		Files.writeString(profile, profile("\"href\":\"small.json\",\"include-controls\":[{\"with-ids\":[\"x-1.2\",\"y-2\"]}]", "", ""),
				StandardCharsets.UTF_8);
		assertEquals(List.of("x: x-1.2", "y: y-2"), outline(OscalProfileResolver.read(profile, null)));
	}

	@Test
	void flatMergeDropsTheGroupsAndSetParametersShowInTheStatement(@TempDir Path dir) throws IOException {
		Path catalogue = dir.resolve("elsewhere.json");
		Files.writeString(catalogue, SMALL_CATALOGUE, StandardCharsets.UTF_8);
		Path profile = dir.resolve("p.json");
		Files.writeString(profile, profile("\"href\":\"https://example.invalid/catalog.json\",\"include-all\":{}",
				",\"merge\":{\"flat\":{}}",
				",\"modify\":{\"set-parameters\":[{\"param-id\":\"x-1_prm\",\"values\":[\"daily\"]},"
						+ "{\"param-id\":\"y-1_prm\",\"label\":\"the retention period\"}],"
						+ "\"alters\":[{\"control-id\":\"x-1\",\"adds\":[{\"props\":[{\"name\":\"n\",\"value\":\"v\"}]}]}]}"),
				StandardCharsets.UTF_8);
		OscalImport result = OscalProfileResolver.read(profile, catalogue);
		assertEquals(List.of(": x-1 x-1.1 x-1.2 y-1 y-2 z-1"), outline(result));
		assertEquals("Back up data daily.", find(result, "x-1").getDescription());
		assertEquals("Keep logs for [Assignment: the retention period].", find(result, "y-1").getDescription());
		assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("1 alter directive was not applied")), result.notes().toString());
	}

	@Test
	void anXmlProfileOverAnXmlCatalogueKeepsNestedControls(@TempDir Path dir) throws IOException {
		String ns = OscalCatalogReader.NAMESPACE;
		Files.writeString(dir.resolve("c.xml"), "<catalog xmlns=\"" + ns + "\" uuid=\"c3718842-beda-4832-8f65-2df4a0b8eb8a\">"
				+ "<metadata><title>Small</title><oscal-version>1.1.2</oscal-version></metadata>"
				+ "<group id=\"g\"><title>G</title><control id=\"a-1\"><title>A</title><param id=\"a-1_prm\"><label>who</label></param>"
				+ "<part name=\"statement\" id=\"a-1_smt\"><p>Tell <insert type=\"param\" id-ref=\"a-1_prm\"/>.</p></part>"
				+ "<control id=\"a-1.1\"><title>A one</title></control></control>"
				+ "<control id=\"a-2\"><title>A two</title></control></group>"
				+ "<group id=\"h\"><title>H</title><control id=\"b-1\"><title>B</title></control></group>"
				+ "<back-matter/></catalog>", StandardCharsets.UTF_8);
		Path profile = dir.resolve("p.xml");
		Files.writeString(profile, "<profile xmlns=\"" + ns + "\" uuid=\"9c8a7b29-2d3e-4f4d-8f4e-000000000001\">"
				+ "<metadata><title>Tailored</title><version>1</version><oscal-version>1.1.2</oscal-version></metadata>"
				+ "<import href=\"#r\"><include-controls with-child-controls=\"yes\"><with-id>a-1</with-id></include-controls></import>"
				+ "<merge><as-is>true</as-is></merge>"
				+ "<modify><set-parameter param-id=\"a-1_prm\"><select how-many=\"one-or-more\"><choice>the buyer</choice>"
				+ "<choice>the police</choice></select></set-parameter></modify>"
				+ "<back-matter><resource uuid=\"r\"><rlink href=\"missing.xml\"/><rlink href=\"c.xml\"/></resource></back-matter></profile>",
				StandardCharsets.UTF_8);
		OscalImport result = OscalProfileResolver.read(profile, null);
		assertEquals("XML", result.format());
		assertEquals(List.of("g: a-1 a-1.1"), outline(result));
		assertEquals("Tailored", result.checklist().getName());
		assertEquals("Tell [Selection (one or more): the buyer; the police].", find(result, "a-1").getDescription());
		assertEquals("enhancement of a-1", find(result, "a-1.1").getLevelLabel());
	}

	private static final String SMALL_CATALOGUE = "{\"catalog\":{\"uuid\":\"c3718842-beda-4832-8f65-2df4a0b8eb8a\","
			+ "\"metadata\":{\"title\":\"Small\",\"oscal-version\":\"1.1.2\"},\"groups\":["
			+ "{\"id\":\"x\",\"title\":\"X\",\"controls\":[{\"id\":\"x-1\",\"title\":\"Backups\","
			+ "\"params\":[{\"id\":\"x-1_prm\",\"label\":\"frequency\"}],"
			+ "\"parts\":[{\"name\":\"statement\",\"prose\":\"Back up data {{ insert: param, x-1_prm }}.\"}],"
			+ "\"controls\":[{\"id\":\"x-1.1\",\"title\":\"Offline\"},{\"id\":\"x-1.2\",\"title\":\"Tested\"}]}]},"
			+ "{\"id\":\"y\",\"title\":\"Y\",\"controls\":[{\"id\":\"y-1\",\"title\":\"Logs\","
			+ "\"params\":[{\"id\":\"y-1_prm\",\"label\":\"period\"}],"
			+ "\"parts\":[{\"name\":\"statement\",\"prose\":\"Keep logs for {{ insert: param, y-1_prm }}.\"}]},"
			+ "{\"id\":\"y-2\",\"title\":\"Clocks\"}]},{\"id\":\"z\",\"title\":\"Z\",\"controls\":[{\"id\":\"z-1\",\"title\":\"Other\"}]}]}}";

	private static String profile(String anImport, String merge, String modify) {
		return "{\"profile\":{\"uuid\":\"9c8a7b29-2d3e-4f4d-8f4e-000000000001\",\"metadata\":{\"title\":\"Tailored\","
				+ "\"oscal-version\":\"1.1.2\"},\"imports\":[{" + anImport + "}]" + merge + modify + "}}";
	}

	/** Each section as {@code code: requirement codes}. */
	private static List<String> outline(OscalImport result) {
		return result.checklist().getSections().stream().map(OscalProfileResolverTest::outline).toList();
	}

	private static String outline(Section section) {
		StringBuilder text = new StringBuilder(section.getCode() + ":");
		section.getRequirements().forEach(r -> text.append(' ').append(r.getCode()));
		return text.toString();
	}

	/** Every section and requirement with code and title, in order. */
	private static List<String> titles(OscalImport result) {
		return result.checklist().getSections().stream()
				.flatMap(s -> Stream.concat(Stream.of("section " + s.getCode() + " " + s.getTitle()),
						s.getRequirements().stream().map(r -> r.getCode() + " " + r.getTitle())))
				.toList();
	}

	private static List<Requirement> requirements(OscalImport result) {
		return result.checklist().getSections().stream().flatMap(s -> s.getRequirements().stream()).toList();
	}

	private static Requirement find(OscalImport result, String code) {
		return requirements(result).stream().filter(r -> code.equals(r.getCode())).findFirst().orElseThrow();
	}
}
