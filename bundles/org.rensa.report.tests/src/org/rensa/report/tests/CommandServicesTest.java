// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.rensa.core.cli.CliCommand;
import org.rensa.report.cli.ReportCommand;

/** The report command is a DS service the {@code rensa} command line finds. */
class CommandServicesTest {

	@Test
	void reportCommandsAreRegisteredServices() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(ReportCommand.class);
		assertNotNull(bundle, "running inside OSGi");
		if (bundle.getState() != Bundle.ACTIVE) {
			bundle.start(Bundle.START_TRANSIENT);
		}
		BundleContext context = bundle.getBundleContext();
		Set<String> names = new TreeSet<>();
		long deadline = System.currentTimeMillis() + 10_000;
		while (names.isEmpty() && System.currentTimeMillis() < deadline) {
			names.clear();
			for (ServiceReference<CliCommand> reference : context.getServiceReferences(CliCommand.class, null)) {
				CliCommand command = context.getService(reference);
				names.add(command.name());
				context.ungetService(reference);
			}
			Thread.sleep(50);
		}
		assertTrue(names.contains("report"), names.toString());
	}
}
