// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliValues;
import org.rensa.core.cli.LanguageOption;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.ProjectStorage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A command contributed through {@link CliCommand}, declared and parsed by the command line's one
 * parser: both option forms, one wording for every usage error, generated help.
 */
class CliExtensionTest {

	/** What the command saw, one line per run. */
	private final List<String> seen = new ArrayList<>();

	/** The declared arguments of the test command. */
	@Command(name = "report", description = { "write the audit report", "a second line of description" })
	public static final class ReportArguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path directory;

		@Option(names = "--out", required = true, paramLabel = "FILE", description = "where the report goes")
		Path out;

		@Option(names = "--runs", paramLabel = "N", converter = CliValues.Positive.class, description = "how often")
		int runs = 1;

		@Option(names = "--anonymise", description = "replace names by pseudonyms")
		boolean anonymise;

		@Mixin
		LanguageOption language;
	}

	private final CliCommand<ReportArguments> report = new CliCommand<>() {
		@Override
		public ReportArguments arguments() {
			return new ReportArguments();
		}

		@Override
		public int execute(ReportArguments arguments, CliContext context) {
			seen.add(arguments.directory + " " + arguments.out + " " + arguments.runs + " " + arguments.anonymise + " "
					+ arguments.language.orElse(Locale.ENGLISH).getLanguage());
			context.out().println("report of " + arguments.directory);
			return RensaCommand.OK;
		}
	};

	private String[] run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code;
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			List<CliCommand<?>> commands = new ArrayList<>(TestSupport.CORE_COMMANDS);
			commands.add(report);
			code = new RensaCommand(o, e, ProjectStorage.standard(), TestSupport.CLOCK, commands).run(args);
		}
		return new String[] { Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) };
	}

	private void assertUsageError(String expected, String... args) {
		String[] result = run(args);
		assertEquals("2", result[0], result[2]);
		assertEquals("", result[1]);
		assertEquals("rensa: " + expected + "\n", result[2]);
		assertTrue(seen.isEmpty(), "the command does not run: " + seen);
	}

	@Test
	void bothOptionFormsParseTheSame() {
		assertEquals("0", run("report", "a", "--out", "b.pdf", "--runs", "3", "--anonymise", "--lang", "ja")[0]);
		assertEquals("0", run("report", "--out=b.pdf", "a", "--runs=3", "--anonymise", "--lang=ja")[0]);
		assertEquals(List.of("a b.pdf 3 true ja", "a b.pdf 3 true ja"), seen);
		assertEquals("report of a\n", run("report", "a", "--out", "b.pdf")[1]);
		assertEquals("a b.pdf 1 false en", seen.get(2), "defaults when not given");
	}

	@Test
	void usageErrorsHaveOneWording() {
		assertUsageError("report: unknown option '--colour' (try 'rensa report --help')", "report", "a", "--out", "b", "--colour", "red");
		assertUsageError("info: unknown option '--colour' (try 'rensa info --help')", "info", "a", "--colour=red");
		assertUsageError("report: unexpected argument 'c' (try 'rensa report --help')", "report", "a", "c", "--out", "b");
		assertUsageError("report: missing --out FILE (try 'rensa report --help')", "report", "a");
		assertUsageError("report: missing DIR (try 'rensa report --help')", "report", "--out", "b");
		assertUsageError("report: option --out needs a value", "report", "a", "--out");
		assertUsageError("report: option --out given more than once", "report", "a", "--out", "b", "--out=c");
		assertUsageError("report: option --anonymise given more than once", "report", "a", "--out", "b", "--anonymise", "--anonymise");
		assertUsageError("report: invalid value 'many' for --runs: not a whole number", "report", "a", "--out", "b", "--runs", "many");
		assertUsageError("report: invalid value '0' for --runs: must be at least 1", "report", "a", "--out", "b", "--runs=0");
		assertUsageError("unknown command 'frobnicate' (try 'rensa --help')", "frobnicate");
	}

	@Test
	void languageIsOneOptionForEveryCommand() {
		assertUsageError("report: invalid value 'fr' for --lang: expected en or ja", "report", "a", "--out", "b", "--lang", "fr");
		assertUsageError("chain: invalid value 'de' for --lang: expected en or ja", "chain", "a", "--lang=de");
		assertUsageError("risk: invalid value 'EN' for --lang: expected en or ja", "risk", "a", "--lang", "EN");
	}

	@Test
	void theCommandLineSpeaksTheLanguageOfLang() {
		assertUsageError("report: 不明なオプション '--colour' です（'rensa report --help' を参照）", "report", "a", "--out", "b",
				"--lang", "ja", "--colour", "red");
		assertUsageError("report: --out FILE がありません（'rensa report --help' を参照）", "report", "a", "--lang=ja");
		String help = run("report", "--help", "--lang", "ja")[1];
		assertTrue(help.startsWith("使い方: rensa report "), help);
		assertTrue(help.contains("\nオプション:\n"), help);
	}

	@Test
	void everyCommandHasGeneratedHelp() {
		String[] result = run("report", "--help");
		assertEquals("0", result[0]);
		String help = result[1];
		assertTrue(help.startsWith("Usage: rensa report "), help);
		assertTrue(help.contains("--out=FILE"), help);
		assertTrue(help.contains("write the audit report\na second line of description\n"), help);
		assertTrue(help.contains("\nArguments:\n") && help.contains("the project directory"), help);
		assertTrue(help.contains("--lang=en|ja") && help.contains("language of the output: en or ja"), help);
		assertTrue(help.contains("-h, --help"), help);
		assertTrue(seen.isEmpty(), "help does not run the command");
		assertEquals(help, run("help", "report")[1]);
		assertEquals(help, run("report", "-h")[1]);
		String info = run("info", "--help")[1];
		assertTrue(info.startsWith("Usage: rensa info "), info);
		assertFalse(info.contains("--lang"), "only commands that declare it have --lang");
	}

	@Test
	void theUsageListsEveryCommand() {
		String[] result = run("--help");
		assertEquals("0", result[0]);
		String usage = result[1];
		assertTrue(usage.startsWith("Usage: rensa COMMAND [ARGS]\n"), usage);
		for (String name : List.of("new", "info", "list", "validate", "verify-evidence", "coverage", "chain", "risk", "report")) {
			assertTrue(usage.contains("\n  " + name + " "), name + " in " + usage);
		}
		assertTrue(usage.contains("write the audit report"), usage);
		assertFalse(usage.contains("a second line of description"), "the first line of each description");
		assertTrue(usage.contains("Exit codes: 0 ok, 1 findings, 2 bad usage or unreadable input."), usage);
		String[] none = run();
		assertEquals("2", none[0]);
		assertEquals(usage, none[2], "without a command the usage goes to the error stream");
	}
}
