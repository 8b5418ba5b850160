// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.ProjectStorage;

/** Commands contributed by other bundles through {@link CliCommand}. */
class CliExtensionTest {

	private static final CliCommand REPORT = new CliCommand() {
		@Override
		public String name() {
			return "report";
		}

		@Override
		public String synopsis() {
			return "report DIR --out FILE\n    write the audit report";
		}

		@Override
		public int run(List<String> args, CliContext context) throws CliException {
			if (args.isEmpty()) {
				throw new CliException("report: missing DIR");
			}
			context.out().println("report of " + String.join(" ", args));
			return RensaCommand.OK;
		}
	};

	private static String[] run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code;
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			code = new RensaCommand(o, e, ProjectStorage.standard(), TestSupport.CLOCK, List.of(REPORT)).run(args);
		}
		return new String[] { Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) };
	}

	@Test
	void contributedCommandsRunAndAppearInHelp() {
		String[] result = run("report", "a", "--out", "b.pdf");
		assertEquals("0", result[0]);
		assertEquals("report of a --out b.pdf\n", result[1]);
		String help = run("help")[1];
		assertTrue(help.contains("\n  report DIR --out FILE\n"), help);
		assertTrue(help.contains("write the audit report\n  help "), help);
	}

	@Test
	void contributedCommandErrorsAreOneLine() {
		String[] result = run("report");
		assertEquals("2", result[0]);
		assertEquals("rensa: report: missing DIR\n", result[2]);
	}
}
