// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Tlp;
import org.rensa.report.OutputFormat;
import org.rensa.report.ReportGenerator;
import org.rensa.report.ReportOptions;
import org.rensa.report.ReportType;
import org.rensa.report.build.Anonymiser;
import org.rensa.report.build.IdentifyingStrings;
import org.rensa.report.build.Texts;

/**
 * The leak oracle: every identifying string of the project (the same set the anonymiser works from,
 * plus abbreviations written by hand) is looked for in every output of every document type, language
 * and audience written with anonymisation — PDF text, Info, XMP and every stream, every DOCX/XLSX part,
 * figures, pictures (whose originals here carry a name in their metadata) and file names: no hit.
 */
class LeakScannerTest {

	/** Abbreviations an auditor writes, collected independently of the anonymiser. */
	private static final List<String> BY_HAND = List.of("Minato", "Sakura", "Mikawa", "Kisaragi", "Hayate", "Hayate PCB", "Saigon", "Bangkok",
			"Aoba", "Hekinan", "Owari", "Hoshino", "Takeda", "Morimoto", "Ishikawa", "Sugimoto", "さくら金型", "如月電子", "みなと", "疾風基板実装",
			"minato-drive.example", "kisaragi-denshi.example", "5-12-3 Fujimi-cho");

	/** Written into the evidence pictures' metadata (PNG text chunk, JPEG XMP segment). */
	private static final String IN_METADATA = "Kenji Hoshino, Kisaragi Electronics Co., Ltd., 5-12-3 Fujimi-cho";

	@Test
	void theOracleHoldsEveryFormOfTheReproducedNames() throws IOException {
		AuditProjectDocument demo = Demo.load();
		List<String> strings = IdentifyingStrings.of(demo.getProject()).strings();
		for (String expected : List.of("Minato", "Hayate PCB", "Minato Supplier Security Baseline 2026.1", "Kenji Hoshino",
				"Kenji Hoshino (General Affairs Manager)", "Kenji Hoshino, General Affairs (Kisaragi Electronics)", "Hoshino", "みなと",
				"k.hoshino@kisaragi-denshi.example", "kisaragi-denshi.example", "青葉")) {
			assertTrue(strings.contains(expected), "collected: " + expected);
		}
		Anonymiser en = Anonymiser.of(demo.getProject(), new Texts(Locale.ENGLISH));
		String person = en.apply("Kenji Hoshino");
		assertTrue(person.matches("Person \\d+"), person);
		assertEquals(person, en.apply("Kenji Hoshino (General Affairs Manager)"), "one pseudonym per person, whatever the form");
		assertEquals(person + " and Person", en.apply("Kenji Hoshino, General Affairs (Kisaragi Electronics) and Person"));
		assertEquals(person, en.apply("Hoshino Kenji"));
		String baseline = en.apply("Minato Supplier Security Baseline 2026.1");
		assertFalse(baseline.contains("Minato"), baseline);
		assertEquals("Organisation A Supplier Security Baseline 2026.1", baseline, "the group name stands for the buyer");
		String agreements = en.apply("Agreements with Hayate PCB and Aoba carry confidentiality only.");
		assertTrue(agreements.matches("Agreements with Organisation [A-Z] and Organisation [A-Z] carry confidentiality only\\."), agreements);
		assertEquals("Moriyama", en.apply("Moriyama"), "names match whole words only");

		// an initialled form written somewhere else in the model is the same person
		demo.getProject().getRemediationActions().get(0).setOwner("K. Hoshino (Kisaragi)");
		Anonymiser initialled = Anonymiser.of(demo.getProject(), new Texts(Locale.ENGLISH));
		String again = initialled.apply("Kenji Hoshino");
		assertEquals(again, initialled.apply("K. Hoshino (Kisaragi)"), "one pseudonym for the initialled form");
		assertEquals(again, initialled.apply("K. Hoshino"));
	}

	@Test
	void noIdentifyingStringInAnyAnonymisedOutput(@TempDir Path temp) throws IOException {
		Path project = Demo.copy(temp.resolve("project"));
		int pictures = plantMetadata(project.resolve("evidence"));
		assertTrue(pictures >= 3, "pictures with metadata: " + pictures);
		// remediation trackers are sealed with the project's workbook key
		Path key = Files.createDirectories(project.resolve("model/secrets")).resolve("workbook-seal.key");
		Files.writeString(key, "0123456789abcdef".repeat(4) + "\n");
		AuditProjectDocument document = ProjectStorage.standard().loadReadOnly(project);
		List<String> oracle = new ArrayList<>(IdentifyingStrings.of(document.getProject()).strings());
		oracle.addAll(BY_HAND);
		LeakScanner scanner = new LeakScanner(oracle);
		assertTrue(scanner.size() > 150, "the oracle holds " + scanner.size() + " strings");

		// the scanner finds what it looks for: in a picture's metadata, and in a document that is not anonymised
		try (var walk = Files.walk(project.resolve("evidence"))) {
			Path picture = walk.filter(Files::isRegularFile).filter(LeakScannerTest::isPicture).findFirst().orElseThrow();
			assertFalse(scanner.scan(picture.toString(), Files.readAllBytes(picture)).isEmpty(), "metadata planted");
		}
		ReportGenerator plain = new ReportGenerator(document, options("en", Tlp.RED, false), new ChainFigureTest.FakeFigures());
		List<Path> named = plain.write(plain.targets(ReportType.VISIT, null, null), EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX),
				temp.resolve("plain"), null, null);
		for (Path file : named) {
			assertFalse(scanner.scan(file).isEmpty(), "a document that is not anonymised names the parties: " + file.getFileName());
		}

		List<String> hits = new ArrayList<>();
		int files = 0;
		for (String language : List.of("en", "ja")) {
			for (Tlp audience : List.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.RED)) {
				ReportGenerator generator = new ReportGenerator(document, options(language, audience, true), new ChainFigureTest.FakeFigures());
				Path out = temp.resolve(language + "-" + audience.getLiteral());
				for (ReportType type : ReportType.values()) {
					for (Path file : generator.write(generator.targets(type, null, null),
							EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.XLSX), out, null, null)) {
						hits.addAll(scanner.scan(file));
						files++;
					}
				}
			}
		}
		assertTrue(files >= 40, "documents scanned: " + files);
		assertTrue(hits.isEmpty(), hits.size() + " leak(s):\n" + String.join("\n", hits.subList(0, Math.min(40, hits.size()))));
	}

	private static ReportOptions options(String language, Tlp audience, boolean anonymise) {
		return new ReportOptions(Locale.forLanguageTag(language), audience, anonymise, Demo.TODAY,
				new ReportOptions.Branding("Kuroshio Assurance Partners", null, null), null);
	}

	private static boolean isPicture(Path file) {
		try {
			byte[] head = new byte[4];
			try (var in = Files.newInputStream(file)) {
				if (in.read(head) < 4) {
					return false;
				}
			}
			return ((head[0] & 0xFF) == 0x89 && head[1] == 'P') || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8);
		} catch (IOException e) {
			return false;
		}
	}

	/** Writes a name into every picture's metadata: a PNG tEXt chunk, a JPEG APP1 XMP segment. */
	private static int plantMetadata(Path evidence) throws IOException {
		int planted = 0;
		List<Path> files;
		try (var walk = Files.walk(evidence)) {
			files = walk.filter(Files::isRegularFile).filter(LeakScannerTest::isPicture).toList();
		}
		for (Path file : files) {
			byte[] bytes = Files.readAllBytes(file);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if ((bytes[0] & 0xFF) == 0x89) {
				out.write(bytes, 0, 33); // signature and IHDR
				byte[] data = ("Author\0" + IN_METADATA).getBytes(StandardCharsets.ISO_8859_1);
				byte[] type = "tEXt".getBytes(StandardCharsets.US_ASCII);
				out.write(new byte[] { 0, 0, (byte) (data.length >> 8), (byte) data.length });
				out.write(type);
				out.write(data);
				CRC32 crc = new CRC32();
				crc.update(type);
				crc.update(data);
				long value = crc.getValue();
				out.write(new byte[] { (byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value });
				out.write(bytes, 33, bytes.length - 33);
			} else {
				out.write(bytes, 0, 2); // SOI
				byte[] xmp = ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>" + IN_METADATA
						+ "</dc:creator></x:xmpmeta>").getBytes(StandardCharsets.UTF_8);
				int length = xmp.length + 2;
				out.write(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length });
				out.write(xmp);
				out.write(bytes, 2, bytes.length - 2);
			}
			Files.write(file, out.toByteArray());
			planted++;
		}
		return planted;
	}
}
