// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Organization;
import org.rensa.questionnaire.CellProblem;
import org.rensa.questionnaire.QuestionnaireFormatException;
import org.rensa.report.tracker.TrackerChange;
import org.rensa.report.tracker.TrackerImporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa import-tracker DIR FILE.xlsx [--org ORG] [--dry-run]}: reads a remediation tracker a
 * supplier sent back, lists every change (status, completion date, comment, management response, its
 * author and date) and applies them as one command. An unreadable cell is listed and nothing changes
 * (exit 1); a refused file (another supplier's, another project's, an altered id sheet, a hostile
 * workbook) changes nothing (exit 2, one line).
 */
@Component(service = CliCommand.class)
public final class ImportTrackerCommand implements CliCommand<ImportTrackerCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "import-tracker", description = "read a returned remediation tracker: action status, dates, comments, management responses")
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path directory;

		@Parameters(index = "1", paramLabel = "FILE.xlsx", description = "the returned tracker")
		Path file;

		@Option(names = "--org", paramLabel = "ORG", description = "refuse the tracker unless it is this supplier's (id or name)")
		String org;

		@Option(names = "--dry-run", description = "list the changes; change nothing")
		boolean dryRun;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		AuditProjectDocument document = arguments.dryRun ? context.storage().loadReadOnly(arguments.directory)
				: context.storage().load(arguments.directory);
		Organization expected = arguments.org == null ? null : ReportCommand.organization(document, arguments.org);
		TrackerImporter.Result result;
		try {
			result = TrackerImporter.read(arguments.file, document, expected);
		} catch (QuestionnaireFormatException e) {
			throw new CliException(name() + ": " + e.getMessage() + "; nothing imported");
		}
		if (!result.problems().isEmpty()) {
			for (CellProblem problem : result.problems()) {
				context.out().println(problem);
			}
			context.out().println(result.problems().size() + " unreadable cell(s) in " + arguments.file.getFileName() + "; nothing imported");
			return RensaCommand.FINDINGS;
		}
		for (TrackerChange change : result.changes()) {
			context.out().println((arguments.dryRun ? "would change " : "changed ") + change);
		}
		for (TrackerChange newer : result.kept()) {
			context.out().println("kept " + newer.code() + " " + newer.field() + ": '" + newer.before() + "' (changed in the project after the"
					+ " tracker was sent; the tracker still shows '" + newer.after() + "')");
		}
		if (!arguments.dryRun && !result.changes().isEmpty()) {
			AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
					new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
			domain.getCommandStack().execute(result.command(domain));
			context.storage().save(document);
		}
		Organization organization = result.organization();
		context.out().println((arguments.dryRun ? "would import " : "imported ") + result.rows() + " action row(s) of "
				+ (organization.getName() == null ? organization.getId() : organization.getName()) + ": " + result.changes().size() + " change(s)");
		return RensaCommand.OK;
	}
}
