// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.report.FinalReports;
import org.rensa.report.cli.ReportCommand;

/**
 * {@code rensa report --final --sign-keystore FILE --sign-password-env VAR}: final PDFs signed with
 * the consultancy's certificate (PAdES, CAdES detached), checked by PDFBox + BouncyCastle and by
 * poppler's {@code pdfsig}; the register records the signed file's SHA-256; bad keystores, passwords
 * and certificates are refused in one line before anything is written.
 */
class SignedReportTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(Map<String, String> environment, String... args) throws Exception {
		out.reset();
		err.reset();
		CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				ProjectStorage.standard(), Clock.fixed(Demo.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		return new ReportCommand(environment::get).run(List.of(args), context);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** @return the one-line message of a run refused with exit code 2 */
	private String refused(Map<String, String> environment, String... args) {
		CliException e = assertThrows(CliException.class, () -> run(environment, args));
		assertEquals(RensaCommand.USAGE, e.exitCode(), e.getMessage());
		assertEquals(1, e.getMessage().lines().count(), e.getMessage());
		return e.getMessage();
	}

	@Test
	void aFinalReportIsSignedAndRecordedWithTheSignedHash() throws Exception {
		Path project = Demo.copy(temp.resolve("project"));
		Path keystore = Signatures.keystore(temp.resolve("keys/consultancy.p12"));
		Path reports = temp.resolve("reports");
		assertEquals(RensaCommand.OK, run(Map.of("RENSA_SIGN_PASSWORD", Signatures.PASSWORD), project.toString(), "--type", "portfolio",
				"--lang", "en", "--out", reports.toString(), "--format", "pdf,docx", "--final", "--sign-keystore", keystore.toString(),
				"--sign-password-env", "RENSA_SIGN_PASSWORD"), err());
		Path pdf = reports.resolve("portfolio-summary-en.pdf");
		String output = out.toString(StandardCharsets.UTF_8);
		assertTrue(output.contains("signed " + pdf + " (" + Signatures.SIGNER + ")"), output);
		Signatures.check(pdf);
		// the register holds the hash of the signed file; the DOCX is recorded unsigned
		List<FinalReports.Entry> entries = FinalReports.of(ProjectStorage.standard().loadReadOnly(project)).entries();
		assertEquals(2, entries.size());
		assertEquals(FinalReports.sha256(pdf), entries.stream().filter(e -> e.file().endsWith(".pdf")).findFirst().orElseThrow().sha256());
		assertTrue(output.contains("final portfolio-summary-en.pdf version 1 (" + Demo.TODAY + "), sha256 " + FinalReports.sha256(pdf)), output);
		// the password is stored nowhere in the project
		try (var files = Files.walk(project)) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
				assertTrue(!new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(Signatures.PASSWORD), file.toString());
			}
		}
	}

	@Test
	void theProjectsKeystoreSettingAndItsTimeStampingAuthoritySign() throws Exception {
		Path project = Demo.copy(temp.resolve("project"));
		Signatures.keystore(project.resolve("keys/consultancy.p12"));
		try (Signatures.Authority authority = new Signatures.Authority()) {
			AuditProjectDocument document = ProjectStorage.standard().load(project);
			BasicCommandStack stack = new BasicCommandStack();
			stack.execute(FinalReports.of(document).withTsa(document, authority.url));
			stack.execute(FinalReports.of(document).withKeystore(document, "keys/consultancy.p12"));
			ProjectStorage.standard().save(document);
			FinalReports register = FinalReports.of(ProjectStorage.standard().loadReadOnly(project));
			assertEquals(project.resolve("keys/consultancy.p12").normalize(), register.keystore(project).orElseThrow());
			assertEquals(authority.url, register.tsa().orElseThrow().toString());

			Path reports = temp.resolve("reports");
			// a project naming a keystore does not issue an unsigned final report silently
			String message = refused(Map.of(), project.toString(), "--type", "portfolio", "--lang", "ja", "--out", reports.toString(), "--final");
			assertTrue(message.contains("give its password with --sign-password-env VAR"), message);
			assertTrue(Signatures.empty(reports));

			assertEquals(RensaCommand.OK, run(Map.of("PW", Signatures.PASSWORD), project.toString(), "--type", "portfolio", "--lang", "ja", "--out",
					reports.toString(), "--final", "--sign-password-env", "PW"), err());
			Path pdf = reports.resolve("portfolio-summary-ja.pdf");
			assertTrue(out.toString(StandardCharsets.UTF_8).contains("time stamp from " + authority.url), out.toString(StandardCharsets.UTF_8));
			Signatures.Checked checked = Signatures.check(pdf);
			Signatures.timeStamp(checked.signer());
			// the keystore setting survives the record of the final issue
			assertTrue(FinalReports.of(ProjectStorage.standard().loadReadOnly(project)).keystore(project).isPresent());
		}
	}

	@Test
	void badKeystoresPasswordsAndCertificatesWriteNothing() throws Exception {
		Path project = Demo.copy(temp.resolve("project"));
		Path keystore = Signatures.keystore(temp.resolve("good.p12"));
		Path expired = Signatures.keystore(temp.resolve("expired.p12"), Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2025-03-31T00:00:00Z"));
		Path notAKeystore = Files.writeString(temp.resolve("notes.p12"), "not a keystore");
		Path reports = temp.resolve("reports");
		List<FinalReports.Entry> before = FinalReports.of(ProjectStorage.standard().loadReadOnly(project)).entries();
		Map<String, String> environment = Map.of("PW", Signatures.PASSWORD, "WRONG", "guess");
		record Case(String message, String keystore, String variable) {
		}
		for (Case c : List.of(new Case("wrong password for the signing keystore " + keystore, keystore.toString(), "WRONG"),
				new Case("signing keystore not found: " + temp.resolve("missing.p12"), temp.resolve("missing.p12").toString(), "PW"),
				new Case("the signing certificate " + Signatures.SIGNER + " expired on 2025-03-31", expired.toString(), "PW"),
				new Case("not a PKCS#12 keystore: " + notAKeystore, notAKeystore.toString(), "PW"),
				new Case("the environment variable UNSET is not set", keystore.toString(), "UNSET"))) {
			String message = refused(environment, project.toString(), "--type", "portfolio", "--lang", "en", "--out", reports.toString(), "--final",
					"--sign-keystore", c.keystore(), "--sign-password-env", c.variable());
			assertTrue(message.contains(c.message()), c.message() + " / " + message);
			assertTrue(Signatures.empty(reports), "nothing written for " + c.message());
		}
		// signing belongs to a final issue
		String message = refused(environment, project.toString(), "--type", "portfolio", "--out", reports.toString(), "--sign-keystore",
				keystore.toString(), "--sign-password-env", "PW");
		assertTrue(message.contains("apply to --final only"), message);
		assertTrue(Signatures.empty(reports));
		assertEquals(before, FinalReports.of(ProjectStorage.standard().loadReadOnly(project)).entries(), "nothing recorded");
	}
}
