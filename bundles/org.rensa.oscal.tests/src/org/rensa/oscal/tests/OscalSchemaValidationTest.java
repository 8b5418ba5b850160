// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.oscal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Tlp;
import org.rensa.oscal.OscalExport;
import org.rensa.oscal.OscalExport.Format;
import org.rensa.oscal.OscalExport.Type;

/** The demo's Kisaragi FY2026 exports validate against NIST's OSCAL 1.1.3 JSON schemas and XSDs. */
class OscalSchemaValidationTest {

	@Test
	void assessmentResultsValidateAsJsonAndXml() throws Exception {
		AuditProjectDocument demo = OscalFixtures.demoProject();
		byte[] json = OscalFixtures.export(demo, Type.ASSESSMENT_RESULTS, Format.JSON, Tlp.RED, false);
		assertEquals(List.of(), OscalFixtures.jsonSchemaErrors(json, "ar"));
		byte[] xml = OscalFixtures.export(demo, Type.ASSESSMENT_RESULTS, Format.XML, Tlp.RED, false);
		assertEquals(List.of(), OscalFixtures.xsdErrors(xml, "ar"));
	}

	@Test
	void thePoamValidatesAsJsonAndXml() throws Exception {
		AuditProjectDocument demo = OscalFixtures.demoProject();
		byte[] json = OscalFixtures.export(demo, Type.POAM, Format.JSON, Tlp.RED, false);
		assertEquals(List.of(), OscalFixtures.jsonSchemaErrors(json, "poam"));
		byte[] xml = OscalFixtures.export(demo, Type.POAM, Format.XML, Tlp.RED, false);
		assertEquals(List.of(), OscalFixtures.xsdErrors(xml, "poam"));
	}

	@Test
	void anonymisedAndFilteredExportsValidateToo() throws Exception {
		AuditProjectDocument demo = OscalFixtures.demoProject();
		for (Type type : OscalExport.Type.values()) {
			String model = type == Type.POAM ? "poam" : "ar";
			assertEquals(List.of(), OscalFixtures.jsonSchemaErrors(OscalFixtures.export(demo, type, Format.JSON, Tlp.GREEN, true), model));
			assertEquals(List.of(), OscalFixtures.xsdErrors(OscalFixtures.export(demo, type, Format.XML, Tlp.GREEN, true), model));
		}
	}
}
