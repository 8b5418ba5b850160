// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Assessment;
import org.rensa.model.Checklist;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.RensaFactory;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Section;
import org.rensa.model.Verdict;
import org.rensa.ui.audit.AssessmentVerificationView;
import org.rensa.ui.audit.EvidenceAttachment;
import org.rensa.ui.audit.VerificationFilter;
import org.rensa.ui.audit.VerificationRow;
import org.rensa.ui.session.ProjectSession;

/**
 * Verifies 60 requirements with the keyboard only, through the real table, and counts the keys: a
 * verdict for every requirement, a note on every fifth, evidence pasted as a file path on every sixth,
 * a finding on every tenth (nonconform).
 */
final class SixtyRequirementsByKeyboardTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
	private static final int REQUIREMENTS = 60;
	private static final String NOTE = "Seen on site";

	@TempDir
	Path directory;

	private ProjectSession session;
	private Shell shell;
	private AssessmentVerificationView view;
	private Assessment assessment;
	private int keys;

	@BeforeEach
	void open() throws Exception {
		session = new ProjectSession(project(directory.resolve("p")));
		assessment = session.project().getAssessments().get(0);
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(1400, 900);
		view = new AssessmentVerificationView(shell, session, assessment, "auditor-1", CLOCK);
		view.onAttachFiles((row, files) -> EvidenceAttachment.attach(session, assessment, row, files, null, "auditor-1", CLOCK));
		view.onFindingDraft(draft -> {
			keys++; // Enter confirms the finding's title and severity form
			return true;
		});
		shell.open();
		view.table().setFocus();
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.dispose();
	}

	@Test
	void sixtyRequirementsAreVerifiedWithAboutOneKeyEach() throws Exception {
		int typed = 0;
		assertEquals(REQUIREMENTS, view.table().getItemCount());
		for (int i = 0; i < REQUIREMENTS; i++) {
			assertEquals(i, view.table().getSelectionIndex(), "the verdict key moved to the next row");
			if (i % 5 == 0) {
				// Enter edits the note (the editor is looked at before events run: a test shell without
				// the focus would end the edit on focus loss)
				Event enter = new Event();
				enter.keyCode = SWT.CR;
				enter.character = '\r';
				view.table().notifyListeners(SWT.KeyDown, enter);
				keys++;
				Text editor = activeEditor();
				assertNotNull(editor, "Enter opens the note editor");
				editor.setText(NOTE);
				typed += NOTE.length();
				keys += NOTE.length();
				editor.notifyListeners(SWT.DefaultSelection, new Event()); // Enter commits the note
				keys++;
				settle();
			}
			if (i % 6 == 0) {
				Path photo = Files.writeString(directory.resolve("site note " + i + ".txt"), "observed at requirement " + i);
				Clipboard clipboard = new Clipboard(Display.getDefault());
				clipboard.setContents(new Object[] { photo.toString() }, new Transfer[] { TextTransfer.getInstance() });
				clipboard.dispose();
				press('v', 'v', SWT.MOD1); // Ctrl+V attaches the copied file path as evidence
			}
			if (i % 10 == 4) {
				press('n', 'n', 0);
				moveTo(i); // Up: back to the nonconform row
				press('f', 'f', 0); // F raises the finding (Enter on its form counted by the form)
				moveTo(i + 1); // Down: on to the next row
			} else {
				press('c', 'c', 0);
			}
		}

		List<VerificationRow> rows = VerificationFilter.rows(assessment);
		assertTrue(rows.stream().noneMatch(r -> r.verdict() == Verdict.NOT_VERIFIED), "every requirement is verified");
		assertEquals(6, rows.stream().filter(r -> r.verdict() == Verdict.NONCONFORM).count());
		assertEquals(12, rows.stream().filter(r -> NOTE.equals(r.response().getVerificationNote())).count());
		assertEquals(10, rows.stream().filter(r -> r.evidenceCount() == 1).count(), "evidence on every sixth requirement");
		assertEquals(6, session.project().getFindings().size());
		assertEquals(rows.get(4).requirement(), session.project().getFindings().get(0).getRequirement());

		// 60 verdicts + 12 notes (Enter, Enter) + 10 pastes + 6 findings (Up, F, Enter, Down); the note texts aside
		int commands = keys - typed;
		assertEquals(REQUIREMENTS + 12 * 2 + 10 + 6 * 4, commands, "keys besides typing");
		assertTrue(commands <= 2 * REQUIREMENTS, commands + " keys for " + REQUIREMENTS + " requirements");
		System.out.printf("keyboard verification: %d requirements, %d keys (%d typed in notes), %.2f command keys per requirement%n",
				REQUIREMENTS, keys, typed, (double) commands / REQUIREMENTS);
	}

	private void press(int keyCode, char character, int stateMask) {
		Event event = new Event();
		event.keyCode = keyCode;
		event.character = character;
		event.stateMask = stateMask;
		view.table().notifyListeners(SWT.KeyDown, event);
		keys++;
		settle();
	}

	/** An arrow key: the table moves its selection and tells its listeners. */
	private void moveTo(int index) {
		VerificationRow row = (VerificationRow) view.table().getItem(index).getData();
		assertTrue(view.select(row.requirement()));
		keys++;
		settle();
		assertEquals(index, view.table().getSelectionIndex());
	}

	private Text activeEditor() {
		for (var child : view.table().getChildren()) {
			if (child instanceof Text text && text.isVisible()) {
				return text;
			}
		}
		return null;
	}

	private static void settle() {
		while (Display.getDefault().readAndDispatch()) {
			// let the table update
		}
	}

	/** A project with one supplier, a checklist of 60 requirements in three sections, all declared done. */
	private static AuditProjectDocument project(Path directory) throws Exception {
		AuditProjectDocument document = ProjectStorage.standard().create(directory, "Keyboard test");
		RensaFactory f = RensaFactory.eINSTANCE;
		Organization supplier = f.createOrganization();
		supplier.setKind(OrganizationKind.SUPPLIER);
		supplier.setName("Kanto Precision Parts");
		document.getProject().getOrganizations().add(supplier);
		Checklist checklist = f.createChecklist();
		checklist.setName("Sixty");
		Assessment assessment = f.createAssessment();
		assessment.setOrganization(supplier);
		assessment.setChecklist(checklist);
		for (int s = 1; s <= 3; s++) {
			Section section = f.createSection();
			section.setCode(String.valueOf(s));
			section.setTitle("Section " + s);
			for (int r = 1; r <= REQUIREMENTS / 3; r++) {
				Requirement requirement = f.createRequirement();
				requirement.setCode(s + "." + r);
				requirement.setTitle("Requirement " + s + "." + r);
				requirement.setLevel(1);
				section.getRequirements().add(requirement);
				Response response = f.createResponse();
				response.setRequirement(requirement);
				response.setDeclaredAnswer(DeclaredAnswer.DONE);
				assessment.getResponses().add(response);
			}
			checklist.getSections().add(section);
		}
		document.getProject().getChecklists().add(checklist);
		document.getProject().getAssessments().add(assessment);
		ProjectStorage.standard().save(document);
		return ProjectStorage.standard().load(directory);
	}
}
