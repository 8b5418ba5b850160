// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wall-clock time of each phase of one project load, for {@code rensa benchmark}: each
 * {@link #mark(String)} closes the phase that started at the previous mark (or at construction).
 * Used by one thread at a time.
 */
public final class LoadPhases {

	private final Map<String, Long> millis = new LinkedHashMap<>();
	private long last = System.nanoTime();

	/**
	 * Ends a phase.
	 *
	 * @param phase the name (a word, or words joined by hyphens) of the phase that ends now; repeated names add up
	 */
	public void mark(String phase) {
		long now = System.nanoTime();
		millis.merge(phase, (now - last) / 1_000_000, Long::sum);
		last = now;
	}

	/** @return the phases in the order they first ended, with their milliseconds */
	public Map<String, Long> millis() {
		return Collections.unmodifiableMap(millis);
	}

	static void mark(LoadPhases phases, String phase) {
		if (phases != null) {
			phases.mark(phase);
		}
	}
}
