// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.EvidenceStore;
import org.rensa.core.validation.DiagnosticMessages;
import org.rensa.core.validation.ProjectValidator;
import org.rensa.core.validation.RensaRulesValidator;
import org.rensa.model.ActionStatus;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Certification;
import org.rensa.model.CertificationScheme;
import org.rensa.model.Checklist;
import org.rensa.model.Clause;
import org.rensa.model.ClauseCategory;
import org.rensa.model.Contract;
import org.rensa.model.ContractKind;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.Finding;
import org.rensa.model.InformationClass;
import org.rensa.model.MetiLevel;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.RemediationAction;
import org.rensa.model.Requirement;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage;
import org.rensa.model.Response;
import org.rensa.model.Section;
import org.rensa.model.Verdict;
import org.rensa.model.text.Language;

/** Each audit rule, positive and negative, on a small hand-built project. */
class ValidationRulesTest {

	private static final RensaFactory F = RensaFactory.eINSTANCE;

	private AuditProject project;
	private Organization buyer;
	private Organization supplier;
	private Organization subcontractor;
	private Relationship subcontract;
	private Contract contract;
	private Requirement requirement;
	private Response response;

	@BeforeEach
	void setUp() {
		project = F.createAuditProject();
		project.setId("_p");
		project.setName("Rules");
		Resource resource = new ResourceSetImpl().createResource(org.eclipse.emf.common.util.URI.createURI("mem:/project.xmi"));
		resource.getContents().add(project);
		buyer = organization("_b", "Buyer", OrganizationKind.BUYER);
		supplier = organization("_s", "Supplier", OrganizationKind.SUPPLIER);
		subcontractor = organization("_c", "Sub", OrganizationKind.SUBCONTRACTOR);
		project.setBuyer(buyer);
		Relationship supply = relationship("_r1", buyer, supplier, RelationshipKind.SUPPLY);
		supply.getInformationClasses().add(InformationClass.TECHNICAL_DESIGN);
		subcontract = relationship("_r2", supplier, subcontractor, RelationshipKind.SUBCONTRACT);
		subcontract.getInformationClasses().add(InformationClass.NETWORK_ACCESS);
		subcontract.setApproved(true);
		subcontract.setDeclaredToBuyer(true);
		contract = F.createContract();
		contract.setId("_k");
		contract.setTitle("Master agreement");
		contract.setKind(ContractKind.MASTER_AGREEMENT);
		contract.getParties().add(buyer);
		contract.getParties().add(supplier);
		contract.getClauses().add(clause("_k1", ClauseCategory.CONFIDENTIALITY));
		project.getContracts().add(contract);

		Checklist checklist = F.createChecklist();
		checklist.setId("_cl");
		Section section = F.createSection();
		section.setId("_sec");
		requirement = F.createRequirement();
		requirement.setId("_req");
		requirement.setCode("2.1");
		requirement.setTitle("Access control");
		section.getRequirements().add(requirement);
		checklist.getSections().add(section);
		project.getChecklists().add(checklist);
		Assessment assessment = F.createAssessment();
		assessment.setId("_a");
		assessment.setOrganization(supplier);
		assessment.setChecklist(checklist);
		response = F.createResponse();
		response.setId("_resp");
		response.setRequirement(requirement);
		response.setDeclaredAnswer(DeclaredAnswer.NOT_DONE);
		response.setVerdict(Verdict.CONFORM);
		assessment.getResponses().add(response);
		project.getAssessments().add(assessment);
	}

	private Organization organization(String id, String name, OrganizationKind kind) {
		Organization organization = F.createOrganization();
		organization.setId(id);
		organization.setName(name);
		organization.setKind(kind);
		project.getOrganizations().add(organization);
		return organization;
	}

	private Relationship relationship(String id, Organization from, Organization to, RelationshipKind kind) {
		Relationship relationship = F.createRelationship();
		relationship.setId(id);
		relationship.setFrom(from);
		relationship.setTo(to);
		relationship.setKind(kind);
		relationship.setApproved(true);
		relationship.setDeclaredToBuyer(true);
		project.getRelationships().add(relationship);
		return relationship;
	}

	private static Clause clause(String id, ClauseCategory category) {
		Clause clause = F.createClause();
		clause.setId(id);
		clause.setCategory(category);
		return clause;
	}

	private List<Diagnostic> diagnostics(Path dir) {
		return ProjectValidator.leaves(ProjectValidator.standard(TestSupport.CLOCK).validate(project, dir));
	}

	private List<Diagnostic> withCode(int code) {
		return diagnostics(null).stream().filter(d -> RensaRulesValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()) && d.getCode() == code)
				.collect(Collectors.toList());
	}

	@Test
	void aCleanProjectHasNoDiagnostics() {
		assertEquals(List.of(), diagnostics(null).stream().map(Diagnostic::getMessage).collect(Collectors.toList()));
	}

	@Test
	void sensitiveSubcontractMustBeApprovedAndDeclared() {
		subcontract.getInformationClasses().add(InformationClass.PERSONAL_DATA);
		contract.getClauses().add(clause("_fd", ClauseCategory.FLOW_DOWN));
		assertEquals(0, withCode(RensaRulesValidator.SUBCONTRACT_NOT_APPROVED).size());
		subcontract.setApproved(false);
		List<Diagnostic> notApproved = withCode(RensaRulesValidator.SUBCONTRACT_NOT_APPROVED);
		assertEquals(1, notApproved.size());
		assertEquals(Diagnostic.ERROR, notApproved.get(0).getSeverity());
		assertEquals("Subcontract from Supplier to Sub passes Personal data but is not approved by the buyer",
				notApproved.get(0).getMessage());
		assertSame(subcontract, notApproved.get(0).getData().get(0));
		subcontract.setDeclaredToBuyer(false);
		List<Diagnostic> undeclared = withCode(RensaRulesValidator.SUBCONTRACT_NOT_DECLARED);
		assertEquals("Subcontract from Supplier to Sub passes Personal data but was not declared to the buyer",
				undeclared.get(0).getMessage());
	}

	@Test
	void nonSensitiveSubcontractNeedsNoApproval() {
		subcontract.setApproved(false);
		subcontract.setDeclaredToBuyer(false);
		assertEquals(0, withCode(RensaRulesValidator.SUBCONTRACT_NOT_APPROVED).size());
		assertEquals(0, withCode(RensaRulesValidator.SUBCONTRACT_NOT_DECLARED).size());
	}

	@Test
	void flowDownClauseIsRequiredWhenTheSupplierSubcontractsSensitiveInformation() {
		assertEquals(0, withCode(RensaRulesValidator.MISSING_FLOW_DOWN).size(), "network access only");
		subcontract.getInformationClasses().add(InformationClass.CONFIDENTIAL_BUSINESS);
		List<Diagnostic> missing = withCode(RensaRulesValidator.MISSING_FLOW_DOWN);
		assertEquals(1, missing.size());
		assertEquals(Diagnostic.ERROR, missing.get(0).getSeverity());
		assertSame(contract, missing.get(0).getData().get(0));
		assertEquals("No contract between buyer Buyer and supplier Supplier has a “Flow-down to subcontractors” clause,"
				+ " although the supplier subcontracts Confidential business information to Sub",
				missing.get(0).getMessage());
		assertEquals("発注元 Buyer と取引先 Supplier の契約に「再委託先への要求の継承」の条項がありませんが、取引先は 機密情報（営業情報） を"
				+ " Sub に再委託しています", DiagnosticMessages.render(missing.get(0), Language.JAPANESE));

		Contract nda = F.createContract();
		nda.setId("_nda");
		nda.setKind(ContractKind.NDA);
		nda.getParties().add(supplier);
		nda.getParties().add(buyer);
		project.getContracts().add(nda);
		assertEquals(1, withCode(RensaRulesValidator.MISSING_FLOW_DOWN).size(), "reported once per supplier");
		nda.getClauses().add(clause("_fd", ClauseCategory.FLOW_DOWN));
		assertEquals(0, withCode(RensaRulesValidator.MISSING_FLOW_DOWN).size(), "a flow-down in any contract suffices");
	}

	@Test
	void nonconformResponseNeedsAFinding() {
		response.setVerdict(Verdict.NONCONFORM);
		List<Diagnostic> warnings = withCode(RensaRulesValidator.NONCONFORM_WITHOUT_FINDING);
		assertEquals(1, warnings.size());
		assertEquals(Diagnostic.WARNING, warnings.get(0).getSeverity());
		assertEquals("Requirement 2.1 Access control was verified “Nonconform” for Supplier but no finding records it",
				warnings.get(0).getMessage());
		Finding other = F.createFinding();
		other.setId("_f0");
		other.setRequirement(requirement);
		other.setOrganization(subcontractor);
		project.getFindings().add(other);
		assertEquals(1, withCode(RensaRulesValidator.NONCONFORM_WITHOUT_FINDING).size(), "finding for another organisation");
		Finding finding = F.createFinding();
		finding.setId("_f1");
		finding.setRequirement(requirement);
		finding.setOrganization(supplier);
		project.getFindings().add(finding);
		assertEquals(0, withCode(RensaRulesValidator.NONCONFORM_WITHOUT_FINDING).size());
	}

	@Test
	void overdueActionsAreReported() {
		RemediationAction action = F.createRemediationAction();
		action.setId("_act");
		action.setCode("A-1");
		action.setOwner("IT manager");
		action.setDueDate(LocalDate.of(2026, 11, 30));
		action.setStatus(ActionStatus.IN_PROGRESS);
		project.getRemediationActions().add(action);
		List<Diagnostic> overdue = withCode(RensaRulesValidator.ACTION_OVERDUE);
		assertEquals(1, overdue.size());
		assertEquals(Diagnostic.WARNING, overdue.get(0).getSeverity());
		assertEquals("Remediation action A-1 was due on 2026-11-30 and is “In progress” (owner: IT manager)",
				overdue.get(0).getMessage());
		action.setDueDate(LocalDate.of(2026, 12, 1));
		assertEquals(0, withCode(RensaRulesValidator.ACTION_OVERDUE).size(), "due today is not overdue");
		action.setDueDate(LocalDate.of(2026, 1, 1));
		action.setStatus(ActionStatus.DONE);
		assertEquals(0, withCode(RensaRulesValidator.ACTION_OVERDUE).size(), "done is never overdue");
	}

	@Test
	void evidenceFilesAreCheckedWhenTheProjectDirectoryIsKnown(@TempDir Path dir) throws Exception {
		Path source = dir.resolve("photo.jpg");
		Files.write(source, new byte[] { 1, 2, 3 });
		EvidenceStore store = new EvidenceStore(dir);
		EvidenceFile intact = store.add(source);
		Evidence evidence = F.createEvidence();
		evidence.setId("_ev");
		evidence.setCode("EV-1");
		evidence.getFiles().add(intact);
		project.getEvidence().add(evidence);
		assertEquals(List.of(), diagnostics(dir));

		EvidenceFile missing = F.createEvidenceFile();
		missing.setPath(EvidenceStore.relativePath(EvidenceStore.hash(new byte[] { 9 })));
		missing.setSha256(EvidenceStore.hash(new byte[] { 9 }));
		evidence.getFiles().add(missing);
		List<Diagnostic> diagnostics = diagnostics(dir);
		assertEquals(1, diagnostics.size());
		assertEquals(RensaRulesValidator.EVIDENCE_FILE_MISSING, diagnostics.get(0).getCode());
		assertEquals("Evidence file " + missing.getPath() + " of EV-1 is missing", diagnostics.get(0).getMessage());
		assertEquals(0, diagnostics(null).size(), "no directory, no file checks");

		evidence.getFiles().remove(missing);
		Path stored = store.resolve(intact);
		stored.toFile().setWritable(true);
		Files.write(stored, new byte[] { 1, 2, 4 });
		diagnostics = diagnostics(dir);
		assertEquals(1, diagnostics.size());
		assertEquals(RensaRulesValidator.EVIDENCE_FILE_ALTERED, diagnostics.get(0).getCode());
		assertEquals(Diagnostic.ERROR, diagnostics.get(0).getSeverity());
	}

	@Test
	void expiredCertificationsAreReported() {
		Certification certification = F.createCertification();
		certification.setScheme(CertificationScheme.ISMS);
		certification.setValidUntil(LocalDate.of(2026, 11, 30));
		supplier.getCertifications().add(certification);
		List<Diagnostic> expired = withCode(RensaRulesValidator.CERTIFICATION_EXPIRED);
		assertEquals(1, expired.size());
		assertEquals("ISMS (ISO/IEC 27001) certification of Supplier expired on 2026-11-30", expired.get(0).getMessage());
		certification.setValidUntil(LocalDate.of(2026, 12, 1));
		assertEquals(0, withCode(RensaRulesValidator.CERTIFICATION_EXPIRED).size());
		certification.setValidUntil(null);
		assertEquals(0, withCode(RensaRulesValidator.CERTIFICATION_EXPIRED).size());
	}

	@Test
	void overstatedDeclarationsAreReported() {
		response.setDeclaredAnswer(DeclaredAnswer.DONE);
		response.setVerdict(Verdict.PARTIALLY_CONFORM);
		List<Diagnostic> overstated = withCode(RensaRulesValidator.RESPONSE_OVERSTATED);
		assertEquals(1, overstated.size());
		assertEquals(Diagnostic.WARNING, overstated.get(0).getSeverity());
		assertEquals("Supplier declared “Done” for 2.1 Access control but it was verified “Partially conform”",
				overstated.get(0).getMessage());
		response.setDeclaredAnswer(DeclaredAnswer.PARTLY);
		assertEquals(0, withCode(RensaRulesValidator.RESPONSE_OVERSTATED).size());
	}

	@Test
	void metiTargetBelowTheRecommendedLevelIsReported() {
		assertEquals(0, withCode(RensaRulesValidator.METI_TARGET_BELOW_RECOMMENDED).size(), "no target set");
		supplier.setMetiTargetLevel(MetiLevel.STAR3);
		List<Diagnostic> below = withCode(RensaRulesValidator.METI_TARGET_BELOW_RECOMMENDED);
		assertEquals(1, below.size());
		assertEquals(Diagnostic.WARNING, below.get(0).getSeverity());
		assertEquals("METI target level ★3 (basic) of Supplier is below the recommended ★4 (standard)"
				+ " (important confidential information on the supplier's IT)", below.get(0).getMessage());
		assertSame(supplier, below.get(0).getData().get(0));
		assertSame(RensaPackage.Literals.ORGANIZATION__METI_TARGET_LEVEL, below.get(0).getData().get(1));
		supplier.setMetiTargetLevel(MetiLevel.STAR4);
		assertEquals(0, withCode(RensaRulesValidator.METI_TARGET_BELOW_RECOMMENDED).size());
		subcontractor.setMetiTargetLevel(MetiLevel.STAR3);
		assertEquals(1, withCode(RensaRulesValidator.METI_TARGET_BELOW_RECOMMENDED).size(), "network access recommends ★4");
		subcontract.getInformationClasses().clear();
		assertEquals(0, withCode(RensaRulesValidator.METI_TARGET_BELOW_RECOMMENDED).size(), "★3 is enough");
		supplier.unsetMetiTargetLevel();
		assertEquals(0, withCode(RensaRulesValidator.METI_TARGET_BELOW_RECOMMENDED).size());
	}

	@Test
	void incompleteFindingsActionsAndEvidenceAreReported() {
		Finding finding = F.createFinding();
		finding.setId("_fi");
		project.getFindings().add(finding);
		RemediationAction action = F.createRemediationAction();
		action.setId("_ai");
		action.setDueDate(LocalDate.of(2027, 1, 1));
		project.getRemediationActions().add(action);
		Evidence evidence = F.createEvidence();
		evidence.setId("_ei");
		evidence.setCode("E-9");
		EvidenceFile file = F.createEvidenceFile();
		file.setPath("ab/abcd");
		evidence.getFiles().add(file);
		project.getEvidence().add(evidence);

		List<Diagnostic> findings = withCode(RensaRulesValidator.FINDING_INCOMPLETE);
		assertEquals(List.of("Finding _fi is incomplete; missing: code, title, organisation, assessment, date raised"),
				findings.stream().map(Diagnostic::getMessage).collect(Collectors.toList()));
		assertEquals(Diagnostic.WARNING, findings.get(0).getSeverity());
		assertSame(finding, findings.get(0).getData().get(0));
		assertEquals(List.of("Remediation Action _ai is incomplete; missing: code, finding, action text, owner"),
				withCode(RensaRulesValidator.ACTION_INCOMPLETE).stream().map(Diagnostic::getMessage).collect(Collectors.toList()));
		assertEquals(List.of("Evidence E-9 is incomplete; missing: SHA-256"),
				withCode(RensaRulesValidator.EVIDENCE_INCOMPLETE).stream().map(Diagnostic::getMessage).collect(Collectors.toList()));

		finding.setCode("F-001");
		finding.setTitleJa("指摘");
		finding.setOrganization(supplier);
		finding.setAssessment(project.getAssessments().get(0));
		finding.setRaisedOn(LocalDate.of(2026, 12, 1));
		action.setCode("A-001");
		action.setFinding(finding);
		action.setActionJa("是正");
		action.setOwner("IT");
		file.setSha256("abcd");
		assertEquals(0, withCode(RensaRulesValidator.FINDING_INCOMPLETE).size());
		assertEquals(0, withCode(RensaRulesValidator.ACTION_INCOMPLETE).size());
		assertEquals(0, withCode(RensaRulesValidator.EVIDENCE_INCOMPLETE).size());
		evidence.getFiles().clear();
		assertEquals("Evidence E-9 is incomplete; missing: file", withCode(RensaRulesValidator.EVIDENCE_INCOMPLETE).get(0).getMessage());
	}

	@Test
	void structuralChecksComeFromEObjectValidator() {
		Organization stray = F.createOrganization();
		stray.setName("Not in the project");
		subcontract.setTo(stray);
		List<Diagnostic> structural = diagnostics(null).stream()
				.filter(d -> EObjectValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).collect(Collectors.toList());
		assertEquals(1, structural.size(), structural.toString());
		assertEquals(EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED, structural.get(0).getCode());
	}

	@Test
	void theValidatorIsRegisteredForThePackage() {
		RensaRulesValidator.ensureRegistered();
		assertSame(RensaRulesValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(RensaPackage.eINSTANCE));
		response.setDeclaredAnswer(DeclaredAnswer.DONE);
		response.setVerdict(Verdict.NONCONFORM);
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(project);
		assertEquals(Diagnostic.WARNING, diagnostic.getSeverity());
		assertTrue(diagnostic.getChildren().stream().anyMatch(d -> d.getCode() == RensaRulesValidator.RESPONSE_OVERSTATED));
	}
}
