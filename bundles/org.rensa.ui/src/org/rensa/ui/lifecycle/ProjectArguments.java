// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.lifecycle;

import java.nio.file.Path;
import java.util.Optional;

import org.rensa.ui.RensaUi;

/** Finds the project directory to open at start-up in the application arguments. */
public final class ProjectArguments {

	private ProjectArguments() {
	}

	/**
	 * @param arguments      the application arguments ({@code --project DIR} or {@code --project=DIR})
	 * @param systemProperty the value of the system property {@code rensa.project}, may be {@code null}
	 * @return the directory to open, if any; the argument wins over the property
	 */
	public static Optional<Path> projectDirectory(String[] arguments, String systemProperty) {
		if (arguments != null) {
			for (int i = 0; i < arguments.length; i++) {
				String argument = arguments[i];
				if (RensaUi.PROJECT_ARGUMENT.equals(argument) && i + 1 < arguments.length) {
					return Optional.of(Path.of(arguments[i + 1]).toAbsolutePath());
				}
				if (argument.startsWith(RensaUi.PROJECT_ARGUMENT + "=")) { //$NON-NLS-1$
					return Optional.of(Path.of(argument.substring(RensaUi.PROJECT_ARGUMENT.length() + 1)).toAbsolutePath());
				}
			}
		}
		if (systemProperty != null && !systemProperty.isBlank()) {
			return Optional.of(Path.of(systemProperty).toAbsolutePath());
		}
		return Optional.empty();
	}
}
