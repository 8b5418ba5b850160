// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.analysis.Attention;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.LanguageOption;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.validation.DiagnosticMessages;
import org.rensa.model.text.Language;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa attention DIR [--lang en|ja]}: what needs attention today ({@link Attention}), one line
 * per item ({@code KIND<TAB>URGENCY<TAB>element<TAB>sentence}), then a count; exit 1 when there is any.
 */
@Component(service = CliCommand.class)
public final class AttentionCommand implements CliCommand<AttentionCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "attention", description = "what needs attention today (overdue actions, overstated declarations, unverified requirements of open visits, expiring certifications, flow-down breaks, sensitive flows to never-assessed organisations); exit 1 if any")
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
	public int execute(Arguments arguments, CliContext context) throws CliException {
		Language language = Language.of(arguments.language.orElse(Locale.ENGLISH));
		AuditProjectDocument document = AnalysisCommands.readWithSettings(arguments.directory, context);
		List<Attention.Item> items = Attention.of(document, context.clock());
		for (Attention.Item item : items) {
			context.out().println(item.kind().name() + "\t" + item.urgency().name() + "\t"
					+ language.qualified(item.element()) + "\t" + item.text(language));
		}
		context.out().println(DiagnosticMessages.message("attention.summary", Integer.toString(items.size())).render(language));
		return items.isEmpty() ? RensaCommand.OK : RensaCommand.FINDINGS;
	}
}
