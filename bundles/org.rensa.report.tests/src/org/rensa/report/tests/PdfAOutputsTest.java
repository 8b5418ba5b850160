// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.rensa.model.Tlp;
import org.rensa.report.ReportOptions;
import org.rensa.report.ReportSigner;
import org.rensa.report.build.ReportBuilder;

/**
 * Writes the demo's documents to {@code target/pdfa/} for the veraPDF check that the test command
 * runs after the build ({@code releng/verapdf-check}): the visit report in Japanese with both logos
 * and anonymised in English, a remediation plan, the portfolio summary, and the English visit report
 * signed as a final issue (PAdES) — a signed PDF stays PDF/A-2u.
 */
class PdfAOutputsTest {

	/** Where the veraPDF check reads the files. */
	static final Path FOLDER = Path.of("target", "pdfa");

	@Test
	void writesTheDocumentsTheVeraPdfCheckValidates() throws Exception {
		var demo = Demo.load();
		Files.createDirectories(FOLDER);
		try (var old = Files.list(FOLDER)) {
			for (Path file : (Iterable<Path>) old::iterator) {
				Files.delete(file);
			}
		}
		Path logos = Files.createDirectories(Path.of("target", "logos"));
		ReportOptions.Branding branding = new ReportOptions.Branding("Kuroshio Assurance Partners",
				Logos.write(logos.resolve("consultancy.png"), "png", "Kuroshio", new Color(0x1f4e79)),
				Logos.write(logos.resolve("client.jpg"), "jpg", "Minato", new Color(0xb03a2e)), "みなと駆動システム株式会社");
		ReportOptions ja = new ReportOptions(java.util.Locale.JAPANESE, Tlp.RED, false, Demo.TODAY, branding, null);
		List<Path> written = new ArrayList<>();
		written.add(write("visit-ja-branded.pdf", Demo.pdf(Demo.visitReport(demo, ja))));
		written.add(write("visit-en-anonymised.pdf", Demo.pdf(Demo.visitReport(demo, Demo.options("en", Tlp.AMBER, true)))));
		written.add(write("remediation-plan-ja.pdf",
				Demo.pdf(ReportBuilder.remediation(demo, Demo.visit(demo).getOrganization(), Demo.options("ja", Tlp.AMBER, false)))));
		written.add(write("portfolio-summary-en.pdf", Demo.pdf(ReportBuilder.portfolio(demo, Demo.options("en", Tlp.AMBER, false)))));
		Path signed = write("visit-en-signed.pdf", Demo.pdf(Demo.visitReport(demo, Demo.options("en", Tlp.AMBER, false))));
		ReportSigner.open(Signatures.keystore(Path.of("target", "keys", "consultancy.p12")), Signatures.PASSWORD.toCharArray(),
				Demo.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC)).signInPlace(signed, null, Demo.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC));
		Signatures.check(signed);
		written.add(signed);
		assertEquals(5, written.size());
		for (Path file : written) {
			try (PDDocument document = Loader.loadPDF(file.toFile())) {
				String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
				assertTrue(xmp.contains("pdfaid:part>2<") || xmp.contains("pdfaid:part=\"2\""), file + " claims PDF/A-2");
			}
		}
	}

	private static Path write(String name, byte[] pdf) throws IOException {
		return Files.write(FOLDER.resolve(name), pdf);
	}
}
