// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rensa.core.cli.CliException;

/** The arguments of an analysis command: positionals and {@code --name value} options. */
final class CommandArgs {

	private final List<String> positionals = new ArrayList<>();
	private final Map<String, String> options = new LinkedHashMap<>();

	private CommandArgs() {
	}

	static CommandArgs parse(List<String> args, Set<String> allowed) throws CliException {
		CommandArgs result = new CommandArgs();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--")) {
				String name = arg.substring(2);
				if (!allowed.contains(name)) {
					throw new CliException("unknown option '" + arg + "'");
				}
				if (i + 1 >= args.size()) {
					throw new CliException("option '" + arg + "' needs a value");
				}
				result.options.put(name, args.get(++i));
			} else {
				result.positionals.add(arg);
			}
		}
		return result;
	}

	Path directory() throws CliException {
		if (positionals.size() != 1) {
			throw new CliException(positionals.isEmpty() ? "missing DIR" : "unexpected argument '" + positionals.get(1) + "'");
		}
		return Paths.get(positionals.get(0));
	}

	void noPositionals() throws CliException {
		if (!positionals.isEmpty()) {
			throw new CliException("unexpected argument '" + positionals.get(0) + "'");
		}
	}

	String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	Integer intOption(String name, Integer fallback, int min) throws CliException {
		String value = options.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			int parsed = Integer.parseInt(value);
			if (parsed < min) {
				throw new CliException("--" + name + " must be at least " + min);
			}
			return parsed;
		} catch (NumberFormatException e) {
			throw new CliException("--" + name + " expects a number, not '" + value + "'");
		}
	}
}
