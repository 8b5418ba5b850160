// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.rensa.core.audit.Assessments;
import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.AuditProject;
import org.rensa.model.Checklist;
import org.rensa.model.Finding;
import org.rensa.model.Organization;
import org.rensa.model.RensaFactory;
import org.rensa.model.Response;

/** A planned assessment has one shape wherever it is planned; a selection stands for one assessment. */
class AssessmentsTest {

	private static final RensaFactory F = RensaFactory.eINSTANCE;

	@Test
	void aPlannedAssessmentIsAddedAndUndoneAsOneCommand() {
		AuditProject project = F.createAuditProject();
		Organization supplier = F.createOrganization();
		Checklist checklist = F.createChecklist();
		project.getOrganizations().add(supplier);
		project.getChecklists().add(checklist);
		Assessment planned = Assessments.planned(supplier, checklist);
		assertSame(supplier, planned.getOrganization());
		assertSame(checklist, planned.getChecklist());
		assertEquals(AssessmentStatus.PLANNED, planned.getStatus());
		assertTrue(planned.getResponses().isEmpty());

		BasicCommandStack stack = new BasicCommandStack();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack);
		stack.execute(Assessments.add(domain, project, planned));
		assertEquals(1, project.getAssessments().size());
		stack.undo();
		assertEquals(0, project.getAssessments().size());
	}

	@Test
	void aSelectionStandsForItsAssessment() {
		Assessment assessment = F.createAssessment();
		Response response = F.createResponse();
		assessment.getResponses().add(response);
		Finding finding = F.createFinding();
		finding.setAssessment(assessment);
		assertSame(assessment, Assessments.of(assessment));
		assertSame(assessment, Assessments.of(response));
		assertSame(assessment, Assessments.of(finding));
		assertNull(Assessments.of(F.createResponse()), "a response outside any assessment");
		assertNull(Assessments.of(F.createOrganization()));
		assertNull(Assessments.of(null));
	}
}
