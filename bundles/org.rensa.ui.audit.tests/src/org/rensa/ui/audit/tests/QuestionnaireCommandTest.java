// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.model.Assessment;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Requirement;
import org.rensa.questionnaire.DeclaredResponse;
import org.rensa.questionnaire.ReadResult;
import org.rensa.ui.audit.QuestionnaireCommands;
import org.rensa.ui.session.ProjectSession;

/** Importing a questionnaire in the workbench is one undoable command. */
final class QuestionnaireCommandTest {

	@TempDir
	Path directory;

	@Test
	void applyingAWorkbookIsUndoneInOneStep() throws Exception {
		ProjectSession session = new ProjectSession(AuditFixtures.project(directory.resolve("p")));
		try {
			Assessment assessment = session.project().getAssessments().get(0);
			Requirement first = assessment.getChecklist().getSections().get(0).getRequirements().get(0);
			Requirement second = assessment.getChecklist().getSections().get(0).getRequirements().get(1);
			ReadResult result = new ReadResult(assessment, List.of(new DeclaredResponse(first, DeclaredAnswer.NOT_DONE, "no patch process"),
					new DeclaredResponse(second, DeclaredAnswer.PARTLY, null)), "Sato", List.of());
			QuestionnaireCommands.Apply command = QuestionnaireCommands.apply(result, LocalDate.of(2026, 12, 1));
			session.editingDomain().getCommandStack().execute(command);
			assertEquals(2, command.changed());
			assertEquals(DeclaredAnswer.NOT_DONE, assessment.getResponses().get(0).getDeclaredAnswer());
			assertEquals("Sato", assessment.getRespondent());
			session.commandStack().undo();
			assertEquals(DeclaredAnswer.DONE, assessment.getResponses().get(0).getDeclaredAnswer());
			assertEquals(DeclaredAnswer.DONE, assessment.getResponses().get(1).getDeclaredAnswer());
			assertNull(assessment.getRespondent());
			assertNull(assessment.getResponses().get(0).getDeclaredComment());
		} finally {
			session.dispose();
		}
	}
}
