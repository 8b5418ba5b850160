// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rensa.tools.tests.Tools.assertUsageError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.analysis.ChainAnalysis;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.AuditProject;
import org.rensa.tools.ProjectGenerator;
import org.rensa.tools.internal.BenchmarkChainCommand;
import org.rensa.tools.tests.Tools.Run;

/** The generators and benchmarks, run as a user runs them: through the {@code rensa} command line. */
class ToolCommandsTest {

	private final ProjectStorage storage = ProjectStorage.standard();

	@Test
	void roundTripPreservesTheModelAndReSaveIsByteIdentical(@TempDir Path temp) throws Exception {
		Path dir = temp.resolve("p");
		AuditProjectDocument document = storage.create(dir, "Round trip");
		new ProjectGenerator(new ProjectGenerator.Spec(30, 600, 60, 3L, true)).generate(document.getProject(),
				document.getEvidenceStore());
		storage.save(document);
		Map<String, byte[]> first = Tools.snapshot(dir.resolve("model"));

		AuditProjectDocument loaded = storage.load(dir);
		assertTrue(loaded.getWarnings().isEmpty());
		assertTrue(EcoreUtil.equals(document.getProject(), loaded.getProject()), "loaded model equals saved model");
		assertEquals(30, loaded.getProject().getOrganizations().size());
		assertSame(loaded.getProject().getOrganizations().get(0), loaded.getProject().getBuyer());

		storage.save(loaded);
		Map<String, byte[]> second = Tools.snapshot(dir.resolve("model"));
		assertEquals(first.keySet(), second.keySet());
		for (String file : first.keySet()) {
			assertArrayEquals(first.get(file), second.get(file), file + " is byte-identical after load and save");
		}
		// The previous version is kept.
		assertEquals(first.keySet(), Tools.snapshot(dir.resolve("model.bak")).keySet());
	}

	@Test
	void generateIsDeterministicForASeed(@TempDir Path temp) throws Exception {
		Run first = Tools.rensa("generate", temp.resolve("a").toString(), "--suppliers", "12", "--seed", "5");
		assertEquals(0, first.exitCode(), first.err());
		assertEquals("generated " + temp.resolve("a") + ": 41 organizations, 800 responses, 200 evidence\n", first.out());
		assertEquals(0, Tools.rensa("generate", temp.resolve("b").toString(), "--suppliers", "12", "--seed", "5").exitCode());
		assertEquals(0, Tools.rensa("generate", temp.resolve("c").toString(), "--suppliers", "12", "--seed", "6").exitCode());
		var a = Tools.snapshot(temp.resolve("a/model"));
		var b = Tools.snapshot(temp.resolve("b/model"));
		var c = Tools.snapshot(temp.resolve("c/model"));
		for (String file : a.keySet()) {
			assertArrayEquals(a.get(file), b.get(file), file);
		}
		assertFalse(Arrays.equals(a.get("organizations.xmi"), c.get("organizations.xmi")), "another seed, another project");
		assertEquals(Tools.snapshot(temp.resolve("a/evidence")).keySet(), Tools.snapshot(temp.resolve("b/evidence")).keySet());
		Run info = Tools.rensa("info", temp.resolve("a").toString());
		assertTrue(info.out().contains("organizations: 41\n"), info.out());
		assertTrue(info.out().contains("\ntier.0: 1\ntier.1: 12\ntier.2: 14\ntier.3: 10\ntier.4: 4\n"), info.out());
		assertEquals(0, Tools.rensa("verify-evidence", temp.resolve("a").toString()).exitCode());
		assertUsageError(Tools.rensa("generate", temp.resolve("a").toString(), "--suppliers", "1"), "not an empty directory");
	}

	@Test
	void generateNeedsASupplierCount() {
		assertUsageError(Tools.rensa("generate", "x"), "generate: missing --suppliers N (try 'rensa generate --help')");
		assertUsageError(Tools.rensa("generate", "x", "--suppliers", "many"), "generate: invalid value 'many' for --suppliers: not a whole number");
		assertUsageError(Tools.rensa("generate", "x", "--suppliers=-1"), "generate: invalid value '-1' for --suppliers: must be at least 0");
	}

	@Test
	void benchmarkRunsOnASmallProject(@TempDir Path temp) throws Exception {
		Path kept = temp.resolve("kept");
		Run run = Tools.rensa("benchmark", "none", "--organizations", "50", "--responses", "400", "--evidence", "40", "--keep",
				kept.toString());
		assertEquals(0, run.exitCode(), run.err());
		String[] lines = run.lines();
		assertTrue(lines[0].startsWith("rensa benchmark: 50 organizations, 400 responses, 40 evidence"), lines[0]);
		assertTrue(lines[1].startsWith("jvm: "), run.out());
		assertTrue(lines[2].startsWith("measure "), run.out());
		List<String> measures = java.util.Arrays.stream(lines).skip(3).map(line -> line.substring(0, 36).stripTrailing()).toList();
		List<String> breakdown = List.of("    JVM start to command (s)", "    CPU before the load (s)", "    CPU during the load (s)",
				"    JIT during the load (s)", "    GC during the load (s/count)", "    classes loaded by the load");
		List<String> expected = new java.util.ArrayList<>();
		List<String> phases = List.of("    phase format (s)", "    phase set-up (s)", "    phase parse-leaf-files (s)",
				"    phase parse-other-files (s)", "    phase resolve-references (s)", "    phase companion-files (s)",
				"    phase document (s)");
		// The fresh open with the open cache (its entries made by the benchmark's save), then without it.
		expected.add("load, fresh JVM, median of 3 (s)");
		expected.add("  with the open cache");
		expected.add("  JVM start to loaded (s)");
		expected.addAll(breakdown);
		expected.addAll(phases);
		expected.add("load, fresh JVM, no open cache (s)");
		expected.add("  JVM start to loaded (s)");
		expected.addAll(breakdown);
		expected.addAll(phases);
		expected.addAll(List.of("load, median of 5 (s)", "save (s)", "heap after load (MiB)", "save, OPTION_USE_FILE_BUFFER (s)",
				"EMF default XMI: save (s)", "  load, fresh JVM, median of 3 (s)", "  JVM start to loaded (s)"));
		expected.addAll(breakdown);
		expected.addAll(List.of("    phase parse-files (s)", "  load, median of 5 (s)"));
		assertEquals(expected, measures, run.out());
		for (String line : lines) {
			if (line.startsWith("    CPU during the load (s)")) {
				// the fresh JVM reports what it did: a load takes CPU time
				assertTrue(Double.parseDouble(line.substring(36).trim().split("\\s+")[0]) > 0, line);
			}
		}
		// --keep leaves the measured project behind, and will not measure in a folder that holds anything
		assertEquals(50, ProjectStorage.standard().loadReadOnly(kept).getProject().getOrganizations().size());
		Run again = Tools.rensa("benchmark", "none", "--keep", kept.toString());
		assertEquals(RensaCommand.USAGE, again.exitCode(), again.err());
		assertTrue(again.err().contains(kept + ": exists and is not an empty directory"), again.err());
	}

	@Test
	void benchmarkChainRunsOnASmallChain() throws Exception {
		Run output = Tools.rensa("benchmark-chain", "--organizations", "300", "--relationships", "450", "--runs", "2");
		assertEquals(0, output.exitCode(), output.err());
		assertTrue(output.out().contains("generated 300 organisations, 450 relationships, 450 contracts"), output.out());
		assertTrue(output.out().contains("median"), output.out());
		AuditProject generated = BenchmarkChainCommand.generate(300, 450, 1);
		assertEquals(299, ChainAnalysis.analyze(generated).coverage().size());
	}

	@Test
	void benchmarkDiagramPrintsFigures() throws Exception {
		Run run = Tools.rensa("benchmark-diagram", "--organizations", "60", "--relationships", "90", "--runs", "1");
		assertEquals(0, run.exitCode(), run.err());
		String text = run.out();
		assertTrue(text.contains("ELK layout"), text);
		assertTrue(text.contains("60 organisations, 90 relationships"), text);
	}
	@Test
	void benchmarkReportsPrintsItsFigures(@TempDir Path dir) throws Exception {
		Run run = Tools.rensa("benchmark-reports", "--findings", "12", "--photos", "5", "--keep", dir.resolve("work").toString());
		assertEquals(RensaCommand.OK, run.exitCode(), run.err());
		String text = run.out();
		assertTrue(text.contains("PDF:") && text.contains("DOCX:") && text.contains("peak heap"), text);
		assertTrue(Files.size(dir.resolve("work/report.pdf")) > 50_000, "PDF with five photos");
	}
}
