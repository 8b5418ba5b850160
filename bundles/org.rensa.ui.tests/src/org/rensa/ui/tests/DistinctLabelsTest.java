// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Finding;
import org.rensa.model.Response;
import org.rensa.model.Verdict;
import org.rensa.model.text.Language;
import org.rensa.ui.emf.FeatureCell;
import org.rensa.ui.emf.FeatureCells;
import org.rensa.ui.problems.ProblemsTable;
import org.rensa.ui.session.ProjectSession;

/**
 * Labels tell things apart, from one place ({@link Language#label(org.eclipse.emf.ecore.EObject)},
 * used by the item providers of the tree, the editor tab, the chooser and Problems): assessment
 * organisation · checklist · fiscal year, finding code · title · severity, response requirement ·
 * verdict; times in the user's zone.
 */
final class DistinctLabelsTest {

	private static final String SEPARATOR = " \u00b7 "; //$NON-NLS-1$

	private static ProjectSession demo() throws Exception {
		return new ProjectSession(ProjectStorage.standard()
				.loadReadOnly(Path.of(System.getProperty("rensa.root", "."), "samples", "demo"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static String tree(ProjectSession session, Object element) {
		return ((IItemLabelProvider) session.adapterFactory().adapt(element, IItemLabelProvider.class)).getText(element);
	}

	@Test
	void everyAssessmentHasItsOwnLabelWithOrganisationChecklistAndYear() throws Exception {
		ProjectSession session = demo();
		try {
			AuditProject project = session.project();
			List<String> labels = project.getAssessments().stream().map(a -> tree(session, a)).toList();
			Set<String> distinct = labels.stream().collect(Collectors.toSet());
			assertEquals(labels.size(), distinct.size(), "no two assessments look the same: " + labels);
			for (Assessment assessment : project.getAssessments()) {
				String label = tree(session, assessment);
				assertEquals(Language.ui().label(assessment), label, "the tree uses the language layer");
				assertTrue(label.startsWith(Language.ui().label(assessment.getOrganization()) + SEPARATOR), label);
				assertTrue(label.contains(SEPARATOR + Language.ui().label(assessment.getChecklist())), label);
				if (assessment.getCampaign() != null) {
					int year = assessment.getCampaign().getFiscalYear();
					assertTrue(label.endsWith(SEPARATOR + "FY" + year) || label.endsWith(SEPARATOR + year + "\u5e74\u5ea6"), label); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			Assessment kisaragi = project.getAssessments().stream()
					.filter(a -> a.getOrganization().getName().startsWith("Kisaragi")).findFirst().orElseThrow(); //$NON-NLS-1$
			assertEquals("Kisaragi Electronics Co., Ltd." + SEPARATOR + Language.ENGLISH.label(kisaragi.getChecklist()) + SEPARATOR //$NON-NLS-1$
					+ "FY" + kisaragi.getCampaign().getFiscalYear(), Language.ENGLISH.label(kisaragi)); //$NON-NLS-1$
			assertTrue(Language.JAPANESE.label(kisaragi).endsWith(kisaragi.getCampaign().getFiscalYear() + "\u5e74\u5ea6"), //$NON-NLS-1$
					Language.JAPANESE.label(kisaragi));
		} finally {
			session.dispose();
		}
	}

	@Test
	void findingsShowCodeTitleAndSeverityAndResponsesTheirVerdict() throws Exception {
		ProjectSession session = demo();
		try {
			Language ui = Language.ui();
			assertFalse(session.project().getFindings().isEmpty());
			for (Finding finding : session.project().getFindings()) {
				assertEquals(finding.getCode() + SEPARATOR + ui.text(finding.getTitle(), finding.getTitleJa()) + SEPARATOR
						+ ui.label(finding.getSeverity()), tree(session, finding));
			}
			Response verified = session.project().getAssessments().stream().flatMap(a -> a.getResponses().stream())
					.filter(r -> r.getVerdict() == Verdict.NONCONFORM).findFirst().orElseThrow();
			String label = tree(session, verified);
			assertEquals(ui.label(verified.getRequirement()) + SEPARATOR + ui.label(Verdict.NONCONFORM), label);
			String inContext = ui.labelInContext(verified);
			assertTrue(inContext.startsWith(label) && inContext.contains(ui.label((Assessment) verified.eContainer())),
					"Problems and history also name the assessment: " + inContext);
		} finally {
			session.dispose();
		}
	}

	@Test
	void problemsNameTheResponseWithItsAssessment() throws Exception {
		ProjectSession session = demo();
		Shell shell = new Shell(Display.getDefault());
		try {
			Response response = session.project().getAssessments().get(0).getResponses().get(0);
			BasicDiagnostic diagnostic = new BasicDiagnostic();
			diagnostic.add(new BasicDiagnostic(Diagnostic.WARNING, "test", 1, "a problem", new Object[] { response })); //$NON-NLS-1$ //$NON-NLS-2$
			ProblemsTable table = new ProblemsTable(shell, 0);
			table.setDiagnostic(diagnostic);
			assertEquals(1, table.getViewer().getTable().getItemCount());
			assertEquals(Language.ui().qualifiedInContext(response), table.getViewer().getTable().getItem(0).getText(2));
		} finally {
			shell.dispose();
			session.dispose();
		}
	}

	@Test
	void timesAreShownInTheUsersZoneNotAsIsoInstants() throws Exception {
		Instant instant = Instant.parse("2026-12-01T10:00:00Z"); //$NON-NLS-1$
		String tokyo = Language.ENGLISH.dateTime(instant, ZoneId.of("Asia/Tokyo")); //$NON-NLS-1$
		assertTrue(tokyo.contains("7:00") && tokyo.contains("PM") && tokyo.contains("2026"), tokyo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertFalse(tokyo.contains("T10:00"), tokyo); //$NON-NLS-1$
		String japanese = Language.JAPANESE.dateTime(instant, ZoneId.of("Asia/Tokyo")); //$NON-NLS-1$
		assertTrue(japanese.contains("19:00") && japanese.contains("2026"), japanese); //$NON-NLS-1$ //$NON-NLS-2$
		assertNotEquals(tokyo, japanese);
		assertEquals(Language.ui().dateTime(instant), Language.ui().display(instant), "messages show instants the same way");

		ProjectSession session = demo();
		try {
			Response verified = session.project().getAssessments().stream().flatMap(a -> a.getResponses().stream())
					.filter(r -> r.getVerifiedAt() != null).findFirst().orElseThrow();
			FeatureCell cell = FeatureCells.of(session.adapterFactory(), verified, org.rensa.model.RensaPackage.Literals.RESPONSE__VERIFIED_AT);
			assertEquals(Language.ui().dateTime(verified.getVerifiedAt()), cell.displayText(), "the property cell is localised");
			assertEquals(verified.getVerifiedAt().toString(), cell.displayTextForEditing(), "and edited as an instant");
		} finally {
			session.dispose();
		}
	}
}
