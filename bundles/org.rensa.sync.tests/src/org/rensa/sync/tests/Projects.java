// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.sync.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.rensa.core.evidence.EvidenceCapture;
import org.rensa.core.evidence.EvidenceLogHeads;
import org.rensa.core.evidence.EvidenceVerifier;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.EvidenceStore;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.AuditProject;
import org.rensa.model.Evidence;
import org.rensa.model.Tlp;
import org.rensa.model.Visit;

/** Copies of the demo project and what the tests do with them. */
final class Projects {

	static final Instant NOW = Instant.parse("2026-10-14T05:02:00Z");

	private Projects() {
	}

	/** @return the bundled demo project ({@code samples/demo}) */
	static Path demo() {
		String root = System.getProperty("rensa.root");
		if (root != null && Files.isDirectory(Paths.get(root, "samples", "demo", "model"))) {
			return Paths.get(root, "samples", "demo");
		}
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("samples/demo/model"))) {
				return dir.resolve("samples/demo");
			}
		}
		throw new IllegalStateException("samples/demo not found (set -Drensa.root)");
	}

	/** Copies a directory tree. */
	static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path source : (Iterable<Path>) walk::iterator) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
		}
		return to;
	}

	/** @return project-relative path → bytes, without Git's and the storage's folders */
	static Map<String, byte[]> files(Path project) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(project)) {
			for (Path file : (Iterable<Path>) walk::iterator) {
				String path = project.relativize(file).toString().replace('\\', '/');
				if (Files.isRegularFile(file) && !path.startsWith(".git/") && !path.startsWith("model.bak/")) {
					files.put(path, Files.readAllBytes(file));
				}
			}
		}
		return files;
	}

	/** Writes a tree (path → bytes) into an empty directory. */
	static Path write(Map<String, byte[]> files, Path to) throws IOException {
		for (Map.Entry<String, byte[]> entry : files.entrySet()) {
			Path file = to.resolve(entry.getKey());
			Files.createDirectories(file.getParent());
			Files.write(file, entry.getValue());
		}
		Files.createDirectories(to.resolve("evidence"));
		return to;
	}

	static AuditProjectDocument load(Path project) throws IOException {
		return ProjectStorage.standard().load(project);
	}

	static void save(AuditProjectDocument document) throws IOException {
		ProjectStorage.standard().save(document);
	}

	/** Captures a small evidence file in the demo's visit and records it in the visit's log. */
	static Evidence capture(AuditProjectDocument document, Path scratch, String name, String who) throws IOException {
		AuditProject project = document.getProject();
		Visit visit = project.getVisits().get(0);
		Path source = Files.createDirectories(scratch.resolve("source-" + name));
		Path file = Files.writeString(source.resolve(name + ".txt"), "observation " + name + " by " + who);
		EvidenceCapture.Result result = new EvidenceCapture(document.getEvidenceStore(), EvidenceCapture.DEFAULT_MAX_SIZE)
				.capture(project, List.of(file), source, "observation " + name, Tlp.AMBER, who, visit, NOW);
		Evidence evidence = result.evidence();
		if (evidence.getId() == null) {
			evidence.setId(UUID.randomUUID().toString());
		}
		project.getEvidence().add(evidence);
		EvidenceLogHeads.of(document).append(visit.getId(), NOW, who, "recorded", evidence);
		return evidence;
	}

	/** @return every problem {@code verify-evidence} would report (files and logs) */
	static List<String> evidenceProblems(Path project) throws IOException {
		AuditProjectDocument document = ProjectStorage.standard().loadReadOnly(project);
		java.util.ArrayList<String> problems = new java.util.ArrayList<>();
		EvidenceStore store = document.getEvidenceStore();
		for (Evidence evidence : document.getProject().getEvidence()) {
			for (EvidenceStore.Problem problem : store.verify(evidence)) {
				problems.add(problem.status() + " " + problem.file().getPath());
			}
		}
		for (EvidenceVerifier.Finding finding : EvidenceVerifier.verify(document).findings()) {
			problems.add(finding.kind() + " " + finding.where());
		}
		return problems;
	}
}
