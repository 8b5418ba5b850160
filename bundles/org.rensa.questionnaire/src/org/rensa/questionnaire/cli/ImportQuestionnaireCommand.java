// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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

/**
 * {@code rensa import-questionnaire DIR FILE.xlsx [--assessment ID] [--mapping NAME | --map COLUMNS|auto
 * [--values VALUES] [--save-mapping NAME]] [--dry-run]}: reads declared answers back. Every unreadable
 * cell is listed and nothing is written (exit 1); a file that is not a valid answer sheet changes
 * nothing (exit 2).
 */
@Component(service = CliCommand.class)
public final class ImportQuestionnaireCommand implements CliCommand {

	/** The {@code --map} value asking for the columns to be guessed from the header texts. */
	private static final String AUTO = "auto";

	@Override
	public String name() {
		return "import-questionnaire";
	}

	@Override
	public String synopsis() {
		return "import-questionnaire DIR FILE.xlsx [--assessment ID] [--dry-run]\n"
				+ "    read a returned self-check workbook into the assessment's declared answers\n"
				+ "    third-party sheets: --assessment ID --map sheet=S,first-row=2,id=A,question=B,answer=D,comment=E\n"
				+ "      or --map auto (guessed from the header texts, printed)\n"
				+ "      [--values 'Yes=DONE;No=NOT_DONE'] [--save-mapping NAME], later --mapping NAME";
	}

	@Override
	public int run(List<String> args, CliContext context) throws CliException, IOException {
		Options options = new Options(name(), args, Set.of("--assessment", "--mapping", "--map", "--values", "--save-mapping"),
				Set.of("--dry-run"));
		if (options.positional.size() != 2) {
			throw new CliException("usage: rensa " + synopsis().lines().findFirst().orElseThrow());
		}
		Path directory = Paths.get(options.positional.get(0));
		Path file = Paths.get(options.positional.get(1));
		boolean dryRun = options.flags.contains("--dry-run");
		String assessmentId = options.values.get("--assessment");
		WorkbookMapping mapping = mapping(options, directory, file, context);
		if (mapping != null && assessmentId == null) {
			throw new CliException(name() + ": a mapped import needs --assessment ID");
		}
		AuditProjectDocument document = dryRun ? context.storage().loadReadOnly(directory) : context.storage().load(directory);
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
		if (options.values.containsKey("--save-mapping") && mapping != null) {
			Path saved = mappingFile(directory, options.values.get("--save-mapping"));
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

	private WorkbookMapping mapping(Options options, Path directory, Path workbook, CliContext context) throws CliException {
		try {
			if (options.values.containsKey("--mapping")) {
				Path file = mappingFile(directory, options.values.get("--mapping"));
				if (!Files.isRegularFile(file)) {
					throw new CliException(name() + ": no saved mapping " + file);
				}
				return WorkbookMapping.load(file);
			}
			if (options.values.containsKey("--map")) {
				String columns = options.values.get("--map");
				if (AUTO.equals(columns)) {
					columns = guessedColumns(workbook, context);
				}
				return WorkbookMapping.parse(columns, options.values.get("--values"));
			}
			if (options.values.containsKey("--values") || options.values.containsKey("--save-mapping")) {
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
		if (!mappingName.matches("[A-Za-z0-9._-]{1,64}") || mappingName.startsWith(".")) {
			throw new CliException(name() + ": mapping name '" + mappingName + "' may use letters, digits, . _ - only");
		}
		return directory.resolve(WorkbookMapping.DIRECTORY).resolve(mappingName + ".properties");
	}
}
