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

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Organization;
import org.rensa.model.Tlp;
import org.rensa.model.Visit;
import org.rensa.report.OutputFormat;
import org.rensa.report.ChainFigures;
import org.rensa.report.ReportGenerator;
import org.rensa.report.ReportOptions;
import org.rensa.report.ReportSettings;
import org.rensa.report.ReportType;

/**
 * {@code rensa report DIR --type visit|remediation|portfolio …}: writes reports as PDF, DOCX and
 * (for remediation plans) the XLSX tracker. Without {@code --org} and {@code --visit}, a visit or
 * remediation report is written for every visit or organisation with findings.
 */
@Component(service = CliCommand.class)
public final class ReportCommand implements CliCommand {

	/** Draws the supply-chain figures when the diagram bundle is present. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	private volatile ChainFigures figures;

	@Override
	public String name() {
		return "report";
	}

	@Override
	public String synopsis() {
		return """
				report DIR --type visit|remediation|portfolio --out OUTDIR [--org ID|NAME] [--visit ID]
				  [--lang ja|en] [--format pdf,docx,xlsx] [--anonymise] [--audience CLEAR|GREEN|AMBER|AMBER+STRICT|RED]
				  [--consultancy NAME] [--consultancy-logo PNG|JPEG] [--client NAME] [--client-logo PNG|JPEG] [--font FILE.ttc]
				  audit reports, remediation plans (+ XLSX tracker) and the portfolio summary;
				  defaults from the project's report settings, which the options override""";
	}

	/** The parsed arguments; {@code null} for an option not given (the project's settings apply). */
	record Arguments(Path project, ReportType type, String org, String visit, Locale locale, Set<OutputFormat> formats,
			boolean anonymise, Tlp audience, Path out, String consultancy, Path font, Path consultancyLogo, Path clientLogo, String client) {
	}

	static Arguments parse(List<String> args) throws CliException {
		Path project = null;
		ReportType type = null;
		String org = null;
		String visit = null;
		Locale locale = null;
		Set<OutputFormat> formats = EnumSet.of(OutputFormat.PDF);
		boolean anonymise = false;
		Tlp audience = null;
		Path out = null;
		String consultancy = null;
		String client = null;
		Path font = null;
		Path consultancyLogo = null;
		Path clientLogo = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--type" -> {
				String value = value(args, ++i, arg);
				try {
					type = ReportType.parse(value);
				} catch (IllegalArgumentException e) {
					throw new CliException("unknown report type: " + value + " (visit, remediation or portfolio)");
				}
			}
			case "--org" -> org = value(args, ++i, arg);
			case "--visit" -> visit = value(args, ++i, arg);
			case "--lang" -> {
				String value = value(args, ++i, arg);
				locale = ReportSettings.parseLanguage(value);
				if (locale == null) {
					throw new CliException("unknown language: " + value + " (ja or en)");
				}
			}
			case "--format" -> {
				formats = EnumSet.noneOf(OutputFormat.class);
				for (String part : value(args, ++i, arg).split(",")) {
					try {
						formats.add(OutputFormat.parse(part));
					} catch (IllegalArgumentException e) {
						throw new CliException("unknown format: " + part + " (pdf, docx or xlsx)");
					}
				}
			}
			case "--anonymise", "--anonymize" -> anonymise = true;
			case "--audience" -> {
				String value = value(args, ++i, arg);
				audience = ReportSettings.parseTlp(value);
				if (audience == null) {
					throw new CliException("unknown TLP: " + value + " (CLEAR, GREEN, AMBER, AMBER+STRICT or RED)");
				}
			}
			case "--out" -> out = Path.of(value(args, ++i, arg));
			case "--consultancy" -> consultancy = value(args, ++i, arg);
			case "--client" -> client = value(args, ++i, arg);
			case "--font" -> font = Path.of(value(args, ++i, arg));
			case "--consultancy-logo" -> consultancyLogo = Path.of(value(args, ++i, arg));
			case "--client-logo" -> clientLogo = Path.of(value(args, ++i, arg));
			default -> {
				if (arg.startsWith("--")) {
					throw new CliException("unknown option: " + arg);
				}
				if (project != null) {
					throw new CliException("unexpected argument: " + arg);
				}
				project = Path.of(arg);
			}
			}
		}
		if (project == null) {
			throw new CliException("usage: rensa report DIR --type visit|remediation|portfolio --out OUTDIR …");
		}
		if (type == null) {
			throw new CliException("missing --type (visit, remediation or portfolio)");
		}
		if (out == null) {
			throw new CliException("missing --out OUTDIR");
		}
		return new Arguments(project, type, org, visit, locale, formats, anonymise, audience, out, consultancy, font, consultancyLogo,
				clientLogo, client);
	}

	private static String value(List<String> args, int index, String option) throws CliException {
		if (index >= args.size() || args.get(index).startsWith("--")) {
			throw new CliException(option + " needs a value");
		}
		return args.get(index);
	}

	@Override
	public int run(List<String> args, CliContext context) throws CliException, IOException {
		Arguments a = parse(args);
		if (!Files.isDirectory(a.project())) {
			throw new CliException("not a project directory: " + a.project());
		}
		if (a.font() != null && !Files.isReadable(a.font())) {
			throw new CliException("font not found: " + a.font());
		}
		for (Path logo : new Path[] { a.consultancyLogo(), a.clientLogo() }) {
			if (logo != null && !Files.isReadable(logo)) {
				throw new CliException("logo not found: " + logo);
			}
			String problem = logo == null ? null : ReportSettings.imageProblem(logo);
			if (problem != null) {
				throw new CliException("unusable logo: " + logo + ": " + problem);
			}
		}
		AuditProjectDocument document = context.storage().loadReadOnly(a.project());
		List<String> warnings = new ArrayList<>();
		ReportOptions options;
		try {
			options = options(a, ReportSettings.of(document), LocalDate.now(context.clock()), warnings);
		} catch (ReportSettings.SettingsException e) {
			throw new CliException(e.getMessage());
		}
		warnings.forEach(w -> context.err().println("rensa: warning: " + w));
		Organization organization = a.org() == null ? null : organization(document, a.org());
		Visit visit = a.visit() == null ? null : visit(document, a.visit());
		if (Files.exists(a.out()) && !Files.isDirectory(a.out())) {
			throw new CliException("output is not a folder: " + a.out());
		}
		ReportGenerator generator = new ReportGenerator(document, options, figures);
		List<ReportGenerator.Target> targets = generator.targets(a.type(), organization, visit);
		if (targets.isEmpty()) {
			throw new CliException("nothing to report: no " + (a.type() == ReportType.VISIT ? "visit" : "organisation with findings")
					+ (organization == null ? "" : " for " + a.org()), RensaCommand.USAGE);
		}
		if (a.formats().contains(OutputFormat.XLSX) && a.type() != ReportType.REMEDIATION && a.formats().size() == 1) {
			throw new CliException("--format xlsx applies to --type remediation only");
		}
		List<Path> written;
		try {
			written = generator.write(targets, a.formats(), a.out(), null, null);
		} catch (java.nio.file.AccessDeniedException e) {
			throw new CliException("output folder is not writable: " + a.out());
		} catch (IOException e) {
			throw new CliException(e.getMessage() == null ? e.toString() : e.getMessage());
		}
		List<String> lines = new ArrayList<>();
		for (Path file : written) {
			lines.add(file.toString());
		}
		lines.forEach(context.out()::println);
		return RensaCommand.OK;
	}

	/**
	 * The options of one run: each given option, else the project's setting, else the default
	 * (English, TLP:AMBER, no branding, the system's CJK font).
	 */
	static ReportOptions options(Arguments a, ReportSettings settings, LocalDate today, List<String> warnings) {
		ReportOptions.Branding branding = settings.branding(a.project(),
				new ReportSettings.Overrides(a.consultancy(), a.consultancyLogo(), a.clientLogo(), a.client()), warnings);
		Locale locale = a.locale() != null ? a.locale() : settings.language() != null ? settings.language() : Locale.ENGLISH;
		Tlp audience = a.audience() != null ? a.audience() : settings.audience() != null ? settings.audience() : Tlp.AMBER;
		Path font = a.font() != null ? a.font() : settings.usableFont(a.project(), warnings);
		return new ReportOptions(locale, audience, a.anonymise(), today, branding, font);
	}

	private static Organization organization(AuditProjectDocument document, String key) throws CliException {
		for (Organization organization : document.getProject().getOrganizations()) {
			if (key.equals(organization.getId()) || key.equalsIgnoreCase(organization.getName()) || key.equals(organization.getNameJa())) {
				return organization;
			}
		}
		List<Organization> partial = document.getProject().getOrganizations().stream()
				.filter(o -> o.getName() != null && o.getName().toLowerCase(Locale.ROOT).contains(key.toLowerCase(Locale.ROOT))).toList();
		if (partial.size() == 1) {
			return partial.get(0);
		}
		throw new CliException(partial.isEmpty() ? "unknown organisation: " + key
				: "ambiguous organisation: " + key + " (" + partial.size() + " match; give the id or full name)");
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
