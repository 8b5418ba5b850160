// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.report.FinalReports;
import org.rensa.report.cli.ReportCommand;

/** {@code rensa report --final}: each file's version, date and SHA-256 recorded in the project, undoably. */
class FinalReportTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) throws Exception {
		out.reset();
		err.reset();
		CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				ProjectStorage.standard(), Clock.fixed(Demo.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		return new ReportCommand().run(List.of(args), context);
	}

	@Test
	void finalisingRecordsVersionDateAndHash() throws Exception {
		Path project = Demo.copy(temp.resolve("project"));
		Path reports = temp.resolve("reports");
		assertEquals(RensaCommand.OK, run(project.toString(), "--type", "portfolio", "--lang", "en", "--out", reports.toString(), "--final"));
		Path pdf = reports.resolve("portfolio-summary-en.pdf");
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pdf)));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("final portfolio-summary-en.pdf version 1 (" + Demo.TODAY + "), sha256 " + hash),
				out.toString(StandardCharsets.UTF_8));
		AuditProjectDocument document = ProjectStorage.standard().loadReadOnly(project);
		List<FinalReports.Entry> entries = FinalReports.of(document).entries();
		assertEquals(List.of(new FinalReports.Entry("portfolio-summary-en.pdf", 1, Demo.TODAY, hash)), entries);

		// a second final issue of the same document is version 2
		assertEquals(RensaCommand.OK, run(project.toString(), "--type", "portfolio", "--lang", "en", "--out", reports.toString(), "--final"));
		entries = FinalReports.of(ProjectStorage.standard().loadReadOnly(project)).entries();
		assertEquals(2, entries.size());
		assertEquals(2, entries.get(1).version());
		assertEquals(FinalReports.sha256(pdf), entries.get(1).sha256());
		// a draft written over it records nothing, and the register shows the file is no longer the final issue
		assertEquals(RensaCommand.OK, run(project.toString(), "--type", "portfolio", "--lang", "en", "--out", reports.toString()));
		entries = FinalReports.of(ProjectStorage.standard().loadReadOnly(project)).entries();
		assertEquals(2, entries.size());
		assertNotEquals(FinalReports.sha256(pdf), entries.get(1).sha256());
	}

	@Test
	void theRecordIsOneUndoableCommand() throws Exception {
		Path project = Demo.copy(temp.resolve("project"));
		Path file = Files.writeString(temp.resolve("visit-x-en.pdf"), "%PDF-1.7 test");
		AuditProjectDocument document = ProjectStorage.standard().load(project);
		FinalReports register = FinalReports.of(document);
		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(register.record(document, List.of(register.next(file, Demo.TODAY))));
		assertEquals(1, FinalReports.of(document).entries().size());
		assertEquals(1, FinalReports.of(document).entries().get(0).version());
		stack.undo();
		assertEquals(List.of(), FinalReports.of(document).entries(), "undo removes the record");
	}

	@Test
	void aConfiguredTimeStampingAuthorityWithoutEvidenceLogsOnlyWarns() throws Exception {
		Path project = Demo.copy(temp.resolve("project"));
		AuditProjectDocument document = ProjectStorage.standard().load(project);
		new BasicCommandStack().execute(FinalReports.of(document).withTsa(document, "http://127.0.0.1:9/tsa"));
		ProjectStorage.standard().save(document);
		assertEquals(RensaCommand.OK, run(project.toString(), "--type", "portfolio", "--lang", "en", "--out", temp.resolve("r").toString(),
				"--final"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("nothing to seal"), err.toString(StandardCharsets.UTF_8));
		FinalReports register = FinalReports.of(ProjectStorage.standard().loadReadOnly(project));
		assertEquals("http://127.0.0.1:9/tsa", register.tsa().orElseThrow().toString(), "the authority is kept");
		assertEquals(1, register.entries().size());
	}
}
