// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.CliValues;
import org.rensa.core.cli.LanguageOption;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Tlp;
import org.rensa.report.ChainFigures;
import org.rensa.report.ReportOptions;
import org.rensa.report.build.ReportBuilder;
import org.rensa.report.docx.DocxRenderer;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.pdf.Fonts;
import org.rensa.report.pdf.PdfRenderer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rensa benchmark-reports}: generates a project with one large visit (300 findings and
 * 200 photos by default), then times building the content, the PDF and the DOCX separately with
 * the peak heap of each, and (with {@code --libreoffice}) LibreOffice's DOCX-to-PDF conversion of
 * the same report for comparison.
 */
@Component(service = CliCommand.class)
public final class BenchmarkReportsCommand implements CliCommand<BenchmarkReportsCommand.Arguments> {

	/** Draws the supply-chain figure when the diagram bundle is present (timed with the content model). */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	private volatile ChainFigures figures;

	/** The declared arguments. */
	@Command(name = "benchmark-reports", description = "time a visit report with N findings and photos as PDF and DOCX (defaults 300 / 200)")
	public static final class Arguments {
		@Option(names = "--findings", paramLabel = "N", converter = CliValues.WholeNumber.class, description = "findings of the visit")
		int findings = 300;

		@Option(names = "--photos", paramLabel = "N", converter = CliValues.WholeNumber.class, description = "photos (1600×1200 JPEG)")
		int photos = 200;

		@Mixin
		LanguageOption language;

		@Option(names = "--keep", paramLabel = "DIR", description = "write project and reports into this empty folder and keep them")
		Path keep;

		@Option(names = "--libreoffice", description = "also time LibreOffice's DOCX-to-PDF conversion")
		boolean libreoffice;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		int findings = arguments.findings;
		int photos = arguments.photos;
		Locale language = arguments.language.orElse(Locale.JAPANESE);
		Path keep = arguments.keep;
		boolean libreoffice = arguments.libreoffice;
		Path work = keep != null ? keep : Files.createTempDirectory("rensa-benchmark-reports");
		if (keep != null && Files.exists(keep) && Files.list(keep).findAny().isPresent()) {
			throw new CliException("--keep folder is not empty: " + keep);
		}
		var out = context.out();
		long start = System.nanoTime();
		AuditProjectDocument project = BenchmarkProject.create(work.resolve("project"), findings, photos, 42);
		out.printf(Locale.ROOT, "generated project: %d findings, %d photos in %.1f s%n", findings, photos, seconds(start));
		ReportOptions options = new ReportOptions(language, Tlp.AMBER, false, LocalDate.now(context.clock()),
				ReportOptions.Branding.NONE, null);
		PdfRenderer pdf = new PdfRenderer(Fonts.locate(null));

		resetPeaks();
		start = System.nanoTime();
		ChainFigures chain = figures;
		ReportDocument model = ReportBuilder.visit(project, project.getProject().getVisits().get(0), options, chain);
		out.printf(Locale.ROOT, "content model%s: %.2f s, peak heap %d MB%n", chain == null ? " (no chain figure: diagram bundle absent)"
				: " with chain figure", seconds(start), peakHeapMb());

		Path pdfFile = work.resolve("report.pdf");
		resetPeaks();
		start = System.nanoTime();
		long cpu = cpuNanos();
		try (OutputStream stream = Files.newOutputStream(pdfFile)) {
			pdf.render(model, stream);
		}
		out.printf(Locale.ROOT, "PDF:  %.2f s (CPU %.2f s), %d MB file, peak heap %d MB%n", seconds(start), cpuSeconds(cpu),
				Files.size(pdfFile) >> 20, peakHeapMb());

		Path docxFile = work.resolve("report.docx");
		resetPeaks();
		start = System.nanoTime();
		cpu = cpuNanos();
		try (OutputStream stream = Files.newOutputStream(docxFile)) {
			new DocxRenderer().render(model, stream);
		}
		out.printf(Locale.ROOT, "DOCX: %.2f s (CPU %.2f s), %d MB file, peak heap %d MB%n", seconds(start), cpuSeconds(cpu),
				Files.size(docxFile) >> 20, peakHeapMb());
		out.printf(Locale.ROOT, "max heap available: %d MB%n", Runtime.getRuntime().maxMemory() >> 20);

		if (libreoffice) {
			start = System.nanoTime();
			Process process = new ProcessBuilder("libreoffice", "--headless", "--convert-to", "pdf", "--outdir",
					work.resolve("libreoffice").toString(), docxFile.toString()).redirectErrorStream(true)
					.redirectOutput(work.resolve("libreoffice.log").toFile()).start();
			try {
				if (!process.waitFor(30, TimeUnit.MINUTES)) {
					process.destroyForcibly();
					throw new CliException("libreoffice did not finish within 30 minutes");
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CliException("interrupted");
			}
			out.printf(Locale.ROOT, "LibreOffice DOCX→PDF: %.2f s (exit %d)%n", seconds(start), process.exitValue());
		}
		out.println("files in " + work);
		return RensaCommand.OK;
	}

	private static void resetPeaks() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	private static long peakHeapMb() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum >> 20;
	}

	private static long cpuNanos() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static double cpuSeconds(long start) {
		return (cpuNanos() - start) / 1e9;
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
