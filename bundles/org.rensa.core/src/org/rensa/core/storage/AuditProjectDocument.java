// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.rensa.model.AuditProject;

/**
 * An open Rensa project: its directory, the resource set holding the split XMI resources, the
 * {@link AuditProject} root and the project's {@link EvidenceStore}.
 */
public final class AuditProjectDocument {

	private final Path directory;
	private final ResourceSet resourceSet;
	private final AuditProject project;
	private final EvidenceStore evidenceStore;
	private final List<String> warnings;

	/**
	 * Creates a document; called by {@link ProjectStorage} implementations.
	 *
	 * @param directory the project directory
	 * @param resourceSet the resource set holding the project's resources
	 * @param project the root
	 * @param warnings load warnings (e.g. recovery from a backup), one line each
	 */
	public AuditProjectDocument(Path directory, ResourceSet resourceSet, AuditProject project, List<String> warnings) {
		this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
		this.resourceSet = Objects.requireNonNull(resourceSet, "resourceSet");
		this.project = Objects.requireNonNull(project, "project");
		this.evidenceStore = new EvidenceStore(this.directory);
		this.warnings = List.copyOf(warnings);
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

	/** @return warnings produced while loading (empty for a clean load) */
	public List<String> getWarnings() {
		return warnings;
	}
}
