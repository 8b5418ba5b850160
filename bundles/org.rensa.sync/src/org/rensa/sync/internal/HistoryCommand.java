// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.sync.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.LanguageOption;
import org.rensa.core.cli.RensaCommand;
import org.rensa.model.text.Language;
import org.rensa.sync.GitSync;
import org.rensa.sync.SyncException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rensa history DIR [--element ID] [--lang en|ja]}: who changed what, when, per element, newest first. */
@Component(service = CliCommand.class)
public final class HistoryCommand implements CliCommand<HistoryCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "history", description = { "who changed what, when, per element, in plain words, newest first" })
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory (shared)")
		Path directory;

		@Option(names = "--element", paramLabel = "ID", description = "only this element and what it contains")
		String element;

		@Mixin
		LanguageOption language;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException {
		try {
			Language language = Language.of(arguments.language.orElse(Locale.ENGLISH));
			for (GitSync.HistoryEntry entry : new GitSync(context.storage(), null).history(arguments.directory, arguments.element, language)) {
				context.out().println(entry.line(language));
			}
			return RensaCommand.OK;
		} catch (SyncException e) {
			throw new CliException("history: " + e.getMessage());
		}
	}
}
