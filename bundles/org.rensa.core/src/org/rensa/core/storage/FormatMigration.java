// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Upgrades the files of a project's {@code model/} directory from one format version to the next.
 * <p>
 * A migration is keyed by its {@link #sourceVersion()}: it turns a model written in format version
 * {@code n} into format version {@code n + 1}. When a project with an older format is loaded, the
 * storage copies the model directory to a temporary location and applies the migrations in ascending
 * order until the current version is reached; the project on disk is never modified by loading and
 * is written in the current format by the next save.
 * <p>
 * Migrations can be registered as OSGi services or passed to the storage directly.
 */
public interface FormatMigration {

	/** @return the format version this migration reads; it writes {@code sourceVersion() + 1} */
	int sourceVersion();

	/**
	 * Rewrites the model files in place.
	 *
	 * @param modelDirectory a private, writable copy of the {@code model/} directory; its
	 *        {@code rensa.properties} is updated by the storage after the migration returns
	 * @throws IOException when the files cannot be migrated
	 */
	void migrate(Path modelDirectory) throws IOException;
}
