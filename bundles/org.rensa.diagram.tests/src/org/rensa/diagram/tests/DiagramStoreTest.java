// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.diagram.DiagramStore;
import org.rensa.diagram.SupplyChainDiagrams;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.NotationFactory;
import org.rensa.diagram.notation.Note;
import org.rensa.model.AuditProject;

class DiagramStoreTest {

	@TempDir
	Path dir;

	@Test
	void roundTripsDeterministically() throws IOException {
		AuditProject project = Chains.tricky();
		Diagram diagram = SupplyChainDiagrams.open(dir, Chains.facts(project), "main");
		diagram.getActiveLayers().add(SupplyChainDiagram.RISK);
		Note note = NotationFactory.eINSTANCE.createNote();
		note.setId("note-1");
		note.setText("Visit planned <March> & \"April\"");
		note.setX(10);
		note.setY(20);
		note.setWidth(120);
		note.setHeight(60);
		diagram.getNotes().add(note);
		Node alpha = SynchronizerTest.node(diagram, "alpha");
		alpha.setPinned(true);
		alpha.setX(444);

		Path file = DiagramStore.fileOf(dir, "main");
		DiagramStore.save(diagram, file);
		byte[] first = Files.readAllBytes(file);
		DiagramStore.save(diagram, file);
		assertArrayEquals(first, Files.readAllBytes(file), "saving twice gives the same bytes");
		String xml = new String(first, StandardCharsets.UTF_8);
		assertTrue(xml.contains("http://rensa.org/model/notation/1.0"));
		assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
		try (var files = Files.list(file.getParent())) {
			assertEquals(1, files.count(), "no temporary file left behind");
		}

		Diagram loaded = SupplyChainDiagrams.open(dir, Chains.facts(project), "main");
		assertEquals(5, loaded.getNodes().size());
		assertEquals(5, loaded.getEdges().size());
		assertEquals(444, SynchronizerTest.node(loaded, "alpha").getX());
		assertTrue(SynchronizerTest.node(loaded, "alpha").isPinned());
		assertEquals("Visit planned <March> & \"April\"", loaded.getNotes().get(0).getText());
		assertEquals(SupplyChainDiagram.RISK, loaded.getActiveLayers().get(0));
		assertArrayEquals(first, DiagramStore.serialize(loaded), "load + sync + serialise is stable");
		assertEquals(java.util.List.of("main"), DiagramStore.list(dir));
	}

	@Test
	void aBrokenDiagramFailsWithItsFileNameAndLeavesTheProjectAlone() throws IOException {
		AuditProject project = Chains.tricky();
		Path file = DiagramStore.fileOf(dir, "main");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "<?xml version=\"1.0\"?><notation:Diagram xmlns:notation=\"http://rensa.org/model/notation/1.0\"");
		int organisations = project.getOrganizations().size();
		IOException e = assertThrows(IOException.class, () -> SupplyChainDiagrams.open(dir, Chains.facts(project), "main"));
		assertTrue(e.getMessage().contains("main.rensadiagram"), e.getMessage());
		assertEquals(organisations, project.getOrganizations().size());
		assertEquals(5, project.getRelationships().size());
	}

	@Test
	void refusesDoctypesAndForeignContent() throws IOException {
		Path file = DiagramStore.fileOf(dir, "evil");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
				+ "<notation:Diagram xmlns:notation=\"http://rensa.org/model/notation/1.0\" name=\"&e;\"/>");
		assertThrows(IOException.class, () -> DiagramStore.load(file));
		Files.writeString(file, "<?xml version=\"1.0\"?><other xmlns=\"urn:x\"/>");
		assertThrows(IOException.class, () -> DiagramStore.load(file));
	}

	@Test
	void dropsEdgesWhoseNodesAreMissingAndRebuildsThem() throws IOException {
		AuditProject project = Chains.tricky();
		Diagram diagram = SupplyChainDiagrams.open(dir, Chains.facts(project), "main");
		Path file = DiagramStore.fileOf(dir, "main");
		DiagramStore.save(diagram, file);
		String xml = Files.readString(file).replace("source=\"node-alpha\"", "source=\"node-missing\"");
		Files.writeString(file, xml);
		Diagram loaded = SupplyChainDiagrams.open(dir, Chains.facts(project), "main");
		assertEquals(5, loaded.getEdges().size());
		assertTrue(loaded.getEdges().stream().allMatch(e -> e.getSource() != null && e.getSource().eContainer() == loaded));
	}

	@Test
	void rejectsNamesThatAreNotPlainFileNames() {
		assertThrows(IllegalArgumentException.class, () -> DiagramStore.fileOf(dir, "../x"));
		assertThrows(IllegalArgumentException.class, () -> DiagramStore.fileOf(dir, ""));
	}
}
