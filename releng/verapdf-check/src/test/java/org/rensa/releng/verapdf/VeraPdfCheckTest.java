// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.releng.verapdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check itself: a deliberately broken PDF/A must fail with its rule ids; nothing to check is an error. */
class VeraPdfCheckTest {

	/**
	 * A one-page PDF that claims PDF/A-2u in its XMP metadata but breaks it: Helvetica not embedded,
	 * no output intent, no file identifier.
	 */
	static byte[] brokenPdfA() {
		String xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
				+ "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
				+ "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
				+ "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>U</pdfaid:conformance></rdf:Description>"
				+ "</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
		byte[] xmpBytes = xmp.getBytes(StandardCharsets.UTF_8);
		String content = "BT /F1 24 Tf 72 720 Td (Not PDF/A) Tj ET";
		List<String> objects = new ArrayList<>();
		objects.add("<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>");
		objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
		objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> /Contents 4 0 R >>");
		objects.add("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
		objects.add(null);
		objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		List<Integer> offsets = new ArrayList<>();
		write(pdf, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.size());
			write(pdf, (i + 1) + " 0 obj\n");
			if (objects.get(i) == null) {
				write(pdf, "<< /Type /Metadata /Subtype /XML /Length " + xmpBytes.length + " >>\nstream\n");
				pdf.writeBytes(xmpBytes);
				write(pdf, "\nendstream");
			} else {
				write(pdf, objects.get(i));
			}
			write(pdf, "\nendobj\n");
		}
		int xref = pdf.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		for (int offset : offsets) {
			table.append(String.format("%010d 00000 n \n", offset));
		}
		table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
		write(pdf, table.toString());
		return pdf.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	@Test
	void aBrokenPdfAFailsWithTheRuleIds(@TempDir Path dir) throws IOException {
		Path file = Files.write(dir.resolve("broken.pdf"), brokenPdfA());
		VeraPdfCheck.Result result = VeraPdfCheck.validate(file);
		assertFalse(result.compliant(), "veraPDF accepted a PDF/A with an unembedded font");
		assertTrue(result.failures().stream().anyMatch(line -> line.startsWith("6.2.11.4.1-1 (")), "font not embedded: " + result.failures());
		assertTrue(result.failures().stream().anyMatch(line -> line.startsWith("6.1.3-1 (")), "no file identifier: " + result.failures());
		for (String line : result.failures()) {
			assertTrue(line.matches("\\d+(\\.\\d+)*-\\d+ \\(\\d+\\): .+"), "each failure names its rule: " + line);
		}

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = VeraPdfCheck.run(List.of("--expect", "1", dir.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream()));
		assertEquals(1, status, "the check fails");
		String report = out.toString(StandardCharsets.UTF_8);
		assertTrue(report.contains("FAIL " + file), report);
		assertTrue(report.contains("  6.2.11.4.1-1 ("), report);
		assertTrue(report.contains("1 file(s), 1 not PDF/A-2u compliant"), report);
	}

	@Test
	void aFileThatIsNoPdfFails(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("report.pdf"), "<html>not a PDF</html>");
		VeraPdfCheck.Result result = VeraPdfCheck.validate(file);
		assertFalse(result.compliant());
		assertTrue(result.failures().get(0).startsWith("unreadable: "), result.failures().toString());
	}

	@Test
	void fewerFilesThanExpectedIsAnError(@TempDir Path dir) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = VeraPdfCheck.run(List.of("--expect", "4", dir.toString()), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(2, status);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("0 PDF file(s) found"), err.toString(StandardCharsets.UTF_8));
		assertEquals(2, VeraPdfCheck.run(List.of(dir.resolve("absent").toString()), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(new ByteArrayOutputStream())));
	}
}
