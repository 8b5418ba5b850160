// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.analysis.MetiLevels;
import org.rensa.core.analysis.MetiLevels.Reason;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.AuditProject;
import org.rensa.model.Certification;
import org.rensa.model.CertificationScheme;
import org.rensa.model.InformationClass;
import org.rensa.model.MetiLevel;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.RensaFactory;
import org.rensa.model.text.Language;

/** The METI level derivation (recommended, target, certified) and the storage of the target level. */
class MetiLevelsTest {

	private static final RensaFactory F = RensaFactory.eINSTANCE;

	@Test
	void theRecommendationFollowsTheInformationThatFlowsToTheSupplier() {
		AuditProject project = F.createAuditProject();
		Organization buyer = organization(project, "Buyer", OrganizationKind.BUYER);
		Organization design = organization(project, "Design", OrganizationKind.SUPPLIER);
		Organization plant = organization(project, "Plant IT", OrganizationKind.SUPPLIER);
		Organization courier = organization(project, "Courier", OrganizationKind.SUPPLIER);
		Organization sub = organization(project, "Sub", OrganizationKind.SUBCONTRACTOR);
		link(project, buyer, design, InformationClass.TECHNICAL_DESIGN);
		link(project, buyer, plant, InformationClass.PRODUCTION_OT_ACCESS, InformationClass.NETWORK_ACCESS);
		link(project, buyer, courier, InformationClass.NONE);
		link(project, design, sub, InformationClass.PERSONAL_DATA);

		assertEquals(MetiLevel.STAR4, MetiLevels.recommend(project, design).level());
		assertEquals(Set.of(Reason.CONFIDENTIAL_ON_SUPPLIER_IT), MetiLevels.recommend(project, design).reasons());
		assertEquals(MetiLevel.STAR4, MetiLevels.recommend(design).level(), "found through the containing project");
		MetiLevels.Recommendation plantLevel = MetiLevels.recommend(project, plant);
		assertEquals("an outage would delay the buyer, reaches the buyer's internal network",
				plantLevel.reasonText().render(Language.ENGLISH));
		assertEquals("停止すると発注元の事業が遅延する、発注元の社内ネットワークに接続できる",
				plantLevel.reasonText().render(Language.JAPANESE));
		assertEquals(MetiLevel.STAR3, MetiLevels.recommend(project, courier).level());
		assertEquals("", MetiLevels.recommend(project, courier).reasonText().render(Language.ENGLISH));
		assertEquals(MetiLevel.STAR4, MetiLevels.recommend(project, sub).level(), "subcontractors are judged the same way");
		assertEquals(MetiLevel.STAR3, MetiLevels.recommend(F.createOrganization()).level(), "outside a project");
		assertEquals(MetiLevel.STAR3, MetiLevels.recommend(List.of()).level());
	}

	@Test
	void targetAndCertifiedLevels() {
		Organization supplier = F.createOrganization();
		assertNull(MetiLevels.target(supplier));
		assertFalse(MetiLevels.belowRecommended(null, MetiLevel.STAR4), "no target is not a low target");
		supplier.setMetiTargetLevel(MetiLevel.STAR3);
		assertEquals(MetiLevel.STAR3, MetiLevels.target(supplier), "the default literal counts once set");
		assertTrue(MetiLevels.belowRecommended(MetiLevel.STAR3, MetiLevel.STAR4));
		assertFalse(MetiLevels.belowRecommended(MetiLevel.STAR4, MetiLevel.STAR3));
		supplier.unsetMetiTargetLevel();
		assertNull(MetiLevels.target(supplier));

		assertNull(MetiLevels.certified(supplier));
		supplier.getCertifications().add(certification(CertificationScheme.ISMS));
		assertNull(MetiLevels.certified(supplier));
		supplier.getCertifications().add(certification(CertificationScheme.METI_STAR3));
		assertEquals(MetiLevel.STAR3, MetiLevels.certified(supplier));
		supplier.getCertifications().add(certification(CertificationScheme.METI_STAR4));
		assertEquals(MetiLevel.STAR4, MetiLevels.certified(supplier));
		assertEquals("★4 (standard)", Language.ENGLISH.label(MetiLevel.STAR4));
		assertEquals("★3（基礎）", Language.JAPANESE.label(MetiLevel.STAR3));
	}

	@Test
	void theTargetLevelSurvivesSaveAndLoadAndAnUnsetTargetStaysUnset(@TempDir Path temp) throws Exception {
		ProjectStorage storage = ProjectStorage.standard();
		Path dir = temp.resolve("p");
		AuditProjectDocument document = storage.create(dir, "METI");
		AuditProject project = document.getProject();
		Organization star3 = organization(project, "Basic", OrganizationKind.SUPPLIER);
		Organization star4 = organization(project, "Standard", OrganizationKind.SUPPLIER);
		Organization none = organization(project, "Undecided", OrganizationKind.SUPPLIER);
		star3.setMetiTargetLevel(MetiLevel.STAR3);
		star4.setMetiTargetLevel(MetiLevel.STAR4);
		storage.save(document);
		String xml = Files.readString(dir.resolve("model/organizations.xmi"));
		assertTrue(xml.contains("metiTargetLevel=\"STAR3\""), xml);
		assertTrue(xml.contains("metiTargetLevel=\"STAR4\""), xml);

		AuditProject loaded = storage.load(dir).getProject();
		assertEquals(MetiLevel.STAR3, MetiLevels.target(find(loaded, star3)));
		assertEquals(MetiLevel.STAR4, MetiLevels.target(find(loaded, star4)));
		assertFalse(find(loaded, none).isSetMetiTargetLevel());
		assertNull(MetiLevels.target(find(loaded, none)));
	}

	private static Organization find(AuditProject project, Organization original) {
		return project.getOrganizations().stream().filter(o -> o.getName().equals(original.getName())).findFirst()
				.orElseThrow();
	}

	private static Organization organization(AuditProject project, String name, OrganizationKind kind) {
		Organization organization = F.createOrganization();
		organization.setName(name);
		organization.setKind(kind);
		project.getOrganizations().add(organization);
		return organization;
	}

	private static void link(AuditProject project, Organization from, Organization to, InformationClass... classes) {
		Relationship relationship = F.createRelationship();
		relationship.setFrom(from);
		relationship.setTo(to);
		relationship.setKind(from.getKind() == OrganizationKind.BUYER ? RelationshipKind.SUPPLY : RelationshipKind.SUBCONTRACT);
		relationship.getInformationClasses().addAll(List.of(classes));
		project.getRelationships().add(relationship);
	}

	private static Certification certification(CertificationScheme scheme) {
		Certification certification = F.createCertification();
		certification.setScheme(scheme);
		return certification;
	}
}
