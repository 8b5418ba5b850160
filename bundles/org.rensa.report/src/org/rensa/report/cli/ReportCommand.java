// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.ElementLookup;
import org.rensa.core.cli.CliValues;
import org.rensa.core.cli.LanguageOption;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.evidence.EvidenceLogHeads;
import org.rensa.core.evidence.EvidenceSeal;
import org.rensa.core.security.WorkbookSeal;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Organization;
import org.rensa.model.Tlp;
import org.rensa.model.Visit;
import org.rensa.model.text.Language;
import org.rensa.report.ChainFigures;
import org.rensa.report.FinalReports;
import org.rensa.report.OutputFormat;
import org.rensa.report.ReportGenerator;
import org.rensa.report.ReportOptions;
import org.rensa.report.ReportSettings;
import org.rensa.report.ReportSigner;
import org.rensa.report.ReportType;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa report DIR --type visit|remediation|portfolio …}: writes reports as PDF, DOCX and
 * (for remediation plans) the XLSX tracker. Without {@code --org} and {@code --visit}, a visit or
 * remediation report is written for every visit or organisation with findings.
 */
@Component(service = CliCommand.class)
public final class ReportCommand implements CliCommand<ReportCommand.Arguments> {

	/** Draws the supply-chain figures when the diagram bundle is present. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	private volatile ChainFigures figures;

	/** The declared arguments; {@code null} for an option not given (the project's settings apply). */
	@Command(name = "report", description = { "audit reports, remediation plans (+ XLSX tracker) and the portfolio summary",
			"(defaults from DIR/settings/report.properties, which the options override)" })
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path project;

		@Option(names = "--type", required = true, paramLabel = "visit|remediation|portfolio", converter = TypeConverter.class,
				description = "the document: visit audit reports, remediation plans or the portfolio summary")
		ReportType type;

		@Option(names = "--out", required = true, paramLabel = "OUTDIR", description = "the folder the files are written to")
		Path out;

		@Option(names = "--org", paramLabel = "ID|NAME", description = "only this organisation")
		String org;

		@Option(names = "--visit", paramLabel = "ID", description = "only this visit")
		String visit;

		@Mixin
		LanguageOption language;

		@Option(names = "--format", paramLabel = "pdf,docx,xlsx", split = ",", hideParamSyntax = true, converter = FormatConverter.class,
				description = "the file formats (default pdf); xlsx: the remediation tracker")
		List<OutputFormat> formats;

		@Option(names = { "--anonymise", "--anonymize" }, description = "pseudonyms for organisations, people and files")
		boolean anonymise;

		@Option(names = "--audience", paramLabel = "CLEAR|GREEN|AMBER|AMBER+STRICT|RED", converter = TlpConverter.class,
				description = "the TLP label of the document; stricter findings and evidence are left out (default AMBER)")
		Tlp audience;

		@Option(names = "--consultancy", paramLabel = "NAME", description = "the issuer of the reports")
		String consultancy;

		@Option(names = "--consultancy-logo", paramLabel = "PNG|JPEG", description = "the issuer's logo")
		Path consultancyLogo;

		@Option(names = "--client", paramLabel = "NAME", description = "the client named on the cover")
		String client;

		@Option(names = "--client-logo", paramLabel = "PNG|JPEG", description = "the client's logo")
		Path clientLogo;

		@Option(names = "--font", paramLabel = "FILE.ttc", description = "the CJK font collection to embed")
		Path font;

		@Option(names = "--final", description = "record each file's version, date and SHA-256 in the project (model/settings/"
				+ FinalReports.FILE + "); with tsa.url set there, seal the evidence log heads")
		boolean finalise;

		@Option(names = "--sign-keystore", paramLabel = "FILE.p12", description = { "with --final: sign each PDF (PAdES) with the key "
				+ "of this PKCS#12 file", "(default: " + FinalReports.KEYSTORE + " in model/settings/" + FinalReports.FILE + ")" })
		Path signKeystore;

		@Option(names = "--sign-password-env", paramLabel = "VAR", description = "the environment variable holding the keystore's password "
				+ "(never stored)")
		String signPasswordEnv;

		/** @return the formats given, else PDF */
		Set<OutputFormat> formats() {
			return formats == null || formats.isEmpty() ? EnumSet.of(OutputFormat.PDF) : EnumSet.copyOf(formats);
		}
	}

	/** Converts a report type. */
	public static final class TypeConverter implements ITypeConverter<ReportType> {
		@Override
		public ReportType convert(String value) {
			try {
				return ReportType.parse(value);
			} catch (IllegalArgumentException e) {
				throw CliValues.expected("visit, remediation or portfolio");
			}
		}
	}

	/** Converts an output format. */
	public static final class FormatConverter implements ITypeConverter<OutputFormat> {
		@Override
		public OutputFormat convert(String value) {
			try {
				return OutputFormat.parse(value);
			} catch (IllegalArgumentException e) {
				throw CliValues.expected("pdf, docx or xlsx");
			}
		}
	}

	/** Converts a TLP label. */
	public static final class TlpConverter implements ITypeConverter<Tlp> {
		@Override
		public Tlp convert(String value) {
			Tlp tlp = ReportSettings.parseTlp(value);
			if (tlp == null) {
				throw CliValues.expected("CLEAR, GREEN, AMBER, AMBER+STRICT or RED");
			}
			return tlp;
		}
	}

	private final Function<String, String> environment;

	/** The command as the command line runs it: passwords from the process environment. */
	public ReportCommand() {
		this(System::getenv);
	}

	/**
	 * @param environment where {@code --sign-password-env} variables are looked up
	 */
	public ReportCommand(Function<String, String> environment) {
		this.environment = environment;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments a, CliContext context) throws CliException, IOException {
		if (!Files.isDirectory(a.project)) {
			throw new CliException("not a project directory: " + a.project);
		}
		if (a.font != null && !Files.isReadable(a.font)) {
			throw new CliException("font not found: " + a.font);
		}
		for (Path logo : new Path[] { a.consultancyLogo, a.clientLogo }) {
			if (logo != null && !Files.isReadable(logo)) {
				throw new CliException("logo not found: " + logo);
			}
			String problem = logo == null ? null : ReportSettings.imageProblem(logo);
			if (problem != null) {
				throw new CliException("unusable logo: " + logo + ": " + problem);
			}
		}
		AuditProjectDocument document = context.readProject(a.project);
		if (a.formats().contains(OutputFormat.XLSX) && a.type == ReportType.REMEDIATION && WorkbookSeal.of(document).isEmpty()) {
			// The tracker is sealed like a questionnaire: the key must be saved before a tracker leaves the project.
			AuditProjectDocument writable = context.storage().load(a.project);
			if (WorkbookSeal.of(writable).isEmpty()) {
				WorkbookSeal.create(writable);
				context.storage().save(writable);
				context.out().println("created the project's workbook key model/" + WorkbookSeal.KEY_FILE
						+ " (keep it with the project: returned trackers are checked with it)");
			}
			document = context.storage().loadReadOnly(a.project);
		}
		List<String> warnings = new ArrayList<>();
		ReportOptions options;
		try {
			options = options(a, ReportSettings.of(document), LocalDate.now(context.clock()), warnings);
		} catch (ReportSettings.SettingsException e) {
			throw new CliException(e.getMessage());
		}
		warnings.forEach(w -> context.err().println("rensa: warning: " + w));
		Organization organization = a.org == null ? null : organization(document, a.org);
		Visit visit = a.visit == null ? null : visit(document, a.visit);
		if (Files.exists(a.out) && !Files.isDirectory(a.out)) {
			throw new CliException("output is not a folder: " + a.out);
		}
		ReportSigner signer = signer(a, document, context);
		ReportGenerator generator = new ReportGenerator(document, options, figures);
		List<ReportGenerator.Skipped> skipped = generator.skipped(a.type, organization);
		List<ReportGenerator.Target> targets = generator.writable(generator.targets(a.type, organization, visit));
		if (targets.isEmpty()) {
			String why = skipped.size() == 1 ? ": " + reason(skipped.get(0), options) : "";
			throw new CliException("nothing to report: no " + (a.type == ReportType.VISIT ? "visit" : "organisation with findings")
					+ (organization == null ? "" : " for " + a.org) + why, RensaCommand.USAGE);
		}
		if (organization != null) {
			// one organisation asked for: say why its document is missing; for all, the list of the others is noise
			skipped.forEach(skip -> context.err().println("rensa: skipped " + reason(skip, options)));
		} else {
			skipped.stream().filter(skip -> skip.reason() == ReportGenerator.SkipReason.ALL_WITHHELD)
					.forEach(skip -> context.err().println("rensa: skipped " + reason(skip, options)));
		}
		if (a.formats().contains(OutputFormat.XLSX) && a.type != ReportType.REMEDIATION && a.formats().size() == 1) {
			throw new CliException("--format xlsx applies to --type remediation only");
		}
		List<Path> written;
		try {
			written = generator.write(targets, a.formats(), a.out, null, null);
		} catch (java.nio.file.AccessDeniedException e) {
			throw new CliException("output folder is not writable: " + a.out);
		} catch (IOException e) {
			throw new CliException(e.getMessage() == null ? e.toString() : e.getMessage());
		}
		List<String> lines = new ArrayList<>();
		for (Path file : written) {
			lines.add(file.toString());
		}
		lines.forEach(context.out()::println);
		if (signer != null) {
			sign(signer, FinalReports.of(document).tsa().orElse(null), written, context);
		}
		if (a.finalise) {
			finalise(a.project, written, context);
		}
		return RensaCommand.OK;
	}

	/**
	 * @param skip    a document left out
	 * @param options the request's options (its TLP audience)
	 * @return which document and why, in one line
	 */
	static String reason(ReportGenerator.Skipped skip, ReportOptions options) {
		String organization = skip.organization() == null ? "" : Language.ENGLISH.label(skip.organization());
		return switch (skip.reason()) {
		case NO_FINDINGS -> "the remediation plan of " + organization + ": it has no findings";
		case ALL_WITHHELD -> "the remediation plan of " + organization + ": every finding is marked stricter than TLP:"
				+ options.audience().getLiteral().replace('_', '+') + " (--audience), the plan would be empty";
		case NO_VISITS -> "the visit reports of " + organization + ": it was never visited";
		};
	}

	/**
	 * The signer of a final issue: the keystore given, else the project's; {@code null} when neither.
	 * Opened (password, certificate validity) before anything is written.
	 */
	private ReportSigner signer(Arguments a, AuditProjectDocument document, CliContext context) throws CliException, IOException {
		if (!a.finalise) {
			if (a.signKeystore != null || a.signPasswordEnv != null) {
				throw new CliException("--sign-keystore and --sign-password-env apply to --final only", RensaCommand.USAGE);
			}
			return null;
		}
		Path keystore = a.signKeystore;
		if (keystore == null) {
			keystore = FinalReports.of(document).keystore(a.project).orElse(null);
		}
		if (keystore == null) {
			if (a.signPasswordEnv != null) {
				throw new CliException("--sign-password-env: no keystore (give --sign-keystore or set " + FinalReports.KEYSTORE + ")",
						RensaCommand.USAGE);
			}
			return null;
		}
		if (a.signPasswordEnv == null) {
			throw new CliException("signing keystore " + keystore + ": give its password with --sign-password-env VAR", RensaCommand.USAGE);
		}
		String password = environment.apply(a.signPasswordEnv);
		if (password == null) {
			throw new CliException("--sign-password-env: the environment variable " + a.signPasswordEnv + " is not set", RensaCommand.USAGE);
		}
		char[] characters = password.toCharArray();
		try {
			return ReportSigner.open(keystore, characters, context.clock().instant());
		} catch (IOException e) {
			throw new CliException(e.getMessage());
		} finally {
			java.util.Arrays.fill(characters, '\0');
		}
	}

	/** Signs every PDF written, each replaced atomically by its signed version. */
	private static void sign(ReportSigner signer, java.net.URI tsa, List<Path> written, CliContext context) throws CliException {
		for (Path file : written) {
			if (!file.getFileName().toString().endsWith(".pdf")) {
				continue;
			}
			try {
				signer.signInPlace(file, tsa, context.clock().instant());
			} catch (IOException e) {
				throw new CliException("report --final: " + file.getFileName() + ": " + e.getMessage() + "; not signed and not finalised");
			}
			context.out().println("signed " + file + " (" + signer.signer() + (tsa == null ? "" : ", time stamp from " + tsa) + ")");
		}
	}

	/**
	 * Records every file written in the register of final reports (version, date, SHA-256) as one
	 * command and saves the project; with a time-stamping authority set, the evidence log heads are
	 * sealed first.
	 */
	static void finalise(Path project, List<Path> written, CliContext context) throws CliException, IOException {
		AuditProjectDocument document = context.storage().load(project);
		FinalReports register = FinalReports.of(document);
		java.util.Optional<java.net.URI> tsa = register.tsa();
		if (tsa.isPresent()) {
			try {
				EvidenceSeal.Sealed sealed = EvidenceSeal.seal(document, tsa.get(), context.clock());
				context.out().println("sealed " + sealed.logs() + " evidence log heads: " + sealed.tsr() + " (" + sealed.time() + ", "
						+ sealed.authority() + ")");
			} catch (IOException e) {
				if (EvidenceLogHeads.of(document).recorded().isEmpty()) {
					context.err().println("rensa: warning: " + e.getMessage());
				} else {
					throw new CliException("report --final: " + e.getMessage() + "; the reports were written but not finalised");
				}
			}
		}
		LocalDate today = LocalDate.now(context.clock());
		List<FinalReports.Entry> added = new ArrayList<>();
		for (Path file : written) {
			added.add(register.next(file, today));
		}
		new BasicCommandStack().execute(register.record(document, added));
		context.storage().save(document);
		for (FinalReports.Entry entry : added) {
			context.out().println("final " + entry);
		}
	}

	/**
	 * The options of one run: each given option, else the project's setting, else the default
	 * (English, TLP:AMBER, no branding, the system's CJK font).
	 */
	static ReportOptions options(Arguments a, ReportSettings settings, LocalDate today, List<String> warnings) {
		ReportOptions.Branding branding = settings.branding(a.project,
				new ReportSettings.Overrides(a.consultancy, a.consultancyLogo, a.clientLogo, a.client), warnings);
		Locale locale = a.language.given() != null ? a.language.given() : settings.language() != null ? settings.language() : Locale.ENGLISH;
		Tlp audience = a.audience != null ? a.audience : settings.audience() != null ? settings.audience() : Tlp.AMBER;
		Path font = a.font != null ? a.font : settings.usableFont(a.project, warnings);
		return new ReportOptions(locale, audience, a.anonymise, today, branding, font, a.finalise);
	}

	static Organization organization(AuditProjectDocument document, String key) throws CliException {
		return ElementLookup.organization(document.getProject(), key);
	}

	private static Visit visit(AuditProjectDocument document, String key) throws CliException {
		for (Visit visit : document.getProject().getVisits()) {
			if (key.equals(visit.getId())) {
				return visit;
			}
		}
		throw new CliException("unknown visit: " + key);
	}
}
