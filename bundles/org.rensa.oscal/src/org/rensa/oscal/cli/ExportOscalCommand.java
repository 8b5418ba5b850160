// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.oscal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Assessment;
import org.rensa.model.Tlp;
import org.rensa.oscal.OscalExport;
import org.rensa.report.ReportSettings;

/**
 * {@code rensa export-oscal DIR --assessment ID --type assessment-results|poam [--format json|xml] --out FILE
 * [--audience TLP] [--anonymise]}: writes an assessment's verification as OSCAL assessment results, or
 * its remediation as an OSCAL plan of action and milestones. Reads the project only.
 */
@Component(service = CliCommand.class)
public final class ExportOscalCommand implements CliCommand {

	/** The parsed arguments. */
	record Arguments(Path project, String assessment, OscalExport.Options options, Path out) {
	}

	@Override
	public String name() {
		return "export-oscal";
	}

	@Override
	public String synopsis() {
		return "export-oscal DIR --assessment ID --type assessment-results|poam [--format json|xml] --out FILE\n"
				+ "        [--audience CLEAR|GREEN|AMBER|AMBER+STRICT|RED] [--anonymise]\n"
				+ "    an assessment's verification as OSCAL 1.1.3 assessment results, or its remediation as a POA&M";
	}

	@Override
	public int run(List<String> args, CliContext context) throws CliException, IOException {
		Arguments arguments = parse(args);
		AuditProjectDocument document = context.storage().loadReadOnly(arguments.project());
		Assessment assessment = document.getProject().getAssessments().stream().filter(a -> arguments.assessment().equals(a.getId()))
				.findFirst().orElseThrow(() -> new CliException("export-oscal: no assessment with id " + arguments.assessment()));
		Path out = arguments.out().toAbsolutePath();
		Path temporary = Files.createTempFile(out.getParent(), ".rensa-oscal", ".tmp");
		OscalExport.Summary summary;
		try {
			try (OutputStream stream = Files.newOutputStream(temporary)) {
				summary = OscalExport.write(document.getProject(), assessment, arguments.options(), stream);
			}
			Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
		context.out().println("wrote " + arguments.out() + ": OSCAL " + arguments.options().type().token() + " ("
				+ arguments.options().format().name().toLowerCase(java.util.Locale.ROOT) + "), " + summary.observations() + " observations, "
				+ summary.findings() + " findings, " + summary.risks() + " risks"
				+ (arguments.options().type() == OscalExport.Type.POAM ? ", " + summary.poamItems() + " poam-items" : "") + ", "
				+ summary.withheld() + " withheld for TLP:" + arguments.options().audience().getLiteral().replace('_', '+'));
		return RensaCommand.OK;
	}

	static Arguments parse(List<String> args) throws CliException {
		Path project = null;
		String assessment = null;
		OscalExport.Type type = null;
		OscalExport.Format format = OscalExport.Format.JSON;
		Tlp audience = Tlp.AMBER;
		boolean anonymise = false;
		Path out = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--assessment" -> assessment = value(args, ++i, arg);
			case "--type" -> {
				String value = value(args, ++i, arg);
				try {
					type = OscalExport.Type.of(value);
				} catch (IllegalArgumentException e) {
					throw new CliException("export-oscal: unknown type " + value + " (assessment-results or poam)");
				}
			}
			case "--format" -> {
				String value = value(args, ++i, arg);
				try {
					format = OscalExport.Format.of(value);
				} catch (IllegalArgumentException e) {
					throw new CliException("export-oscal: unknown format " + value + " (json or xml)");
				}
			}
			case "--audience" -> {
				String value = value(args, ++i, arg);
				audience = ReportSettings.parseTlp(value);
				if (audience == null) {
					throw new CliException("export-oscal: unknown TLP " + value + " (CLEAR, GREEN, AMBER, AMBER+STRICT or RED)");
				}
			}
			case "--anonymise", "--anonymize" -> anonymise = true;
			case "--out" -> out = Path.of(value(args, ++i, arg));
			default -> {
				if (arg.startsWith("--")) {
					throw new CliException("export-oscal: unknown option " + arg);
				}
				if (project != null) {
					throw new CliException("export-oscal: unexpected argument " + arg);
				}
				project = Path.of(arg);
			}
			}
		}
		if (project == null || assessment == null || type == null || out == null) {
			throw new CliException("usage: rensa export-oscal DIR --assessment ID --type assessment-results|poam [--format json|xml] --out FILE"
					+ " [--audience TLP] [--anonymise]");
		}
		return new Arguments(project, assessment, new OscalExport.Options(type, format, audience, anonymise), out);
	}

	private static String value(List<String> args, int index, String option) throws CliException {
		if (index >= args.size() || args.get(index).startsWith("--")) {
			throw new CliException("export-oscal: " + option + " needs a value");
		}
		return args.get(index);
	}
}
