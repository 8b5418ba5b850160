// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.EvidenceStore;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.RensaFactory;

class EvidenceStoreTest {

	@Test
	void addStoresContentAddressedAndDeduplicates(@TempDir Path dir) throws Exception {
		Path photo = dir.resolve("incoming/IMG_0001.JPG");
		Files.createDirectories(photo.getParent());
		Files.writeString(photo, "not really a photo", StandardCharsets.UTF_8);
		EvidenceStore store = new EvidenceStore(dir.resolve("project"));
		EvidenceFile file = store.add(photo);
		String sha = EvidenceStore.hash(Files.readAllBytes(photo));
		assertEquals(sha, file.getSha256());
		assertEquals("evidence/" + sha.substring(0, 2) + "/" + sha, file.getPath());
		assertEquals("IMG_0001.JPG", file.getOriginalName());
		assertEquals("image/jpeg", file.getMediaType());
		assertEquals(18, file.getSize());
		assertTrue(Files.isRegularFile(dir.resolve("project").resolve(file.getPath())));
		EvidenceFile again = store.add("copy.txt", Files.readAllBytes(photo));
		assertEquals(file.getPath(), again.getPath());
		try (var files = Files.walk(dir.resolve("project/evidence"))) {
			assertEquals(1, files.filter(Files::isRegularFile).count(), "stored once, no temporary files left");
		}
	}

	@Test
	void verifyFindsMissingAlteredAndEscapingFiles(@TempDir Path dir) throws Exception {
		EvidenceStore store = new EvidenceStore(dir);
		Evidence evidence = RensaFactory.eINSTANCE.createEvidence();
		EvidenceFile a = store.add("a.txt", "alpha".getBytes(StandardCharsets.UTF_8));
		EvidenceFile b = store.add("b.txt", "beta".getBytes(StandardCharsets.UTF_8));
		EvidenceFile outside = RensaFactory.eINSTANCE.createEvidenceFile();
		outside.setPath("../../etc/passwd");
		outside.setSha256("00");
		evidence.getFiles().addAll(List.of(a, b));
		assertEquals(List.of(), store.verify(evidence));
		Files.writeString(store.resolve(a), "ALPHA");
		Files.delete(store.resolve(b));
		evidence.getFiles().add(outside);
		List<EvidenceStore.Problem> problems = store.verify(evidence);
		assertEquals(3, problems.size());
		assertEquals(EvidenceStore.Status.ALTERED, problems.get(0).status());
		assertEquals(EvidenceStore.hash("ALPHA".getBytes(StandardCharsets.UTF_8)), problems.get(0).actualSha256());
		assertEquals(EvidenceStore.Status.MISSING, problems.get(1).status());
		assertEquals(EvidenceStore.Status.MISSING, problems.get(2).status());
		assertNull(store.resolve(outside), "paths may not leave the project");
	}

	@Test
	void mediaTypes() {
		assertEquals("application/pdf", EvidenceStore.mediaTypeOf("policy.PDF"));
		assertEquals("application/octet-stream", EvidenceStore.mediaTypeOf("blob"));
	}
}
