// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Finding;
import org.rensa.model.Organization;
import org.rensa.model.Tlp;
import org.rensa.report.cli.ReportCommand;

/** {@code rensa report}: files written, one-line errors, missing evidence images. */
class ReportCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private CliContext context() {
		return new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				ProjectStorage.standard(), Clock.fixed(Demo.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
	}

	private int run(String... args) throws Exception {
		return new ReportCommand().run(List.of(args), context());
	}

	@Test
	void writesEveryFormatOfTheRemediationPlan(@TempDir Path dir) throws Exception {
		// the tracker is sealed with the project's workbook key, which the first tracker creates: use a copy
		String demo = Demo.copy(dir.resolve("project")).toString();
		dir = Files.createDirectories(dir.resolve("out"));
		assertEquals(RensaCommand.OK, run(demo, "--type", "remediation", "--org", "Kisaragi Electronics Co., Ltd.", "--lang", "ja",
				"--format", "pdf,docx,xlsx", "--out", dir.toString()));
		try (var files = Files.list(dir)) {
			List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
			assertEquals(List.of("remediation-plan-kisaragi-electronics-ja.docx", "remediation-plan-kisaragi-electronics-ja.pdf",
					"remediation-plan-kisaragi-electronics-ja.xlsx"), names);
		}
		var project = Demo.load();
		Organization kisaragi = project.getProject().getOrganizations().stream()
				.filter(o -> "Kisaragi Electronics Co., Ltd.".equals(o.getName())).findFirst().orElseThrow();
		long actions = project.getProject().getFindings().stream()
				.filter(f -> f.getOrganization() == kisaragi && f.getTlp().getValue() <= Tlp.AMBER_VALUE)
				.mapToLong((Finding f) -> f.getActions().size()).sum();
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(dir.resolve("remediation-plan-kisaragi-electronics-ja.xlsx")))) {
			Sheet sheet = workbook.getSheet("改善措置");
			assertEquals(actions, sheet.getLastRowNum(), "one row per shareable action");
			assertEquals(1, sheet.getDataValidations().size(), "status drop-down");
		}
		String text = String.join("\n", Demo.pages(Files.readAllBytes(dir.resolve("remediation-plan-kisaragi-electronics-ja.pdf"))));
		assertTrue(text.contains("改善計画書"), "Japanese title");
	}

	@Test
	void writesOneVisitReportPerVisitWhenNoneIsNamed(@TempDir Path dir) throws Exception {
		assertEquals(RensaCommand.OK, run(Demo.directory().toString(), "--type", "visit", "--lang", "en", "--out", dir.toString()));
		try (var files = Files.list(dir)) {
			assertEquals(Demo.load().getProject().getVisits().size(), files.filter(p -> p.toString().endsWith(".pdf")).count());
		}
		assertTrue(out.toString(StandardCharsets.UTF_8).contains(".pdf"), "the written files are listed");
	}

	@Test
	void remediationPlanWhoseEveryFindingIsWithheldIsNotIssuedAndTheCommandSaysWhy(@TempDir Path dir) throws Exception {
		// Saigon's only finding is TLP:AMBER+STRICT: at the default audience (AMBER) its plan would be empty
		String demo = Demo.directory().toString();
		assertEquals(RensaCommand.OK, run(demo, "--type", "remediation", "--lang", "en", "--out", dir.toString()));
		try (var files = Files.list(dir)) {
			List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
			assertFalse(names.stream().anyMatch(n -> n.contains("saigon")), names.toString());
			assertEquals(3, names.size(), names.toString());
		}
		assertEquals("rensa: skipped the remediation plan of Saigon Data Services Co., Ltd.: every finding is marked stricter than"
				+ " TLP:AMBER (--audience), the plan would be empty", err.toString(StandardCharsets.UTF_8).strip());
		CliException e = assertThrows(CliException.class, () -> run(demo, "--type", "remediation", "--org", "Saigon Data Services Co., Ltd.",
				"--out", dir.resolve("one").toString()));
		assertEquals(RensaCommand.USAGE, e.exitCode());
		assertTrue(e.getMessage().startsWith("nothing to report") && e.getMessage().contains("stricter than TLP:AMBER"), e.getMessage());
		assertFalse(Files.exists(dir.resolve("one")), "nothing written");
		// for an audience that may see the finding, the plan is issued
		assertEquals(RensaCommand.OK, run(demo, "--type", "remediation", "--org", "Saigon Data Services Co., Ltd.", "--audience",
				"AMBER+STRICT", "--out", dir.resolve("strict").toString()));
		assertTrue(Files.exists(dir.resolve("strict/remediation-plan-saigon-data-services-en.pdf")));
	}

	@Test
	void unknownOrganisationIsOneClearLine(@TempDir Path dir) {
		CliException e = assertThrows(CliException.class,
				() -> run(Demo.directory().toString(), "--type", "visit", "--org", "Nobody Ltd.", "--out", dir.toString()));
		assertEquals("unknown organisation: Nobody Ltd.", e.getMessage());
		assertEquals(RensaCommand.USAGE, e.exitCode());
	}

	@Test
	void unwritableOutputFolderIsOneClearLine(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("occupied"), "x");
		CliException e = assertThrows(CliException.class,
				() -> run(Demo.directory().toString(), "--type", "portfolio", "--out", file.resolve("sub").toString()));
		assertTrue(e.getMessage().startsWith("cannot create output folder") || e.getMessage().startsWith("output"), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), "one line");
	}

	@Test
	void badOptionsAreUsageErrors(@TempDir Path dir) {
		assertEquals("report: invalid value 'audit' for --type: expected visit, remediation or portfolio", assertThrows(CliException.class,
				() -> run(Demo.directory().toString(), "--type", "audit", "--out", dir.toString())).getMessage());
		assertEquals("report: invalid value 'de' for --lang: expected en or ja", assertThrows(CliException.class,
				() -> run(Demo.directory().toString(), "--type", "visit", "--lang", "de", "--out", dir.toString())).getMessage());
		assertEquals("logo not found: " + dir.resolve("none.png"), assertThrows(CliException.class,
				() -> run(Demo.directory().toString(), "--type", "visit", "--consultancy-logo", dir.resolve("none.png").toString(), "--out",
						dir.toString())).getMessage());
		assertEquals("report: missing --out OUTDIR (try 'rensa report --help')", assertThrows(CliException.class,
				() -> run(Demo.directory().toString(), "--type", "visit")).getMessage());
	}

	@Test
	void missingEvidenceImageBecomesAPlaceholderListedInTheAppendix(@TempDir Path dir) throws Exception {
		Path copy = Demo.copy(dir.resolve("project"));
		var project = ProjectStorage.standard().loadReadOnly(copy);
		var photo = project.getProject().getEvidence().stream()
				.filter(e -> e.getKind() == org.rensa.model.EvidenceKind.PHOTO && !e.getFindings().isEmpty()
						&& e.getTlp().getValue() <= Tlp.AMBER_VALUE)
				.findFirst().orElseThrow();
		Files.delete(project.getEvidenceStore().resolve(photo.getFiles().get(0)));
		Path outDir = dir.resolve("out");
		assertEquals(RensaCommand.OK, run(copy.toString(), "--type", "visit", "--lang", "en", "--format", "pdf,docx", "--out",
				outDir.toString()));
		try (var files = Files.list(outDir)) {
			Path pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
			String text = String.join("\n", Demo.pages(Files.readAllBytes(pdf))).replaceAll("\\s+", " ");
			assertTrue(text.contains("Evidence files not shown"), "appendix of missing files");
			assertTrue(text.contains(photo.getFiles().get(0).getOriginalName()), "the missing file is named");
			assertTrue(text.contains("file missing"), "the placeholder says why");
		}
	}
}
