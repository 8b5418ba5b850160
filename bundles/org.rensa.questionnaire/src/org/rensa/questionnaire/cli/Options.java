// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rensa.core.cli.CliException;

/** Splits command arguments into positional arguments, valued options and flags. */
final class Options {

	final List<String> positional = new ArrayList<>();
	final Map<String, String> values = new HashMap<>();
	final Set<String> flags = new java.util.HashSet<>();

	Options(String command, List<String> args, Set<String> valued, Set<String> allowedFlags) throws CliException {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (valued.contains(arg)) {
				if (i + 1 >= args.size()) {
					throw new CliException(command + ": " + arg + " needs a value");
				}
				values.put(arg, args.get(++i));
			} else if (allowedFlags.contains(arg)) {
				flags.add(arg);
			} else if (arg.startsWith("--")) {
				throw new CliException(command + ": unknown option " + arg);
			} else {
				positional.add(arg);
			}
		}
	}
}
