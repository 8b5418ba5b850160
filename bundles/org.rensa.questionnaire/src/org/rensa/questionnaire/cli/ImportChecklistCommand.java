// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.ElementLookup;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Organization;
import org.rensa.questionnaire.CellProblem;
import org.rensa.questionnaire.ChecklistMapping;
import org.rensa.questionnaire.QuestionnaireFormatException;
import org.rensa.questionnaire.WorkbookChecklist;
import org.rensa.questionnaire.WorkbookChecklistReader;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa import-checklist DIR FILE.xlsx --map SPEC | --mapping NAME [--name NAME] [--save-mapping NAME]
 * [--plan-for ORG] [--dry-run]}: adds the requirements of a third-party workbook to the project as a new
 * checklist (and, with {@code --plan-for}, a planned assessment of the organisation on it).
 * Rows the mapping misses are listed ({@code MISSED}); every unreadable cell and duplicate id is listed
 * and nothing is written (exit 1).
 */
@Component(service = CliCommand.class)
public final class ImportChecklistCommand implements CliCommand<ImportChecklistCommand.Arguments> {

	/** The declared arguments. */
	@picocli.CommandLine.Command(name = "import-checklist", description = {
			"add the requirements of a third-party workbook as a new checklist; SPEC e.g.",
			"  sheets=GV*|ID*,header-row=2,id=B:^(?<id>[A-Z]{2}\\.[A-Z]{2}-\\d{2}(\\.\\d+)?):\\s*(?<text>.*)$,text=B,section=sheet,level=C,guidance=D" })
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path directory;

		@Parameters(index = "1", paramLabel = "FILE.xlsx", description = "the workbook holding the requirements")
		Path file;

		@Option(names = "--map", paramLabel = "SPEC", description = "the checklist mapping (sheets, header-row, first-row, id, text, section, level, guidance, lang)")
		String map;

		@Option(names = "--mapping", paramLabel = "NAME", description = "a checklist mapping saved with --save-mapping")
		String mapping;

		@Option(names = "--name", paramLabel = "NAME", description = "the checklist's name (default: the file name)")
		String name;

		@Option(names = "--save-mapping", paramLabel = "NAME", description = "save --map under this name")
		String saveMapping;

		@Option(names = "--plan-for", paramLabel = "ORG", description = "also plan an assessment of this organisation (id or name) on the new checklist, for its filled copy of the workbook")
		String planFor;

		@Option(names = "--dry-run", description = "show what would be imported; change nothing")
		boolean dryRun;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments options, CliContext context) throws CliException, IOException {
		if ((options.map == null) == (options.mapping == null)) {
			throw new CliException(name() + ": give either --map SPEC or --mapping NAME");
		}
		Path directory = options.directory;
		Path file = options.file;
		boolean dryRun = options.dryRun;
		ChecklistMapping mapping = mapping(options, directory);
		Path saveTo = options.saveMapping != null ? mappingFile(directory, options.saveMapping) : null;
		String fileName = file.getFileName().toString();
		String checklistName = (options.name != null ? options.name : fileName.replaceFirst("(?i)\\.xlsx$", "")).strip();
		if (checklistName.isEmpty()) {
			throw new CliException(name() + ": --name must not be blank");
		}
		AuditProjectDocument document = dryRun ? context.storage().loadReadOnly(directory) : context.openProject(directory);
		Organization plannedFor = options.planFor == null ? null : ElementLookup.organization(document.getProject(), options.planFor);
		WorkbookChecklist result;
		try {
			result = WorkbookChecklistReader.read(file, mapping, checklistName);
		} catch (QuestionnaireFormatException e) {
			throw new CliException(name() + ": " + e.getMessage() + "; nothing imported");
		}
		for (CellProblem missed : result.missed()) {
			context.out().println("MISSED\t" + missed);
		}
		if (!result.problems().isEmpty()) {
			for (CellProblem problem : result.problems()) {
				context.out().println(problem);
			}
			context.out().println(result.problems().size() + " unreadable cell(s) or duplicate id(s) in " + fileName + "; nothing imported");
			return RensaCommand.FINDINGS;
		}
		if (result.requirements().isEmpty()) {
			throw new CliException(name() + ": " + fileName + ": the mapping finds no requirement in sheets "
					+ String.join(", ", result.sheets()) + "; nothing imported");
		}
		if (saveTo != null) {
			mapping.save(saveTo);
			context.out().println("saved mapping " + saveTo);
		}
		if (!dryRun) {
			BasicCommandStack stack = new BasicCommandStack();
			AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
					new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack);
			Command command = result.command(domain, document.getProject(), plannedFor);
			stack.execute(command);
			context.storage().save(document);
		}
		context.out().println((dryRun ? "would import " : "imported ") + "checklist \"" + checklistName + "\": "
				+ result.checklist().getSections().size() + " sections, " + result.requirements().size() + " requirements from "
				+ result.sheets().size() + " sheet(s), " + result.missed().size() + " row(s) missed"
				+ (dryRun ? "" : ", id " + result.checklist().getId()));
		if (plannedFor != null) {
			context.out().println((dryRun ? "would plan" : "planned") + " an assessment of " + plannedFor.getName() + " on it"
					+ (dryRun ? "" : ", id " + result.plannedAssessment(document.getProject()).getId()
							+ " (import its filled copy with import-questionnaire --assessment ID --map …)"));
		}
		return RensaCommand.OK;
	}

	private ChecklistMapping mapping(Arguments options, Path directory) throws CliException {
		try {
			if (options.mapping != null) {
				Path saved = mappingFile(directory, options.mapping);
				if (!Files.isRegularFile(saved)) {
					throw new CliException(name() + ": no saved checklist mapping " + saved);
				}
				return ChecklistMapping.load(saved);
			}
			return ChecklistMapping.parse(options.map);
		} catch (IllegalArgumentException | IOException e) {
			throw new CliException(name() + ": " + e.getMessage());
		}
	}

	private Path mappingFile(Path directory, String mappingName) throws CliException {
		try {
			return ChecklistMapping.file(directory, mappingName);
		} catch (IllegalArgumentException e) {
			throw new CliException(name() + ": " + e.getMessage());
		}
	}
}
