// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.LanguageOption;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.security.WorkbookSeal;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Assessment;
import org.rensa.questionnaire.QuestionnaireExporter;
import org.rensa.questionnaire.QuestionnaireImporter;
import org.rensa.questionnaire.QuestionnaireLanguage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rensa export-questionnaire DIR --assessment ID --lang ja|en --out FILE.xlsx}. */
@Component(service = CliCommand.class)
public final class ExportQuestionnaireCommand implements CliCommand<ExportQuestionnaireCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "export-questionnaire", description = "the self-check workbook of an assessment for the supplier to fill in")
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path directory;

		@Option(names = "--assessment", required = true, paramLabel = "ID", description = "the assessment")
		String assessment;

		@Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "the workbook to write")
		Path out;

		@Mixin
		LanguageOption language;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		QuestionnaireLanguage language = QuestionnaireLanguage.of(arguments.language.orElse(Locale.ENGLISH).getLanguage());
		Path out = arguments.out;
		if (out.toAbsolutePath().getParent() == null || !Files.isDirectory(out.toAbsolutePath().getParent())) {
			throw new CliException(name() + ": directory of " + out + " does not exist");
		}
		Path directory = arguments.directory;
		AuditProjectDocument document = context.storage().loadReadOnly(directory);
		WorkbookSeal seal = WorkbookSeal.of(document).orElse(null);
		if (seal == null) {
			// The key must be saved before any workbook sealed with it leaves the project.
			document = context.openProject(directory);
			seal = WorkbookSeal.of(document).orElse(null);
			if (seal == null) {
				seal = WorkbookSeal.create(document);
				context.storage().save(document);
				context.out().println("created the project's workbook key model/" + WorkbookSeal.KEY_FILE
						+ " (keep it with the project: returned workbooks are checked with it)");
			}
		}
		String id = arguments.assessment;
		Assessment assessment = QuestionnaireImporter.findAssessment(document.getProject(), id);
		if (assessment == null) {
			throw new CliException(name() + ": no assessment " + id + " in " + arguments.directory);
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
