// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.catalog.cli.ImportCatalogCommand;
import org.rensa.catalog.cli.MetiLevelsCommand;
import org.rensa.core.cli.CliException;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.AuditProject;
import org.rensa.model.Certification;
import org.rensa.model.CertificationScheme;
import org.rensa.model.Checklist;
import org.rensa.model.InformationClass;
import org.rensa.model.MetiLevel;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RensaFactory;

class CatalogueCommandsTest {

	@TempDir
	Path temp;

	@Test
	void importCatalogAddsAnOscalChecklistToTheProject() throws Exception {
		Path project = temp.resolve("p");
		ProjectStorage.standard().create(project, "Test");
		Fixtures.Capture capture = new Fixtures.Capture();
		int code = new ImportCatalogCommand().run(List.of(project.toString(),
				Fixtures.oscal("NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json").toString()), capture.context);
		assertEquals(0, code);
		assertTrue(capture.out().contains("18 sections, 149 requirements"), capture.out());
		AuditProjectDocument document = ProjectStorage.standard().load(project);
		Checklist checklist = document.getProject().getChecklists().get(0);
		assertEquals(149, checklist.getSections().stream().mapToInt(s -> s.getRequirements().size()).sum());
		assertNotNull(checklist.getSections().get(0).getRequirements().get(0).getId());
		assertEquals("ac-1", checklist.getSections().get(0).getRequirements().get(0).getCode());
	}

	@Test
	void importCatalogResolvesAProfileAgainstTheGivenCatalogue() throws Exception {
		Path project = temp.resolve("p");
		ProjectStorage.standard().create(project, "Test");
		Fixtures.Capture capture = new Fixtures.Capture();
		int code = new ImportCatalogCommand().run(List.of(project.toString(),
				Fixtures.oscal("NIST_SP-800-53_rev5_LOW-baseline_profile.xml").toString(), "--catalog",
				Fixtures.oscal("NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json").toString()), capture.context);
		assertEquals(0, code);
		assertTrue(capture.out().contains("\"NIST Special Publication 800-53 Revision 5.1.1 LOW IMPACT BASELINE\": 18 sections, 149 requirements"),
				capture.out());
		assertTrue(capture.out().contains("note: profile \""), capture.out());
		Checklist checklist = ProjectStorage.standard().load(project).getProject().getChecklists().get(0);
		assertTrue(checklist.getSource().startsWith("OSCAL profile 7eca4589-7ed9-4552-9da6-738126660be3 resolved against catalog "), checklist.getSource());

		CliException e = assertThrows(CliException.class, () -> new ImportCatalogCommand().run(List.of(project.toString(),
				Fixtures.oscal("NIST_SP-800-53_rev5_LOW-baseline_profile.json").toString()), capture.context));
		assertTrue(e.getMessage().endsWith("cannot be followed offline: give the catalogue it imports explicitly (--catalog FILE)"),
				e.getMessage());
	}

	@Test
	void importCatalogAddsAShippedCatalogue() throws Exception {
		Path project = temp.resolve("p");
		ProjectStorage.standard().create(project, "Test");
		Fixtures.Capture capture = new Fixtures.Capture();
		assertEquals(0, new ImportCatalogCommand().run(List.of(project.toString(), "--shipped", "supplier-guideline"), capture.context));
		AuditProjectDocument document = ProjectStorage.standard().load(project);
		assertEquals("取引先セキュリティガイドライン（3段階レベル）", document.getProject().getChecklists().get(0).getNameJa());
	}

	@Test
	void dryRunChangesNothing() throws Exception {
		Path project = temp.resolve("p");
		ProjectStorage.standard().create(project, "Test");
		Fixtures.Capture capture = new Fixtures.Capture();
		assertEquals(0, new ImportCatalogCommand().run(List.of(project.toString(),
				Fixtures.oscal("NIST_SP800-171_rev3_catalog.xml").toString(), "--dry-run"), capture.context));
		assertTrue(capture.out().startsWith("would import"), capture.out());
		assertTrue(ProjectStorage.standard().load(project).getProject().getChecklists().isEmpty());
	}

	@Test
	void badInputIsOneLineWithExitCode2() throws Exception {
		Path project = temp.resolve("p");
		ProjectStorage.standard().create(project, "Test");
		Fixtures.Capture capture = new Fixtures.Capture();
		ImportCatalogCommand command = new ImportCatalogCommand();
		CliException e = assertThrows(CliException.class, () -> command.run(List.of(project.toString()), capture.context));
		assertEquals(2, e.exitCode());
		e = assertThrows(CliException.class, () -> command.run(List.of(project.toString(), "--shipped", "x"), capture.context));
		assertTrue(e.getMessage().contains("no shipped catalogue 'x'"));
		Path notOscal = temp.resolve("x.json");
		java.nio.file.Files.writeString(notOscal, "{\"system-security-plan\":{}}");
		e = assertThrows(CliException.class, () -> command.run(List.of(project.toString(), notOscal.toString()), capture.context));
		assertEquals(2, e.exitCode());
		assertTrue(e.getMessage().startsWith("import-catalog: x.json: $: no \"catalog\""), e.getMessage());
		assertTrue(ProjectStorage.standard().load(project).getProject().getChecklists().isEmpty());
	}

	@Test
	void metiLevelsShowTargetRecommendationAndCertification() throws Exception {
		RensaFactory f = RensaFactory.eINSTANCE;
		AuditProject project = f.createAuditProject();
		Organization buyer = org(project, "Buyer", OrganizationKind.BUYER);
		Organization design = org(project, "Design house", OrganizationKind.SUPPLIER);
		Organization logistics = org(project, "Logistics", OrganizationKind.SUPPLIER);
		Organization maintenance = org(project, "Maintenance", OrganizationKind.SUPPLIER);
		maintenance.setNameJa("保守会社");
		link(project, buyer, design, InformationClass.TECHNICAL_DESIGN);
		link(project, buyer, logistics, InformationClass.NONE);
		link(project, buyer, maintenance, InformationClass.NETWORK_ACCESS);
		design.setMetiTargetLevel(MetiLevel.STAR3);
		logistics.setMetiTargetLevel(MetiLevel.STAR3);
		maintenance.setMetiTargetLevel(MetiLevel.STAR4);
		Certification star3 = f.createCertification();
		star3.setScheme(CertificationScheme.METI_STAR3);
		logistics.getCertifications().add(star3);
		Certification star4 = f.createCertification();
		star4.setScheme(CertificationScheme.METI_STAR4);
		maintenance.getCertifications().add(star4);

		Path directory = temp.resolve("meti");
		AuditProjectDocument document = ProjectStorage.standard().create(directory, "METI");
		document.getProject().getOrganizations().addAll(project.getOrganizations());
		document.getProject().getRelationships().addAll(project.getRelationships());
		ProjectStorage.standard().save(document);
		Fixtures.Capture capture = new Fixtures.Capture();
		assertEquals(1, new MetiLevelsCommand().run(List.of(directory.toString()), capture.context));
		assertTrue(capture.out().startsWith("organization\ttarget\trecommended\tcertified\tstatus\treasons"), capture.out());
		assertTrue(capture.out().contains("Design house\t★3 (basic)\t★4 (standard)\t-\ttarget below recommended,"
				+ " certification short\timportant confidential information on the supplier's IT"), capture.out());
		assertTrue(capture.out().contains("Logistics\t★3 (basic)\t★3 (basic)\t★3 (basic)\tok\t\n"), capture.out());
		assertTrue(capture.out().contains("Maintenance\t★4 (standard)\t★4 (standard)\t★4 (standard)\tok\t"
				+ "reaches the buyer's internal network"), capture.out());

		Fixtures.Capture ja = new Fixtures.Capture();
		assertEquals(1, new MetiLevelsCommand().run(List.of(directory.toString(), "--lang", "ja"), ja.context));
		assertTrue(ja.out().contains("Design house\t★3（基礎）\t★4（標準）\t-\t目標が推奨未満、認定不足\t重要な機密情報"), ja.out());
		assertTrue(ja.out().contains("保守会社\t★4（標準）\t★4（標準）\t★4（標準）\t問題なし\t発注元の社内ネットワークに接続できる"), ja.out());

		design.setMetiTargetLevel(MetiLevel.STAR4);
		design.getCertifications().add(EcoreUtil.copy(star4));
		ProjectStorage.standard().save(document);
		assertEquals(0, new MetiLevelsCommand().run(List.of(directory.toString()), new Fixtures.Capture().context));
		CliException usage = assertThrows(CliException.class,
				() -> new MetiLevelsCommand().run(List.of(directory.toString(), "--lang", "fr"), new Fixtures.Capture().context));
		assertEquals(2, usage.exitCode());
	}

	private static Organization org(AuditProject project, String name, OrganizationKind kind) {
		Organization organization = RensaFactory.eINSTANCE.createOrganization();
		organization.setName(name);
		organization.setKind(kind);
		project.getOrganizations().add(organization);
		return organization;
	}

	private static void link(AuditProject project, Organization from, Organization to, InformationClass information) {
		Relationship relationship = RensaFactory.eINSTANCE.createRelationship();
		relationship.setFrom(from);
		relationship.setTo(to);
		relationship.getInformationClasses().add(information);
		project.getRelationships().add(relationship);
	}
}
