// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.AuditProject;
import org.rensa.model.Clause;
import org.rensa.model.ClauseCategory;
import org.rensa.model.Contract;
import org.rensa.model.ContractKind;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.RensaFactory;
import org.rensa.model.Response;
import org.rensa.model.Verdict;

/** Builds small hand-made supply chains for the analysis tests. */
final class ChainFixture {

	static final RensaFactory F = RensaFactory.eINSTANCE;

	final AuditProject project;
	final Organization buyer;
	private int ids;

	ChainFixture() {
		project = F.createAuditProject();
		project.setId("_p");
		project.setName("Chain");
		Resource resource = new ResourceSetImpl().createResource(org.eclipse.emf.common.util.URI.createURI("mem:/p.xmi"));
		resource.getContents().add(project);
		buyer = org("Buyer", OrganizationKind.BUYER, "JP");
		project.setBuyer(buyer);
	}

	Organization org(String name, OrganizationKind kind, String country) {
		Organization organization = F.createOrganization();
		organization.setId("_o" + ids++);
		organization.setName(name);
		organization.setKind(kind);
		organization.setCountry(country);
		project.getOrganizations().add(organization);
		return organization;
	}

	Organization supplier(String name) {
		return org(name, OrganizationKind.SUPPLIER, "JP");
	}

	Organization sub(String name) {
		return org(name, OrganizationKind.SUBCONTRACTOR, "JP");
	}

	/** A declared, approved relationship; SUPPLY from the buyer, SUBCONTRACT otherwise. */
	Relationship link(Organization from, Organization to, InformationClass... classes) {
		Relationship relationship = F.createRelationship();
		relationship.setId("_r" + ids++);
		relationship.setFrom(from);
		relationship.setTo(to);
		relationship.setKind(from == buyer ? RelationshipKind.SUPPLY : RelationshipKind.SUBCONTRACT);
		relationship.setDeclaredToBuyer(true);
		relationship.setApproved(true);
		for (InformationClass c : classes) {
			relationship.getInformationClasses().add(c);
		}
		project.getRelationships().add(relationship);
		return relationship;
	}

	/** A contract on the relationship with clauses of the given categories, all flowing down. */
	Contract contract(Relationship relationship, ClauseCategory... flowingDown) {
		Contract contract = F.createContract();
		contract.setId("_k" + ids++);
		contract.setTitle("Contract " + relationship.getFrom().getName() + "-" + relationship.getTo().getName());
		contract.setKind(ContractKind.MASTER_AGREEMENT);
		contract.setRelationship(relationship);
		contract.getParties().add(relationship.getFrom());
		contract.getParties().add(relationship.getTo());
		for (ClauseCategory category : flowingDown) {
			clause(contract, category, true);
		}
		project.getContracts().add(contract);
		return contract;
	}

	Clause clause(Contract contract, ClauseCategory category, boolean flowsDown) {
		Clause clause = F.createClause();
		clause.setId("_c" + ids++);
		clause.setCategory(category);
		clause.setFlowsDown(flowsDown);
		contract.getClauses().add(clause);
		return clause;
	}

	/** An assessment of the organisation with the given verdicts (none: declared only). */
	Assessment assess(Organization organization, Verdict... verdicts) {
		Assessment assessment = F.createAssessment();
		assessment.setId("_a" + ids++);
		assessment.setOrganization(organization);
		assessment.setStatus(verdicts.length == 0 ? AssessmentStatus.DECLARED : AssessmentStatus.COMPLETED);
		for (Verdict verdict : verdicts) {
			Response response = F.createResponse();
			response.setId("_x" + ids++);
			response.setVerdict(verdict);
			assessment.getResponses().add(response);
		}
		project.getAssessments().add(assessment);
		return assessment;
	}
}
