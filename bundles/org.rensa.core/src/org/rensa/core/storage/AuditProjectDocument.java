// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.rensa.model.AuditProject;

/**
 * An open Rensa project: its directory, the resource set holding the split XMI resources, the
 * {@link AuditProject} root, the project's {@link EvidenceStore}, the {@link CompanionFiles}
 * other bundles keep inside the model's atomic save and the {@link ProjectSettings} read at open.
 */
public final class AuditProjectDocument {

	private final Path directory;
	private final ResourceSet resourceSet;
	private final AuditProject project;
	private final EvidenceStore evidenceStore;
	private final List<String> warnings;
	private final CompanionFiles companionFiles;
	private final ProjectSettings settings;

	/**
	 * Creates a document; called by {@link ProjectStorage} implementations.
	 *
	 * @param directory the project directory
	 * @param resourceSet the resource set holding the project's resources
	 * @param project the root
	 * @param warnings load warnings (e.g. recovery from a backup), one line each
	 */
	public AuditProjectDocument(Path directory, ResourceSet resourceSet, AuditProject project, List<String> warnings) {
		this(directory, resourceSet, project, warnings, Map.of());
	}

	/**
	 * Creates a document with the companion files read with the model; called by
	 * {@link ProjectStorage} implementations.
	 *
	 * @param directory the project directory
	 * @param resourceSet the resource set holding the project's resources
	 * @param project the root
	 * @param warnings load warnings (e.g. recovery from a backup), one line each
	 * @param companions the companion files read from the same model directory, by relative path
	 *        (the {@link ProjectSettings} among them, the user's settings and those of the old
	 *        location are read now)
	 */
	public AuditProjectDocument(Path directory, ResourceSet resourceSet, AuditProject project, List<String> warnings,
			Map<String, byte[]> companions) {
		this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
		this.resourceSet = Objects.requireNonNull(resourceSet, "resourceSet");
		this.project = Objects.requireNonNull(project, "project");
		this.evidenceStore = new EvidenceStore(this.directory);
		this.companionFiles = new CompanionFiles(companions);
		List<String> all = new ArrayList<>(warnings);
		this.settings = new ProjectSettings(this.directory, companionFiles, userSettingsFolder(), all);
		this.warnings = List.copyOf(all);
	}

	/** @return {@code ~/.rensa}, or {@code null} when there is no home directory */
	private static Path userSettingsFolder() {
		String home = System.getProperty("user.home");
		return home == null || home.isEmpty() ? null : Path.of(home, ".rensa");
	}

	/** @return the absolute, normalised project directory */
	public Path getDirectory() {
		return directory;
	}

	/** @return the resource set holding {@code project.xmi} and the per-feature resources */
	public ResourceSet getResourceSet() {
		return resourceSet;
	}

	/** @return the audit project root */
	public AuditProject getProject() {
		return project;
	}

	/** @return the content-addressed evidence store of this project */
	public EvidenceStore getEvidenceStore() {
		return evidenceStore;
	}

	/**
	 * @return the files other bundles keep in {@code model/} and save with the model, atomically
	 *         (see {@link CompanionFiles})
	 */
	public CompanionFiles getCompanionFiles() {
		return companionFiles;
	}

	/**
	 * @return the project's settings files (and the user's), read at open, changed by commands, saved
	 *         with the model
	 */
	public ProjectSettings getSettings() {
		return settings;
	}

	/** @return warnings produced while loading (empty for a clean load) */
	public List<String> getWarnings() {
		return warnings;
	}
}
