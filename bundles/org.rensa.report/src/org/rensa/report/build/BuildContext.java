// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.EvidenceKind;
import org.rensa.model.Organization;
import org.rensa.report.ChainFigures;
import org.rensa.report.ReportOptions;
import org.rensa.report.model.Block;
import org.rensa.report.model.Block.Figure;
import org.rensa.report.model.ReportDocument;

/** State shared while one document is built: texts, options, TLP counters, missing files. */
final class BuildContext {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
			.withZone(java.time.ZoneOffset.UTC);

	/**
	 * Text width of a portrait A4 page, in points: the narrower of the two renderers' (PDF 483, DOCX
	 * 481.9), so that a figure the diagram bundle finds readable is at least as large in both.
	 */
	static final double FIGURE_WIDTH = 481;
	/** Text width of a landscape A4 page, in points (PDF 730, DOCX 728.5). */
	static final double LANDSCAPE_WIDTH = 728;
	/**
	 * Height of a landscape A4 page for a figure, its caption left out, in points (PDF 399, DOCX
	 * 407.7).
	 */
	static final double LANDSCAPE_HEIGHT = 399;

	final AuditProjectDocument project;
	final ReportOptions options;
	final Texts texts;
	final List<String[]> problems = new ArrayList<>();
	/** What this document's audience may not see, and everything that would reveal it. */
	final TlpClosure closure;
	private final java.util.Set<Object> withheldItems = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

	BuildContext(AuditProjectDocument project, ReportOptions options) {
		this.project = project;
		this.options = options;
		this.texts = new Texts(options.locale());
		this.closure = TlpClosure.of(project.getProject(), options.audience());
	}

	/**
	 * @param maxHeight the height a figure may take, in points
	 * @return what the chain figures of this document are drawn with: its language, its anonymisation
	 *         and the page's text width
	 */
	ChainFigures.Request figureRequest(double maxHeight) {
		java.util.function.UnaryOperator<String> text = java.util.function.UnaryOperator.identity();
		if (options.anonymise()) {
			Anonymiser anonymiser = Anonymiser.of(project.getProject(), texts);
			text = anonymiser::apply;
		}
		return new ChainFigures.Request(options.japanese(), text, FIGURE_WIDTH, maxHeight, LANDSCAPE_WIDTH, LANDSCAPE_HEIGHT,
				closure::shows);
	}

	String t(String key, Object... args) {
		return texts.get(key, args);
	}

	/**
	 * Whether an item (finding, evidence, response, action, relationship) may be shown, by the
	 * {@link TlpClosure}; counts it as withheld when not.
	 */
	boolean share(org.eclipse.emf.ecore.EObject item) {
		if (closure.shows(item)) {
			return true;
		}
		withheldItems.add(item);
		return false;
	}

	/** A free text without the sentences that would reveal a withheld item. */
	String free(String text) {
		return closure.text(text);
	}

	int withheld() {
		return withheldItems.size();
	}

	String name(Organization organization) {
		if (organization == null) {
			return "";
		}
		return texts.name(organization.getNameJa(), organization.getName());
	}

	/**
	 * @param buyer the project's buyer
	 * @return the client named on covers: the configured client name, else the buyer's name (always
	 *         the buyer's in anonymised documents, so that its pseudonym replaces it)
	 */
	String client(Organization buyer) {
		String configured = options.branding().client();
		if (options.anonymise() || configured == null || configured.isBlank()) {
			return name(buyer);
		}
		return configured;
	}

	/** Sets the parts every document shares: TLP label, notices, footer, metadata. */
	void decorate(ReportDocument document, String title, String subtitle) {
		document.setTitle(title);
		document.setSubtitle(subtitle);
		String consultancy = options.branding().consultancy();
		document.setAuthor(consultancy == null || consultancy.isBlank() ? t("author.default") : consultancy);
		document.setSubject(subtitle);
		document.setRunningHeader(subtitle.isEmpty() ? title : title + " — " + subtitle);
		document.setShortRunningHeader(title);
		document.setTlpLabel("TLP:" + options.audience().getLiteral().replace('_', '+'));
		document.setTlpNotice(t("tlp." + options.audience().name()));
		document.setFooter(document.author());
		document.setLogos(readable(options.branding().consultancyLogo()), options.anonymise() ? null : readable(options.branding().clientLogo()));
		document.setTocTitle(t("toc"));
		document.setPageLabel(t("page"));
	}

	/** The withheld-items notice and the missing-files appendix, once the document is complete. */
	void finish(ReportDocument document) {
		document.setWithheld(withheld());
		if (withheld() > 0 && !document.sections().isEmpty()) {
			List<Block> first = document.sections().get(0).blocks();
			first.add(Math.min(1, first.size()), new Block.Callout(t("withheld.title"),
					t("withheld.text", withheld(), "TLP:" + options.audience().getLiteral().replace('_', '+')), org.rensa.report.model.Tone.INFO));
		}
		if (!problems.isEmpty()) {
			var appendix = document.addSection(t("appendix.missing"));
			appendix.add(new Block.Paragraph(t("appendix.missing.text")));
			List<List<Block.Cell>> rows = new ArrayList<>();
			for (String[] problem : problems) {
				rows.add(List.of(new Block.Cell(problem[0]), new Block.Cell(problem[1]), new Block.Cell(problem[2]),
						new Block.Cell(problem[3])));
			}
			appendix.add(new Block.Table("", List.of(new Block.Column(t("col.evidence"), 1.2f),
					new Block.Column(t("col.file"), 2.2f), new Block.Column(t("col.sha256"), 3.2f),
					new Block.Column(t("col.problem"), 1.6f)), rows));
		}
	}

	/**
	 * The pictures of one evidence item: every file of a photo or screenshot, the PNG and JPEG files of
	 * other kinds; placeholders for unreadable files.
	 */
	List<Figure> figures(Evidence evidence) {
		List<Figure> figures = new ArrayList<>();
		EvidenceKind kind = evidence.getKind();
		boolean pictures = kind == EvidenceKind.PHOTO || kind == EvidenceKind.SCREENSHOT;
		for (EvidenceFile file : evidence.getFiles()) {
			// an observation or a document may carry a photo too: every picture is shown
			if (!pictures && !isPicture(file)) {
				continue;
			}
			String caption = evidence.getCode() + "  " + free(texts.either(evidence.getCaptionJa(), evidence.getCaption()));
			if (evidence.getCapturedAt() != null) {
				caption += " (" + TIME.format(evidence.getCapturedAt()) + ")";
			}
			Path path = project.getEvidenceStore().resolve(file);
			String problem = problemOf(path);
			if (problem != null) {
				problems.add(new String[] { evidence.getCode(), nullToEmpty(file.getOriginalName()), nullToEmpty(file.getSha256()),
						problem });
				figures.add(new Figure(null, caption, nullToEmpty(file.getSha256()), problem));
			} else {
				figures.add(new Figure(path, caption, nullToEmpty(file.getSha256()), null));
			}
		}
		return figures;
	}

	private static boolean isPicture(EvidenceFile file) {
		String type = nullToEmpty(file.getMediaType());
		return type.equals("image/png") || type.equals("image/jpeg");
	}

	private String problemOf(Path path) {
		if (path == null || !Files.isRegularFile(path)) {
			return t("problem.missing");
		}
		try (InputStream in = Files.newInputStream(path); ImageInputStream image = ImageIO.createImageInputStream(in)) {
			Iterator<ImageReader> readers = image == null ? null : ImageIO.getImageReaders(image);
			if (readers == null || !readers.hasNext()) {
				return t("problem.undecodable");
			}
			String format = readers.next().getFormatName().toLowerCase(Locale.ROOT);
			if (!format.contains("png") && !format.contains("jpeg") && !format.contains("jpg")) {
				return t("problem.undecodable");
			}
			return null;
		} catch (IOException e) {
			return t("problem.unreadable");
		}
	}

	private static Path readable(Path logo) {
		return logo != null && Files.isReadable(logo) ? logo : null;
	}

	static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
