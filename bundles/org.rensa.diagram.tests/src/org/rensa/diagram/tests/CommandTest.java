// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.diagram.internal.DiagramCommand;
import org.w3c.dom.Document;

class CommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private CliContext context() {
		return new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), ProjectStorage.standard(),
				Clock.systemUTC());
	}

	@Test
	void exportsTheDemoAsSvgWithLayersWithoutWritingTheProject() throws Exception {
		Path svg = dir.resolve("out/chain.svg");
		long before = Files.walk(Chains.demo()).count();
		int code = new DiagramCommand().run(List.of(Chains.demo().toString(), "--out", svg.toString(), "--layers",
				"risk,contract-coverage"), context());
		assertEquals(0, code);
		assertEquals(before, Files.walk(Chains.demo()).count(), "nothing written into the project");
		Document document = ExportTest.parse(Files.readAllBytes(svg));
		Map<String, List<String>> nodes = ExportTest.groups(document, "node");
		assertTrue(nodes.size() > 10, "demo organisations drawn: " + nodes.size());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("layers: risk,contract-coverage"));
	}

	@Test
	void exportsPngInJapanese() throws Exception {
		Path png = dir.resolve("chain.png");
		int code = new DiagramCommand().run(List.of(Chains.demo().toString(), "--out", png.toString(), "--layers", "all",
				"--lang", "ja", "--scale", "1"), context());
		assertEquals(0, code);
		byte[] bytes = Files.readAllBytes(png);
		assertEquals((byte) 0x89, bytes[0]);
		assertEquals('P', bytes[1]);
	}

	@Test
	void badUsageIsOneLine() {
		DiagramCommand command = new DiagramCommand();
		String demo = Chains.demo().toString();
		CliException e = assertThrows(CliException.class,
				() -> command.run(List.of(demo, "--out", dir.resolve("x.pdf").toString()), context()));
		assertEquals(2, e.exitCode());
		e = assertThrows(CliException.class,
				() -> command.run(List.of(demo, "--out", dir.resolve("x.svg").toString(), "--layers", "nope"), context()));
		assertTrue(e.getMessage().contains("unknown layer nope"));
		assertThrows(CliException.class, () -> command.run(List.of(demo), context()));
		assertThrows(CliException.class,
				() -> command.run(List.of(demo, "--out", dir.resolve("x.svg").toString(), "--name", "../up"), context()));
		assertThrows(java.io.IOException.class,
				() -> command.run(List.of(dir.resolve("missing").toString(), "--out", dir.resolve("x.svg").toString()), context()));
	}

	@Test
	void aBrokenStoredDiagramIsAUsageError() throws Exception {
		Path project = dir.resolve("p");
		ProjectStorage.standard().create(project, "P");
		Files.createDirectories(project.resolve("diagrams"));
		Files.writeString(project.resolve("diagrams/supply-chain.rensadiagram"), "not xml");
		CliException e = assertThrows(CliException.class, () -> new DiagramCommand()
				.run(List.of(project.toString(), "--out", dir.resolve("x.svg").toString()), context()));
		assertTrue(e.getMessage().contains("supply-chain.rensadiagram"), e.getMessage());
	}

	@Test
	void readsTheDiagramSavedWithTheModel() throws Exception {
		Path project = dir.resolve("p");
		ProjectStorage storage = ProjectStorage.standard();
		storage.create(project, "P");
		org.rensa.core.storage.AuditProjectDocument document = storage.load(project);
		org.rensa.diagram.notation.Diagram diagram = org.rensa.diagram.SupplyChainDiagrams.open(document,
				org.rensa.diagram.DiagramStore.DEFAULT_NAME);
		diagram.getActiveLayers().add("risk");
		org.rensa.diagram.DiagramStore.saveWithProject(document, org.rensa.diagram.DiagramStore.DEFAULT_NAME, diagram);
		storage.save(document);
		assertTrue(Files.exists(project.resolve("model/diagrams/supply-chain.rensadiagram")));
		int code = new DiagramCommand().run(List.of(project.toString(), "--out", dir.resolve("x.svg").toString()),
				context());
		assertEquals(0, code);
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("layers: risk"), out.toString(StandardCharsets.UTF_8));
	}
}
