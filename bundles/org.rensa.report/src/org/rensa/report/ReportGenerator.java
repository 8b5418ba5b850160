// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.rensa.core.io.AtomicFiles;
import org.rensa.core.security.WorkbookSeal;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Visit;
import org.rensa.report.build.ReportBuilder;
import org.rensa.report.build.Scores;
import org.rensa.report.docx.DocxRenderer;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.pdf.Fonts;
import org.rensa.report.pdf.PdfRenderer;
import org.rensa.report.xlsx.XlsxTracker;

/**
 * Writes reports of a project into a folder: the one entry point for the command line and the
 * workbench. Each file is written to a temporary name first and moved into place when complete.
 */
public final class ReportGenerator {

	/** Receives progress: one unit per file written. */
	public interface Progress {
		/**
		 * @param done  files written so far
		 * @param total files to write
		 * @param file  the file just written
		 */
		void worked(int done, int total, Path file);
	}

	private final AuditProjectDocument project;
	private final ReportOptions options;
	private final ChainFigures figures;

	/**
	 * @param project the project
	 * @param options language, audience, anonymisation, date, branding
	 */
	public ReportGenerator(AuditProjectDocument project, ReportOptions options) {
		this(project, options, null);
	}

	/**
	 * @param project the project
	 * @param options language, audience, anonymisation, date, branding
	 * @param figures draws the supply-chain figures, or {@code null}: the documents then describe the
	 *                chain in text and tables only
	 */
	public ReportGenerator(AuditProjectDocument project, ReportOptions options, ChainFigures figures) {
		this.project = project;
		this.options = options;
		this.figures = figures;
	}

	/**
	 * One document to write: a visit (visit reports), an organisation (remediation plans) or the
	 * project (portfolio).
	 *
	 * @param type         the document type
	 * @param visit        the visit, for {@link ReportType#VISIT}
	 * @param organization the supplier, for {@link ReportType#REMEDIATION}
	 */
	public record Target(ReportType type, Visit visit, Organization organization) {
	}

	/**
	 * Lists the documents a request stands for.
	 *
	 * @param type         the document type
	 * @param organization only this organisation, or {@code null} for all
	 * @param visit        only this visit, or {@code null} for all (of the organisation)
	 * @return the targets, in project order
	 */
	public List<Target> targets(ReportType type, Organization organization, Visit visit) {
		AuditProject root = project.getProject();
		List<Target> targets = new ArrayList<>();
		switch (type) {
		case VISIT -> {
			for (Visit candidate : root.getVisits()) {
				if ((visit == null || candidate == visit) && (organization == null || candidate.getOrganization() == organization)) {
					targets.add(new Target(type, candidate, candidate.getOrganization()));
				}
			}
		}
		case REMEDIATION -> {
			if (organization != null) {
				targets.add(new Target(type, null, organization));
			} else {
				for (Organization candidate : root.getOrganizations()) {
					if (candidate.getKind() != OrganizationKind.BUYER && candidate != root.getBuyer() && hasShareableFindings(root, candidate)) {
						targets.add(new Target(type, null, candidate));
					}
				}
			}
		}
		case PORTFOLIO -> targets.add(new Target(type, null, null));
		}
		return targets;
	}

	/** Why a document was not written. */
	public enum SkipReason {
		/** A remediation plan for an organisation without findings. */
		NO_FINDINGS,
		/**
		 * A remediation plan for an organisation whose every finding is marked stricter than the
		 * document's TLP: it would be issued empty.
		 */
		ALL_WITHHELD,
		/** Visit reports for an organisation that was never visited. */
		NO_VISITS
	}

	/**
	 * A document a request stands for that has nothing to say and is not written.
	 *
	 * @param type         the document type
	 * @param organization the organisation it would be about
	 * @param reason       why it is left out
	 */
	public record Skipped(ReportType type, Organization organization, SkipReason reason) {
	}

	/**
	 * Lists the documents of a request that have nothing to say: remediation plans of suppliers
	 * without findings (all suppliers, or the one chosen), visit reports of a chosen organisation
	 * without visits. {@link #writable(List)} leaves them out of the targets.
	 *
	 * @param type         the document type
	 * @param organization only this organisation, or {@code null} for all
	 * @return the documents left out, in project order
	 */
	public List<Skipped> skipped(ReportType type, Organization organization) {
		AuditProject root = project.getProject();
		List<Skipped> skipped = new ArrayList<>();
		switch (type) {
		case VISIT -> {
			if (organization != null && root.getVisits().stream().noneMatch(v -> v.getOrganization() == organization)) {
				skipped.add(new Skipped(type, organization, SkipReason.NO_VISITS));
			}
		}
		case REMEDIATION -> {
			for (Organization candidate : root.getOrganizations()) {
				if ((organization == null || candidate == organization) && candidate.getKind() != OrganizationKind.BUYER
						&& candidate != root.getBuyer() && !hasShareableFindings(root, candidate)) {
					skipped.add(new Skipped(type, candidate, hasFindings(root, candidate) ? SkipReason.ALL_WITHHELD : SkipReason.NO_FINDINGS));
				}
			}
		}
		case PORTFOLIO -> {
			// the portfolio always has the project to describe
		}
		}
		return skipped;
	}

	/**
	 * @param targets documents of a request
	 * @return those with something to say: without remediation plans of organisations that have no
	 *         findings the document's audience may see
	 */
	public List<Target> writable(List<Target> targets) {
		AuditProject root = project.getProject();
		return targets.stream().filter(t -> t.type() != ReportType.REMEDIATION || hasShareableFindings(root, t.organization())).toList();
	}

	private static boolean hasFindings(AuditProject root, Organization organization) {
		return root.getFindings().stream().anyMatch(f -> f.getOrganization() == organization);
	}

	/** Findings of the organisation the document's TLP audience may see (the rule of {@link Scores#shareable}). */
	private boolean hasShareableFindings(AuditProject root, Organization organization) {
		return root.getFindings().stream()
				.anyMatch(f -> f.getOrganization() == organization && Scores.shareable(f.getTlp(), options.audience()));
	}

	/**
	 * Builds the content of one target.
	 *
	 * @param target the document
	 * @return its content model
	 */
	public ReportDocument build(Target target) {
		return switch (target.type()) {
		case VISIT -> ReportBuilder.visit(project, target.visit(), options, figures);
		case REMEDIATION -> ReportBuilder.remediation(project, target.organization(), options);
		case PORTFOLIO -> ReportBuilder.portfolio(project, options, figures);
		};
	}

	/**
	 * Writes the targets in the given formats.
	 *
	 * @param targets   the documents
	 * @param formats   the formats (XLSX applies to remediation plans only)
	 * @param directory the output folder (created when missing)
	 * @param progress  progress callback or {@code null}
	 * @param cancelled polled between files; when it returns {@code true} writing stops
	 * @return the files written
	 * @throws IOException when the folder cannot be written, a font is missing, or rendering fails
	 */
	public List<Path> write(List<Target> targets, Set<OutputFormat> formats, Path directory, Progress progress,
			BooleanSupplier cancelled) throws IOException {
		prepare(directory);
		Set<OutputFormat> wanted = formats.isEmpty() ? EnumSet.of(OutputFormat.PDF) : EnumSet.copyOf(formats);
		PdfRenderer pdf = wanted.contains(OutputFormat.PDF) ? new PdfRenderer(Fonts.locate(options.fontFile())) : null;
		WorkbookSeal seal = null;
		if (wanted.contains(OutputFormat.XLSX) && targets.stream().anyMatch(t -> t.type() == ReportType.REMEDIATION)) {
			seal = WorkbookSeal.of(project).orElseThrow(() -> new IOException(
					"the project has no workbook key to seal the remediation tracker with: create it (" + WorkbookSeal.KEY_FILE + ") and save the project first"));
		}
		WorkbookSeal trackerSeal = seal;
		int total = 0;
		for (Target target : targets) {
			for (OutputFormat format : wanted) {
				if (format != OutputFormat.XLSX || target.type() == ReportType.REMEDIATION) {
					total++;
				}
			}
		}
		List<Path> written = new ArrayList<>();
		for (Target target : targets) {
			if (cancelled != null && cancelled.getAsBoolean()) {
				break;
			}
			ReportDocument document = build(target);
			String base = fileName(target);
			for (OutputFormat format : wanted) {
				if (cancelled != null && cancelled.getAsBoolean()) {
					break;
				}
				if (format == OutputFormat.XLSX && target.type() != ReportType.REMEDIATION) {
					continue;
				}
				Path file = directory.resolve(base + "." + format.extension());
				AtomicFiles.write(file, out -> {
					switch (format) {
					case PDF -> pdf.render(document, out);
					case DOCX -> new DocxRenderer().render(document, out);
					case XLSX -> new XlsxTracker().write(project, target.organization(), options, trackerSeal, out);
					}
				});
				written.add(file);
				if (progress != null) {
					progress.worked(written.size(), total, file);
				}
			}
		}
		return written;
	}

	/**
	 * @param target a document
	 * @return its file name without extension, e.g. {@code visit-V-2026-001-ja}
	 */
	public String fileName(Target target) {
		String lang = options.locale().getLanguage();
		String suffix = (options.anonymise() ? "-anon" : "") + "-" + lang;
		return switch (target.type()) {
		case VISIT -> "visit-" + slug(target.organization() == null ? "" : shortName(target.organization()))
				+ (target.visit().getStartDate() == null ? "" : "-" + target.visit().getStartDate()) + suffix;
		case REMEDIATION -> "remediation-plan-" + slug(shortName(target.organization())) + suffix;
		case PORTFOLIO -> "portfolio-summary" + suffix;
		};
	}

	private String shortName(Organization organization) {
		if (options.anonymise()) {
			int index = project.getProject().getOrganizations().indexOf(organization);
			return "org-" + (index < 0 ? "x" : Integer.toString(index + 1));
		}
		return organization.getName() == null ? organization.getId() : organization.getName();
	}

	private static String slug(String text) {
		String slug = text.toLowerCase(Locale.ROOT).replaceAll("(co\\.,? ?ltd\\.?|inc\\.?|corporation|k\\.k\\.)", "")
				.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "organization" : slug;
	}

	private static void prepare(Path directory) throws IOException {
		try {
			Files.createDirectories(directory);
		} catch (IOException e) {
			throw new IOException("cannot create output folder " + directory + ": " + e.getClass().getSimpleName(), e);
		}
		if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
			throw new AccessDeniedException(directory.toString(), null, "output folder is not writable");
		}
		Path probe = directory.resolve(".rensa-write-test");
		try {
			Files.deleteIfExists(probe);
			Files.createFile(probe);
			Files.delete(probe);
		} catch (IOException e) {
			throw new IOException("output folder is not writable: " + directory, e);
		}
	}
}
