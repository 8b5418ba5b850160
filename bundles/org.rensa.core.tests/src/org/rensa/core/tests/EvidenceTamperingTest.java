// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.evidence.EvidenceCapture;
import org.rensa.core.evidence.EvidenceLog;
import org.rensa.core.evidence.EvidenceLogHeads;
import org.rensa.core.evidence.EvidenceRecordingCommand;
import org.rensa.core.evidence.EvidenceVerifier;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.Tlp;

/**
 * Every way of rewriting evidence history named in the issue is detected by {@code verify-evidence};
 * an undone capture leaves an intact log with a "withdrawn" line.
 */
final class EvidenceTamperingTest {

	private static final Instant NOW = Instant.parse("2026-10-14T01:00:00Z");

	@TempDir
	Path temp;

	private Path dir;
	private Path log;

	@BeforeEach
	void recordThreeItems() throws Exception {
		dir = temp.resolve("p");
		AuditProjectDocument document = ProjectStorage.standard().create(dir, "Evidence history");
		EvidenceLogHeads heads = EvidenceLogHeads.of(document);
		for (int i = 0; i < 3; i++) {
			Evidence evidence = capture(document, "note-" + i + ".txt", "observation " + i);
			evidence.setId("ev-" + i);
			document.getProject().getEvidence().add(evidence);
			heads.append("visit-1", NOW.plusSeconds(i), "auditor-1", "recorded for GOV-0" + i, evidence);
		}
		ProjectStorage.standard().save(document);
		log = EvidenceLog.file(dir, "visit-1");
	}

	@Test
	void anUntouchedProjectVerifies() throws Exception {
		assertEquals(List.of(), findings());
		assertEquals(0, TestSupport.rensa("verify-evidence", dir.toString()).exitCode());
	}

	@Test
	void aRemovedLastLineIsDetected() throws Exception {
		List<String> lines = Files.readAllLines(log);
		Files.write(log, lines.subList(0, 2));
		assertEquals(List.of("TRUNCATED evidence-log/visit-1.log the log has 2 lines, the project recorded 3: its last lines were removed"),
				findings());
	}

	@Test
	void anEmptiedLogIsDetected() throws Exception {
		Files.write(log, new byte[0]);
		assertEquals(List.of("TRUNCATED evidence-log/visit-1.log the log has 0 lines, the project recorded 3: it was emptied"), findings());
	}

	@Test
	void headsNamingNoLogFileAreRefusedInOneLine() throws Exception {
		Path heads = dir.resolve("model").resolve(EvidenceLogHeads.FILE);
		String recorded = Files.readString(heads);
		for (String name : List.of("../outside.log", "visit\u0000.log", "/etc/passwd")) {
			Files.writeString(heads, recorded + name + "\t1\t" + "0".repeat(64) + "\n");
			var result = TestSupport.rensa("verify-evidence", dir.toString());
			assertEquals(2, result.exitCode(), name);
			assertTrue(result.err().strip().matches("rensa: .*heads\\.tsv: line 2 names no evidence log file"), result.err());
		}
	}

	@Test
	void aDeletedLogIsDetected() throws Exception {
		Files.delete(log);
		assertEquals(List.of("DELETED evidence-log/visit-1.log the log is missing, but the project recorded 3 lines in it"), findings());
		TestSupport.Run run = TestSupport.rensa("verify-evidence", dir.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.out().endsWith("0 evidence logs intact, 1 broken\n"), run.out());
	}

	@Test
	void anEditedLineWithARecomputedChainIsDetected() throws Exception {
		List<String> lines = new ArrayList<>(Files.readAllLines(log));
		lines.set(1, lines.get(1).replace("observation 1", "observation one"));
		Files.write(log, rechained(lines), StandardCharsets.UTF_8);
		assertEquals(List.of(), EvidenceLog.verify(log), "the forger recomputed the chain");
		assertEquals(List.of("REWRITTEN evidence-log/visit-1.log:3 line 3 no longer ends with the hash the project recorded: "
				+ "the log was rewritten"), findings());
	}

	@Test
	void aFileReplacedTogetherWithItsHashInTheModelIsDetected() throws Exception {
		AuditProjectDocument document = ProjectStorage.standard().load(dir);
		Evidence evidence = document.getProject().getEvidence().get(1);
		EvidenceFile original = evidence.getFiles().get(0);
		Path forged = Files.writeString(temp.resolve("forged.txt"), "a better observation");
		EvidenceFile replacement = document.getEvidenceStore().add(forged);
		original.setSha256(replacement.getSha256());
		original.setPath(replacement.getPath());
		ProjectStorage.standard().save(document);
		TestSupport.Run run = TestSupport.rensa("verify-evidence", dir.toString());
		assertEquals(1, run.exitCode(), run.out());
		assertTrue(run.out().startsWith("MISMATCH\tevidence-log/visit-1.log:2\t'note-1.txt' of evidence 'observation 1' was recorded with SHA-256 "),
				run.out());
		assertTrue(run.out().contains("3 files checked, 0 missing, 0 altered; 0 evidence logs intact, 1 broken"), run.out());
	}

	@Test
	void undoAppendsWithdrawnAndRedoRecordsAgain() throws Exception {
		AuditProjectDocument document = ProjectStorage.standard().load(dir);
		Evidence evidence = capture(document, "door.txt", "server room door");
		evidence.setId("ev-door");
		BasicCommandStack stack = new BasicCommandStack();
		EvidenceRecordingCommand recording = new EvidenceRecordingCommand(new AbstractCommand() {
			@Override
			protected boolean prepare() {
				return true;
			}

			@Override
			public void execute() {
				document.getProject().getEvidence().add(evidence);
			}

			@Override
			public void undo() {
				document.getProject().getEvidence().remove(evidence);
			}

			@Override
			public void redo() {
				execute();
			}
		}, EvidenceLogHeads.of(document), "visit-1", "auditor-1", "recorded for PHY-01", evidence,
				java.time.Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));
		stack.execute(recording);
		stack.undo();
		ProjectStorage.standard().save(document);
		assertEquals(List.of(), findings(), "withdrawn: no longer in the model, and the log says so");
		stack.redo();
		ProjectStorage.standard().save(document);
		assertEquals(List.of(), recording.problems());
		assertEquals(List.of(), findings());
		List<String> actions = EvidenceLog.lines(log).stream().map(l -> l.action() + " " + l.evidenceId()).toList();
		assertEquals(List.of("recorded for GOV-00 ev-0", "recorded for GOV-01 ev-1", "recorded for GOV-02 ev-2",
				"recorded for PHY-01 ev-door", "withdrawn ev-door", "recorded for PHY-01 ev-door"), actions);
		assertEquals(new EvidenceLogHeads.Head(6, EvidenceLog.head(log, 6).hash()),
				EvidenceLogHeads.of(ProjectStorage.standard().load(dir)).recorded().get("visit-1.log"));
	}

	@Test
	void nothingIsAppendedToALogThatWasAltered() throws Exception {
		AuditProjectDocument document = ProjectStorage.standard().load(dir);
		Files.write(log, Files.readAllLines(log).subList(0, 1));
		Evidence evidence = capture(document, "late.txt", "late");
		evidence.setId("ev-late");
		IOException e = assertThrows(IOException.class,
				() -> EvidenceLogHeads.of(document).append("visit-1", NOW, "auditor-1", "recorded", evidence));
		assertTrue(e.getMessage().startsWith("evidence-log/visit-1.log does not end where Rensa last wrote it (3 lines)"), e.getMessage());
		assertEquals(1, Files.readAllLines(log).size());
	}

	// ------------------------------------------------------------------------------------------

	private Evidence capture(AuditProjectDocument document, String name, String title) throws IOException {
		Path source = Files.createDirectories(temp.resolve("source"));
		Path file = Files.writeString(source.resolve(name), title + " (" + name + ")");
		EvidenceCapture.Result result = new EvidenceCapture(document.getEvidenceStore(), EvidenceCapture.DEFAULT_MAX_SIZE)
				.capture(document.getProject(), List.of(file), source, title, Tlp.AMBER, "auditor-1", null, NOW);
		assertEquals(List.of(), result.problems());
		return result.evidence();
	}

	private List<String> findings() throws IOException {
		return EvidenceVerifier.verify(ProjectStorage.standard().load(dir)).findings().stream()
				.map(f -> f.kind() + " " + f.where() + " " + f.message()).toList();
	}

	/** Recomputes the chain of every line as a forger who read the code would. */
	private static List<String> rechained(List<String> lines) throws Exception {
		List<String> result = new ArrayList<>();
		String previous = "";
		for (String line : lines) {
			String body = line.substring(0, line.lastIndexOf('\t'));
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(previous.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) '\n');
			digest.update(body.getBytes(StandardCharsets.UTF_8));
			previous = HexFormat.of().formatHex(digest.digest());
			result.add(body + "\t" + previous);
		}
		return result;
	}
}
