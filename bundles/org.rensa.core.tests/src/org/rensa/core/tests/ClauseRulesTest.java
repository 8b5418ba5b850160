// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.analysis.AnalysisSettings;
import org.rensa.core.analysis.ChainAnalysis;
import org.rensa.core.analysis.ChainReport.CoverageState;
import org.rensa.core.analysis.ClauseRules;
import org.rensa.core.analysis.ProjectAnalysis;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectSettings;
import org.rensa.model.ClauseCategory;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;

/** The rule table: defaults, edits, overrides from files, and their effect on the coverage. */
class ClauseRulesTest {

	@Test
	void defaultsDistinguishSuppliersFromSubcontractors() {
		ClauseRules rules = ClauseRules.defaults();
		assertTrue(rules.required(InformationClass.PERSONAL_DATA, 1).contains(ClauseCategory.PERSONAL_DATA_HANDLING));
		assertTrue(rules.required(InformationClass.PERSONAL_DATA, 1).contains(ClauseCategory.TERMINATION_FOR_BREACH));
		assertTrue(!rules.required(InformationClass.PERSONAL_DATA, 2).contains(ClauseCategory.TERMINATION_FOR_BREACH));
		assertEquals(rules.required(InformationClass.PERSONAL_DATA, 2), rules.required(InformationClass.PERSONAL_DATA, 7),
				"deeper tiers use the deepest entry");
		assertEquals(Set.of(), rules.required(InformationClass.NONE, 1));
		assertEquals(EnumSet.of(ClauseCategory.SUBCONTRACTING_APPROVAL, ClauseCategory.FLOW_DOWN, ClauseCategory.AUDIT_RIGHT),
				rules.requiredForSubcontracting(1));
		Set<ClauseCategory> both = rules.required(List.of(InformationClass.NETWORK_ACCESS), 2, true);
		assertTrue(both.contains(ClauseCategory.FLOW_DOWN) && both.contains(ClauseCategory.INCIDENT_NOTIFICATION));
	}

	@Test
	void editsReturnNewTablesAndRoundTripAsProperties() throws IOException {
		ClauseRules defaults = ClauseRules.defaults();
		ClauseRules edited = defaults.with(InformationClass.NETWORK_ACCESS, 3, List.of(ClauseCategory.AUDIT_RIGHT));
		assertEquals(Set.of(ClauseCategory.AUDIT_RIGHT), edited.required(InformationClass.NETWORK_ACCESS, 3));
		assertEquals(defaults.required(InformationClass.NETWORK_ACCESS, 2), edited.required(InformationClass.NETWORK_ACCESS, 2));
		assertTrue(defaults.required(InformationClass.NETWORK_ACCESS, 3).contains(ClauseCategory.CONFIDENTIALITY),
				"the defaults are unchanged");
		assertEquals(edited, ClauseRules.empty().with(edited.toProperties()));
		ClauseRules noSubcontracting = defaults.withSubcontracting(1, List.of());
		assertEquals(Set.of(), noSubcontracting.requiredForSubcontracting(1));
		assertEquals(defaults.requiredForSubcontracting(4), noSubcontracting.requiredForSubcontracting(4),
				"the tier 2 entry still applies from tier 2 on");

		Properties bad = new Properties();
		bad.setProperty("PERSONAL_DATA.tier1", "CONFIDENTIALITY, SECRECY");
		assertTrue(assertThrows(IOException.class, () -> defaults.with(bad)).getMessage().contains("SECRECY"));
		bad.clear();
		bad.setProperty("GOSSIP.tier1", "CONFIDENTIALITY");
		assertTrue(assertThrows(IOException.class, () -> defaults.with(bad)).getMessage().contains("GOSSIP"));
		bad.clear();
		bad.setProperty("PERSONAL_DATA", "CONFIDENTIALITY");
		assertThrows(IOException.class, () -> defaults.with(bad));
	}

	@Test
	void projectOverridesChangeTheCoverage(@TempDir Path temp) throws IOException {
		ChainFixture f = new ChainFixture();
		Organization supplier = f.supplier("Supplier");
		f.contract(f.link(f.buyer, supplier, InformationClass.NETWORK_ACCESS), ClauseCategory.CONFIDENTIALITY,
				ClauseCategory.SECURITY_REQUIREMENTS, ClauseCategory.INCIDENT_NOTIFICATION);
		Path settings = temp.resolve(ProjectSettings.FOLDER);
		Files.createDirectories(settings);
		Files.writeString(settings.resolve(AnalysisSettings.RULES_FILE),
				"# relaxed for network access\nNETWORK_ACCESS.tier1 = CONFIDENTIALITY\n", StandardCharsets.UTF_8);
		AuditProjectDocument document = ProjectSettingsTest.document(temp, f.project);
		assertEquals(CoverageState.PRESENT, ProjectAnalysis.chainReport(document).coverage().get(0)
				.cell(ClauseCategory.SECURITY_REQUIREMENTS).state());
		assertEquals(CoverageState.NOT_REQUIRED, ProjectAnalysis.chainReport(document).coverage().get(0)
				.cell(ClauseCategory.VULNERABILITY_HANDLING).state());
		assertEquals(CoverageState.MISSING, ChainAnalysis.analyze(f.project).coverage().get(0)
				.cell(ClauseCategory.VULNERABILITY_HANDLING).state(), "the shipped defaults");

		ClauseRules strict = ClauseRules.defaults().with(InformationClass.NETWORK_ACCESS, 1, List.of(ClauseCategory.AUDIT_RIGHT));
		new BasicCommandStack().execute(AnalysisSettings.changeRules(document, strict));
		assertEquals(strict, ProjectAnalysis.settings(document).rules(), "a changed table reads back");
	}
}
