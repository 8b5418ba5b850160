// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.rensa.model.AuditProject;

/**
 * An open Rensa project: its directory, the resource set holding the split XMI resources, the
 * {@link AuditProject} root, the project's {@link EvidenceStore} and the {@link CompanionFiles}
 * other bundles keep inside the model's atomic save.
 */
public final class AuditProjectDocument {

	private final Path directory;
	private final ResourceSet resourceSet;
	private final AuditProject project;
	private final EvidenceStore evidenceStore;
	private final List<String> warnings;
	private final CompanionFiles companionFiles;

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
	 */
	public AuditProjectDocument(Path directory, ResourceSet resourceSet, AuditProject project, List<String> warnings,
			Map<String, byte[]> companions) {
		this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
		this.resourceSet = Objects.requireNonNull(resourceSet, "resourceSet");
		this.project = Objects.requireNonNull(project, "project");
		this.evidenceStore = new EvidenceStore(this.directory);
		this.warnings = List.copyOf(warnings);
		this.companionFiles = new CompanionFiles(companions);
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

	/** @return warnings produced while loading (empty for a clean load) */
	public List<String> getWarnings() {
		return warnings;
	}
}
