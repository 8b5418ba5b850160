// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.CliValues;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa benchmark [DIR|none] [--organizations N] [--responses N] [--evidence N] [--keep DIR]}: the storage
 * benchmark ({@link Benchmark}) on a generated project or a copy of an existing one.
 */
@Component(service = CliCommand.class)
public final class BenchmarkCommand implements CliCommand<BenchmarkCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "benchmark", description = "time load and save of a large project (generated, or a copy of DIR)")
	public static final class Arguments {
		@Parameters(index = "0", arity = "0..1", paramLabel = "DIR|none", description = "a project to measure (read, never written); none: generate one")
		Path source;

		@Option(names = "--organizations", paramLabel = "N", converter = CliValues.WholeNumber.class, description = "organisations to generate (default 10000)")
		int organizations = 10000;

		@Option(names = "--responses", paramLabel = "N", converter = CliValues.WholeNumber.class, description = "responses to generate (default 200000)")
		int responses = 200000;

		@Option(names = "--evidence", paramLabel = "N", converter = CliValues.WholeNumber.class, description = "evidence records to generate (default 50000)")
		int evidence = 50000;

		@Option(names = "--keep", paramLabel = "DIR", description = "measure in DIR (absent or empty) and keep the project there afterwards")
		Path keep;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		Path source = arguments.source;
		Path keep = arguments.keep;
		if (keep != null && Files.exists(keep) && !isEmptyDirectory(keep)) {
			throw new CliException(keep + ": exists and is not an empty directory");
		}
		return new Benchmark(context.out(), context.storage()).run(
				source == null || source.toString().equals("none") ? null : source, keep, arguments.organizations,
				arguments.responses, arguments.evidence);
	}

	private static boolean isEmptyDirectory(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return false;
		}
		try (var entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
	}
}
