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
		assertTrue(result.notes().stream().anyMatch(n -> n.equals("1 alter directive applied")), result.notes().toString());
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

	@Test
	void altersRemoveAndAddPartsAndPropsInEveryCombinationOfFormats(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("c.json"), ALTERED_CATALOGUE_JSON, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("c.xml"), ALTERED_CATALOGUE_XML, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("p.json"), ALTERING_PROFILE_JSON, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("p.xml"), ALTERING_PROFILE_XML, StandardCharsets.UTF_8);
		for (String profile : List.of("p.json", "p.xml")) {
			for (String catalogue : List.of("c.json", "c.xml")) {
				String what = profile + " over " + catalogue;
				OscalImport result = OscalProfileResolver.read(dir.resolve(profile), dir.resolve(catalogue));
				Requirement a1 = find(result, "a-1");
				assertEquals("Do:\n  a. Back up data daily.\n  c. Keep one copy offline.", a1.getDescription(), what);
				assertEquals("Restores are tested yearly.", a1.getGuidance(), what);
				assertEquals(List.of("A-1(T)"), a1.getReferences(), what + ": the label added at the start comes first");
				assertEquals("Backups, tailored", a1.getTitle(), what);
				assertEquals("Review access.", find(result, "a-2").getDescription(), what);
				List<String> notes = result.notes();
				assertTrue(notes.contains("3 alter directives applied"), what + " " + notes);
				assertTrue(notes.contains("alter of b-1 left out: the control is not selected"), what + " " + notes);
				assertTrue(notes.contains("alter of a-2: nothing to remove matching name guidance"), what + " " + notes);
			}
		}
	}

	/** Control a-1 with a label, a parameter, a statement of two items and guidance; a-2; b-1 (not selected). */
	private static final String ALTERED_CATALOGUE_JSON = "{\"catalog\":{\"uuid\":\"c3718842-beda-4832-8f65-2df4a0b8eb8b\","
			+ "\"metadata\":{\"title\":\"Altered\",\"oscal-version\":\"1.1.2\"},\"groups\":[{\"id\":\"a\",\"title\":\"A\",\"controls\":["
			+ "{\"id\":\"a-1\",\"title\":\"Backups\",\"params\":[{\"id\":\"a-1_prm\",\"label\":\"frequency\"}],"
			+ "\"props\":[{\"name\":\"label\",\"value\":\"A-1\"}],"
			+ "\"parts\":[{\"id\":\"a-1_smt\",\"name\":\"statement\",\"prose\":\"Do:\",\"parts\":["
			+ "{\"id\":\"a-1_smt.a\",\"name\":\"item\",\"props\":[{\"name\":\"label\",\"value\":\"a.\"}],"
			+ "\"prose\":\"Back up data {{ insert: param, a-1_prm }}.\"},"
			+ "{\"id\":\"a-1_smt.b\",\"name\":\"item\",\"props\":[{\"name\":\"label\",\"value\":\"b.\"}],\"prose\":\"Print the backups.\"}]},"
			+ "{\"id\":\"a-1_gdn\",\"name\":\"guidance\",\"prose\":\"Old guidance.\"}]},"
			+ "{\"id\":\"a-2\",\"title\":\"Access\",\"parts\":[{\"name\":\"statement\",\"prose\":\"Review access.\"}]}]},"
			+ "{\"id\":\"b\",\"title\":\"B\",\"controls\":[{\"id\":\"b-1\",\"title\":\"Other\"}]}]}}";

	private static final String ALTERED_CATALOGUE_XML = "<catalog xmlns=\"" + OscalCatalogReader.NAMESPACE
			+ "\" uuid=\"c3718842-beda-4832-8f65-2df4a0b8eb8b\"><metadata><title>Altered</title><oscal-version>1.1.2</oscal-version></metadata>"
			+ "<group id=\"a\"><title>A</title><control id=\"a-1\"><title>Backups</title><param id=\"a-1_prm\"><label>frequency</label></param>"
			+ "<prop name=\"label\" value=\"A-1\"/><part id=\"a-1_smt\" name=\"statement\"><p>Do:</p>"
			+ "<part id=\"a-1_smt.a\" name=\"item\"><prop name=\"label\" value=\"a.\"/><p>Back up data <insert type=\"param\" id-ref=\"a-1_prm\"/>.</p></part>"
			+ "<part id=\"a-1_smt.b\" name=\"item\"><prop name=\"label\" value=\"b.\"/><p>Print the backups.</p></part></part>"
			+ "<part id=\"a-1_gdn\" name=\"guidance\"><p>Old guidance.</p></part></control>"
			+ "<control id=\"a-2\"><title>Access</title><part name=\"statement\"><p>Review access.</p></part></control></group>"
			+ "<group id=\"b\"><title>B</title><control id=\"b-1\"><title>Other</title></control></group></catalog>";

	/**
	 * Selects group a; on a-1 removes item b (nested) and the guidance, adds item c after item a, new
	 * guidance at the end, a label at the start and a new title; alters b-1 (not selected); removes from
	 * a-2 what it does not have.
	 */
	private static final String ALTERING_PROFILE_JSON = "{\"profile\":{\"uuid\":\"9c8a7b29-2d3e-4f4d-8f4e-000000000002\","
			+ "\"metadata\":{\"title\":\"Altering\",\"oscal-version\":\"1.1.2\"},\"imports\":[{\"href\":\"c.json\","
			+ "\"include-controls\":[{\"matching\":[{\"pattern\":\"a-*\"}]}]}],"
			+ "\"modify\":{\"set-parameters\":[{\"param-id\":\"a-1_prm\",\"values\":[\"daily\"]}],\"alters\":["
			+ "{\"control-id\":\"a-1\",\"removes\":[{\"by-id\":\"a-1_smt.b\"},{\"by-name\":\"guidance\",\"by-item-name\":\"part\"}],"
			+ "\"adds\":[{\"position\":\"after\",\"by-id\":\"a-1_smt.a\",\"parts\":[{\"id\":\"a-1_smt.c\",\"name\":\"item\","
			+ "\"props\":[{\"name\":\"label\",\"value\":\"c.\"}],\"prose\":\"Keep one copy offline.\"}]},"
			+ "{\"position\":\"ending\",\"parts\":[{\"id\":\"a-1_gdn2\",\"name\":\"guidance\",\"prose\":\"Restores are tested yearly.\"}]},"
			+ "{\"position\":\"starting\",\"by-id\":\"a-1\",\"title\":\"Backups, tailored\",\"props\":[{\"name\":\"label\",\"value\":\"A-1(T)\"}]}]},"
			+ "{\"control-id\":\"b-1\",\"adds\":[{\"props\":[{\"name\":\"n\",\"value\":\"v\"}]}]},"
			+ "{\"control-id\":\"a-2\",\"removes\":[{\"by-name\":\"guidance\"}]}]}}}";

	private static final String ALTERING_PROFILE_XML = "<profile xmlns=\"" + OscalCatalogReader.NAMESPACE
			+ "\" uuid=\"9c8a7b29-2d3e-4f4d-8f4e-000000000002\"><metadata><title>Altering</title><oscal-version>1.1.2</oscal-version></metadata>"
			+ "<import href=\"c.xml\"><include-controls><matching pattern=\"a-*\"/></include-controls></import>"
			+ "<modify><set-parameter param-id=\"a-1_prm\"><value>daily</value></set-parameter>"
			+ "<alter control-id=\"a-1\"><remove by-id=\"a-1_smt.b\"/><remove by-name=\"guidance\" by-item-name=\"part\"/>"
			+ "<add position=\"after\" by-id=\"a-1_smt.a\"><part id=\"a-1_smt.c\" name=\"item\"><prop name=\"label\" value=\"c.\"/>"
			+ "<p>Keep one copy offline.</p></part></add>"
			+ "<add position=\"ending\"><part id=\"a-1_gdn2\" name=\"guidance\"><p>Restores are tested yearly.</p></part></add>"
			+ "<add position=\"starting\" by-id=\"a-1\"><title>Backups, tailored</title><prop name=\"label\" value=\"A-1(T)\"/></add></alter>"
			+ "<alter control-id=\"b-1\"><add><prop name=\"n\" value=\"v\"/></add></alter>"
			+ "<alter control-id=\"a-2\"><remove by-name=\"guidance\"/></alter></modify></profile>";

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
