// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.oscal.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.CliValues;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Assessment;
import org.rensa.model.Tlp;
import org.rensa.oscal.OscalExport;
import org.rensa.report.cli.ReportCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa export-oscal DIR --assessment ID --type assessment-results|poam [--format json|xml] --out FILE
 * [--audience TLP] [--anonymise]}: writes an assessment's verification as OSCAL assessment results, or
 * its remediation as an OSCAL plan of action and milestones. Reads the project only.
 */
@Component(service = CliCommand.class)
public final class ExportOscalCommand implements CliCommand<ExportOscalCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "export-oscal", description = "an assessment's verification as OSCAL 1.1.3 assessment results, or its remediation as a POA&M")
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path project;

		@Option(names = "--assessment", paramLabel = "ID", required = true, description = "the assessment to export")
		String assessment;

		@Option(names = "--type", paramLabel = "assessment-results|poam", required = true, converter = TypeConverter.class,
				description = "assessment results (the verification) or a plan of action and milestones (the remediation)")
		OscalExport.Type type;

		@Option(names = "--format", paramLabel = "json|xml", converter = FormatConverter.class, description = "the OSCAL format (default json)")
		OscalExport.Format format = OscalExport.Format.JSON;

		@Option(names = "--audience", paramLabel = "CLEAR|GREEN|AMBER|AMBER+STRICT|RED", converter = ReportCommand.TlpConverter.class,
				description = "the TLP label of the export; stricter findings and evidence are left out (default AMBER)")
		Tlp audience = Tlp.AMBER;

		@Option(names = { "--anonymise", "--anonymize" }, description = "pseudonyms for organisations, people and files")
		boolean anonymise;

		@Option(names = "--out", paramLabel = "FILE", required = true, description = "the file to write")
		Path out;
	}

	/** {@code --type}: assessment-results or poam. */
	public static final class TypeConverter implements ITypeConverter<OscalExport.Type> {
		@Override
		public OscalExport.Type convert(String value) {
			try {
				return OscalExport.Type.of(value);
			} catch (IllegalArgumentException e) {
				throw CliValues.expected("assessment-results or poam");
			}
		}
	}

	/** {@code --format}: json or xml. */
	public static final class FormatConverter implements ITypeConverter<OscalExport.Format> {
		@Override
		public OscalExport.Format convert(String value) {
			try {
				return OscalExport.Format.of(value);
			} catch (IllegalArgumentException e) {
				throw CliValues.expected("json or xml");
			}
		}
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		OscalExport.Options options = new OscalExport.Options(arguments.type, arguments.format, arguments.audience, arguments.anonymise);
		AuditProjectDocument document = context.readProject(arguments.project);
		Assessment assessment = document.getProject().getAssessments().stream().filter(a -> arguments.assessment.equals(a.getId()))
				.findFirst().orElseThrow(() -> new CliException("export-oscal: no assessment with id " + arguments.assessment));
		OscalExport.Summary summary = OscalExport.write(document.getProject(), assessment, options, arguments.out);
		context.out().println("wrote " + arguments.out + ": OSCAL " + options.type().token() + " ("
				+ options.format().name().toLowerCase(java.util.Locale.ROOT) + "), " + summary.observations() + " observations, "
				+ summary.findings() + " findings, " + summary.risks() + " risks"
				+ (options.type() == OscalExport.Type.POAM ? ", " + summary.poamItems() + " poam-items" : "") + ", "
				+ summary.withheld() + " withheld for TLP:" + options.audience().getLiteral().replace('_', '+'));
		return RensaCommand.OK;
	}
}
