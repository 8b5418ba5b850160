// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;

/**
 * {@code rensa benchmark [DIR|none] [--organizations N] [--responses N] [--evidence N]}: the storage
 * benchmark ({@link Benchmark}) on a generated project or a copy of an existing one.
 */
@Component(service = CliCommand.class)
public final class BenchmarkCommand implements CliCommand {

	@Override
	public String name() {
		return "benchmark";
	}

	@Override
	public String synopsis() {
		return "benchmark [DIR|none] [--organizations N] [--responses N] [--evidence N]\n  time load and save";
	}

	@Override
	public int run(List<String> args, CliContext context) throws CliException, IOException {
		CommandArgs arguments = CommandArgs.parse(args, Set.of("organizations", "responses", "evidence"));
		String source = arguments.optionalPositional();
		return new Benchmark(context.out(), context.storage()).run(
				source == null || source.equals("none") ? null : Paths.get(source),
				arguments.intOption("organizations", 10000, 0), arguments.intOption("responses", 200000, 0),
				arguments.intOption("evidence", 50000, 0));
	}
}
