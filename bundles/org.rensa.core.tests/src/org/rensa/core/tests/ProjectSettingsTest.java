// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.analysis.AnalysisSettings;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.analysis.ChainValidator;
import org.rensa.core.analysis.ClauseRules;
import org.rensa.core.analysis.ProjectAnalysis;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectSettings;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.validation.ProjectValidator;
import org.rensa.model.AuditProject;
import org.rensa.model.ClauseCategory;
import org.rensa.model.InformationClass;
import org.rensa.model.RensaFactory;

/**
 * The settings files belong to the open project: read once at open (also from the old location),
 * changed by undoable commands, saved with the model, and the one chain report follows them.
 */
class ProjectSettingsTest {

	/** The project's table is applied over the shipped one, entry by entry. */
	private static final ClauseRules RELAXED = ClauseRules.defaults().with(InformationClass.NETWORK_ACCESS, 1,
			List.of(ClauseCategory.CONFIDENTIALITY));

	/** A project built in code, held by a document in {@code directory} (nothing written). */
	static AuditProjectDocument document(Path directory, AuditProject project) {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		Resource resource = resourceSet.createResource(URI.createFileURI(directory.resolve("model/project.xmi").toString()));
		resource.getContents().add(project);
		return new AuditProjectDocument(directory, resourceSet, project, List.of());
	}

	@Test
	void aChangedRuleTableIsSavedWithTheModelAndLoadsBack(@TempDir Path temp) throws IOException {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		ProjectStorage storage = ProjectStorage.standard();
		AuditProjectDocument document = storage.load(dir);
		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(AnalysisSettings.changeRules(document, RELAXED));
		assertTrue(stack.isSaveNeeded(), "dirty");
		assertFalse(Files.exists(dir.resolve("model/settings")), "nothing is written before the save");
		storage.save(document);
		Path saved = dir.resolve("model/settings/" + AnalysisSettings.RULES_FILE);
		assertTrue(Files.isRegularFile(saved));
		assertEquals(saved, document.getSettings().projectFile(AnalysisSettings.RULES_FILE));

		AuditProjectDocument reloaded = storage.load(dir);
		assertEquals(RELAXED, ProjectAnalysis.settings(reloaded).rules());
		storage.save(reloaded);
		assertEquals(Files.readString(saved), new String(reloaded.getSettings().project(AnalysisSettings.RULES_FILE)
				.orElseThrow(), StandardCharsets.UTF_8), "a second save keeps the file");
		assertTrue(Files.isRegularFile(dir.resolve("model.bak/settings/" + AnalysisSettings.RULES_FILE)),
				"the backup keeps the previous settings with the previous model");
	}

	@Test
	void undoRestoresTheSettingsAndTheChainReportFollows(@TempDir Path temp) throws IOException {
		ChainFixture f = new ChainFixture();
		f.contract(f.link(f.buyer, f.supplier("Supplier"), InformationClass.NETWORK_ACCESS), ClauseCategory.CONFIDENTIALITY);
		AuditProjectDocument document = document(temp, f.project);
		ChainReport before = ProjectAnalysis.chainReport(document);
		assertSame(before, ProjectAnalysis.chainReport(document), "one report per state");
		assertTrue(before.coverage().get(0).missingCount() > 0);
		long version = document.getSettings().version();

		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(AnalysisSettings.changeRules(document, RELAXED));
		assertNotEquals(version, document.getSettings().version());
		ChainReport relaxed = ProjectAnalysis.chainReport(document);
		assertEquals(0, relaxed.coverage().get(0).missingCount());

		stack.undo();
		assertEquals(ClauseRules.defaults(), ProjectAnalysis.settings(document).rules());
		assertEquals(before.coverage().get(0).missingCount(), ProjectAnalysis.chainReport(document).coverage().get(0)
				.missingCount());
		assertTrue(document.getSettings().project(AnalysisSettings.RULES_FILE).isEmpty(), "the project had no table");
		stack.redo();
		assertEquals(RELAXED, ProjectAnalysis.settings(document).rules());

		ChainReport current = ProjectAnalysis.chainReport(document);
		f.project.getOrganizations().add(RensaFactory.eINSTANCE.createOrganization());
		assertNotSame(current, ProjectAnalysis.chainReport(document), "a model change makes a new report");
	}

	@Test
	void settingsAtTheOldLocationMoveIntoTheModelWithTheFirstSave(@TempDir Path temp) throws IOException {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Path old = dir.resolve(ProjectSettings.FOLDER);
		Files.createDirectories(old);
		Files.writeString(old.resolve(AnalysisSettings.RULES_FILE), "NETWORK_ACCESS.tier1 = CONFIDENTIALITY\n");
		Files.write(old.resolve("client-logo.png"), new byte[] { 1, 2, 3 });
		ProjectStorage storage = ProjectStorage.standard();

		AuditProjectDocument readOnly = storage.loadReadOnly(dir);
		assertEquals(old.resolve(AnalysisSettings.RULES_FILE), readOnly.getSettings().projectFile(AnalysisSettings.RULES_FILE));
		assertEquals(RELAXED, ProjectAnalysis.settings(readOnly).rules());

		AuditProjectDocument document = storage.load(dir);
		storage.save(document);
		assertEquals("NETWORK_ACCESS.tier1 = CONFIDENTIALITY\n",
				Files.readString(dir.resolve("model/settings/" + AnalysisSettings.RULES_FILE)));
		assertFalse(Files.exists(old.resolve(AnalysisSettings.RULES_FILE)), "the old file is deleted after the save");
		assertTrue(Files.exists(old.resolve("client-logo.png")), "logos stay in DIR/settings/");
		assertEquals(ProjectAnalysis.settings(readOnly), ProjectAnalysis.settings(storage.load(dir)));
	}

	@Test
	void aCorruptSettingsFileIsOneLineNamingTheFile(@TempDir Path temp) throws IOException {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Path model = dir.resolve("model/settings");
		Files.createDirectories(model);
		Files.writeString(model.resolve(AnalysisSettings.WEIGHTS_FILE), "weight.findings = lots\n");
		AuditProjectDocument document = ProjectStorage.standard().load(dir);
		String problem = ProjectAnalysis.settingsProblem(document).orElseThrow();
		assertTrue(problem.startsWith(model.resolve(AnalysisSettings.WEIGHTS_FILE).toString()) && problem.contains("lots")
				&& !problem.contains("\n"), problem);
		assertEquals(AnalysisSettings.defaults(), ProjectAnalysis.settings(document), "the defaults stand in");

		List<Diagnostic> diagnostics = ProjectValidator.leaves(ProjectValidator.withChainAnalysis(TestSupport.CLOCK)
				.validate(document)).stream().filter(d -> d.getCode() == ChainValidator.SETTINGS_UNREADABLE).toList();
		assertEquals(1, diagnostics.size());
		assertTrue(diagnostics.get(0).getMessage().contains("lots"));
	}
}
