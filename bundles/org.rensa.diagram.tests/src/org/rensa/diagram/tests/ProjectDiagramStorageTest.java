// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.diagram.DiagramStore;
import org.rensa.diagram.SupplyChainDiagrams;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Node;

/**
 * The diagram saved inside the project's atomic model swap: both or neither change, the old
 * location is migrated, a corrupt diagram leaves the model loaded and is kept.
 */
class ProjectDiagramStorageTest {

	private static final String NAME = DiagramStore.DEFAULT_NAME;

	@TempDir
	Path temp;

	private Path demoCopy() throws IOException {
		Path target = temp.resolve("demo");
		Path from = Chains.demo();
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path to = target.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(to);
				} else {
					Files.copy(path, to);
				}
			}
		}
		return target;
	}

	private static Map<String, byte[]> snapshot(Path directory) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isRegularFile(path)) {
					files.put(directory.relativize(path).toString(), Files.readAllBytes(path));
				}
			}
		}
		return files;
	}

	private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
		assertEquals(expected.keySet(), actual.keySet());
		for (String key : expected.keySet()) {
			assertArrayEquals(expected.get(key), actual.get(key), key);
		}
	}

	@Test
	void theProjectsSaveWritesModelAndDiagramInOneSwapAndAFailureInTheMiddleChangesNeither() throws IOException {
		Path dir = demoCopy();
		ProjectStorage storage = ProjectStorage.standard();
		AuditProjectDocument document = storage.load(dir);
		Diagram diagram = SupplyChainDiagrams.open(document, NAME);
		DiagramStore.saveWithProject(document, NAME, diagram);
		storage.save(document);
		Path file = DiagramStore.fileOf(dir, NAME);
		assertEquals(dir.resolve("model/diagrams/supply-chain.rensadiagram"), file);
		assertArrayEquals(DiagramStore.serialize(diagram), Files.readAllBytes(file));
		assertFalse(Files.exists(dir.resolve("diagrams")), "nothing at the old location");
		Map<String, byte[]> saved = snapshot(dir.resolve("model"));

		// Edit model and diagram; another companion fails in the middle of the save: no swap.
		Node node = diagram.getNodes().get(2);
		node.setX(node.getX() + 333);
		document.getProject().setName("Renamed");
		document.getCompanionFiles().contribute("zz/after-the-diagram.bin", () -> {
			throw new IOException("simulated crash after the diagram was written");
		});
		IOException e = assertThrows(IOException.class, () -> storage.save(document));
		assertTrue(e.getMessage().contains("simulated crash"), e.getMessage());
		assertTrue(Files.isRegularFile(dir.resolve("model.new/project.xmi")),
				"the failure came in the middle, after the model had been written into model.new/");
		assertSameFiles(saved, snapshot(dir.resolve("model")));
		AuditProjectDocument reloaded = storage.loadReadOnly(dir);
		assertFalse("Renamed".equals(reloaded.getProject().getName()), "the old model");
		assertEquals(node.getX() - 333, SupplyChainDiagrams.open(reloaded, NAME).getNodes().get(2).getX(), "the old diagram");

		// Without the failing companion both change together, the old pair goes to model.bak/.
		document.getCompanionFiles().remove("zz/after-the-diagram.bin");
		storage.save(document);
		AuditProjectDocument after = storage.load(dir);
		assertEquals("Renamed", after.getProject().getName());
		assertEquals(node.getX(), SupplyChainDiagrams.open(after, NAME).getNodes().get(2).getX());
		assertArrayEquals(saved.get("diagrams/supply-chain.rensadiagram"),
				Files.readAllBytes(dir.resolve("model.bak/diagrams/supply-chain.rensadiagram")));
	}

	@Test
	void aDiagramAtTheOldLocationIsReadAndMovedIntoTheModelByTheNextSave() throws IOException {
		Path dir = demoCopy();
		ProjectStorage storage = ProjectStorage.standard();
		Diagram old = SupplyChainDiagrams.open(storage.load(dir), NAME);
		old.getNodes().get(1).setX(4321);
		old.getNodes().get(1).setPinned(true);
		Path legacy = DiagramStore.legacyFileOf(dir, NAME);
		DiagramStore.save(old, legacy);
		assertEquals(dir.resolve("diagrams/supply-chain.rensadiagram"), legacy);

		// A save that does not know diagrams (e.g. a command-line import) leaves it where it is.
		AuditProjectDocument unaware = storage.load(dir);
		storage.save(unaware);
		assertTrue(Files.exists(legacy));
		assertFalse(Files.exists(DiagramStore.fileOf(dir, NAME)));

		AuditProjectDocument document = storage.load(dir);
		Diagram diagram = SupplyChainDiagrams.open(document, NAME);
		assertEquals(4321, diagram.getNodes().get(1).getX(), "read from the old location");
		DiagramStore.saveWithProject(document, NAME, diagram);
		storage.save(document);
		assertTrue(Files.exists(DiagramStore.fileOf(dir, NAME)));
		assertFalse(Files.exists(legacy), "the old file is removed after the save that moved it");
		assertFalse(Files.exists(legacy.getParent()), "and its directory, left empty");
		assertEquals(4321, SupplyChainDiagrams.open(storage.load(dir), NAME).getNodes().get(1).getX());
		assertEquals(4321, SupplyChainDiagrams.open(dir, Chains.facts(storage.load(dir).getProject()), NAME).getNodes().get(1).getX(),
				"the path-based entry point reads the new location too");
	}

	@Test
	void aCorruptDiagramLeavesTheModelLoadedAndIsKeptUnchangedBySaves() throws IOException {
		Path dir = demoCopy();
		Path file = DiagramStore.fileOf(dir, NAME);
		Files.createDirectories(file.getParent());
		byte[] corrupt = "<?xml version=\"1.0\"?><notation:Diagram xmlns:notation=\"http://rensa.org/model/notation/1.0\""
				.getBytes(StandardCharsets.UTF_8);
		Files.write(file, corrupt);
		ProjectStorage storage = ProjectStorage.standard();
		AuditProjectDocument document = storage.load(dir);
		int organisations = document.getProject().getOrganizations().size();
		assertTrue(organisations > 10, "the model is loaded");
		IOException e = assertThrows(IOException.class, () -> SupplyChainDiagrams.open(document, NAME));
		assertTrue(e.getMessage().contains("model/diagrams/supply-chain.rensadiagram"), e.getMessage());
		assertEquals(organisations, document.getProject().getOrganizations().size(), "the model is untouched");

		document.getProject().setName("Edited while the diagram is unreadable");
		storage.save(document);
		assertArrayEquals(corrupt, Files.readAllBytes(file), "the unreadable diagram is kept, not lost");

		// Starting a new layout replaces it with the next save.
		Diagram fresh = DiagramStore.newDiagram(NAME);
		SupplyChainDiagrams.refresh(fresh, Chains.facts(document.getProject()));
		DiagramStore.saveWithProject(document, NAME, fresh);
		storage.save(document);
		assertEquals(organisations, SupplyChainDiagrams.open(storage.load(dir), NAME).getNodes().size());
	}
}
