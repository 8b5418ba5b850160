// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.rensa.core.analysis.AssessmentHistory;
import org.rensa.core.analysis.MetiLevels;
import org.rensa.core.storage.EvidenceStore;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Certification;
import org.rensa.model.Clause;
import org.rensa.model.ClauseCategory;
import org.rensa.model.Contract;
import org.rensa.model.DeclarationGap;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.Finding;
import org.rensa.model.InformationClass;
import org.rensa.model.MetiLevel;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.RemediationAction;
import org.rensa.model.Requirement;
import org.rensa.model.RensaPackage;
import org.rensa.model.Response;
import org.rensa.model.Verdict;
import org.rensa.model.derived.FindingClosure;
import org.rensa.model.text.LocalizedMessage;

/**
 * The {@link EValidator} of the Rensa package: the structural checks of {@link EObjectValidator}
 * (multiplicities, proxies, data values) plus the audit rules below, each with a stable code.
 * <p>
 * Context entries: {@link #PROJECT_DIRECTORY} (a {@link Path}; evidence files are checked only when
 * present) and {@link #CLOCK} (a {@link Clock}; the system clock when absent).
 */
public final class RensaRulesValidator extends EObjectValidator {

	/** The diagnostic source of every rule. */
	public static final String DIAGNOSTIC_SOURCE = "org.rensa.core";

	/** Context key of the project directory ({@link Path}). */
	public static final String PROJECT_DIRECTORY = "org.rensa.core.projectDirectory";
	/** Context key of the clock giving today's date ({@link Clock}). */
	public static final String CLOCK = "org.rensa.core.clock";

	/** Error: a subcontract carries sensitive information to a subcontractor the buyer has not approved. */
	public static final int SUBCONTRACT_NOT_APPROVED = 101;
	/** Error: a subcontract carries sensitive information but was not declared to the buyer. */
	public static final int SUBCONTRACT_NOT_DECLARED = 102;
	/** Error: no buyer–supplier contract has a FLOW_DOWN clause although the supplier subcontracts sensitive information. */
	public static final int MISSING_FLOW_DOWN = 103;
	/**
	 * Warning: a response verified NONCONFORM has no finding for its requirement and organisation (current
	 * assessments only: an earlier year's assessment superseded by a later one is history).
	 */
	public static final int NONCONFORM_WITHOUT_FINDING = 104;
	/** Warning: a remediation action is past its due date. */
	public static final int ACTION_OVERDUE = 105;
	/** Error: an evidence file is missing. */
	public static final int EVIDENCE_FILE_MISSING = 106;
	/** Error: an evidence file's content no longer matches its SHA-256. */
	public static final int EVIDENCE_FILE_ALTERED = 107;
	/** Warning: a certification has expired. */
	public static final int CERTIFICATION_EXPIRED = 108;
	/** Warning: the organisation declared a better state than was verified (current assessments only). */
	public static final int RESPONSE_OVERSTATED = 109;
	/** Warning: the METI target level set for a supplier is below the level its relationships recommend. */
	public static final int METI_TARGET_BELOW_RECOMMENDED = 110;
	/** Warning: a finding lacks its code, title, organisation, assessment or date raised. */
	public static final int FINDING_INCOMPLETE = 111;
	/** Warning: a remediation action lacks its code, finding, action text, owner or due date. */
	public static final int ACTION_INCOMPLETE = 112;
	/** Warning: an evidence item lacks its code or a file, or one of its files lacks a path or SHA-256. */
	public static final int EVIDENCE_INCOMPLETE = 113;
	/**
	 * Warning: a finding is open although all its actions are verified: it can be closed
	 * ({@link FindingClosure#READY_TO_CLOSE}).
	 */
	public static final int FINDING_READY_TO_CLOSE = 114;
	/**
	 * Information: a finding is open and all its actions are done, not all verified: it awaits the
	 * auditor's verification ({@link FindingClosure#AWAITING_VERIFICATION}).
	 */
	public static final int FINDING_AWAITING_VERIFICATION = 115;

	/** The information classes whose passing down the chain needs approval, declaration and flow-down. */
	public static final Set<InformationClass> SENSITIVE = EnumSet.of(InformationClass.CONFIDENTIAL_BUSINESS,
			InformationClass.TECHNICAL_DESIGN, InformationClass.PERSONAL_DATA);

	/** The shared instance. */
	public static final RensaRulesValidator INSTANCE = new RensaRulesValidator();

	private RensaRulesValidator() {
	}

	/**
	 * Registers {@link #INSTANCE} for the Rensa package in the global {@link EValidator.Registry}
	 * (idempotent; for headless use and from the OSGi component).
	 */
	public static void ensureRegistered() {
		EPackage ePackage = RensaPackage.eINSTANCE;
		if (EValidator.Registry.INSTANCE.get(ePackage) != INSTANCE) {
			EValidator.Registry.INSTANCE.put(ePackage, INSTANCE);
		}
	}

	@Override
	protected EPackage getEPackage() {
		return RensaPackage.eINSTANCE;
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validate_EveryDefaultConstraint(eObject, diagnostics, context);
		if (!result && diagnostics == null) {
			return false;
		}
		if (eObject instanceof Relationship relationship) {
			result &= validateRelationship(relationship, diagnostics);
		} else if (eObject instanceof Contract contract) {
			result &= validateContract(contract, diagnostics, context);
		} else if (eObject instanceof Response response) {
			result &= validateResponse(response, diagnostics, context);
		} else if (eObject instanceof Finding finding) {
			result &= validateFinding(finding, diagnostics);
		} else if (eObject instanceof RemediationAction action) {
			result &= validateActionComplete(action, diagnostics);
			result &= validateAction(action, diagnostics, context);
		} else if (eObject instanceof Evidence evidence) {
			result &= validateEvidenceComplete(evidence, diagnostics);
			result &= validateEvidence(evidence, diagnostics, context);
		} else if (eObject instanceof Certification certification) {
			result &= validateCertification(certification, diagnostics, context);
		} else if (eObject instanceof Organization organization) {
			result &= validateOrganization(organization, diagnostics, context);
		}
		return result;
	}

	/**
	 * Derived, volatile features (such as an organisation's tier, which is computed from the whole
	 * supply chain) are computed, not stored: checking them per element would cost a chain traversal
	 * per organisation, and their values are not user input.
	 */
	@Override
	protected boolean validate_DataValueConforms(EObject eObject, org.eclipse.emf.ecore.EAttribute eAttribute,
			DiagnosticChain diagnostics, Map<Object, Object> context) {
		return isComputed(eAttribute) || super.validate_DataValueConforms(eObject, eAttribute, diagnostics, context);
	}

	@Override
	protected boolean validate_MultiplicityConforms(EObject eObject, EStructuralFeature eStructuralFeature,
			DiagnosticChain diagnostics, Map<Object, Object> context) {
		return isComputed(eStructuralFeature)
				|| super.validate_MultiplicityConforms(eObject, eStructuralFeature, diagnostics, context);
	}

	private static boolean isComputed(EStructuralFeature feature) {
		return feature.isDerived() && feature.isVolatile() && feature.isTransient();
	}

	// ------------------------------------------------------------------------------------------- rules

	private boolean validateRelationship(Relationship relationship, DiagnosticChain diagnostics) {
		if (relationship.getKind() != RelationshipKind.SUBCONTRACT) {
			return true;
		}
		List<InformationClass> sensitive = sensitiveClasses(relationship);
		if (sensitive.isEmpty()) {
			return true;
		}
		boolean ok = true;
		if (!relationship.isApproved()) {
			ok = false;
			report(diagnostics, Diagnostic.ERROR, SUBCONTRACT_NOT_APPROVED, relationship,
					RensaPackage.Literals.RELATIONSHIP__APPROVED, relationship.getFrom(), relationship.getTo(), sensitive);
		}
		if (!relationship.isDeclaredToBuyer()) {
			ok = false;
			report(diagnostics, Diagnostic.ERROR, SUBCONTRACT_NOT_DECLARED, relationship,
					RensaPackage.Literals.RELATIONSHIP__DECLARED_TO_BUYER, relationship.getFrom(), relationship.getTo(),
					sensitive);
		}
		return ok;
	}

	private boolean validateContract(Contract contract, DiagnosticChain diagnostics, Map<Object, Object> context) {
		ProjectIndex index = ProjectIndex.of(contract, context);
		if (index == null || index.buyer == null || !contract.getParties().contains(index.buyer)) {
			return true;
		}
		boolean ok = true;
		for (Organization supplier : contract.getParties()) {
			if (supplier == index.buyer) {
				continue;
			}
			List<Relationship> subcontracts = index.sensitiveSubcontracts.get(supplier);
			List<Contract> contracts = index.buyerContracts.get(supplier);
			if (subcontracts == null || contracts == null || contracts.get(0) != contract
					|| index.suppliersWithFlowDown.contains(supplier)) {
				continue;
			}
			ok = false;
			Set<InformationClass> classes = EnumSet.noneOf(InformationClass.class);
			subcontracts.forEach(r -> classes.addAll(sensitiveClasses(r)));
			List<Organization> to = subcontracts.stream().map(Relationship::getTo).distinct().toList();
			report(diagnostics, Diagnostic.ERROR, MISSING_FLOW_DOWN, contract, RensaPackage.Literals.CONTRACT__CLAUSES,
					index.buyer, supplier, List.copyOf(classes), to, ClauseCategory.FLOW_DOWN);
		}
		return ok;
	}

	private boolean validateResponse(Response response, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = true;
		Assessment assessment = response.eContainer() instanceof Assessment a ? a : null;
		Organization organization = assessment == null ? null : assessment.getOrganization();
		Requirement requirement = response.getRequirement();
		ProjectIndex index = assessment == null ? null : ProjectIndex.of(response, context);
		if (index != null && index.superseded.contains(assessment)) {
			return true; // an earlier year's assessment of the organisation: history, not judged again
		}
		if (response.getVerdict() == Verdict.NONCONFORM && requirement != null && organization != null) {
			Set<Requirement> covered = index == null ? null : index.findings.get(organization);
			if (index != null && (covered == null || !covered.contains(requirement))) {
				ok = false;
				report(diagnostics, Diagnostic.WARNING, NONCONFORM_WITHOUT_FINDING, response,
						RensaPackage.Literals.RESPONSE__VERDICT, requirement, Verdict.NONCONFORM, organization);
			}
		}
		if (response.getGap() == DeclarationGap.OVERSTATED) {
			ok = false;
			report(diagnostics, Diagnostic.WARNING, RESPONSE_OVERSTATED, response,
					RensaPackage.Literals.RESPONSE__DECLARED_ANSWER, organization, response.getDeclaredAnswer(), requirement,
					response.getVerdict());
		}
		return ok;
	}

	private boolean validateFinding(Finding finding, DiagnosticChain diagnostics) {
		List<String> missing = new ArrayList<>();
		missingIf(missing, blank(finding.getCode()), "code");
		missingIf(missing, blank(finding.getTitle()) && blank(finding.getTitleJa()), "title");
		missingIf(missing, finding.getOrganization() == null, "organization");
		missingIf(missing, finding.getAssessment() == null, "assessment");
		missingIf(missing, finding.getRaisedOn() == null, "raisedOn");
		boolean complete = reportIncomplete(diagnostics, FINDING_INCOMPLETE, finding, missing,
				blank(finding.getCode()) ? RensaPackage.Literals.FINDING__CODE : RensaPackage.Literals.FINDING__TITLE);
		FindingClosure closure = FindingClosure.of(finding);
		if (closure == FindingClosure.READY_TO_CLOSE) {
			report(diagnostics, Diagnostic.WARNING, FINDING_READY_TO_CLOSE, finding, RensaPackage.Literals.FINDING__STATUS,
					finding.getCode());
			return false;
		}
		if (closure == FindingClosure.AWAITING_VERIFICATION) {
			report(diagnostics, Diagnostic.INFO, FINDING_AWAITING_VERIFICATION, finding, RensaPackage.Literals.FINDING__STATUS,
					finding.getCode());
		}
		return complete;
	}

	private boolean validateActionComplete(RemediationAction action, DiagnosticChain diagnostics) {
		List<String> missing = new ArrayList<>();
		missingIf(missing, blank(action.getCode()), "code");
		missingIf(missing, action.getFinding() == null, "finding");
		missingIf(missing, blank(action.getAction()) && blank(action.getActionJa()), "action");
		missingIf(missing, blank(action.getOwner()), "owner");
		missingIf(missing, action.getDueDate() == null, "dueDate");
		return reportIncomplete(diagnostics, ACTION_INCOMPLETE, action, missing,
				RensaPackage.Literals.REMEDIATION_ACTION__CODE);
	}

	private boolean validateEvidenceComplete(Evidence evidence, DiagnosticChain diagnostics) {
		List<String> missing = new ArrayList<>();
		missingIf(missing, blank(evidence.getCode()), "code");
		missingIf(missing, evidence.getFiles().isEmpty(), "file");
		for (EvidenceFile file : evidence.getFiles()) {
			missingIf(missing, blank(file.getPath()) && !missing.contains("filePath"), "filePath");
			missingIf(missing, blank(file.getSha256()) && !missing.contains("sha256"), "sha256");
		}
		return reportIncomplete(diagnostics, EVIDENCE_INCOMPLETE, evidence, missing,
				RensaPackage.Literals.EVIDENCE__FILES);
	}

	private static void missingIf(List<String> missing, boolean condition, String what) {
		if (condition) {
			missing.add(what);
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static boolean reportIncomplete(DiagnosticChain diagnostics, int code, EObject object, List<String> missing,
			EStructuralFeature feature) {
		if (missing.isEmpty()) {
			return true;
		}
		List<LocalizedMessage> parts = missing.stream().map(what -> DiagnosticMessages.message("missing." + what)).toList();
		report(diagnostics, Diagnostic.WARNING, code, object, feature, object.eClass(), object, parts);
		return false;
	}

	private boolean validateAction(RemediationAction action, DiagnosticChain diagnostics, Map<Object, Object> context) {
		LocalDate today = today(context);
		if (!action.isOverdue(today)) {
			return true;
		}
		report(diagnostics, Diagnostic.WARNING, ACTION_OVERDUE, action, RensaPackage.Literals.REMEDIATION_ACTION__DUE_DATE,
				action.getCode() == null ? action : action.getCode(), action.getDueDate(), action.getStatus(),
				action.getOwner());
		return false;
	}

	private boolean validateEvidence(Evidence evidence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Object directory = context == null ? null : context.get(PROJECT_DIRECTORY);
		if (!(directory instanceof Path path) || evidence.getFiles().isEmpty()) {
			return true;
		}
		EvidenceStore store = (EvidenceStore) context.computeIfAbsent(EvidenceStore.class, k -> new EvidenceStore(path));
		boolean ok = true;
		for (EvidenceFile file : evidence.getFiles()) {
			EvidenceStore.Status status;
			try {
				status = store.check(file);
			} catch (IOException e) {
				status = EvidenceStore.Status.MISSING;
			}
			if (status == EvidenceStore.Status.MISSING) {
				ok = false;
				report(diagnostics, Diagnostic.ERROR, EVIDENCE_FILE_MISSING, evidence, RensaPackage.Literals.EVIDENCE__FILES,
						file.getPath(), evidence);
			} else if (status == EvidenceStore.Status.ALTERED) {
				ok = false;
				report(diagnostics, Diagnostic.ERROR, EVIDENCE_FILE_ALTERED, evidence, RensaPackage.Literals.EVIDENCE__FILES,
						file.getPath(), evidence);
			}
		}
		return ok;
	}

	private boolean validateCertification(Certification certification, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		LocalDate until = certification.getValidUntil();
		if (until == null || !until.isBefore(today(context))) {
			return true;
		}
		Organization organization = certification.eContainer() instanceof Organization o ? o : null;
		report(diagnostics, Diagnostic.WARNING, CERTIFICATION_EXPIRED, certification,
				RensaPackage.Literals.CERTIFICATION__VALID_UNTIL, certification.getScheme(), organization, until);
		return false;
	}

	private boolean validateOrganization(Organization organization, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		MetiLevel target = MetiLevels.target(organization);
		if (target == null) {
			return true;
		}
		ProjectIndex index = ProjectIndex.of(organization, context);
		MetiLevels.Recommendation recommendation = MetiLevels.recommend(
				index == null ? List.of() : index.incoming.getOrDefault(organization, List.of()));
		if (!MetiLevels.belowRecommended(target, recommendation.level())) {
			return true;
		}
		report(diagnostics, Diagnostic.WARNING, METI_TARGET_BELOW_RECOMMENDED, organization,
				RensaPackage.Literals.ORGANIZATION__METI_TARGET_LEVEL, target, organization, recommendation.level(),
				recommendation.reasonText());
		return false;
	}

	// ----------------------------------------------------------------------------------------- helpers

	private static LocalDate today(Map<Object, Object> context) {
		Object clock = context == null ? null : context.get(CLOCK);
		return LocalDate.now(clock instanceof Clock c ? c : Clock.systemDefaultZone());
	}

	private static List<InformationClass> sensitiveClasses(Relationship relationship) {
		List<InformationClass> result = new ArrayList<>();
		for (InformationClass informationClass : relationship.getInformationClasses()) {
			if (SENSITIVE.contains(informationClass) && !result.contains(informationClass)) {
				result.add(informationClass);
			}
		}
		return result;
	}

	/**
	 * Adds a diagnostic whose message is {@code diagnostic.CODE} of the {@link DiagnosticMessages#TABLE} with
	 * the given arguments.
	 */
	private static void report(DiagnosticChain diagnostics, int severity, int code, EObject object,
			EStructuralFeature feature, Object... args) {
		if (diagnostics != null) {
			diagnostics.add(DiagnosticMessages.diagnostic(severity, DIAGNOSTIC_SOURCE, code,
					DiagnosticMessages.message("diagnostic." + code, args), object, feature));
		}
	}

	/** Project-wide look-ups computed once per validation run and kept in the context map. */
	private static final class ProjectIndex {
		final AuditProject project;
		final Organization buyer;
		final Map<Organization, List<Relationship>> sensitiveSubcontracts = new IdentityHashMap<>();
		final Map<Organization, List<Contract>> buyerContracts = new IdentityHashMap<>();
		final Set<Organization> suppliersWithFlowDown = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		final Map<Organization, Set<Requirement>> findings = new IdentityHashMap<>();
		final Map<Organization, List<Relationship>> incoming = new IdentityHashMap<>();
		final Set<Assessment> superseded;

		private ProjectIndex(AuditProject project) {
			this.project = project;
			this.buyer = project.getBuyer();
			this.superseded = AssessmentHistory.superseded(project);
			for (Relationship relationship : project.getRelationships()) {
				if (relationship.getTo() != null) {
					incoming.computeIfAbsent(relationship.getTo(), k -> new ArrayList<>()).add(relationship);
				}
				if (relationship.getKind() == RelationshipKind.SUBCONTRACT && relationship.getFrom() != null
						&& !sensitiveClasses(relationship).isEmpty()) {
					sensitiveSubcontracts.computeIfAbsent(relationship.getFrom(), k -> new ArrayList<>()).add(relationship);
				}
			}
			if (buyer != null) {
				for (Contract contract : project.getContracts()) {
					if (!contract.getParties().contains(buyer)) {
						continue;
					}
					boolean flowDown = false;
					for (Clause clause : contract.getClauses()) {
						flowDown |= clause.getCategory() == ClauseCategory.FLOW_DOWN;
					}
					for (Organization party : contract.getParties()) {
						if (party != buyer) {
							buyerContracts.computeIfAbsent(party, k -> new ArrayList<>()).add(contract);
							if (flowDown) {
								suppliersWithFlowDown.add(party);
							}
						}
					}
				}
			}
			for (Finding finding : project.getFindings()) {
				if (finding.getOrganization() != null && finding.getRequirement() != null) {
					findings.computeIfAbsent(finding.getOrganization(),
							k -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())).add(finding.getRequirement());
				}
			}
		}

		static ProjectIndex of(EObject object, Map<Object, Object> context) {
			EObject root = EcoreUtil.getRootContainer(object);
			if (!(root instanceof AuditProject project)) {
				return null;
			}
			Map<Object, Object> cache = context == null ? new LinkedHashMap<>() : context;
			Object cached = cache.get(ProjectIndex.class);
			if (cached instanceof ProjectIndex index && index.project == project) {
				return index;
			}
			ProjectIndex index = new ProjectIndex(project);
			cache.put(ProjectIndex.class, index);
			return index;
		}
	}
}
