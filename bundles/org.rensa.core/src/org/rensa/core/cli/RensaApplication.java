// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless {@code rensa} command as an Eclipse application ({@code org.rensa.core.cli}); the
 * application's return value is the process exit code.
 */
public final class RensaApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] args = raw instanceof String[] strings ? strings : new String[0];
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		context.applicationRunning();
		int code = new RensaCommand(out, err, org.rensa.core.storage.ProjectStorage.standard(),
				java.time.Clock.systemDefaultZone(), registeredCommands()).run(args);
		out.flush();
		err.flush();
		return Integer.valueOf(code);
	}

	/** @return the registered {@link CliCommand} services, the built-in commands among them */
	private static java.util.List<CliCommand<?>> registeredCommands() {
		java.util.List<CliCommand<?>> result = new java.util.ArrayList<>();
		org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(RensaApplication.class);
		org.osgi.framework.BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return result;
		}
		try {
			for (@SuppressWarnings("rawtypes") org.osgi.framework.ServiceReference<CliCommand> reference
					: context.getServiceReferences(CliCommand.class, null)) {
				CliCommand<?> command = context.getService(reference);
				if (command != null) {
					result.add(command);
				}
			}
		} catch (org.osgi.framework.InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		return result;
	}

	@Override
	public void stop() {
		// The command runs to completion; there is nothing to interrupt.
	}
}
