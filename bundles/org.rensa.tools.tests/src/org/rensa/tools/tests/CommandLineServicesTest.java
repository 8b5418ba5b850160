// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.rensa.core.cli.CliCommand;
import org.rensa.tools.tests.Tools.Run;

/** Every command of the product is a registered {@link CliCommand} service with generated help. */
class CommandLineServicesTest {

	@Test
	void everyRegisteredCommandAppearsInTheUsageAndHasHelp() {
		List<CliCommand<?>> commands = Tools.registeredCommands();
		Set<String> names = new TreeSet<>();
		commands.forEach(command -> names.add(command.name()));
		assertTrue(names.containsAll(Tools.PRODUCT_COMMANDS), names.toString());
		Run usage = Tools.rensa("--help");
		assertEquals(0, usage.exitCode(), usage.err());
		for (String name : names) {
			assertTrue(usage.out().contains("\n  " + name + " "), name + " in " + usage.out());
			Run help = Tools.rensa(name, "--help");
			assertEquals(0, help.exitCode(), name + ": " + help.err());
			assertTrue(help.out().startsWith("Usage: rensa " + name), help.out());
		}
	}

	@Test
	void commandsWithLanguageShareTheOneOption() {
		for (String name : List.of("chain", "risk", "meti-levels", "export-questionnaire", "report", "diagram", "benchmark-reports")) {
			Run help = Tools.rensa(name, "--help");
			assertTrue(help.out().contains("--lang=en|ja") && help.out().contains("language of the output: en or ja"), name + ": " + help.out());
			Run bad = name.startsWith("benchmark") ? Tools.rensa(name, "--lang", "fr") : Tools.rensa(name, "x", "--lang", "fr");
			assertEquals(2, bad.exitCode(), name);
			assertEquals("rensa: " + name + ": invalid value 'fr' for --lang: expected en or ja\n", bad.err());
		}
	}
}
