// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.security.WorkbookSeal;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Assessment;
import org.rensa.questionnaire.QuestionnaireExporter;
import org.rensa.questionnaire.QuestionnaireImporter;
import org.rensa.questionnaire.QuestionnaireLanguage;

/** {@code rensa export-questionnaire DIR --assessment ID --lang ja|en --out FILE.xlsx}. */
@Component(service = CliCommand.class)
public final class ExportQuestionnaireCommand implements CliCommand {

	@Override
	public String name() {
		return "export-questionnaire";
	}

	@Override
	public String synopsis() {
		return "export-questionnaire DIR --assessment ID --lang ja|en --out FILE.xlsx\n"
				+ "    the self-check workbook of an assessment for the supplier to fill in";
	}

	@Override
	public int run(List<String> args, CliContext context) throws CliException, IOException {
		Options options = new Options(name(), args, Set.of("--assessment", "--lang", "--out"), Set.of());
		if (options.positional.size() != 1 || !options.values.containsKey("--assessment") || !options.values.containsKey("--out")) {
			throw new CliException("usage: rensa " + synopsis().lines().findFirst().orElseThrow());
		}
		QuestionnaireLanguage language;
		try {
			language = QuestionnaireLanguage.of(options.values.getOrDefault("--lang", "en"));
		} catch (IllegalArgumentException e) {
			throw new CliException(name() + ": " + e.getMessage());
		}
		Path out = Paths.get(options.values.get("--out"));
		if (out.toAbsolutePath().getParent() == null || !Files.isDirectory(out.toAbsolutePath().getParent())) {
			throw new CliException(name() + ": directory of " + out + " does not exist");
		}
		Path directory = Paths.get(options.positional.get(0));
		AuditProjectDocument document = context.storage().loadReadOnly(directory);
		WorkbookSeal seal = WorkbookSeal.of(document).orElse(null);
		if (seal == null) {
			// The key must be saved before any workbook sealed with it leaves the project.
			document = context.storage().load(directory);
			seal = WorkbookSeal.of(document).orElse(null);
			if (seal == null) {
				seal = WorkbookSeal.create(document);
				context.storage().save(document);
				context.out().println("created the project's workbook key model/" + WorkbookSeal.KEY_FILE
						+ " (keep it with the project: returned workbooks are checked with it)");
			}
		}
		String id = options.values.get("--assessment");
		Assessment assessment = QuestionnaireImporter.findAssessment(document.getProject(), id);
		if (assessment == null) {
			throw new CliException(name() + ": no assessment " + id + " in " + options.positional.get(0));
		}
		if (assessment.getChecklist() == null) {
			throw new CliException(name() + ": assessment " + id + " has no checklist");
		}
		QuestionnaireExporter.export(assessment, language, seal, out);
		int requirements = assessment.getChecklist().getSections().stream().mapToInt(s -> s.getRequirements().size()).sum();
		context.out().println("wrote " + out + ": " + assessment.getChecklist().getSections().size() + " section sheets, "
				+ requirements + " requirements (" + language.name().toLowerCase() + ")");
		return RensaCommand.OK;
	}
}
