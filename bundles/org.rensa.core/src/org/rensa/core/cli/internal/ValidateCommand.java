// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.cli.LanguageOption;
import org.rensa.core.validation.DiagnosticMessages;
import org.rensa.core.validation.ProjectValidator;
import org.rensa.model.text.Language;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa validate DIR [--lang en|ja]}: every diagnostic with severity and element; exit 1 on errors.
 */
@Component(service = CliCommand.class)
public final class ValidateCommand implements CliCommand<ValidateCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "validate", description = "check the project; exit 1 on errors")
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path directory;

		@Mixin
		LanguageOption language;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		Language language = Language.of(arguments.language.orElse(Locale.ENGLISH));
		AuditProjectDocument document = context.readProject(arguments.directory);
		Diagnostic diagnostic = ProjectValidator.withChainAnalysis(context.clock()).validate(document);
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		for (Diagnostic leaf : ProjectValidator.leaves(diagnostic)) {
			String severity;
			switch (leaf.getSeverity()) {
			case Diagnostic.ERROR, Diagnostic.CANCEL -> {
				severity = "ERROR";
				errors++;
			}
			case Diagnostic.WARNING -> {
				severity = "WARNING";
				warnings++;
			}
			default -> {
				severity = "INFO";
				infos++;
			}
			}
			String label = language.qualified(DiagnosticMessages.subject(leaf));
			context.out().println(severity + "\t" + label + "\t" + DiagnosticMessages.render(leaf, language));
		}
		context.out().println(errors + " errors, " + warnings + " warnings, " + infos + " infos");
		return errors > 0 ? RensaCommand.FINDINGS : RensaCommand.OK;
	}
}
