// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.report.cli.BenchmarkReportsCommand;

/** The commands are DS services the {@code rensa} command line finds; the benchmark runs end to end. */
class CommandServicesTest {

	@Test
	void reportCommandsAreRegisteredServices() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(BenchmarkReportsCommand.class);
		assertNotNull(bundle, "running inside OSGi");
		if (bundle.getState() != Bundle.ACTIVE) {
			bundle.start(Bundle.START_TRANSIENT);
		}
		BundleContext context = bundle.getBundleContext();
		Set<String> names = new TreeSet<>();
		long deadline = System.currentTimeMillis() + 10_000;
		while (names.size() < 2 && System.currentTimeMillis() < deadline) {
			names.clear();
			for (ServiceReference<CliCommand> reference : context.getServiceReferences(CliCommand.class, null)) {
				CliCommand command = context.getService(reference);
				names.add(command.name());
				context.ungetService(reference);
			}
			Thread.sleep(50);
		}
		assertTrue(names.containsAll(Set.of("report", "benchmark-reports")), names.toString());
	}

	@Test
	void benchmarkPrintsItsFigures(@TempDir Path dir) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
				ProjectStorage.standard(), Clock.systemUTC());
		int code = new BenchmarkReportsCommand().run(java.util.List.of("--findings", "12", "--photos", "5", "--keep",
				dir.resolve("work").toString()), context);
		assertEquals(RensaCommand.OK, code);
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("PDF:") && text.contains("DOCX:") && text.contains("peak heap"), text);
		assertTrue(java.nio.file.Files.size(dir.resolve("work/report.pdf")) > 50_000, "PDF with five photos");
	}
}
