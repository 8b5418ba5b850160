// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.model.Checklist;
import org.rensa.model.Requirement;
import org.rensa.ui.audit.wizards.CatalogueImportWizard;
import org.rensa.ui.session.ProjectSession;

/** Drives the OSCAL import wizard through its pages with the NIST fixtures. */
final class CatalogueImportWizardTest {

	@TempDir
	Path directory;

	private ProjectSession session;
	private Shell shell;
	private CatalogueImportWizard wizard;
	private WizardDialog dialog;

	@BeforeEach
	void open() throws Exception {
		session = new ProjectSession(AuditFixtures.project(directory.resolve("p")));
		shell = new Shell(Display.getDefault());
		wizard = new CatalogueImportWizard(session);
		dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	@AfterEach
	void close() {
		dialog.close();
		shell.dispose();
		session.dispose();
	}

	@Test
	void aCatalogueIsPreviewedAndAddedAsOneUndoableCommand() throws Exception {
		int before = session.project().getChecklists().size();
		assertFalse(wizard.filePage().isPageComplete());
		wizard.filePage().setFile(AuditFixtures.oscal("NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json").toString());
		assertNull(wizard.filePage().getErrorMessage());
		assertTrue(wizard.filePage().isPageComplete());
		assertFalse(wizard.canFinish(), "Finish waits for the preview");
		dialog.showPage(wizard.getNextPage(wizard.filePage()));
		assertSame(wizard.previewPage(), dialog.getCurrentPage());
		assertTrue(wizard.previewPage().summary().get(0).contains("800-53"), wizard.previewPage().summary().toString());
		String counts = wizard.previewPage().summary().get(2);
		assertTrue(counts.startsWith("18 ") && counts.contains("149"), counts);
		assertEquals(13, wizard.previewPage().groupsShown().size(), "12 groups and a '… more' line");
		assertTrue(wizard.previewPage().groupsShown().get(0).startsWith("AC  "), wizard.previewPage().groupsShown().get(0));
		assertTrue(wizard.previewPage().checklistName().contains("800-53"));

		int enhancements = wizard.filePage().result().enhancements();
		assertTrue(enhancements > 0);
		wizard.previewPage().setIncludeEnhancements(false);
		assertTrue(wizard.previewPage().summary().get(2).contains("(0 "), wizard.previewPage().summary().get(2));
		wizard.previewPage().setIncludeEnhancements(true);
		wizard.previewPage().setChecklistName("NIST SP 800-53 LOW (FY2026)");

		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish());
		Checklist added = wizard.added();
		assertNotNull(added);
		assertEquals(before + 1, session.project().getChecklists().size());
		assertEquals("NIST SP 800-53 LOW (FY2026)", added.getName());
		assertEquals(149, added.getSections().stream().mapToInt(s -> s.getRequirements().size()).sum());
		Requirement first = added.getSections().get(0).getRequirements().get(0);
		assertEquals("ac-1", first.getCode());
		assertTrue(session.isDirty());
		session.commandStack().undo();
		assertEquals(before, session.project().getChecklists().size());
		assertFalse(session.isDirty());
	}

	@Test
	void enhancementsCanBeLeftOut() throws Exception {
		wizard.filePage().setFile(AuditFixtures.oscal("NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json").toString());
		int enhancements = wizard.filePage().result().enhancements();
		dialog.showPage(wizard.previewPage());
		wizard.previewPage().setIncludeEnhancements(false);
		assertTrue(wizard.performFinish());
		int requirements = wizard.added().getSections().stream().mapToInt(s -> s.getRequirements().size()).sum();
		assertEquals(149 - enhancements, requirements);
		assertTrue(wizard.added().getSections().stream().flatMap(s -> s.getRequirements().stream())
				.noneMatch(r -> r.getCode().contains(".")));
	}

	@Test
	void theXmlCatalogueIsReadToo() throws Exception {
		wizard.filePage().setFile(AuditFixtures.oscal("NIST_SP800-171_rev3_catalog.xml").toString());
		assertNull(wizard.filePage().getErrorMessage());
		dialog.showPage(wizard.previewPage());
		assertTrue(wizard.previewPage().summary().get(2).startsWith("17 "), wizard.previewPage().summary().get(2));
	}

	@Test
	void aProfileIsResolvedAgainstTheCatalogueGivenBesideIt() throws Exception {
		wizard.filePage().setFile(AuditFixtures.oscal("NIST_SP-800-53_rev5_LOW-baseline_profile.xml").toString());
		assertTrue(wizard.filePage().getErrorMessage().contains("cannot be followed offline"), wizard.filePage().getErrorMessage());
		assertFalse(wizard.filePage().isPageComplete());
		wizard.filePage().setProfileCatalogue(
				AuditFixtures.oscal("NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json").toString());
		assertNull(wizard.filePage().getErrorMessage());
		assertTrue(wizard.filePage().isPageComplete());
		assertEquals(149, wizard.filePage().result().controls());
		assertTrue(wizard.filePage().getMessage().contains("resolved against"), wizard.filePage().getMessage());
		dialog.showPage(wizard.previewPage());
		assertTrue(wizard.performFinish());
		Checklist added = wizard.added();
		assertTrue(added.getName().startsWith("NIST Special Publication 800-53 Revision 5.1.1 LOW IMPACT BASELINE"), added.getName());
		assertEquals(149, added.getSections().stream().mapToInt(s -> s.getRequirements().size()).sum());
	}

	@Test
	void badFilesAreReportedInTheHeaderAndFinishStaysDisabled() throws Exception {
		wizard.filePage().setFile(directory.resolve("missing.json").toString());
		assertTrue(wizard.filePage().getErrorMessage().contains("missing.json"), wizard.filePage().getErrorMessage());
		assertFalse(wizard.filePage().isPageComplete());

		wizard.filePage().setFile(directory.toString());
		assertNotNull(wizard.filePage().getErrorMessage());

		Path profile = Files.writeString(directory.resolve("profile.json"), "{\"profile\": {\"uuid\": \"x\"}}");
		wizard.filePage().setFile(profile.toString());
		assertTrue(wizard.filePage().getErrorMessage().contains("profile.metadata.title: missing"), wizard.filePage().getErrorMessage());
		assertFalse(wizard.filePage().isPageComplete());
		assertFalse(dialog.getCurrentPage().canFlipToNextPage());
		assertFalse(wizard.canFinish());

		Path broken = Files.writeString(directory.resolve("broken.xml"), "<catalog xmlns=\"http://csrc.nist.gov/ns/oscal/1.0\"><metadata>");
		wizard.filePage().setFile(broken.toString());
		assertNotNull(wizard.filePage().getErrorMessage());
		assertFalse(wizard.canFinish());
		assertFalse(session.isDirty());

		wizard.filePage().setFile("");
		assertNull(wizard.filePage().getErrorMessage());
		assertFalse(wizard.filePage().isPageComplete());
	}
}
