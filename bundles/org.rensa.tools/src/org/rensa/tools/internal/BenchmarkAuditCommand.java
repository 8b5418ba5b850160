// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.osgi.service.component.annotations.Component;
import org.rensa.catalog.oscal.OscalCatalogReader;
import org.rensa.catalog.oscal.OscalImport;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.CliValues;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.security.WorkbookSeal;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.EvidenceStore;
import org.rensa.model.Assessment;
import org.rensa.model.Checklist;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.RensaFactory;
import org.rensa.model.Requirement;
import org.rensa.model.Section;
import org.rensa.questionnaire.QuestionnaireExporter;
import org.rensa.questionnaire.QuestionnaireImporter;
import org.rensa.questionnaire.QuestionnaireLanguage;
import org.rensa.questionnaire.ReadResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rensa benchmark-audit [--requirements N] [--controls N] [--hash-mb N] [--work DIR]}: times
 * the field-audit paths and prints the figures: export and import of an N-requirement questionnaire
 * (default 500), import of a synthetic OSCAL catalogue of N controls (default 1,100), and SHA-256 of
 * N MB of evidence files (default 1,024) against {@code openssl dgst -sha256} on the same files.
 * Each step is run twice and the better time is reported.
 */
@Component(service = CliCommand.class)
public final class BenchmarkAuditCommand implements CliCommand<BenchmarkAuditCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "benchmark-audit", description = "time questionnaire export/import, OSCAL import and evidence hashing (vs openssl)")
	public static final class Arguments {
		@Option(names = "--requirements", paramLabel = "N", converter = Count.class, description = "requirements of the questionnaire (default 500)")
		int requirements = 500;

		@Option(names = "--controls", paramLabel = "N", converter = Count.class, description = "controls of the OSCAL catalogue (default 1100)")
		int controls = 1100;

		@Option(names = "--hash-mb", paramLabel = "N", converter = Count.class, description = "megabytes of evidence to hash (default 1024; 0: none)")
		int hashMb = 1024;

		@Option(names = "--work", paramLabel = "DIR", description = "work in this folder (default: a temporary one)")
		Path work;
	}

	/** A count from 0 to 1,000,000. */
	public static final class Count extends CliValues.WholeNumber {
		/** The converter. */
		public Count() {
			super(0, 1_000_000);
		}
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments options, CliContext context) throws CliException, IOException {
		int requirements = options.requirements;
		int controls = options.controls;
		int hashMb = options.hashMb;
		Path work = options.work != null ? Files.createDirectories(options.work)
				: Files.createTempDirectory("rensa-benchmark-audit-");
		try {
			questionnaire(context, work, requirements);
			oscal(context, work, controls);
			if (hashMb > 0) {
				hashing(context, work, hashMb);
			}
		} finally {
			delete(work.resolve("project"));
			delete(work.resolve("hash"));
			Files.deleteIfExists(work.resolve("questionnaire.xlsx"));
			Files.deleteIfExists(work.resolve("catalog.json"));
			if (options.work == null) {
				Files.deleteIfExists(work);
			}
		}
		return RensaCommand.OK;
	}

	private void questionnaire(CliContext context, Path work, int count) throws IOException {
		Path directory = work.resolve("project");
		delete(directory);
		AuditProjectDocument document = context.storage().create(directory, "Benchmark");
		RensaFactory f = RensaFactory.eINSTANCE;
		Organization supplier = f.createOrganization();
		supplier.setKind(OrganizationKind.SUPPLIER);
		supplier.setName("Benchmark Supplier");
		document.getProject().getOrganizations().add(supplier);
		Checklist checklist = f.createChecklist();
		checklist.setName("Benchmark checklist");
		for (int i = 0; i < count; i++) {
			if (i % 50 == 0) {
				Section section = f.createSection();
				section.setCode("S" + (i / 50 + 1));
				section.setTitle("Section " + (i / 50 + 1));
				checklist.getSections().add(section);
			}
			Requirement requirement = f.createRequirement();
			requirement.setCode(String.format(Locale.ROOT, "R-%04d", i + 1));
			requirement.setTitle("Requirement " + (i + 1) + ": the supplier keeps records of access to confidential information");
			requirement.setTitleJa("要求事項 " + (i + 1) + "：取引先は機密情報へのアクセス記録を保持している");
			requirement.setGuidance("Achieved when access logs are kept for at least one year and reviewed.");
			requirement.setLevel(1 + i % 3);
			checklist.getSections().get(checklist.getSections().size() - 1).getRequirements().add(requirement);
		}
		document.getProject().getChecklists().add(checklist);
		Assessment assessment = f.createAssessment();
		assessment.setOrganization(supplier);
		assessment.setChecklist(checklist);
		document.getProject().getAssessments().add(assessment);
		WorkbookSeal seal = WorkbookSeal.create(document);
		context.storage().save(document);
		document = context.storage().load(directory);
		assessment = document.getProject().getAssessments().get(0);
		Path xlsx = work.resolve("questionnaire.xlsx");
		Assessment exported = assessment;
		long export = best(() -> QuestionnaireExporter.export(exported, QuestionnaireLanguage.JA, seal, xlsx));
		fill(xlsx);
		AuditProjectDocument target = document;
		long[] read = new long[1];
		long importTime = best(() -> {
			long start = System.nanoTime();
			ReadResult result = QuestionnaireImporter.read(xlsx, target, null);
			read[0] = System.nanoTime() - start;
			QuestionnaireImporter.apply(result, LocalDate.now(context.clock()));
			context.storage().save(target);
		});
		context.out().printf(Locale.ROOT, "questionnaire export  %4d requirements  %7.0f ms  (%d KB)%n", count, ms(export), Files.size(xlsx) / 1024);
		context.out().printf(Locale.ROOT, "questionnaire import  %4d requirements  %7.0f ms  (read %.0f ms, then apply and save the project)%n",
				count, ms(importTime), ms(read[0]));
	}

	private void oscal(CliContext context, Path work, int count) throws IOException {
		Path file = work.resolve("catalog.json");
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("{\"catalog\":{\"uuid\":\"" + new UUID(42, 42) + "\",\"metadata\":{\"title\":\"Synthetic catalogue\",\"version\":\"1\",\"oscal-version\":\"1.1.2\"},\"groups\":[");
			int groups = 20;
			int written = 0;
			for (int g = 0; g < groups; g++) {
				out.write((g == 0 ? "" : ",") + "{\"id\":\"g" + g + "\",\"title\":\"Family " + g + "\",\"controls\":[");
				int perGroup = (count - written) / (groups - g);
				for (int c = 0; c < perGroup; c += 2) {
					String id = "g" + g + "-" + c;
					out.write((c == 0 ? "" : ",") + control(id, c + 1 < perGroup ? control(id + ".1", null) : null));
					written += c + 1 < perGroup ? 2 : 1;
				}
				out.write("]}");
			}
			out.write("]}}");
		}
		OscalImport[] result = new OscalImport[1];
		long time = best(() -> result[0] = OscalCatalogReader.read(file));
		context.out().printf(Locale.ROOT, "OSCAL import          %4d controls      %7.0f ms  (%d groups, %d KB JSON)%n", result[0].controls(), ms(time),
				result[0].groups(), Files.size(file) / 1024);
	}

	private static String control(String id, String enhancement) {
		return "{\"id\":\"" + id + "\",\"title\":\"Control " + id + "\",\"params\":[{\"id\":\"" + id
				+ "_prm_1\",\"label\":\"frequency\"}],\"props\":[{\"name\":\"label\",\"value\":\"" + id.toUpperCase(Locale.ROOT)
				+ "\"}],\"parts\":[{\"id\":\"" + id + "_smt\",\"name\":\"statement\",\"parts\":[{\"id\":\"" + id
				+ "_smt.a\",\"name\":\"item\",\"props\":[{\"name\":\"label\",\"value\":\"a.\"}],\"prose\":\"Review the access list {{ insert: param, "
				+ id + "_prm_1 }};\"},{\"id\":\"" + id + "_smt.b\",\"name\":\"item\",\"props\":[{\"name\":\"label\",\"value\":\"b.\"}],"
				+ "\"prose\":\"Remove accounts that are no longer needed.\"}]},{\"id\":\"" + id
				+ "_gdn\",\"name\":\"guidance\",\"prose\":\"Access reviews find accounts left behind by people who changed role.\"}]"
				+ (enhancement == null ? "" : ",\"controls\":[" + enhancement + "]") + "}";
	}

	private void hashing(CliContext context, Path work, int megabytes) throws IOException {
		Path directory = Files.createDirectories(work.resolve("hash"));
		int fileMb = 64;
		List<Path> files = new ArrayList<>();
		byte[] block = new byte[1 << 20];
		Random random = new Random(1);
		for (int written = 0, n = 0; written < megabytes; n++) {
			Path file = directory.resolve("evidence-" + n + ".bin");
			int size = Math.min(fileMb, megabytes - written);
			try (OutputStream out = Files.newOutputStream(file)) {
				for (int i = 0; i < size; i++) {
					random.nextBytes(block);
					out.write(block);
				}
			}
			files.add(file);
			written += size;
		}
		long java = best(() -> {
			for (Path file : files) {
				EvidenceStore.hash(file);
			}
		});
		double javaRate = megabytes / 1024.0 / (java / 1e9);
		context.out().printf(Locale.ROOT, "SHA-256 (Rensa, Java) %4d MB           %7.0f ms  %.2f GB/s%n", megabytes, ms(java), javaRate);
		List<String> command = new ArrayList<>(List.of("openssl", "dgst", "-sha256"));
		files.forEach(file -> command.add(file.toString()));
		try {
			long openssl = best(() -> {
				Process process = new ProcessBuilder(command).redirectErrorStream(true)
						.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
				try {
					if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
						throw new IOException("openssl failed");
					}
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IOException(e);
				}
			});
			double opensslRate = megabytes / 1024.0 / (openssl / 1e9);
			context.out().printf(Locale.ROOT, "SHA-256 (openssl)     %4d MB           %7.0f ms  %.2f GB/s%n", megabytes, ms(openssl), opensslRate);
			context.out().printf(Locale.ROOT, "Rensa hashing at %.0f %% of openssl's throughput%n", 100 * javaRate / opensslRate);
		} catch (IOException e) {
			context.err().println("openssl not available: " + e.getMessage());
		}
	}

	private interface Step {
		void run() throws IOException;
	}

	private static long best(Step step) throws IOException {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 2; i++) {
			long start = System.nanoTime();
			step.run();
			best = Math.min(best, System.nanoTime() - start);
		}
		return best;
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	private static void fill(Path xlsx) throws IOException {
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(xlsx)) {
			workbook = new XSSFWorkbook(in);
		}
		try (workbook; OutputStream out = Files.newOutputStream(xlsx)) {
			String[] answers = QuestionnaireLanguage.JA.answers().values().toArray(String[]::new);
			int n = 0;
			for (int s = 1; s < workbook.getNumberOfSheets(); s++) {
				XSSFSheet sheet = workbook.getSheetAt(s);
				if (sheet.getSheetName().equals(QuestionnaireExporter.META_SHEET)) {
					continue;
				}
				for (int r = 1; r <= sheet.getLastRowNum(); r++) {
					Row row = sheet.getRow(r);
					row.getCell(QuestionnaireExporter.COL_ANSWER).setCellValue(answers[n++ % answers.length]);
					row.getCell(QuestionnaireExporter.COL_COMMENT).setCellValue("comment " + n);
				}
			}
			workbook.write(out);
		}
	}

	private static void delete(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
