// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Tlp;
import org.rensa.report.OutputFormat;
import org.rensa.report.ReportSettings;
import org.rensa.report.ReportType;
import org.rensa.ui.report.GenerateReportDialog;
import org.rensa.ui.report.ReportJob;
import org.rensa.ui.report.ReportRequest;

/**
 * The Final issue section of the Generate Report dialog: keystore and password; a wrong password keeps
 * the dialog open with the reason, the right one gives a request whose job signs the PDF (checked by
 * poppler's {@code pdfsig}).
 */
class SignedFinalIssueTest {

	private static final String PASSWORD = "s3cret pass";

	@TempDir
	Path temp;

	private Shell shell;

	@AfterEach
	void close() {
		if (shell != null) {
			shell.dispose();
		}
	}

	/** A PKCS#12 keystore with a self-signed RSA certificate, made by the JDK's keytool. */
	private Path keystore() throws Exception {
		Path file = temp.resolve("consultancy.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-keyalg", "RSA",
				"-keysize", "2048", "-alias", "consultancy", "-dname", "CN=Kuroshio Assurance Partners, O=Kuroshio, C=JP", "-validity", "3650",
				"-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
		String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(keytool.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, keytool.exitValue(), output);
		return file;
	}

	private GenerateReportDialog open(Path keystore) throws Exception {
		shell = new Shell(Display.getDefault());
		GenerateReportDialog dialog = new GenerateReportDialog(shell,
				ProjectStorage.standard().loadReadOnly(Path.of(System.getProperty("rensa.root"), "samples", "demo")).getProject(), temp.resolve("out"),
				ReportSettings.NONE, keystore);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	private static Text passwordField(GenerateReportDialog dialog) {
		return GenerateReportDialogTest.find(dialog.getShell(), Text.class).stream().filter(t -> (t.getStyle() & SWT.PASSWORD) != 0).findFirst()
				.orElseThrow();
	}

	private static void finalIssue(GenerateReportDialog dialog) {
		Button finalise = GenerateReportDialogTest.find(dialog.getShell(), Button.class).stream()
				.filter(b -> (b.getStyle() & SWT.CHECK) != 0 && b.getText().contains("SHA-256")).findFirst().orElseThrow();
		finalise.setSelection(true);
		finalise.notifyListeners(SWT.Selection, null);
	}

	private static void generate(GenerateReportDialog dialog) {
		dialog.getShell().getDefaultButton().notifyListeners(SWT.Selection, null);
	}

	@Test
	void aWrongPasswordKeepsTheDialogOpenWithTheReason() throws Exception {
		Path keystore = keystore();
		GenerateReportDialog dialog = open(keystore);
		Text password = passwordField(dialog);
		assertFalse(password.isEnabled(), "the password belongs to a final issue");
		finalIssue(dialog);
		assertTrue(password.isEnabled());
		password.setText("guess");
		GenerateReportDialogTest.screenshot(dialog.getShell(), "generate-report-final-signed.png");
		generate(dialog);
		assertNull(dialog.request(), "nothing requested");
		assertFalse(dialog.getShell().isDisposed(), "the dialog stays open");
		String message = dialog.getErrorMessage();
		assertNotNull(message);
		assertTrue(message.contains("wrong password for the signing keystore " + keystore), message);
		dialog.close();
	}

	@Test
	void theRightPasswordSignsTheFinalPdf() throws Exception {
		GenerateReportDialog dialog = open(keystore());
		finalIssue(dialog);
		passwordField(dialog).setText(PASSWORD);
		generate(dialog);
		ReportRequest chosen = dialog.request();
		assertNotNull(chosen.signer());
		assertEquals("Kuroshio Assurance Partners", chosen.signer().signer());

		ReportRequest request = new ReportRequest(ReportType.PORTFOLIO, null, Locale.ENGLISH, Tlp.AMBER, EnumSet.of(OutputFormat.PDF), false,
				temp.resolve("out"), true, chosen.signer());
		List<Path> written = new ArrayList<>();
		ReportJob job = new ReportJob(ProjectStorage.standard().loadReadOnly(Path.of(System.getProperty("rensa.root"), "samples", "demo")), request,
				written::addAll);
		job.schedule();
		Display display = Display.getDefault();
		long deadline = System.currentTimeMillis() + 120_000;
		while (job.getResult() == null && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
		assertEquals(1, written.size());
		Process pdfsig = new ProcessBuilder("pdfsig", "-no-ocsp", written.get(0).toString()).redirectErrorStream(true).start();
		String output = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(pdfsig.waitFor(60, TimeUnit.SECONDS));
		assertTrue(output.contains("Signature Validation: Signature is Valid."), output);
		assertTrue(output.contains("Total document signed"), output);
		assertTrue(output.contains("Common Name: Kuroshio Assurance Partners"), output);
		assertTrue(Files.size(written.get(0)) > 10_000);
	}
}
