// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.questionnaire.CellProblem;
import org.rensa.questionnaire.ChecklistMapping;
import org.rensa.questionnaire.QuestionnaireFormatException;
import org.rensa.questionnaire.WorkbookChecklist;
import org.rensa.questionnaire.WorkbookChecklistReader;

/**
 * {@code rensa import-checklist DIR FILE.xlsx --map SPEC | --mapping NAME [--name NAME] [--save-mapping NAME]
 * [--dry-run]}: adds the requirements of a third-party workbook to the project as a new checklist.
 * Rows the mapping misses are listed ({@code MISSED}); every unreadable cell and duplicate id is listed
 * and nothing is written (exit 1).
 */
@Component(service = CliCommand.class)
public final class ImportChecklistCommand implements CliCommand {

	@Override
	public String name() {
		return "import-checklist";
	}

	@Override
	public String synopsis() {
		return "import-checklist DIR FILE.xlsx --map SPEC | --mapping NAME [--name NAME] [--save-mapping NAME] [--dry-run]\n"
				+ "    add the requirements of a third-party workbook as a new checklist; SPEC e.g.\n"
				+ "      sheets=GV*|ID*,header-row=2,id=B:^(?<id>[A-Z]{2}\\.[A-Z]{2}-\\d{2}(\\.\\d+)?):\\s*(?<text>.*)$,text=B,section=sheet,level=C,guidance=D";
	}

	@Override
	public int run(List<String> args, CliContext context) throws CliException, IOException {
		Options options = new Options(name(), args, Set.of("--map", "--mapping", "--name", "--save-mapping"), Set.of("--dry-run"));
		if (options.positional.size() != 2 || options.values.containsKey("--map") == options.values.containsKey("--mapping")) {
			throw new CliException("usage: rensa " + synopsis().lines().findFirst().orElseThrow());
		}
		Path directory = Paths.get(options.positional.get(0));
		Path file = Paths.get(options.positional.get(1));
		boolean dryRun = options.flags.contains("--dry-run");
		ChecklistMapping mapping = mapping(options, directory);
		Path saveTo = options.values.containsKey("--save-mapping") ? mappingFile(directory, options.values.get("--save-mapping")) : null;
		String fileName = file.getFileName().toString();
		String checklistName = options.values.getOrDefault("--name", fileName.replaceFirst("(?i)\\.xlsx$", "")).strip();
		if (checklistName.isEmpty()) {
			throw new CliException(name() + ": --name must not be blank");
		}
		AuditProjectDocument document = dryRun ? context.storage().loadReadOnly(directory) : context.storage().load(directory);
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
			Command command = result.command(domain, document.getProject());
			stack.execute(command);
			context.storage().save(document);
		}
		context.out().println((dryRun ? "would import " : "imported ") + "checklist \"" + checklistName + "\": "
				+ result.checklist().getSections().size() + " sections, " + result.requirements().size() + " requirements from "
				+ result.sheets().size() + " sheet(s), " + result.missed().size() + " row(s) missed"
				+ (dryRun ? "" : ", id " + result.checklist().getId()));
		return RensaCommand.OK;
	}

	private ChecklistMapping mapping(Options options, Path directory) throws CliException {
		try {
			if (options.values.containsKey("--mapping")) {
				Path saved = mappingFile(directory, options.values.get("--mapping"));
				if (!Files.isRegularFile(saved)) {
					throw new CliException(name() + ": no saved checklist mapping " + saved);
				}
				return ChecklistMapping.load(saved);
			}
			return ChecklistMapping.parse(options.values.get("--map"));
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
