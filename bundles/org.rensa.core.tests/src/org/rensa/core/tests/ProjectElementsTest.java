// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rensa.core.audit.Findings;
import org.rensa.core.edit.ProjectElements;
import org.rensa.core.edit.ProjectElements.Creation;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.validation.ProjectValidator;
import org.rensa.model.ActionStatus;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Campaign;
import org.rensa.model.Checklist;
import org.rensa.model.Contract;
import org.rensa.model.Evidence;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.RemediationAction;
import org.rensa.model.RensaPackage.Literals;
import org.rensa.model.Response;
import org.rensa.model.Visit;

/** New, Duplicate and Delete on the demo: defaults, what goes with a deletion, and undo of each. */
class ProjectElementsTest {

	private AuditProject project;
	private AdapterFactoryEditingDomain domain;

	@BeforeEach
	void load() throws IOException {
		AuditProjectDocument demo = ProjectStorage.standard().loadReadOnly(ChainCommandsTest.demo());
		project = demo.getProject();
		domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new BasicCommandStack(), demo.getResourceSet());
	}

	private Organization organization(String name) {
		return project.getOrganizations().stream().filter(o -> o.getName().startsWith(name)).findFirst().orElseThrow();
	}

	private EObject create(EClass type, EObject context) {
		Creation creation = ProjectElements.create(domain, project, type, context, "Aiko Tanaka", TestSupport.CLOCK);
		assertTrue(creation.command().canExecute(), type.getName());
		domain.getCommandStack().execute(creation.command());
		assertSame(project, creation.element().eContainer(), type.getName());
		return creation.element();
	}

	@Test
	void everyKindIsCreatedWithDefaultsAndUndoneInOneStep() {
		Organization kisaragi = organization("Kisaragi");
		int before = project.eContents().size();
		Organization organization = (Organization) create(Literals.ORGANIZATION, null);
		assertEquals("New organisation", organization.getName());
		assertEquals("新しい組織", organization.getNameJa());
		assertEquals("New organisation 2", ((Organization) create(Literals.ORGANIZATION, null)).getName());

		Relationship relationship = (Relationship) create(Literals.RELATIONSHIP, organization);
		assertSame(organization, relationship.getTo());
		assertSame(project.getBuyer(), relationship.getFrom());

		Contract contract = (Contract) create(Literals.CONTRACT, relationship);
		assertSame(relationship, contract.getRelationship());
		assertEquals(List.of(project.getBuyer(), organization), contract.getParties());

		Checklist checklist = (Checklist) create(Literals.CHECKLIST, null);
		assertEquals("1.1", checklist.getSections().get(0).getRequirements().get(0).getCode());

		Campaign campaign = (Campaign) create(Literals.CAMPAIGN, kisaragi);
		assertEquals(2026, campaign.getFiscalYear(), "December 2026 is in fiscal year 2026");
		assertEquals(LocalDate.of(2027, 3, 31), campaign.getEndDate());
		assertEquals(List.of(kisaragi), campaign.getOrganizations());

		Assessment assessment = (Assessment) create(Literals.ASSESSMENT, kisaragi);
		assertSame(kisaragi, assessment.getOrganization());
		assertNotNull(assessment.getChecklist());

		Visit visit = (Visit) create(Literals.VISIT, assessment);
		assertSame(assessment, visit.getAssessment());
		assertSame(kisaragi, visit.getOrganization());
		assertEquals(List.of("Aiko Tanaka"), visit.getAuditors());
		assertEquals(LocalDate.of(2026, 12, 1), visit.getStartDate());

		Finding finding = (Finding) create(Literals.FINDING, visit);
		assertNotEquals(null, finding.getCode());
		assertSame(visit, finding.getVisit());
		assertSame(assessment, finding.getAssessment());
		assertEquals(FindingStatus.OPEN, finding.getStatus());

		assertFalse(ProjectElements.canCreate(project, Literals.REMEDIATION_ACTION, kisaragi), "an action needs a finding");
		RemediationAction action = (RemediationAction) create(Literals.REMEDIATION_ACTION, finding);
		assertSame(finding, action.getFinding());
		assertEquals(List.of(action), finding.getActions());
		assertTrue(Findings.nextActionCode(project).compareTo(action.getCode()) > 0, action.getCode());
		assertEquals(ActionStatus.PLANNED, action.getStatus());
		assertEquals(LocalDate.of(2026, 12, 31), action.getDueDate());

		for (int i = 0; i < 11; i++) {
			domain.getCommandStack().undo();
		}
		assertEquals(before, project.eContents().size());
		assertTrue(finding.getActions().isEmpty(), "undo unlinks the action");
		assertFalse(domain.getCommandStack().canUndo());
	}

	@Test
	void aFindingRaisedFromAResponseTakesItsEvidenceAndUndoLeavesTheEvidenceAsItWas() {
		Response response = project.getAssessments().stream().flatMap(a -> a.getResponses().stream())
				.filter(r -> !r.getEvidence().isEmpty()).findFirst().orElseThrow();
		Evidence evidence = response.getEvidence().get(0);
		int linked = evidence.getFindings().size();
		Creation creation = ProjectElements.create(domain, project, Literals.FINDING, response, "A", TestSupport.CLOCK);
		Finding finding = (Finding) creation.element();
		assertTrue(evidence.getFindings().size() == linked, "nothing is linked before the command runs");
		domain.getCommandStack().execute(creation.command());
		assertSame(response.getRequirement(), finding.getRequirement());
		assertTrue(finding.getEvidence().contains(evidence));
		domain.getCommandStack().undo();
		assertEquals(linked, evidence.getFindings().size());
		assertFalse(evidence.getFindings().contains(finding));
	}

	@Test
	void deletingAnOrganisationListsAndTakesWhatCannotStandWithoutIt() {
		Organization kisaragi = organization("Kisaragi");
		List<EObject> dependents = ProjectElements.dependents(List.of(kisaragi));
		assertTrue(dependents.stream().anyMatch(Assessment.class::isInstance));
		assertTrue(dependents.stream().anyMatch(Relationship.class::isInstance));
		assertTrue(dependents.stream().anyMatch(Finding.class::isInstance));
		assertTrue(dependents.stream().anyMatch(RemediationAction.class::isInstance), "the findings' actions too");
		assertFalse(dependents.contains(kisaragi));
		int elements = project.eContents().size();
		Diagnostic before = ProjectValidator.standard(TestSupport.CLOCK).validate(project, null);

		org.eclipse.emf.common.command.Command delete = ProjectElements.delete(domain, List.of(kisaragi));
		assertTrue(delete.canExecute());
		domain.getCommandStack().execute(delete);
		assertTrue(domain.getCommandStack().canUndo());
		assertFalse(project.getOrganizations().contains(kisaragi));
		assertEquals(elements - 1 - dependents.size(), project.eContents().size());
		for (Campaign campaign : project.getCampaigns()) {
			assertFalse(campaign.getOrganizations().contains(kisaragi), "references are cleared");
		}
		for (Evidence evidence : project.getEvidence()) {
			assertTrue(evidence.getFindings().stream().allMatch(f -> f.eContainer() == project));
		}
		assertTrue(ProjectValidator.leaves(ProjectValidator.standard(TestSupport.CLOCK).validate(project, null)).size()
				<= ProjectValidator.leaves(before).size(), "a deletion leaves nothing new to complain about");

		domain.getCommandStack().undo();
		assertEquals(elements, project.eContents().size());
		assertTrue(project.getOrganizations().contains(kisaragi));
		assertTrue(project.getCampaigns().stream().anyMatch(c -> c.getOrganizations().contains(kisaragi)));
	}

	@Test
	void aDuplicateIsACompleteCopyWithFreshIdsAfterTheOriginal() {
		Assessment original = project.getAssessments().get(0);
		Creation creation = ProjectElements.duplicate(domain, project, original);
		domain.getCommandStack().execute(creation.command());
		Assessment copy = (Assessment) creation.element();
		assertEquals(project.getAssessments().indexOf(original) + 1, project.getAssessments().indexOf(copy));
		assertNotEquals(original.getId(), copy.getId());
		assertEquals(original.getResponses().size(), copy.getResponses().size());
		assertNotEquals(original.getResponses().get(0).getId(), copy.getResponses().get(0).getId());
		assertSame(original.getOrganization(), copy.getOrganization());

		Finding finding = project.getFindings().get(0);
		Creation findingCopy = ProjectElements.duplicate(domain, project, finding);
		domain.getCommandStack().execute(findingCopy.command());
		Finding copied = (Finding) findingCopy.element();
		assertEquals(finding.getTitle() + " (copy)", copied.getTitle());
		assertTrue(Findings.nextCode(project).compareTo(copied.getCode()) > 0, copied.getCode());
		assertTrue(copied.getActions().isEmpty(), "actions stay with the original");

		domain.getCommandStack().undo();
		domain.getCommandStack().undo();
		assertFalse(project.getAssessments().contains(copy));
		assertFalse(project.getFindings().contains(copied));
		assertThrows(IllegalArgumentException.class, () -> ProjectElements.duplicate(domain, project, project));
	}
}
