// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.catalog.oscal.OscalCatalogReader;
import org.rensa.core.evidence.EvidenceCapture;
import org.rensa.core.evidence.EvidenceLog;
import org.rensa.core.evidence.EvidenceLogHeads;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.diagram.DiagramStore;
import org.rensa.diagram.SupplyChainDiagrams;
import org.rensa.model.Evidence;
import org.rensa.model.Tlp;
import org.rensa.tools.tests.Mutations.Variant;

/**
 * Fuzzing of every importer and reader through the command line, in-process: mutated real files (the
 * demo project's model, settings, evidence, evidence logs and diagram; OSCAL catalogues and profiles;
 * exported questionnaires and third-party checklist workbooks, their zip entries corrupted) and generated
 * deep, huge and odd structures. The only accepted outcomes are success (exit 0, or 1 where the command
 * reports findings) or exit 2 with one line {@code rensa: …} that is not an internal error; a hang
 * guard bounds each run. Each reader has a fixed seed and iteration count, so a failure is
 * reproducible from the variant it names.
 */
class HostileInputTest {

	/** Multiplies the iteration counts ({@code -Drensa.fuzz.scale=N} in the test VM's arguments): longer explorations. */
	private static final int SCALE = Integer.getInteger("rensa.fuzz.scale", 1);
	/** Added to every seed ({@code -Drensa.fuzz.seed=N}): other variants than the test command's. */
	private static final long SEED = Long.getLong("rensa.fuzz.seed", 0);

	/** Generous bound on one run: a hang detector, not a performance target. */
	private static final Duration HANG = Duration.ofSeconds(120);

	@TempDir
	static Path temp;

	private static Path base;
	private static Path questionnaire;
	private static Path checklist;
	private static String visitId;
	private static String assessment;

	@BeforeAll
	static void fixtures() throws IOException {
		base = temp.resolve("base");
		copy(root().resolve("samples/demo"), base);
		ProjectStorage storage = ProjectStorage.standard();
		AuditProjectDocument document = storage.load(base);
		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(document.getSettings().change("chain-risk.properties",
				Files.readAllBytes(root().resolve("bundles/org.rensa.core/library/chain-risk.properties"))));
		stack.execute(document.getSettings().change("clause-rules.properties",
				Files.readAllBytes(root().resolve("bundles/org.rensa.core/library/clause-rules.properties"))));
		stack.execute(document.getSettings().change("report.properties",
				"consultancy.name = Kuroshio Assurance Partners\nconsultancy.logo = consultancy-logo.png\nlanguage = en\naudience = AMBER\n"
						.getBytes(StandardCharsets.UTF_8)));
		Files.createDirectories(base.resolve("settings"));
		Files.write(base.resolve("settings/consultancy-logo.png"), png());
		Instant when = Instant.parse("2026-11-20T09:00:00Z");
		EvidenceLogHeads heads = EvidenceLogHeads.of(document);
		for (Evidence evidence : document.getProject().getEvidence()) {
			if (!evidence.getFiles().isEmpty()) {
				String visit = evidence.getVisit() == null ? null : evidence.getVisit().getId();
				visitId = visitId == null ? visit : visitId;
				heads.append(visit, when, "Fuzz Auditor", "recorded", evidence);
			}
		}
		DiagramStore.saveWithProject(document, DiagramStore.DEFAULT_NAME, SupplyChainDiagrams.open(document, DiagramStore.DEFAULT_NAME));
		storage.save(document);
		assertTrue(Files.isRegularFile(DiagramStore.fileOf(base, DiagramStore.DEFAULT_NAME)));
		Tools.Run verified = rensa("verify-evidence", base.toString());
		assertHandled(verified, "the fixture");
		assertTrue(verified.out().contains(" evidence logs intact, 0 broken"), verified.out());

		assessment = rensa("list", base.toString(), "assessments").lines()[0].split("\t")[0];
		questionnaire = temp.resolve("questionnaire.xlsx");
		Tools.Run export = rensa("export-questionnaire", base.toString(), "--assessment", assessment, "--lang", "en", "--out",
				questionnaire.toString());
		assertEquals(0, export.exitCode(), export.err());

		checklist = temp.resolve("checklist.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("GV");
			String[][] rows = { { "ID", "Requirement", "Level" }, { "GV.OC-01", "The organisation's mission is understood", "1" },
					{ "GV.OC-02", "Internal and external stakeholders are understood", "2" },
					{ "GV.RM-01", "Risk management objectives are agreed", "1" }, { "GV.RR-01", "取締役会が責任を負う", "3" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			try (var out = Files.newOutputStream(checklist)) {
				workbook.write(out);
			}
		}
	}

	// ------------------------------------------------------------------ project

	@Test
	void mutatedProjectFilesOpenOrAreRefusedWithOneLine() throws IOException {
		Mutations m = new Mutations(SEED + 1501);
		List<Path> files = new ArrayList<>();
		try (Stream<Path> model = Files.list(base.resolve("model"))) {
			model.filter(Files::isRegularFile).sorted().forEach(files::add);
		}
		String[] commands = { "info", "validate", "chain", "risk", "coverage", "meti-levels" };
		for (int i = 0; i < 60 * SCALE; i++) {
			Path file = files.get(m.nextInt(files.size()));
			Variant variant = m.bytes(Files.readAllBytes(file));
			withContent(file, variant.content(), () -> assertHandled(rensa(m.pick(commands), base.toString()),
					base.relativize(file) + ": " + variant.name()));
		}
	}

	@Test
	void generatedProjectFilesAreRefusedWithOneLine() throws IOException {
		Path organizations = base.resolve("model/organizations.xmi");
		String xmi = Files.readString(organizations);
		int close = xmi.lastIndexOf("</");
		String deep = "<x>".repeat(5000) + "</x>".repeat(5000);
		String wide = "<organizations name=\"" + "組".repeat(3_000_000) + "\"/>";
		for (String variant : List.of(xmi.substring(0, close) + deep + xmi.substring(close), xmi.substring(0, close) + wide + xmi.substring(close),
				"<?xml version=\"1.0\"?>" + "<a>".repeat(100_000), "\uFEFF\uFEFF", "<?xml version=\"1.0\" encoding=\"UTF-32\"?><a/>")) {
			withContent(organizations, variant.getBytes(StandardCharsets.UTF_8),
					() -> assertHandled(rensa("info", base.toString()), "organizations.xmi: " + variant.length() + " characters"));
		}
		Path properties = base.resolve("model/rensa.properties");
		for (String variant : List.of("", "format=" + "9".repeat(100), "format=-1", "format=1.5", "\u0000", "format=2\nformat=\\u00")) {
			withContent(properties, variant.getBytes(StandardCharsets.UTF_8),
					() -> assertHandled(rensa("info", base.toString()), "rensa.properties: " + variant));
		}
		Path project = base.resolve("model/project.xmi");
		byte[] original = Files.readAllBytes(project);
		try {
			Files.delete(project);
			Files.createDirectory(project);
			assertHandled(rensa("info", base.toString()), "project.xmi a directory");
		} finally {
			Files.delete(project);
			Files.write(project, original);
		}
	}

	// ------------------------------------------------------------------ settings, evidence, logs, diagram

	@Test
	void mutatedSettingsAreUsedOrRefusedWithOneLine() throws IOException {
		Mutations m = new Mutations(SEED + 1502);
		List<Path> files = List.of(base.resolve("model/settings/chain-risk.properties"), base.resolve("model/settings/clause-rules.properties"),
				base.resolve("model/settings/report.properties"));
		for (int i = 0; i < 40 * SCALE; i++) {
			Path file = files.get(m.nextInt(files.size()));
			Variant variant = m.nextInt(3) == 0 ? new Variant("odd value", oddProperties(m, Files.readString(file)))
					: m.bytes(Files.readAllBytes(file));
			withContent(file, variant.content(),
					() -> assertHandled(rensa(m.pick("chain", "risk", "validate", "info"), base.toString()), file.getFileName() + ": " + variant.name()));
		}
	}

	@Test
	void mutatedLogosAndPhotosInReportsAreUsedOrRefusedWithOneLine() throws IOException {
		Mutations m = new Mutations(SEED + 1503);
		Path logo = base.resolve("settings/consultancy-logo.png");
		List<Path> photos = evidenceFiles(".jpg", ".png", ".jpeg");
		for (int i = 0; i < 2; i++) {
			Path file = i == 0 ? logo : photos.get(m.nextInt(photos.size()));
			Variant variant = m.bytes(Files.readAllBytes(file));
			Path out = temp.resolve("report-" + i);
			String format = i == 0 ? "pdf" : "docx";
			withContent(file, variant.content(), () -> assertHandled(
					rensa("report", base.toString(), "--type", "visit", "--lang", "en", "--format", format, "--out", out.toString()),
					base.relativize(file) + ": " + variant.name()));
		}
	}

	@Test
	void mutatedEvidenceFilesAndLogsAreReportedOrRefusedWithOneLine() throws IOException {
		Mutations m = new Mutations(SEED + 1504);
		List<Path> files = evidenceFiles("");
		List<Path> logs;
		try (Stream<Path> list = Files.list(base.resolve(EvidenceLog.DIRECTORY))) {
			logs = new ArrayList<>(list.filter(p -> p.toString().endsWith(".log")).sorted().toList());
		}
		logs.add(base.resolve("model").resolve(EvidenceLogHeads.FILE));
		assertFalse(logs.isEmpty());
		for (int i = 0; i < 40 * SCALE; i++) {
			Path file = i % 2 == 0 ? files.get(m.nextInt(files.size())) : logs.get(m.nextInt(logs.size()));
			Variant variant = m.bytes(Files.readAllBytes(file));
			withContent(file, variant.content(), () -> assertHandled(rensa("verify-evidence", base.toString()), base.relativize(file) + ": " + variant.name()));
		}
		Path log = logs.get(0);
		byte[] original = Files.readAllBytes(log);
		try {
			Files.delete(log);
			Files.createDirectory(log);
			assertHandled(rensa("verify-evidence", base.toString()), "a log that is a directory");
			Files.delete(log);
			Files.write(log, ("x\t".repeat(200_000) + "\n").getBytes(StandardCharsets.UTF_8));
			assertHandled(rensa("verify-evidence", base.toString()), "a log of one huge line");
		} finally {
			if (Files.isDirectory(log)) {
				Files.delete(log);
			}
			Files.write(log, original);
		}
	}

	@Test
	void mutatedPhotosAreCapturedOrRefusedWithAProblemLine() throws IOException {
		Mutations m = new Mutations(SEED + 1505);
		Path work = temp.resolve("capture");
		copy(base, work);
		AuditProjectDocument document = ProjectStorage.standard().load(work);
		EvidenceCapture capture = new EvidenceCapture(document.getEvidenceStore(), EvidenceCapture.DEFAULT_MAX_SIZE);
		List<Path> photos = evidenceFiles(".jpg", ".png", ".jpeg");
		Path chosen = Files.createDirectories(temp.resolve("chosen"));
		for (int i = 0; i < 40 * SCALE; i++) {
			Path photo = photos.get(m.nextInt(photos.size()));
			Variant variant = m.bytes(Files.readAllBytes(photo));
			Path file = chosen.resolve("photo-" + i + (Files.readAllBytes(photo)[0] == (byte) 0xFF ? ".jpg" : ".png"));
			Files.write(file, variant.content());
			String title = "Photo " + i;
			EvidenceCapture.Result result = assertTimeoutPreemptively(HANG, () -> capture.capture(document.getProject(), List.of(file), chosen,
					title, Tlp.AMBER, "Fuzz Auditor", null, Instant.parse("2026-11-20T09:00:00Z")));
			for (String problem : result.problems()) {
				assertFalse(problem.contains("\n"), variant.name() + ": " + problem);
			}
			assertTrue(result.evidence() != null || !result.problems().isEmpty() || !result.duplicates().isEmpty(), variant.name());
		}
	}

	@Test
	void mutatedDiagramFilesAreDrawnOrRefusedWithOneLine() throws IOException {
		Mutations m = new Mutations(SEED + 1506);
		Path diagram = DiagramStore.fileOf(base, DiagramStore.DEFAULT_NAME);
		byte[] original = Files.readAllBytes(diagram);
		for (int i = 0; i < 30 * SCALE; i++) {
			Variant variant = m.bytes(original);
			Path out = temp.resolve("diagram-" + i + ".svg");
			withContent(diagram, variant.content(), () -> assertHandled(rensa("diagram", base.toString(), "--out", out.toString()), variant.name()));
		}
		String text = new String(original, StandardCharsets.UTF_8);
		int close = text.lastIndexOf("</");
		for (String inserted : List.of("<nodes>".repeat(3000) + "</nodes>".repeat(3000), "<nodes x=\"1e400\" y=\"NaN\" width=\"-5\"/>",
				"<nodes id=\"" + "n".repeat(2_000_000) + "\"/>")) {
			byte[] variant = (text.substring(0, close) + inserted + text.substring(close)).getBytes(StandardCharsets.UTF_8);
			withContent(diagram, variant, () -> assertHandled(rensa("diagram", base.toString(), "--out", temp.resolve("d.png").toString()),
					inserted.substring(0, 20)));
		}
	}

	// ------------------------------------------------------------------ OSCAL

	@Test
	void mutatedOscalCataloguesAndProfilesAreImportedOrRefusedWithOneLine() throws IOException {
		Mutations m = new Mutations(SEED + 1507);
		Path project = newProject("oscal");
		Path oscal = root().resolve("bundles/org.rensa.catalog.tests/resources/oscal");
		Path catalogXml = temp.resolve("small-catalog.xml");
		Files.writeString(catalogXml, xmlCatalogue("group", 3, 4));
		Path catalogJson = temp.resolve("small-catalog.json");
		Files.writeString(catalogJson, jsonCatalogue("groups", 3, 4));
		List<Path> sources = List.of(oscal.resolve("NIST_SP800-171_rev3_catalog.xml"), oscal.resolve("NIST_SP-800-53_rev5_LOW-baseline_profile.json"),
				oscal.resolve("NIST_SP-800-53_rev5_LOW-baseline_profile.xml"), catalogXml, catalogJson);
		Map<String, byte[]> before = Tools.snapshot(project.resolve("model"));
		for (int i = 0; i < 40 * SCALE; i++) {
			Path source = sources.get(i < 6 ? 0 : 1 + m.nextInt(sources.size() - 1));
			byte[] original = Files.readAllBytes(source);
			Variant variant = source.toString().endsWith(".json") ? m.json(original) : m.bytes(original);
			Path file = temp.resolve("oscal-" + i + (source.toString().endsWith(".json") ? ".json" : ".xml"));
			Files.write(file, variant.content());
			boolean profile = source.getFileName().toString().contains("profile");
			Tools.Run run = profile ? rensa("import-catalog", project.toString(), file.toString(), "--catalog", catalogXml.toString(), "--dry-run")
					: rensa("import-catalog", project.toString(), file.toString(), "--dry-run");
			assertHandled(run, source.getFileName() + ": " + variant.name());
		}
		assertSameFiles(before, Tools.snapshot(project.resolve("model")), "dry runs change nothing");
	}

	@Test
	void deepHugeAndOddOscalStructuresAreImportedOrRefusedWithOneLine() throws IOException {
		Path project = newProject("oscal-generated");
		for (String kind : List.of("group", "control", "part", "p")) {
			assertRefused(importCatalog(project, "deep-" + kind + ".xml", xmlCatalogue(kind, 3000, 1)), "nested more than " + OscalCatalogReader.MAX_DEPTH);
			assertEquals(0, importCatalog(project, "moderate-" + kind + ".xml", xmlCatalogue(kind, 40, 1)).exitCode(), kind);
		}
		for (String kind : List.of("groups", "controls", "parts")) {
			assertRefused(importCatalog(project, "deep-" + kind + ".json", jsonCatalogue(kind, 3000, 1)), "nesting depth");
			assertEquals(0, importCatalog(project, "moderate-" + kind + ".json", jsonCatalogue(kind, 40, 1)).exitCode(), kind);
		}
		Tools.Run wide = importCatalog(project, "wide.xml", xmlCatalogue("group", 1, 3000));
		assertEquals(0, wide.exitCode(), wide.err());
		Tools.Run wideJson = importCatalog(project, "wide.json", jsonCatalogue("groups", 1, 3000));
		assertEquals(0, wideJson.exitCode(), wideJson.err());
		String huge = "T".repeat(3_000_000);
		assertEquals(0, importCatalog(project, "huge.xml", xmlCatalogue("group", 2, 2).replace("Title 1", huge)).exitCode());
		assertEquals(0, importCatalog(project, "huge.json", jsonCatalogue("groups", 2, 2).replace("Title 1", huge)).exitCode());
		assertRefused(importCatalog(project, "empty.json", ""), "neither OSCAL JSON nor OSCAL XML");
		for (String odd : List.of("{}", "[]", "{\"catalog\":[]}", "{\"catalog\":{\"uuid\":7}}", "null", "{\"catalog\":null}", "<catalog/>", "<a>",
				"\uFEFF{", "{" + "\"a\":1,".repeat(100_000) + "\"a\":2}", "<catalog xmlns=\"http://csrc.nist.gov/ns/oscal/1.0\" uuid=\""
						+ "0".repeat(1_000_000) + "\"/>")) {
			assertRefused(importCatalog(project, "odd.json", odd), "");
		}
	}

	private Tools.Run importCatalog(Path project, String name, String content) throws IOException {
		Path file = temp.resolve(name);
		Files.writeString(file, content);
		return rensa("import-catalog", project.toString(), file.toString(), "--dry-run");
	}

	// ------------------------------------------------------------------ workbooks

	@Test
	void mutatedQuestionnairesAreImportedOrRefusedWithOneLine() throws IOException {
		Mutations m = new Mutations(SEED + 1508);
		Map<String, byte[]> before = Tools.snapshot(base.resolve("model"));
		byte[] original = Files.readAllBytes(questionnaire);
		for (int i = 0; i < 30 * SCALE; i++) {
			Variant variant = m.zip(original);
			Path file = temp.resolve("questionnaire-" + i + ".xlsx");
			Files.write(file, variant.content());
			assertHandled(rensa("import-questionnaire", base.toString(), file.toString(), "--dry-run"), variant.name());
		}
		assertSameFiles(before, Tools.snapshot(base.resolve("model")), "dry runs change nothing");
	}

	@Test
	void mutatedThirdPartyWorkbooksAreImportedOrRefusedWithOneLine() throws IOException {
		Map<String, byte[]> before = Tools.snapshot(base.resolve("model"));
		Mutations m = new Mutations(SEED + 1509);
		Path project = newProject("checklist");
		byte[] original = Files.readAllBytes(checklist);
		Tools.Run clean = rensa("import-checklist", project.toString(), checklist.toString(), "--map", "sheets=GV,header-row=1,id=A,text=B,level=C",
				"--dry-run");
		assertEquals(0, clean.exitCode(), clean.err());
		for (int i = 0; i < 30 * SCALE; i++) {
			Variant variant = m.zip(original);
			Path file = temp.resolve("checklist-" + i + ".xlsx");
			Files.write(file, variant.content());
			assertHandled(rensa("import-checklist", project.toString(), file.toString(), "--map", "sheets=GV,header-row=1,id=A,text=B,level=C",
					"--dry-run"), variant.name());
			assertHandled(rensa("import-questionnaire", base.toString(), file.toString(), "--assessment", assessment, "--map",
					i % 2 == 0 ? "auto" : "sheet=GV,first-row=2,id=A,question=B,answer=C", "--dry-run"), "answers: " + variant.name());
		}
		assertSameFiles(before, Tools.snapshot(base.resolve("model")), "dry runs change nothing");
	}

	@Test
	void emptyAndOddWorkbooksAreRefusedWithOneLine() throws IOException {
		Path empty = Files.write(temp.resolve("empty.xlsx"), new byte[0]);
		assertRefused(rensa("import-questionnaire", base.toString(), empty.toString(), "--dry-run"), "empty.xlsx: empty file");
		assertRefused(rensa("import-checklist", base.toString(), empty.toString(), "--map", "sheets=GV,header-row=1,id=A,text=B", "--dry-run"),
				"empty.xlsx: empty file");
		ByteArrayOutputStream emptyZip = new ByteArrayOutputStream();
		new java.util.zip.ZipOutputStream(emptyZip).close();
		Path zip = Files.write(temp.resolve("empty-zip.xlsx"), emptyZip.toByteArray());
		assertRefused(rensa("import-questionnaire", base.toString(), zip.toString(), "--dry-run"), "empty-zip.xlsx");
		Path noSheets = temp.resolve("no-sheets.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = Files.newOutputStream(noSheets)) {
			workbook.write(out);
		}
		assertRefused(rensa("import-questionnaire", base.toString(), noSheets.toString(), "--dry-run"), "no-sheets.xlsx");
		assertRefused(rensa("import-checklist", base.toString(), noSheets.toString(), "--map", "sheets=GV,header-row=1,id=A,text=B", "--dry-run"),
				"no-sheets.xlsx");
		for (String tiny : List.of("P", "PK", "PK\u0003\u0004", "\u00D0\u00CF")) {
			Path file = Files.write(temp.resolve("tiny.xlsx"), tiny.getBytes(StandardCharsets.ISO_8859_1));
			assertRefused(rensa("import-questionnaire", base.toString(), file.toString(), "--dry-run"), "tiny.xlsx");
		}
	}

	// ------------------------------------------------------------------ oracle

	/** Success, findings, or one line with exit 2; never an internal error or a stack trace. */
	static void assertHandled(Tools.Run run, String input) {
		String context = input + " -> exit " + run.exitCode() + ": " + abbreviate(run.err());
		assertFalse(run.err().contains("internal error"), context);
		assertFalse(run.err().contains("\tat ") || run.out().contains("\tat "), context);
		if (run.exitCode() == 2) {
			String[] lines = run.err().split("\n");
			assertEquals(1, lines.length, context);
			assertTrue(lines[0].startsWith("rensa: ") && lines[0].length() > "rensa: ".length(), context);
			assertTrue(lines[0].length() < 2000, "a line, not a document: " + context);
		} else {
			assertTrue(run.exitCode() == 0 || run.exitCode() == 1, context);
		}
	}

	private static void assertRefused(Tools.Run run, String fragment) {
		assertHandled(run, fragment);
		assertEquals(2, run.exitCode(), run.err());
		assertTrue(run.err().contains(fragment), run.err());
	}

	private static Tools.Run rensa(String... args) {
		return assertTimeoutPreemptively(HANG, () -> Tools.rensa(args), () -> String.join(" ", args));
	}

	private static String abbreviate(String text) {
		return text.length() > 600 ? text.substring(0, 600) + "…" : text;
	}

	private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String message) {
		assertEquals(expected.keySet(), actual.keySet(), message);
		for (String key : expected.keySet()) {
			assertTrue(Arrays.equals(expected.get(key), actual.get(key)), message + ": " + key);
		}
	}

	// ------------------------------------------------------------------ fixtures

	private interface Check {
		void run() throws IOException;
	}

	/** Runs the check with the file holding that content, then puts the original back. */
	private static void withContent(Path file, byte[] content, Check check) throws IOException {
		byte[] original = Files.readAllBytes(file);
		Files.write(file, content);
		try {
			check.run();
		} finally {
			Files.write(file, original);
		}
	}

	private static byte[] oddProperties(Mutations m, String text) {
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n")) {
			int eq = line.indexOf('=');
			if (eq > 0 && !line.startsWith("#") && m.nextInt(3) == 0) {
				out.append(line, 0, eq + 1).append(m.pick("abc", "-1", "1e400", "NaN", "Infinity", "", "0x10", "99999999999999999999", "\\u00",
						"../../../etc/passwd", "/dev/zero", "x".repeat(100_000), "FOO, BAR", ",,,", "1,5")).append('\n');
			} else {
				out.append(line).append('\n');
			}
		}
		return out.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	private List<Path> evidenceFiles(String... endings) throws IOException {
		List<Path> result = new ArrayList<>();
		try (Stream<Path> files = Files.walk(base.resolve("evidence"))) {
			files.filter(Files::isRegularFile).sorted().forEach(result::add);
		}
		if (endings.length == 1 && endings[0].isEmpty()) {
			return result;
		}
		List<Path> images = new ArrayList<>();
		for (Path file : result) {
			byte[] head = Arrays.copyOf(Files.readAllBytes(file), 4);
			if ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 || head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
				images.add(file);
			}
		}
		assertFalse(images.isEmpty(), "the demo has photos");
		return images;
	}

	private static Path newProject(String name) {
		Path project = temp.resolve(name);
		assertEquals(0, rensa("new", project.toString(), "--name", name).exitCode());
		return project;
	}

	/** An OSCAL XML catalogue: {@code depth} levels of the element kind, {@code width} groups side by side. */
	static String xmlCatalogue(String kind, int depth, int width) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<catalog xmlns=\"http://csrc.nist.gov/ns/oscal/1.0\" "
				+ "uuid=\"74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724\"><metadata><title>Fuzz catalogue</title><version>1</version>"
				+ "<oscal-version>1.1.2</oscal-version></metadata>");
		for (int w = 0; w < width; w++) {
			switch (kind) {
			case "group" -> {
				for (int d = 0; d < depth; d++) {
					xml.append("<group id=\"g").append(w).append('-').append(d).append("\"><title>Title ").append(d).append("</title>");
				}
				xml.append(control("c" + w, "", ""));
				xml.append("</group>".repeat(depth));
			}
			case "control" -> {
				xml.append("<group id=\"g").append(w).append("\"><title>Group</title>");
				for (int d = 0; d < depth; d++) {
					xml.append("<control id=\"c").append(w).append('-').append(d).append("\"><title>Title ").append(d).append("</title>");
				}
				xml.append("</control>".repeat(depth)).append("</group>");
			}
			case "part" -> xml.append("<group id=\"g").append(w).append("\"><title>Title 1</title>").append(control("c" + w,
					"<part id=\"s" + w + "\" name=\"statement\">" + "<part name=\"item\"><p>Step</p>".repeat(depth) + "</part>".repeat(depth) + "</part>",
					"")).append("</group>");
			default -> xml.append("<group id=\"g").append(w).append("\"><title>Title 1</title>").append(control("c" + w,
					"<part id=\"s" + w + "\" name=\"statement\"><p>" + "<em>".repeat(depth) + "deep" + "</em>".repeat(depth) + "</p></part>", ""))
					.append("</group>");
			}
		}
		return xml.append("</catalog>").toString();
	}

	private static String control(String id, String parts, String inner) {
		return "<control id=\"" + id + "\"><title>Control " + id + "</title><param id=\"" + id + "_prm_1\"><label>frequency</label></param>"
				+ "<prop name=\"label\" value=\"" + id.toUpperCase() + "\"/>" + parts
				+ "<part id=\"" + id + "_gdn\" name=\"guidance\"><p>Do it <insert type=\"param\" id-ref=\"" + id + "_prm_1\"/>.</p></part>" + inner
				+ "</control>";
	}

	/** An OSCAL JSON catalogue: {@code depth} levels of groups, controls or parts, {@code width} groups side by side. */
	static String jsonCatalogue(String kind, int depth, int width) {
		StringBuilder json = new StringBuilder("{\"catalog\":{\"uuid\":\"74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724\",\"metadata\":{\"title\":\"Fuzz catalogue\","
				+ "\"version\":\"1\",\"oscal-version\":\"1.1.2\"},\"groups\":[");
		for (int w = 0; w < width; w++) {
			json.append(w == 0 ? "" : ",");
			switch (kind) {
			case "groups" -> {
				for (int d = 0; d < depth; d++) {
					json.append("{\"id\":\"g").append(w).append('-').append(d).append("\",\"title\":\"Title ").append(d).append("\",\"groups\":[");
				}
				json.append("],\"controls\":[").append(jsonControl("c" + w, "")).append("]}");
				json.append("]}".repeat(depth - 1));
			}
			case "controls" -> {
				json.append("{\"id\":\"g").append(w).append("\",\"title\":\"Group\",\"controls\":[");
				for (int d = 0; d < depth; d++) {
					json.append("{\"id\":\"c").append(w).append('-').append(d).append("\",\"title\":\"Title ").append(d).append("\",\"controls\":[");
				}
				json.append("]}".repeat(depth)).append("]}");
			}
			default -> json.append("{\"id\":\"g").append(w).append("\",\"title\":\"Title 1\",\"controls\":[").append(jsonControl("c" + w,
					",\"parts\":[{\"name\":\"statement\",\"prose\":\"Top\",\"parts\":[" + "{\"name\":\"item\",\"prose\":\"Step\",\"parts\":[".repeat(depth)
							+ "]}".repeat(depth) + "]}]"))
					.append("]}");
			}
		}
		return json.append("]}}").toString();
	}

	private static String jsonControl(String id, String parts) {
		return "{\"id\":\"" + id + "\",\"title\":\"Control " + id + "\",\"params\":[{\"id\":\"" + id + "_prm_1\",\"label\":\"frequency\"}],"
				+ "\"props\":[{\"name\":\"label\",\"value\":\"" + id.toUpperCase() + "\"}]" + parts + "}";
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 120; x++) {
			for (int y = 0; y < 40; y++) {
				image.setRGB(x, y, (x * 2) << 16 | (y * 5) << 8 | 0x40);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}

	static Path root() {
		String property = System.getProperty("rensa.root");
		if (property != null) {
			return Path.of(property);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("samples/demo/model"))) {
				return dir;
			}
		}
		fail("samples/demo not found (set -Drensa.root)");
		return null;
	}
}
