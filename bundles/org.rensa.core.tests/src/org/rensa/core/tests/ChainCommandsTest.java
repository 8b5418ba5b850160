// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.analysis.ChainAnalysis;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.analysis.ChainReport.FlowDownBreak;
import org.rensa.core.analysis.ChainReport.ProblemKind;
import org.rensa.core.analysis.ChainValidator;
import org.rensa.core.analysis.internal.ChainCommand;
import org.rensa.core.analysis.internal.CoverageCommand;
import org.rensa.core.analysis.internal.RiskCommand;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.validation.ProjectValidator;
import org.rensa.model.AuditProject;
import org.rensa.model.ClauseCategory;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;

/** The analysis commands and diagnostics, on the demo project (read-only) and hand-built chains. */
class ChainCommandsTest {

	record Output(int exitCode, String out, String err) {
		List<String> lines() {
			return out.isEmpty() ? List.of() : Arrays.asList(out.split("\r?\n"));
		}
	}

	static Path demo() {
		String root = System.getProperty("rensa.root");
		if (root != null && !root.isBlank()) {
			return Paths.get(root, "samples", "demo");
		}
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("samples/demo/model"))) {
				return dir.resolve("samples/demo");
			}
		}
		throw new IllegalStateException("samples/demo not found (set -Drensa.root)");
	}

	private static Output run(CliCommand<?> command, String... args) throws CliException, IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			int code = command.run(List.of(args), new CliContext(o, e, ProjectStorage.standard(), TestSupport.CLOCK));
			return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
	}

	private static ChainReport demoReport() throws IOException {
		return ChainAnalysis.analyze(ProjectStorage.standard().loadReadOnly(demo()).getProject());
	}

	@Test
	void theDemoShowsABrokenFlowDownChainAndUndeclaredSubcontractors() throws IOException {
		ChainReport report = demoReport();
		List<String> chains = new ArrayList<>();
		for (FlowDownBreak flowDownBreak : report.breaks()) {
			chains.add(flowDownBreak.chain().stream().map(Organization::getName).collect(Collectors.joining(" > ")));
		}
		assertTrue(chains.contains("Minato Drive Systems Co., Ltd. > Minato Precision Castings Co., Ltd. > Sakura Mold & Die Co., Ltd."),
				chains.toString());
		List<String> undeclared = report.problems().stream().filter(p -> p.kind() == ProblemKind.UNDECLARED_SUBCONTRACTOR)
				.map(p -> p.organization().getName()).toList();
		assertEquals(List.of("Aoba Software Lab Inc.", "Mikawa Surface Treatment Co., Ltd."), undeclared);
		assertTrue(report.problems().stream().anyMatch(p -> p.kind() == ProblemKind.FOREIGN_PERSONAL_DATA
				&& "VN".equals(p.organization().getCountry())));
		assertEquals(report.coverage().size(), ProjectStorage.standard().loadReadOnly(demo()).getProject().getOrganizations().size() - 1);
	}

	@Test
	void coverageWritesOneCsvRowPerOrganisationButTheBuyer(@TempDir Path temp) throws Exception {
		Output output = run(new CoverageCommand(), demo().toString());
		assertEquals(0, output.exitCode(), output.err());
		List<String> lines = output.lines();
		assertEquals("organization,tier,information," + ClauseCategory.VALUES.stream().map(ClauseCategory::getName)
				.collect(Collectors.joining(",")), lines.get(0));
		assertEquals(demoReport().coverage().size() + 1, lines.size());
		String tokai = lines.stream().filter(l -> l.startsWith("\"Tokai Logistics")).findFirst().orElseThrow();
		assertTrue(tokai.startsWith("\"Tokai Logistics Service Co., Ltd.\",1,"), tokai);
		String[] cells = tokai.substring(tokai.indexOf("\",") + 2).split(",");
		assertEquals(2 + ClauseCategory.VALUES.size(), cells.length, tokai);
		assertEquals("present", cells[2 + ClauseCategory.CONFIDENTIALITY_VALUE]);
		assertEquals("missing", cells[2 + ClauseCategory.PERSONAL_DATA_HANDLING_VALUE]);
		assertEquals("not required", cells[2 + ClauseCategory.VULNERABILITY_HANDLING_VALUE]);
		assertTrue(lines.stream().noneMatch(l -> l.startsWith("Minato Drive Systems")), "no buyer row");

		Path file = temp.resolve("coverage.csv");
		Output written = run(new CoverageCommand(), demo().toString(), "--out", file.toString(), "--tier", "2");
		assertEquals("wrote " + file + " (" + demoReport().coverage(2, null).size() + " organisations)\n", written.out());
		assertTrue(Files.readString(file).startsWith("organization,tier,"));

		Output pd = run(new CoverageCommand(), demo().toString(), "--class", "PERSONAL_DATA");
		assertEquals(demoReport().coverage(null, InformationClass.PERSONAL_DATA).size() + 1, pd.lines().size());
	}

	@Test
	void coverageXlsxGoesThroughTheSpreadsheetService(@TempDir Path temp) throws Exception {
		Path file = temp.resolve("c.xlsx");
		assertTrue(assertThrows(CliException.class,
				() -> run(new CoverageCommand(), demo().toString(), "--format", "xlsx", "--out", file.toString()))
				.getMessage().contains("org.rensa.core.xlsx"));
		assertTrue(assertThrows(CliException.class, () -> run(new CoverageCommand(), demo().toString(), "--format", "xlsx"))
				.getMessage().contains("--out"));
		List<List<String>> written = new ArrayList<>();
		Output output = run(new CoverageCommand((sheet, header, rows, path) -> {
			assertEquals("Coverage", sheet);
			assertEquals(file, path);
			written.add(header);
			written.addAll(rows);
		}), demo().toString(), "--format", "xlsx", "--out", file.toString());
		assertEquals(0, output.exitCode());
		assertEquals(demoReport().coverage().size() + 1, written.size());
		assertEquals(3 + ClauseCategory.VALUES.size(), written.get(0).size());
	}

	@Test
	void badUsageIsOneClearError() {
		assertTrue(assertThrows(CliException.class, () -> run(new CoverageCommand(), demo().toString(), "--format", "pdf"))
				.getMessage().contains("invalid value 'pdf' for --format: expected one of csv, xlsx"));
		assertTrue(assertThrows(CliException.class, () -> run(new CoverageCommand(), demo().toString(), "--class", "GOSSIP"))
				.getMessage().contains("GOSSIP"));
		assertTrue(assertThrows(CliException.class, () -> run(new ChainCommand())).getMessage().contains("missing DIR"));
		assertTrue(assertThrows(CliException.class, () -> run(new RiskCommand(), demo().toString(), "--colour", "red"))
				.getMessage().contains("--colour"));
		assertEquals(2, assertThrows(CliException.class, () -> run(new ChainCommand(), "/nonexistent/rensa")).exitCode());
	}

	@Test
	void chainListsBreaksAndProblemsAndExitsOne() throws Exception {
		Output output = run(new ChainCommand(), demo().toString());
		assertEquals(1, output.exitCode());
		List<String> lines = output.lines();
		ChainReport report = demoReport();
		assertEquals(report.breaks().size() + report.problems().size() + 1, lines.size());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("FLOW_DOWN_BREAK\tFlow-down broken along Minato Drive Systems Co., Ltd."
				+ " → Minato Precision Castings Co., Ltd. → Sakura Mold & Die Co., Ltd.:") && l.contains("further down: Mikawa")),
				output.out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("UNDECLARED_SUBCONTRACTOR\t")), output.out());
		assertEquals(report.breaks().size() + " flow-down breaks, " + report.problems().size() + " oversight problems",
				lines.get(lines.size() - 1));
		Output ja = run(new ChainCommand(), demo().toString(), "--lang", "ja");
		assertTrue(ja.out().contains("再委託先への要求の継承が途切れています"), ja.out());
	}

	@Test
	void chainExitsZeroOnACleanProject(@TempDir Path temp) throws Exception {
		Path dir = temp.resolve("empty");
		ProjectStorage.standard().create(dir, "Empty");
		Output output = run(new ChainCommand(), dir.toString());
		assertEquals(0, output.exitCode());
		assertEquals("0 flow-down breaks, 0 oversight problems\n", output.out());
	}

	@Test
	void riskPrintsScoresHighestFirstThenVisibility() throws Exception {
		Output output = run(new RiskCommand(), demo().toString());
		assertEquals(0, output.exitCode(), output.err());
		List<String> lines = output.lines();
		assertEquals("chain\town\ttier\tassessed\torganization\tweakest link", lines.get(0));
		int organisations = demoReport().risks().size();
		double previous = Double.MAX_VALUE;
		for (int i = 1; i <= organisations; i++) {
			double chain = Double.parseDouble(lines.get(i).split("\t")[0]);
			assertTrue(chain <= previous, lines.get(i));
			previous = chain;
		}
		assertEquals("", lines.get(organisations + 1));
		assertTrue(lines.get(organisations + 2).startsWith("tier\torganizations\tverified"));
		assertTrue(lines.get(organisations + 3).startsWith("1\t4\t"), lines.get(organisations + 3));
	}

	@Test
	void riskInJapaneseHasNoConstants() throws Exception {
		Output output = run(new RiskCommand(), demo().toString(), "--lang", "ja");
		assertEquals(0, output.exitCode(), output.err());
		assertTrue(output.out().startsWith("連鎖リスク\t自社リスク\t次数\t評価\t組織\t最も弱い環\n"), output.out());
		assertTrue(output.out().contains("\t検証済み\tみなと精密鋳造株式会社\t"), output.out());
		assertFalse(output.out().matches("(?s).*\\b[A-Z]+_[A-Z_]+\\b.*"), output.out());
	}

	void rensaValidateReportsTheChainAnalysisAsWarnings() {
		TestSupport.Run run = TestSupport.rensa("validate", demo().toString());
		assertEquals(1, run.exitCode(), run.err());
		List<String> lines = Arrays.asList(run.lines());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARNING\tRelationship Minato Precision Castings Co., Ltd. → Sakura Mold")
				&& l.contains("\tFlow-down broken along ")), run.out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARNING\tOrganization Tokai Logistics Service Co., Ltd.\tContracts with")),
				run.out());
	}

	@Test
	void rensaValidateInJapanese() {
		TestSupport.Run run = TestSupport.rensa("validate", demo().toString(), "--lang", "ja");
		assertEquals(1, run.exitCode(), run.err());
		List<String> lines = Arrays.asList(run.lines());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARNING\t取引関係 みなと精密鋳造株式会社 → さくら金型製作所株式会社（再委託）\t")
				&& l.contains("\t再委託先への要求の継承が途切れています: ")), run.out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARNING\t組織 ") && l.contains("との契約に必要な条項がありません: ")),
				run.out());
		assertEquals(2, TestSupport.rensa("validate", demo().toString(), "--lang", "de").exitCode());
	}

	@Test
	void chainDiagnosticsJoinTheProjectValidation() {
		ChainFixture f = new ChainFixture();
		Organization a = f.supplier("A");
		Organization b = f.sub("B");
		f.contract(f.link(f.buyer, a, InformationClass.TECHNICAL_DESIGN), ClauseCategory.SECURITY_REQUIREMENTS);
		Relationship ab = f.link(a, b, InformationClass.NETWORK_ACCESS);
		ab.setDeclaredToBuyer(false);
		List<Diagnostic> diagnostics = ProjectValidator.leaves(ProjectValidator.withChainAnalysis(TestSupport.CLOCK)
				.validate(f.project, null)).stream().filter(d -> ChainValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).toList();
		Diagnostic flowDown = diagnostics.stream().filter(d -> d.getCode() == ChainValidator.FLOW_DOWN_BREAK).findFirst().orElseThrow();
		assertEquals(Diagnostic.WARNING, flowDown.getSeverity());
		assertSame(ab, flowDown.getData().get(0));
		assertTrue(diagnostics.stream().anyMatch(d -> d.getCode() == ChainValidator.SUBCONTRACTOR_UNDECLARED
				&& d.getData().get(0) == ab), diagnostics.toString());
		assertTrue(diagnostics.stream().anyMatch(d -> d.getCode() == ChainValidator.CLAUSES_MISSING));
		assertEquals(List.of(), ProjectValidator.leaves(ProjectValidator.standard(TestSupport.CLOCK).validate(f.project, null))
				.stream().filter(d -> ChainValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).toList(),
				"the plain rule validator stays as it was");
	}
}
