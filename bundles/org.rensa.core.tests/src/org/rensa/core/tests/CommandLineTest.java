// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.evidence.EvidenceLog;
import org.rensa.core.evidence.EvidenceLogHeads;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.tests.TestSupport.Run;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.RensaFactory;

/** The {@code rensa} commands, run in-process. */
class CommandLineTest {

	private static final List<String> INFO_KEYS = List.of("organizations", "relationships", "contracts", "clauses",
			"checklists", "requirements", "campaigns", "assessments", "responses", "visits", "evidence", "findings",
			"remediationActions");

	private static void assertUsageError(Run run, String fragment) {
		assertEquals(2, run.exitCode(), run.toString());
		assertEquals("", run.out());
		String[] lines = run.err().split("\n");
		assertEquals(1, lines.length, run.err());
		assertTrue(lines[0].startsWith("rensa: "), run.err());
		assertTrue(lines[0].contains(fragment), run.err());
		assertFalse(run.err().contains("\tat "), "no stack trace");
	}

	@Test
	void helpPrintsUsage() {
		Run run = TestSupport.rensa("--help");
		assertEquals(0, run.exitCode());
		assertTrue(run.out().startsWith("Usage: rensa COMMAND"), run.out());
		assertEquals(run.out(), TestSupport.rensa("help").out());
		assertEquals(2, TestSupport.rensa().exitCode());
	}

	@Test
	void newAndInfo(@TempDir Path temp) {
		Path dir = temp.resolve("fresh");
		Run created = TestSupport.rensa("new", dir.toString(), "--name", "FY2026 review");
		assertEquals(0, created.exitCode(), created.err());
		assertEquals("created " + dir + "\n", created.out());
		Run info = TestSupport.rensa("info", dir.toString());
		assertEquals(0, info.exitCode(), info.err());
		String[] lines = info.lines();
		assertEquals(INFO_KEYS.size(), lines.length, info.out());
		for (int i = 0; i < INFO_KEYS.size(); i++) {
			assertEquals(INFO_KEYS.get(i) + ": 0", lines[i]);
		}
		assertUsageError(TestSupport.rensa("new", dir.toString()), "not empty");
	}

	@Test
	void infoOfTheSampleProject(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Run info = TestSupport.rensa("info", dir.toString());
		assertEquals(0, info.exitCode(), info.err());
		assertEquals(List.of("organizations: 5", "relationships: 4", "contracts: 3", "clauses: 5", "checklists: 1",
				"requirements: 40", "campaigns: 1", "assessments: 2", "responses: 80", "visits: 0", "evidence: 20",
				"findings: 8", "remediationActions: 8", "tier.0: 1", "tier.1: 1", "tier.2: 1", "tier.3: 1", "tier.4: 1"),
				Arrays.asList(info.lines()));
	}

	@Test
	void unreachableOrganisationsAreCounted(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Path relationships = dir.resolve("model/relationships.xmi");
		// Cut the chain below tier 2: the last relationship now starts at the tier-4 organisation itself.
		String text = Files.readString(relationships);
		int last = text.lastIndexOf("from=\"organizations.xmi#");
		int to = text.indexOf("to=\"organizations.xmi#", last);
		String toId = text.substring(to + 4, text.indexOf('"', to + 4));
		text = text.substring(0, last) + "from=\"" + toId + text.substring(text.indexOf('"', last + 6));
		Files.writeString(relationships, text);
		Run info = TestSupport.rensa("info", dir.toString());
		assertEquals(0, info.exitCode(), info.err());
		assertTrue(info.out().endsWith("tier.3: 1\ntier.unreachable: 1\n"), info.out());
	}

	@Test
	void listPrintsIdsAndLabels(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Run list = TestSupport.rensa("list", dir.toString(), "organizations");
		assertEquals(0, list.exitCode(), list.err());
		String[] lines = list.lines();
		assertEquals(5, lines.length);
		assertTrue(lines[0].matches("_[A-Za-z0-9_-]{22}\tBuyer Holdings"), lines[0]);
		assertTrue(lines[1].endsWith("\tSupplier 00001 K.K."), lines[1]);
		Run requirements = TestSupport.rensa("list", dir.toString(), "requirements");
		assertEquals(40, requirements.lines().length);
		assertTrue(requirements.lines()[0].endsWith("\t1.1 Governance control 1"), requirements.lines()[0]);
		for (String kind : INFO_KEYS) {
			assertEquals(0, TestSupport.rensa("list", dir.toString(), kind).exitCode(), kind);
		}
		assertUsageError(TestSupport.rensa("list", dir.toString(), "widgets"), "unknown kind 'widgets'");
		assertUsageError(TestSupport.rensa("list", dir.toString()), "missing KIND");
	}

	@Test
	void validateReportsDiagnosticsAndExitsOneOnErrors(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		var before = TestSupport.listing(dir);
		Run run = TestSupport.rensa("validate", dir.toString());
		assertEquals(1, run.exitCode(), run.err());
		String[] lines = run.lines();
		assertTrue(lines[lines.length - 1].matches("1 errors, \\d+ warnings, 2 infos"), lines[lines.length - 1]);
		for (int i = 0; i < lines.length - 1; i++) {
			String[] columns = lines[i].split("\t", -1);
			assertEquals(3, columns.length, lines[i]);
			assertTrue(List.of("ERROR", "WARNING", "INFO").contains(columns[0]), lines[i]);
		}
		assertTrue(Arrays.stream(lines).anyMatch(l -> l.startsWith("ERROR\tRelationship ")), run.out());
		assertEquals(before, TestSupport.listing(dir), "validate never writes");
	}

	@Test
	void validateExitsZeroWithoutErrors(@TempDir Path temp) {
		Path dir = temp.resolve("fresh");
		assertEquals(0, TestSupport.rensa("new", dir.toString()).exitCode());
		Run run = TestSupport.rensa("validate", dir.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertEquals("0 errors, 0 warnings, 0 infos\n", run.out());
	}

	@Test
	void verifyEvidenceChecksEveryVisitsEvidenceLog(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		writeLog(dir, "visit-a", 2);
		Path tampered = writeLog(dir, "visit-b", 4);
		Path shortened = writeLog(dir, "visit-c", 3);
		Run clean = TestSupport.rensa("verify-evidence", dir.toString());
		assertEquals(0, clean.exitCode(), clean.out() + clean.err());
		assertEquals("20 files checked, 0 missing, 0 altered; 3 evidence logs intact, 0 broken\n", clean.out());

		List<String> lines = Files.readAllLines(tampered, StandardCharsets.UTF_8);
		lines.set(2, lines.get(2).replace("Note 2", "Note 9"));
		Files.write(tampered, lines, StandardCharsets.UTF_8);
		List<String> shortLines = Files.readAllLines(shortened, StandardCharsets.UTF_8);
		shortLines.remove(0);
		Files.write(shortened, shortLines, StandardCharsets.UTF_8);

		Run run = TestSupport.rensa("verify-evidence", dir.toString());
		assertEquals(1, run.exitCode(), run.out() + run.err());
		assertEquals("", run.err());
		String[] out = run.lines();
		assertEquals(4, out.length, run.out());
		assertTrue(out[0].matches("BROKEN\tevidence-log/visit-b\\.log:3\tline 3 does not match the SHA-256 chain: .*"), out[0]);
		assertTrue(out[1].matches("BROKEN\tevidence-log/visit-c\\.log:1\tline 1 does not match the SHA-256 chain: .*removed.*"), out[1]);
		assertEquals("TRUNCATED\tevidence-log/visit-c.log\tthe log has 2 lines, the project recorded 3: its last lines were removed", out[2]);
		assertEquals("20 files checked, 0 missing, 0 altered; 1 evidence logs intact, 2 broken", out[3]);
	}

	@Test
	void verifyEvidenceReportsAnUnreadableEvidenceLog(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Files.createDirectories(dir.resolve(EvidenceLog.DIRECTORY));
		Files.write(dir.resolve(EvidenceLog.DIRECTORY).resolve("visit-x.log"), new byte[] { (byte) 0xff, (byte) 0xfe, 'x', '\n' });
		Run run = TestSupport.rensa("verify-evidence", dir.toString());
		assertEquals(1, run.exitCode(), run.out() + run.err());
		assertTrue(run.lines()[0].startsWith("UNREADABLE\tevidence-log/visit-x.log\tthe evidence log cannot be read: "), run.out());
		assertEquals("20 files checked, 0 missing, 0 altered; 0 evidence logs intact, 1 broken", run.lines()[1]);
	}

	/**
	 * Writes an evidence log of {@code lines} recorded items for a visit through
	 * {@link EvidenceLogHeads#append} and saves the project (which records the log's head).
	 */
	private static Path writeLog(Path dir, String visitId, int lines) throws Exception {
		Path log = EvidenceLog.file(dir, visitId);
		AuditProjectDocument document = ProjectStorage.standard().load(dir);
		EvidenceLogHeads heads = EvidenceLogHeads.of(document);
		for (int i = 0; i < lines; i++) {
			Evidence evidence = RensaFactory.eINSTANCE.createEvidence();
			evidence.setId(visitId + "-ev-" + i);
			evidence.setTitle("Note " + i);
			EvidenceFile file = RensaFactory.eINSTANCE.createEvidenceFile();
			file.setOriginalName("note-" + i + ".txt");
			file.setSha256("%064d".formatted(i));
			evidence.getFiles().add(file);
			heads.append(visitId, Instant.parse("2026-10-14T01:00:00Z").plusSeconds(60L * i), "auditor-1", "recorded", evidence);
		}
		ProjectStorage.standard().save(document);
		return log;
	}

	@Test
	void verifyEvidenceFindsMissingAndAlteredFiles(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Run clean = TestSupport.rensa("verify-evidence", dir.toString());
		assertEquals(0, clean.exitCode(), clean.err());
		assertEquals("20 files checked, 0 missing, 0 altered; 0 evidence logs intact, 0 broken\n", clean.out());

		List<Path> files;
		try (var walk = Files.walk(dir.resolve("evidence"))) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		Files.writeString(files.get(0), "tampered");
		Files.delete(files.get(1));
		Run run = TestSupport.rensa("verify-evidence", dir.toString());
		assertEquals(1, run.exitCode());
		String[] lines = run.lines();
		assertEquals(3, lines.length, run.out());
		String altered = dir.relativize(files.get(0)).toString();
		String missing = dir.relativize(files.get(1)).toString();
		assertTrue(Arrays.stream(lines).anyMatch(l -> l.matches("ALTERED\tEV-\\d{6} .*\t" + altered)), run.out());
		assertTrue(Arrays.stream(lines).anyMatch(l -> l.matches("MISSING\tEV-\\d{6} .*\t" + missing)), run.out());
		assertEquals("20 files checked, 1 missing, 1 altered; 0 evidence logs intact, 0 broken", lines[2]);
	}

	@Test
	void unreadableInputIsAOneLineErrorAndNothingIsWritten(@TempDir Path temp) throws Exception {
		assertUsageError(TestSupport.rensa("info", temp.resolve("nothing").toString()), "no such project directory");
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Files.writeString(dir.resolve("model/rensa.properties"), "format=rensa-project\nformatVersion=9\n");
		var before = TestSupport.listing(dir);
		for (String command : List.of("info", "validate", "verify-evidence")) {
			assertUsageError(TestSupport.rensa(command, dir.toString()), "format version 9 is newer");
		}
		assertEquals(before, TestSupport.listing(dir));
	}

	@Test
	void badUsage() {
		assertUsageError(TestSupport.rensa("frobnicate"), "unknown command 'frobnicate'");
		assertUsageError(TestSupport.rensa("info"), "missing DIR");
		assertUsageError(TestSupport.rensa("info", "a", "b"), "unexpected argument 'b'");
		assertUsageError(TestSupport.rensa("info", "a", "--colour", "red"), "info: unknown option '--colour'");
		assertUsageError(TestSupport.rensa("new", "x", "--name"), "new: option --name needs a value");
	}
}
