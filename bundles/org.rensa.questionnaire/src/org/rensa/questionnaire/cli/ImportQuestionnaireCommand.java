// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Assessment;
import org.rensa.questionnaire.CellProblem;
import org.rensa.questionnaire.MappingGuess;
import org.rensa.questionnaire.MappedImporter;
import org.rensa.questionnaire.QuestionnaireFormatException;
import org.rensa.questionnaire.QuestionnaireImporter;
import org.rensa.questionnaire.ReadResult;
import org.rensa.questionnaire.WorkbookMapping;
import org.rensa.questionnaire.WorkbookMappingGuesser;
import org.rensa.questionnaire.WorkbookPreview;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa import-questionnaire DIR FILE.xlsx [--assessment ID] [--mapping NAME | --map COLUMNS|auto
 * [--values VALUES] [--save-mapping NAME]] [--dry-run]}: reads declared answers back. Every unreadable
 * cell is listed and nothing is written (exit 1); a file that is not a valid answer sheet changes
 * nothing (exit 2).
 */
@Component(service = CliCommand.class)
public final class ImportQuestionnaireCommand implements CliCommand<ImportQuestionnaireCommand.Arguments> {

	/** The {@code --map} value asking for the columns to be guessed from the header texts. */
	private static final String AUTO = "auto";

	/** The declared arguments. */
	@Command(name = "import-questionnaire", description = {
			"read a returned self-check workbook into the assessment's declared answers",
			"third-party sheets: --assessment ID --map sheet=S,first-row=2,id=A,question=B,answer=D,comment=E",
			"  (sheet=GV*|ID* several sheets, id=B:REGEX an id found by a pattern, answer2=F a second answer: the weaker counts)",
			"  or --map auto (guessed from the header texts, printed)",
			"  [--values 'Yes=DONE;No=NOT_DONE'] [--save-mapping NAME], later --mapping NAME" })
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path directory;

		@Parameters(index = "1", paramLabel = "FILE.xlsx", description = "the returned workbook")
		Path file;

		@Option(names = "--assessment", paramLabel = "ID", description = "the assessment to import into (needed for third-party sheets)")
		String assessment;

		@Option(names = "--mapping", paramLabel = "NAME", description = "a column mapping saved with --save-mapping")
		String mapping;

		@Option(names = "--map", paramLabel = "COLUMNS", description = "the columns of a third-party sheet: sheet=S,first-row=2,id=A,question=B,answer=D,comment=E, or auto")
		String map;

		@Option(names = "--values", paramLabel = "VALUES", description = "what the answers mean, e.g. 'Yes=DONE;No=NOT_DONE'")
		String values;

		@Option(names = "--save-mapping", paramLabel = "NAME", description = "save --map and --values under this name")
		String saveMapping;

		@Option(names = "--dry-run", description = "show what would be imported; change nothing")
		boolean dryRun;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments options, CliContext context) throws CliException, IOException {
		Path directory = options.directory;
		Path file = options.file;
		boolean dryRun = options.dryRun;
		String assessmentId = options.assessment;
		WorkbookMapping mapping = mapping(options, directory, file, context);
		if (mapping != null && assessmentId == null) {
			throw new CliException(name() + ": a mapped import needs --assessment ID");
		}
		AuditProjectDocument document = dryRun ? context.storage().loadReadOnly(directory) : context.openProject(directory);
		ReadResult result;
		try {
			if (mapping == null) {
				result = QuestionnaireImporter.read(file, document, assessmentId);
			} else {
				Assessment assessment = QuestionnaireImporter.findAssessment(document.getProject(), assessmentId);
				if (assessment == null) {
					throw new CliException(name() + ": no assessment " + assessmentId + " in " + directory);
				}
				result = MappedImporter.read(file, assessment, mapping);
			}
		} catch (QuestionnaireFormatException e) {
			throw new CliException(name() + ": " + e.getMessage() + "; nothing imported");
		}
		if (!result.problems().isEmpty()) {
			for (CellProblem problem : result.problems()) {
				context.out().println(problem);
			}
			context.out().println(result.problems().size() + " unreadable cell(s) in " + file.getFileName() + "; nothing imported");
			return RensaCommand.FINDINGS;
		}
		if (options.saveMapping != null && mapping != null) {
			Path saved = mappingFile(directory, options.saveMapping);
			mapping.save(saved);
			context.out().println("saved mapping " + saved);
		}
		int changed = QuestionnaireImporter.apply(result, LocalDate.now(context.clock()));
		if (!dryRun && changed > 0) {
			context.storage().save(document);
		}
		long answered = result.responses().stream().filter(r -> r.answer() != org.rensa.model.DeclaredAnswer.UNANSWERED).count();
		context.out().println((dryRun ? "would import " : "imported ") + result.responses().size() + " rows (" + answered
				+ " answered) for assessment " + result.assessment().getId() + ": " + changed + " changed");
		return RensaCommand.OK;
	}

	private WorkbookMapping mapping(Arguments options, Path directory, Path workbook, CliContext context) throws CliException {
		try {
			if (options.mapping != null) {
				Path file = mappingFile(directory, options.mapping);
				if (!Files.isRegularFile(file)) {
					throw new CliException(name() + ": no saved mapping " + file);
				}
				return WorkbookMapping.load(file);
			}
			if (options.map != null) {
				String columns = options.map;
				if (AUTO.equals(columns)) {
					columns = guessedColumns(workbook, context);
				}
				return WorkbookMapping.parse(columns, options.values);
			}
			if (options.values != null || options.saveMapping != null) {
				throw new CliException(name() + ": --values and --save-mapping need --map");
			}
			return null;
		} catch (IllegalArgumentException | IOException e) {
			throw new CliException(name() + ": " + e.getMessage());
		}
	}

	/** {@code --map auto}: the columns guessed from the header texts, printed so that they can be given next time. */
	private String guessedColumns(Path file, CliContext context) throws IOException, CliException {
		MappingGuess guess = WorkbookMappingGuesser.guess(WorkbookPreview.read(file));
		if (!guess.isComplete()) {
			throw new CliException(name() + ": cannot guess the columns of " + file.getFileName()
					+ ": no header row with an id column (項番, No, …) and an answer column (回答, answer, …) in its first "
					+ WorkbookMappingGuesser.HEADER_ROWS + " rows; give them with --map sheet=S,first-row=N,id=A,answer=D");
		}
		context.out().println("guessed --map '" + guess.columns() + "'");
		return guess.columns();
	}

	private Path mappingFile(Path directory, String mappingName) throws CliException {
		try {
			return WorkbookMapping.file(directory, mappingName);
		} catch (IllegalArgumentException e) {
			throw new CliException(name() + ": " + e.getMessage());
		}
	}
}
