// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.RensaFactory;

class StorageRoundTripTest {

	private final ProjectStorage storage = ProjectStorage.standard();

	@Test
	void createWritesTheProjectLayout(@TempDir Path temp) throws Exception {
		Path dir = temp.resolve("p");
		AuditProjectDocument document = storage.create(dir, "Annual review");
		assertEquals("Annual review", document.getProject().getName());
		assertNotNull(document.getProject().getId());
		assertEquals("format=rensa-project\nformatVersion=1\n",
				Files.readString(dir.resolve("model/rensa.properties"), StandardCharsets.UTF_8));
		for (String name : new String[] { "project.xmi", "organizations.xmi", "relationships.xmi", "contracts.xmi",
				"clauseTemplates.xmi", "checklists.xmi", "campaigns.xmi", "assessments.xmi", "visits.xmi",
				"evidence.xmi", "findings.xmi", "remediationActions.xmi" }) {
			assertTrue(Files.isRegularFile(dir.resolve("model").resolve(name)), name);
		}
		assertTrue(Files.isDirectory(dir.resolve("evidence")));
		assertEquals("Annual review", storage.load(dir).getProject().getName());
	}

	@Test
	void filesAreUtf8WithLfAndNoTimestamps(@TempDir Path temp) throws Exception {
		Path dir = temp.resolve("p");
		AuditProjectDocument document = storage.create(dir, "日本語の名前");
		storage.save(document);
		String xmi = Files.readString(dir.resolve("model/project.xmi"), StandardCharsets.UTF_8);
		assertTrue(xmi.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
		assertTrue(xmi.contains("name=\"日本語の名前\""));
		assertFalse(xmi.contains("\r"));
		assertFalse(Files.readString(dir.resolve("model/rensa.properties")).contains("#"), "no timestamp comment");
	}

	@Test
	void saveAssignsIdsAndSplitsRootsIntoTheirResources(@TempDir Path temp) throws Exception {
		Path dir = temp.resolve("p");
		AuditProjectDocument document = storage.create(dir, "Ids");
		AuditProject project = document.getProject();
		Organization buyer = RensaFactory.eINSTANCE.createOrganization();
		buyer.setKind(OrganizationKind.BUYER);
		buyer.setName("Buyer");
		project.getOrganizations().add(buyer);
		project.setBuyer(buyer);
		Organization twin = RensaFactory.eINSTANCE.createOrganization();
		twin.setName("Copy with a duplicated id");
		project.getOrganizations().add(twin);
		storage.save(document);
		assertNotNull(buyer.getId());
		twin.setId(buyer.getId());
		storage.save(document);
		assertFalse(buyer.getId().equals(twin.getId()), "a duplicated id is replaced on save");
		assertEquals(dir.resolve("model/organizations.xmi").toString(), buyer.eResource().getURI().toFileString());
		String organizations = Files.readString(dir.resolve("model/organizations.xmi"));
		assertTrue(organizations.contains("id=\"" + buyer.getId() + "\""));
		String projectXmi = Files.readString(dir.resolve("model/project.xmi"));
		assertTrue(projectXmi.contains("organizations.xmi#" + buyer.getId()));
		AuditProject reloaded = storage.load(dir).getProject();
		assertEquals("Buyer", reloaded.getBuyer().getName());
		assertEquals(2, reloaded.getOrganizations().size());
	}

	@Test
	void aReferenceToAnElementOutsideTheProjectFailsTheSaveAndKeepsTheOldProject(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		AuditProjectDocument document = storage.load(dir);
		Organization stray = RensaFactory.eINSTANCE.createOrganization();
		stray.setName("Deleted meanwhile");
		document.getProject().setBuyer(stray);
		document.getProject().setName("Not saved");
		java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
				() -> storage.save(document));
		assertTrue(e.getMessage().contains("project.xmi: cannot be written: an element refers to an element that is not part of the project"),
				e.getMessage());
		assertEquals("Synthetic project (seed 42)", storage.load(dir).getProject().getName());
	}

	@Test
	void sampleFixtureLoads() throws Exception {
		Path dir = Files.createTempDirectory("rensa-sample");
		try {
			TestSupport.copySample(dir.resolve("p"));
			AuditProjectDocument document = storage.loadReadOnly(dir.resolve("p"));
			assertEquals(5, document.getProject().getOrganizations().size());
			assertEquals(80, document.getProject().getAssessments().stream().mapToInt(a -> a.getResponses().size()).sum());
		} finally {
			org.rensa.core.storage.internal.FileSystemOps.DEFAULT.deleteTree(dir);
		}
	}
}
