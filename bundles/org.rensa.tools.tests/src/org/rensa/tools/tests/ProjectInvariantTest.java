// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Assessment;

/**
 * The invariant behind "whatever the workbench lets a user create is valid input to every other
 * feature": projects changed at random through the commands the workbench executes (see
 * {@link RandomEdits}) are saved and reloaded unchanged, and then {@code validate}, every report type
 * in both languages and every format (also anonymised for a GREEN audience), the questionnaire and
 * OSCAL exports, the diagram, {@code verify-evidence} and the analyses all complete: with their result,
 * or with a one-line refusal, never with an internal error.
 * <p>
 * Each seed is a reproducible project; {@code -Drensa.invariant.seeds=N} runs N of them (default 4) and
 * {@code -Drensa.invariant.edits=M} makes M changes to each (default 60).
 */
class ProjectInvariantTest {

	private static final int EDITS = Integer.getInteger("rensa.invariant.edits", 60);

	static Stream<Long> seeds() {
		int count = Integer.getInteger("rensa.invariant.seeds", 4);
		return Stream.iterate(20261205L, seed -> seed + 7919L).limit(count);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void everyFeatureAcceptsWhatTheCommandsCreate(long seed, @TempDir Path temp) throws IOException {
		Path project = temp.resolve("project");
		copy(demo(), project);
		ProjectStorage storage = ProjectStorage.standard();
		AuditProjectDocument document = storage.load(project);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack(),
				document.getResourceSet());
		RandomEdits edits = new RandomEdits(new Random(seed), domain, document.getProject());
		edits.apply(EDITS);
		String context = "seed " + seed + ", changes:\n  " + String.join("\n  ", edits.log());
		assertFalse(edits.log().isEmpty(), context);

		storage.save(document);
		AuditProjectDocument reloaded = storage.load(project);
		assertSameModel(document, reloaded, context);

		List<Assessment> assessments = reloaded.getProject().getAssessments();
		Path out = temp.resolve("out");
		List<String[]> runs = new ArrayList<>();
		String dir = project.toString();
		runs.add(new String[] { "validate", dir });
		runs.add(new String[] { "validate", dir, "--lang", "ja" });
		runs.add(new String[] { "info", dir });
		runs.add(new String[] { "coverage", dir });
		runs.add(new String[] { "chain", dir });
		runs.add(new String[] { "risk", dir, "--lang", "ja" });
		runs.add(new String[] { "meti-levels", dir });
		runs.add(new String[] { "verify-evidence", dir });
		for (String type : List.of("visit", "remediation", "portfolio")) {
			for (String lang : List.of("en", "ja")) {
				runs.add(new String[] { "report", dir, "--type", type, "--lang", lang, "--format", "pdf,docx,xlsx", "--out",
						out.resolve(type + "-" + lang).toString() });
			}
			runs.add(new String[] { "report", dir, "--type", type, "--format", "pdf,docx", "--anonymise", "--audience", "GREEN",
					"--out", out.resolve(type + "-green").toString() });
		}
		for (Assessment assessment : assessments) {
			String id = assessment.getId();
			runs.add(new String[] { "export-questionnaire", dir, "--assessment", id, "--out", out.resolve(id + ".xlsx").toString() });
			runs.add(new String[] { "export-oscal", dir, "--assessment", id, "--type", "assessment-results", "--format", "xml", "--out",
					out.resolve(id + "-ar.xml").toString() });
			runs.add(new String[] { "export-oscal", dir, "--assessment", id, "--type", "poam", "--out", out.resolve(id + "-poam.json").toString() });
		}
		runs.add(new String[] { "diagram", dir, "--layers", "all", "--out", out.resolve("chain.svg").toString() });
		runs.add(new String[] { "diagram", dir, "--out", out.resolve("chain.png").toString() });

		for (String[] args : runs) {
			Tools.Run run = Tools.rensa(args);
			String what = String.join(" ", args).replace(dir, "DIR").replace(out.toString(), "OUT");
			assertFalse(run.err().contains("internal error"), what + " failed:\n" + run.err() + "\n" + context);
			assertTrue(run.exitCode() >= 0 && run.exitCode() <= 2, what + " exited " + run.exitCode() + "\n" + context);
			if (run.exitCode() == 2) {
				assertEquals(1, run.err().strip().split("\n").length, what + " refused in more than one line:\n" + run.err() + "\n" + context);
			}
			if (args[0].equals("report") && !run.err().contains("nothing to report")) {
				assertEquals(0, run.exitCode(), what + " did not complete:\n" + run.err() + "\n" + context);
				Path folder = Path.of(args[args.length - 1]);
				try (Stream<Path> files = Files.list(folder)) {
					assertTrue(files.anyMatch(Files::isRegularFile), what + " wrote no file\n" + context);
				}
			}
			if (args[0].equals("diagram")) {
				assertEquals(0, run.exitCode(), what + " did not complete:\n" + run.err() + "\n" + context);
				assertTrue(Files.size(Path.of(args[args.length - 1])) > 0, what + " wrote an empty file\n" + context);
			}
		}
	}

	private static void assertSameModel(AuditProjectDocument saved, AuditProjectDocument reloaded, String context) {
		for (Resource resource : saved.getResourceSet().getResources()) {
			Resource other = reloaded.getResourceSet().getResource(resource.getURI(), false);
			if (other == null) {
				if (!resource.getContents().isEmpty()) {
					fail(resource.getURI() + " was not reloaded\n" + context);
				}
				continue;
			}
			List<EObject> expected = resource.getContents();
			List<EObject> actual = other.getContents();
			assertTrue(new EcoreUtil.EqualityHelper().equals(expected, actual), resource.getURI().lastSegment() + " changed through save and load\n" + context);
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	private static Path demo() {
		String root = System.getProperty("rensa.root");
		if (root != null && !root.isBlank()) {
			return Paths.get(root, "samples", "demo");
		}
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("samples/demo/model"))) {
				return dir.resolve("samples/demo");
			}
		}
		throw new IllegalStateException("samples/demo not found (set -Drensa.root)");
	}
}
