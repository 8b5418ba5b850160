// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.rensa.core.storage.internal.XmiProjectStorage;

/**
 * Reads and writes Rensa projects.
 * <p>
 * A project is a directory: {@code model/} holds the model as deterministic XMI split across
 * {@code project.xmi} and one resource per root containment feature ({@code organizations.xmi},
 * {@code relationships.xmi}, …), {@code model/rensa.properties} identifies the format, and
 * {@code evidence/} holds content-addressed evidence files. Saving is atomic for the whole model:
 * a crash leaves the old or the new project, never a torn one, and the previous version is kept
 * as {@code model.bak/}. Other bundles keep their own files in subdirectories of {@code model/}
 * through the document's {@link CompanionFiles}; they are read and saved with the model, in the same
 * swap.
 * <p>
 * Available as an OSGi service and, for headless use, through {@link #standard()}.
 */
public interface ProjectStorage {

	/** Name of the format marker file inside {@code model/}. */
	String PROPERTIES_FILE = "rensa.properties";

	/** Value of the {@code format} key of {@link #PROPERTIES_FILE}. */
	String FORMAT_NAME = "rensa-project";

	/** The format version this storage writes. */
	int FORMAT_VERSION = 1;

	/**
	 * Creates a new, empty project (an audit project with a buyer-less root) and saves it.
	 *
	 * @param directory a directory that does not exist or is empty
	 * @param name the project name
	 * @return the new document
	 * @throws IOException when the directory is not empty or cannot be written
	 */
	AuditProjectDocument create(Path directory, String name) throws IOException;

	/**
	 * Loads a project, finishing an interrupted save if one is found (this may rename
	 * {@code model.new/} to {@code model/}).
	 *
	 * @param directory the project directory
	 * @return the loaded document with every reference resolved
	 * @throws ProjectFormatException when the directory is not a readable project
	 * @throws IOException on other I/O failures
	 */
	AuditProjectDocument load(Path directory) throws IOException;

	/**
	 * Loads a project without modifying anything on disk; an interrupted save is recovered in memory
	 * only.
	 *
	 * @param directory the project directory
	 * @return the loaded document
	 * @throws IOException as for {@link #load(Path)}
	 */
	AuditProjectDocument loadReadOnly(Path directory) throws IOException;

	/**
	 * Saves the whole model atomically: every file, the {@linkplain AuditProjectDocument#getCompanionFiles()
	 * companion files} included, is written to {@code model.new/} and synced, then {@code model/}
	 * becomes {@code model.bak/} and {@code model.new/} becomes {@code model/}.
	 * Identifiable elements without an id receive a UUID first.
	 *
	 * @param document the document to save
	 * @throws IOException when saving fails; the previous project on disk is then intact
	 */
	void save(AuditProjectDocument document) throws IOException;

	/** @return a storage without format migrations, for headless use outside OSGi */
	static ProjectStorage standard() {
		return new XmiProjectStorage();
	}

	/**
	 * @param migrations the migrations to apply to older projects
	 * @return a storage for headless use outside OSGi
	 */
	static ProjectStorage withMigrations(List<FormatMigration> migrations) {
		return new XmiProjectStorage(migrations);
	}
}
