// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One entry of the {@link RecoveryArea}: the unsaved state of a project as last written.
 *
 * @param project   the absolute project directory the state belongs to
 * @param directory the entry's directory in the recovery area
 * @param snapshot  the model directory of the state (XMI files, companions, {@code rensa.properties})
 * @param time      when the state was captured
 * @param by        who was working ({@link org.rensa.core.profile.AuditorProfile#signature()})
 * @param changes   how many commands were away from the save point, or -1 when unknown
 * @param savePoint the digest of the project's model files at the save the state started from
 *                  ({@link RecoveryArea#savePoint(Path)})
 */
public record RecoveryEntry(Path project, Path directory, Path snapshot, Instant time, String by, int changes,
		String savePoint) {
}
