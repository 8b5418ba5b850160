// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rensa.core.audit.Findings;
import org.rensa.model.ActionStatus;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Checklist;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.Organization;
import org.rensa.model.RemediationAction;
import org.rensa.model.Requirement;
import org.rensa.model.RensaFactory;
import org.rensa.model.Response;
import org.rensa.model.Section;
import org.rensa.model.Severity;
import org.rensa.model.Verdict;
import org.rensa.model.Visit;

/** The one rule for a new finding: code, visit of the day, texts, and a single undoable command. */
class FindingsTest {

	private static final RensaFactory F = RensaFactory.eINSTANCE;
	private static final Clock DEC_1 = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

	private AuditProject project;
	private Organization supplier;
	private Assessment assessment;
	private Requirement requirement;

	@BeforeEach
	void setUp() {
		project = F.createAuditProject();
		supplier = F.createOrganization();
		supplier.setName("Supplier");
		project.getOrganizations().add(supplier);
		Checklist checklist = F.createChecklist();
		Section section = F.createSection();
		requirement = F.createRequirement();
		requirement.setCode("1.4");
		requirement.setTitle("Access control");
		requirement.setTitleJa("アクセス制御");
		section.getRequirements().add(requirement);
		checklist.getSections().add(section);
		project.getChecklists().add(checklist);
		assessment = F.createAssessment();
		assessment.setOrganization(supplier);
		assessment.setChecklist(checklist);
		project.getAssessments().add(assessment);
	}

	private Visit visit(LocalDate start, LocalDate end, Organization organization) {
		Visit visit = F.createVisit();
		visit.setOrganization(organization);
		visit.setStartDate(start);
		visit.setEndDate(end);
		project.getVisits().add(visit);
		return visit;
	}

	@Test
	void aNewFindingIsCompleteAndNamesDeclaredAndVerified() {
		Response response = F.createResponse();
		response.setRequirement(requirement);
		response.setDeclaredAnswer(DeclaredAnswer.DONE);
		response.setVerdict(Verdict.NONCONFORM);
		response.setVerificationNote("Shared admin account.");
		assessment.getResponses().add(response);
		Finding finding = Findings.newFinding(project, assessment, requirement, DEC_1);
		assertEquals("F-001", finding.getCode());
		assertEquals("1.4: Access control", finding.getTitle());
		assertEquals("1.4：アクセス制御", finding.getTitleJa());
		assertEquals("Declared Done, verified Nonconform (Overstated). Shared admin account.", finding.getDescription());
		assertEquals(Severity.HIGH, finding.getSeverity());
		assertEquals(FindingStatus.OPEN, finding.getStatus());
		assertEquals(LocalDate.of(2026, 12, 1), finding.getRaisedOn());
		assertSame(supplier, finding.getOrganization());
		assertSame(assessment, finding.getAssessment());
		assertSame(requirement, finding.getRequirement());
		assertNull(finding.getVisit(), "no visit in the project");
	}

	@Test
	void theCodeIsTheNextFreeOne() {
		Finding f7 = F.createFinding();
		f7.setCode("F-007");
		Finding other = F.createFinding();
		other.setCode("X-99");
		project.getFindings().add(f7);
		project.getFindings().add(other);
		project.getFindings().add(F.createFinding());
		assertEquals("F-008", Findings.nextCode(project));
	}

	@Test
	void theVisitIsTheOneOfTheDayElseTheLatest() {
		Organization stranger = F.createOrganization();
		project.getOrganizations().add(stranger);
		visit(LocalDate.of(2026, 12, 1), null, stranger);
		Visit older = visit(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), supplier);
		Visit later = visit(LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 15), supplier);
		assertSame(later, Findings.visitOf(project, assessment, LocalDate.of(2026, 12, 1)));
		assertSame(older, Findings.visitOf(project, assessment, LocalDate.of(2026, 3, 2)));
		Visit today = visit(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1), supplier);
		assertSame(today, Findings.newFinding(project, assessment, requirement, DEC_1).getVisit());
	}

	@Test
	void raisingIsOneUndoableCommand() {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		Finding finding = Findings.newFinding(project, assessment, requirement, DEC_1);
		Command command = Findings.raise(domain, project, finding);
		assertTrue(command.canExecute());
		domain.getCommandStack().execute(command);
		assertTrue(project.getFindings().contains(finding));
		assertEquals("F-002", Findings.nextCode(project));
		domain.getCommandStack().undo();
		assertFalse(project.getFindings().contains(finding));
		assertFalse(domain.getCommandStack().canUndo());
	}

	@Test
	void aFindingWhoseActionsAreAllVerifiedIsClosedByOneUndoableCommand() {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		Finding finding = Findings.newFinding(project, assessment, requirement, DEC_1);
		project.getFindings().add(finding);
		RemediationAction first = action(finding, ActionStatus.VERIFIED);
		RemediationAction second = action(finding, ActionStatus.DONE);
		assertFalse(Findings.canClose(finding), "one action is done, not verified");
		assertThrows(IllegalArgumentException.class, () -> Findings.close(domain, finding));

		second.setStatus(ActionStatus.VERIFIED);
		assertTrue(Findings.canClose(finding));
		domain.getCommandStack().execute(Findings.close(domain, finding));
		assertEquals(FindingStatus.CLOSED, finding.getStatus());
		assertFalse(Findings.canClose(finding), "a closed finding is not closed again");
		domain.getCommandStack().undo();
		assertEquals(FindingStatus.OPEN, finding.getStatus());
		assertEquals(ActionStatus.VERIFIED, first.getStatus());
		assertFalse(domain.getCommandStack().canUndo());
	}

	@Test
	void aFindingWithoutActionsIsNotClosedByTheCommand() {
		Finding finding = Findings.newFinding(project, assessment, requirement, DEC_1);
		assertFalse(Findings.canClose(finding));
		assertFalse(Findings.canClose(null));
	}

	private RemediationAction action(Finding finding, ActionStatus status) {
		RemediationAction action = F.createRemediationAction();
		action.setFinding(finding);
		action.setStatus(status);
		action.setCompletedOn(LocalDate.of(2026, 11, 20));
		project.getRemediationActions().add(action);
		return action;
	}
}
