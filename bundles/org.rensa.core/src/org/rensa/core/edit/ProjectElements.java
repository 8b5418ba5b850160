// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.edit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.rensa.core.audit.Assessments;
import org.rensa.core.audit.Findings;
import org.rensa.model.ActionStatus;
import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.AuditProject;
import org.rensa.model.Campaign;
import org.rensa.model.Checklist;
import org.rensa.model.Contract;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.Identifiable;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.RemediationAction;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage.Literals;
import org.rensa.model.Section;
import org.rensa.model.Severity;
import org.rensa.model.Visit;

/**
 * The one place where the workbench creates, duplicates and deletes the elements of a project, as
 * undoable commands: a new element gets sensible defaults from what is selected (the organisation of a
 * new assessment, the finding of a new action, …) and a name in both languages; a deletion takes
 * along what cannot stand without the deleted element ({@link #dependents}) and clears every
 * reference to it.
 */
public final class ProjectElements {

	/** The kinds of element that can be created, in the order a menu lists them. */
	public static final List<EClass> CREATABLE = List.of(Literals.ORGANIZATION, Literals.RELATIONSHIP, Literals.CONTRACT,
			Literals.CHECKLIST, Literals.CAMPAIGN, Literals.ASSESSMENT, Literals.VISIT, Literals.FINDING,
			Literals.REMEDIATION_ACTION);

	private static final RensaFactory FACTORY = RensaFactory.eINSTANCE;

	private ProjectElements() {
	}

	/**
	 * @param project the project
	 * @param type    one of {@link #CREATABLE}
	 * @param context the selected element, or {@code null}
	 * @return whether a new element of the type can be made there (an action needs a finding, a
	 *         relationship two organisations, an assessment an organisation and a checklist)
	 */
	public static boolean canCreate(AuditProject project, EClass type, EObject context) {
		if (type == Literals.REMEDIATION_ACTION) {
			return findingOf(context) != null;
		}
		if (type == Literals.RELATIONSHIP) {
			return project.getOrganizations().size() >= 2;
		}
		if (type == Literals.ASSESSMENT) {
			return organizationOf(project, context) != null && !project.getChecklists().isEmpty();
		}
		if (type == Literals.VISIT || type == Literals.FINDING) {
			return organizationOf(project, context) != null;
		}
		return CREATABLE.contains(type);
	}

	/**
	 * A new or duplicated element and the one undoable command that adds it to the project.
	 *
	 * @param element the element (in the project once the command is executed)
	 * @param command the command
	 */
	public record Creation(EObject element, Command command) {
	}

	/**
	 * Makes a new element with defaults taken from the context.
	 *
	 * @param domain  the editing domain
	 * @param project the project
	 * @param type    one of {@link #CREATABLE}, {@link #canCreate} there
	 * @param context the selected element, or {@code null}
	 * @param auditor the auditor's name (a new visit's auditor)
	 * @param clock   gives today
	 * @return the new element and the command adding it
	 * @throws IllegalArgumentException when it cannot be created there
	 */
	public static Creation create(EditingDomain domain, AuditProject project, EClass type, EObject context, String auditor,
			Clock clock) {
		if (!canCreate(project, type, context)) {
			throw new IllegalArgumentException("cannot create a " + type.getName() + " here");
		}
		LocalDate today = LocalDate.now(clock);
		EObject created;
		if (type == Literals.ORGANIZATION) {
			created = newOrganization(project);
		} else if (type == Literals.RELATIONSHIP) {
			created = newRelationship(project, context);
		} else if (type == Literals.CONTRACT) {
			created = newContract(project, context);
		} else if (type == Literals.CHECKLIST) {
			created = newChecklist(project);
		} else if (type == Literals.CAMPAIGN) {
			created = newCampaign(project, context, today);
		} else if (type == Literals.ASSESSMENT) {
			created = newAssessment(project, context);
		} else if (type == Literals.VISIT) {
			created = newVisit(project, context, auditor, today);
		} else if (type == Literals.FINDING) {
			Finding finding = newFinding(project, context, clock);
			freshIds(finding);
			return new Creation(finding, Findings.raise(domain, project, finding));
		} else {
			created = newAction(project, today, findingOf(context));
			freshIds(created);
			return new Creation(created, added(domain, project, created, null, findingOf(context)));
		}
		freshIds(created);
		return new Creation(created, added(domain, project, created, null, null));
	}

	/**
	 * @param element a model element
	 * @return whether it can be duplicated ({@link #CREATABLE} and held by its project)
	 */
	public static boolean canDuplicate(EObject element) {
		return element != null && CREATABLE.contains(element.eClass()) && element.eContainer() instanceof AuditProject;
	}

	/**
	 * A copy of an element with everything it contains, fresh ids, a name marked as a copy in both
	 * languages and, for findings and actions, the next free code; it is added right after the
	 * original. References to other elements are kept, except the two-way links of a finding
	 * (evidence, actions); a copied action addresses the same finding.
	 *
	 * @param domain  the editing domain
	 * @param project the project
	 * @param element an element that {@link #canDuplicate}
	 * @return the copy and the command adding it
	 */
	public static Creation duplicate(EditingDomain domain, AuditProject project, EObject element) {
		if (!canDuplicate(element)) {
			throw new IllegalArgumentException("cannot duplicate " + element);
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		EObject copy = copier.copy(element);
		copier.copyReferences();
		freshIds(copy);
		Finding finding = null;
		if (copy instanceof Finding copied) {
			copied.setCode(Findings.nextCode(project));
			copied.setStatus(FindingStatus.OPEN);
		} else if (copy instanceof RemediationAction action) {
			action.setCode(Findings.nextActionCode(project));
			finding = ((RemediationAction) element).getFinding();
		}
		markCopy(copy, "name", "nameJa");
		markCopy(copy, "title", "titleJa");
		return new Creation(copy, added(domain, project, copy, element, finding));
	}

	/**
	 * @return a command adding the element to its list of the project (after {@code after}, else at the
	 *         end) and, for an action, linking it to its finding (a two-way link, so set by the command)
	 */
	private static Command added(EditingDomain domain, AuditProject project, EObject element, EObject after, Finding finding) {
		EReference list = listOf(element.eClass());
		@SuppressWarnings("unchecked")
		List<EObject> elements = (List<EObject>) project.eGet(list);
		int index = after == null ? -1 : elements.indexOf(after);
		Command add = index < 0 ? AddCommand.create(domain, project, list, element)
				: AddCommand.create(domain, project, list, element, index + 1);
		if (finding == null) {
			return add;
		}
		CompoundCommand both = new CompoundCommand(add.getLabel());
		both.append(add);
		both.append(SetCommand.create(domain, element, Literals.REMEDIATION_ACTION__FINDING, finding));
		return both;
	}

	/**
	 * What goes with the elements when they are deleted: what they contain does anyway; besides, an
	 * organisation takes its relationships, contracts it is party to, assessments, visits and
	 * findings; a checklist the assessments on it; an assessment its findings; a finding its remediation
	 * actions. Other elements only lose their reference to the deleted ones.
	 *
	 * @param elements the elements to delete
	 * @return the other elements that go with them (transitively), in project order, without the
	 *         elements themselves
	 */
	public static List<EObject> dependents(Collection<? extends EObject> elements) {
		Set<EObject> all = new LinkedHashSet<>(elements);
		List<EObject> queue = new ArrayList<>(elements);
		while (!queue.isEmpty()) {
			EObject next = queue.remove(queue.size() - 1);
			for (EObject dependent : direct(next)) {
				if (all.add(dependent)) {
					queue.add(dependent);
				}
			}
		}
		all.removeAll(elements);
		List<EObject> ordered = new ArrayList<>();
		AuditProject project = elements.isEmpty() ? null : projectOf(elements.iterator().next());
		if (project != null) {
			for (EObject candidate : project.eContents()) {
				if (all.contains(candidate)) {
					ordered.add(candidate);
				}
			}
		}
		for (EObject rest : all) {
			if (!ordered.contains(rest)) {
				ordered.add(rest);
			}
		}
		return ordered;
	}

	/**
	 * @param element a model element
	 * @return whether the workbench deletes it (an element of a project, not the project itself)
	 */
	public static boolean canDelete(EObject element) {
		return element != null && !(element instanceof AuditProject) && element.eContainer() != null
				&& projectOf(element) != null;
	}

	/**
	 * @param domain   the editing domain
	 * @param elements the elements to delete
	 * @return one undoable command deleting them and their {@link #dependents}, clearing every
	 *         reference to them
	 */
	public static Command delete(EditingDomain domain, Collection<? extends EObject> elements) {
		List<EObject> doomed = new ArrayList<>(elements);
		doomed.addAll(dependents(elements));
		Set<EObject> gone = new LinkedHashSet<>();
		for (EObject element : doomed) {
			gone.add(element);
			element.eAllContents().forEachRemaining(gone::add);
		}
		CompoundCommand command = new CompoundCommand("Delete");
		// first every reference from what stays to what goes (two-way links included), then the removal
		AuditProject project = elements.isEmpty() ? null : projectOf(elements.iterator().next());
		ResourceSet resources = project == null || project.eResource() == null ? null : project.eResource().getResourceSet();
		Map<EObject, Collection<EStructuralFeature.Setting>> usages = resources != null
				? EcoreUtil.UsageCrossReferencer.findAll(gone, resources)
				: project != null ? EcoreUtil.UsageCrossReferencer.findAll(gone, project) : Map.of();
		Set<List<Object>> cleared = new HashSet<>();
		for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> usage : usages.entrySet()) {
			for (EStructuralFeature.Setting setting : usage.getValue()) {
				EObject owner = setting.getEObject();
				EStructuralFeature feature = setting.getEStructuralFeature();
				// a model split over several files is met twice in a resource set: each reference once
				if (gone.contains(owner) || !feature.isChangeable() || feature.isDerived()
						|| !cleared.add(List.of(owner, feature, usage.getKey()))) {
					continue;
				}
				command.append(feature.isMany() ? RemoveCommand.create(domain, owner, feature, usage.getKey())
						: SetCommand.create(domain, owner, feature, null));
			}
		}
		Map<EObject, Map<EReference, List<EObject>>> byContainer = new LinkedHashMap<>();
		for (EObject element : doomed) {
			if (element.eContainer() != null) {
				byContainer.computeIfAbsent(element.eContainer(), c -> new LinkedHashMap<>())
						.computeIfAbsent(element.eContainmentFeature(), f -> new ArrayList<>()).add(element);
			}
		}
		for (Map.Entry<EObject, Map<EReference, List<EObject>>> container : byContainer.entrySet()) {
			for (Map.Entry<EReference, List<EObject>> list : container.getValue().entrySet()) {
				command.append(list.getKey().isMany() ? RemoveCommand.create(domain, container.getKey(), list.getKey(), list.getValue())
						: SetCommand.create(domain, container.getKey(), list.getKey(), null));
			}
		}
		return command;
	}

	private static List<EObject> direct(EObject element) {
		AuditProject project = projectOf(element);
		if (project == null) {
			return List.of();
		}
		List<EObject> result = new ArrayList<>();
		if (element instanceof Organization organization) {
			collect(result, project.getRelationships(), r -> r.getFrom() == organization || r.getTo() == organization);
			collect(result, project.getContracts(), c -> c.getParties().contains(organization));
			collect(result, project.getAssessments(), a -> a.getOrganization() == organization);
			collect(result, project.getVisits(), v -> v.getOrganization() == organization);
			collect(result, project.getFindings(), f -> f.getOrganization() == organization);
		} else if (element instanceof Checklist checklist) {
			collect(result, project.getAssessments(), a -> a.getChecklist() == checklist);
		} else if (element instanceof Section || element instanceof Requirement) {
			Set<EObject> requirements = new LinkedHashSet<>();
			requirements.add(element);
			element.eAllContents().forEachRemaining(requirements::add);
			for (Assessment assessment : project.getAssessments()) {
				collect(result, assessment.getResponses(), r -> requirements.contains(r.getRequirement()));
			}
			collect(result, project.getFindings(), f -> requirements.contains(f.getRequirement()));
		} else if (element instanceof Assessment assessment) {
			collect(result, project.getFindings(), f -> f.getAssessment() == assessment);
		} else if (element instanceof Finding finding) {
			result.addAll(finding.getActions());
		}
		return result;
	}

	private static <T extends EObject> void collect(List<EObject> result, List<T> candidates, Predicate<T> test) {
		for (T candidate : candidates) {
			if (test.test(candidate)) {
				result.add(candidate);
			}
		}
	}

	private static AuditProject projectOf(EObject element) {
		EObject root = EcoreUtil.getRootContainer(element);
		return root instanceof AuditProject project ? project : null;
	}

	private static EReference listOf(EClass type) {
		for (EReference reference : Literals.AUDIT_PROJECT.getEAllContainments()) {
			if (reference.getEReferenceType() == type) {
				return reference;
			}
		}
		throw new IllegalArgumentException(type.getName());
	}

	private static void freshIds(EObject element) {
		if (element instanceof Identifiable identifiable) {
			identifiable.setId(UUID.randomUUID().toString());
		}
		for (TreeIterator<EObject> it = element.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identifiable identifiable) {
				identifiable.setId(UUID.randomUUID().toString());
			}
		}
	}

	private static void markCopy(EObject copy, String english, String japanese) {
		if (copy.eClass().getEStructuralFeature(english) instanceof EAttribute en && copy.eGet(en) instanceof String text) {
			copy.eSet(en, text + " (copy)");
		}
		if (copy.eClass().getEStructuralFeature(japanese) instanceof EAttribute ja && copy.eGet(ja) instanceof String text) {
			copy.eSet(ja, text + "（コピー）");
		}
	}

	/** A name not used yet by the elements: the base, or the base with the lowest free number. */
	private static String unique(String base, Collection<String> used) {
		if (!used.contains(base)) {
			return base;
		}
		int n = 2;
		while (used.contains(base + " " + n)) {
			n++;
		}
		return base + " " + n;
	}

	private static Organization newOrganization(AuditProject project) {
		Organization organization = FACTORY.createOrganization();
		List<String> names = project.getOrganizations().stream().map(Organization::getName).toList();
		String name = unique("New organisation", names);
		organization.setName(name);
		organization.setNameJa(name.replace("New organisation", "新しい組織"));
		organization.setKind(project.getOrganizations().isEmpty() ? OrganizationKind.BUYER : OrganizationKind.SUPPLIER);
		return organization;
	}

	private static Relationship newRelationship(AuditProject project, EObject context) {
		Relationship relationship = FACTORY.createRelationship();
		Organization buyer = project.getBuyer();
		Organization supplier = context instanceof Organization o && o != buyer ? o : null;
		if (supplier == null) {
			// the first organisation no one supplies yet, else the first that is not the buyer
			for (Organization candidate : project.getOrganizations()) {
				if (candidate != buyer && supplier == null
						&& project.getRelationships().stream().noneMatch(r -> r.getTo() == candidate)) {
					supplier = candidate;
				}
			}
		}
		if (supplier == null) {
			supplier = firstOther(project, buyer);
		}
		Organization customer = buyer != null && buyer != supplier ? buyer : firstOther(project, supplier);
		relationship.setFrom(customer);
		relationship.setTo(supplier);
		relationship.setKind(customer == buyer ? RelationshipKind.SUPPLY : RelationshipKind.SUBCONTRACT);
		return relationship;
	}

	private static Organization firstOther(AuditProject project, Organization organization) {
		for (Organization candidate : project.getOrganizations()) {
			if (candidate != organization) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("a relationship needs two organisations");
	}

	private static Contract newContract(AuditProject project, EObject context) {
		Contract contract = FACTORY.createContract();
		Relationship relationship = context instanceof Relationship r ? r : null;
		if (relationship == null && context instanceof Organization organization) {
			relationship = project.getRelationships().stream().filter(r -> r.getTo() == organization).findFirst().orElse(null);
			if (relationship == null) {
				contract.getParties().add(organization);
			}
		}
		if (relationship != null) {
			contract.setRelationship(relationship);
			if (relationship.getFrom() != null) {
				contract.getParties().add(relationship.getFrom());
			}
			if (relationship.getTo() != null) {
				contract.getParties().add(relationship.getTo());
			}
		}
		contract.setTitle(unique("New contract", project.getContracts().stream().map(Contract::getTitle).toList()));
		return contract;
	}

	private static Checklist newChecklist(AuditProject project) {
		Checklist checklist = FACTORY.createChecklist();
		String name = unique("New checklist", project.getChecklists().stream().map(Checklist::getName).toList());
		checklist.setName(name);
		checklist.setNameJa(name.replace("New checklist", "新しいチェックリスト"));
		checklist.setVersion("1");
		Section section = FACTORY.createSection();
		section.setCode("1");
		section.setTitle("Section 1");
		section.setTitleJa("セクション1");
		Requirement requirement = FACTORY.createRequirement();
		requirement.setCode("1.1");
		requirement.setTitle("New requirement");
		requirement.setTitleJa("新しい要求事項");
		requirement.setLevel(1);
		section.getRequirements().add(requirement);
		checklist.getSections().add(section);
		return checklist;
	}

	private static Campaign newCampaign(AuditProject project, EObject context, LocalDate today) {
		Campaign campaign = FACTORY.createCampaign();
		// the Japanese fiscal year begins in April
		int year = today.getMonthValue() < 4 ? today.getYear() - 1 : today.getYear();
		campaign.setFiscalYear(year);
		String name = unique("FY" + year + " campaign", project.getCampaigns().stream().map(Campaign::getName).toList());
		campaign.setName(name);
		campaign.setNameJa(name.replace("FY" + year + " campaign", year + "年度 点検"));
		campaign.setStartDate(today);
		campaign.setEndDate(LocalDate.of(year + 1, 3, 31));
		campaign.setChecklist(context instanceof Checklist c ? c : project.getChecklists().isEmpty() ? null : project.getChecklists().get(0));
		Organization organization = organizationOf(project, context);
		if (organization != null && organization != project.getBuyer()) {
			campaign.getOrganizations().add(organization);
		}
		return campaign;
	}

	private static Assessment newAssessment(AuditProject project, EObject context) {
		Assessment assessment = FACTORY.createAssessment();
		Organization organization = organizationOf(project, context);
		assessment.setOrganization(organization);
		Campaign campaign = context instanceof Campaign c ? c : null;
		if (campaign == null) {
			// the latest campaign of the organisation that has no assessment of it yet (two assessments of
			// one organisation in one campaign could not be told apart)
			for (Campaign candidate : project.getCampaigns()) {
				boolean assessed = project.getAssessments().stream()
						.anyMatch(a -> a.getCampaign() == candidate && a.getOrganization() == organization);
				if (candidate.getOrganizations().contains(organization) && !assessed
						&& (campaign == null || candidate.getFiscalYear() >= campaign.getFiscalYear())) {
					campaign = candidate;
				}
			}
		}
		assessment.setCampaign(campaign);
		Assessment previous = Assessments.newest(
				project.getAssessments().stream().filter(a -> a.getOrganization() == organization).toList());
		Checklist checklist = context instanceof Checklist c ? c
				: campaign != null && campaign.getChecklist() != null ? campaign.getChecklist()
				: previous != null && previous.getChecklist() != null ? previous.getChecklist()
				: project.getChecklists().get(0);
		assessment.setChecklist(checklist);
		assessment.setStatus(AssessmentStatus.PLANNED);
		return assessment;
	}

	private static Visit newVisit(AuditProject project, EObject context, String auditor, LocalDate today) {
		Visit visit = FACTORY.createVisit();
		Organization organization = organizationOf(project, context);
		visit.setOrganization(organization);
		visit.setAssessment(assessmentOf(project, context, organization));
		visit.setStartDate(today);
		visit.setEndDate(today);
		if (auditor != null && !auditor.isBlank()) {
			visit.getAuditors().add(auditor);
		}
		visit.setSite(organization.getAddress());
		return visit;
	}

	private static Finding newFinding(AuditProject project, EObject context, Clock clock) {
		if (context instanceof Response response && response.eContainer() instanceof Assessment assessment
				&& response.getRequirement() != null) {
			return Findings.newFinding(project, assessment, response.getRequirement(), clock);
		}
		Organization organization = organizationOf(project, context);
		Assessment assessment = assessmentOf(project, context, organization);
		LocalDate today = LocalDate.now(clock);
		Finding finding = FACTORY.createFinding();
		finding.setCode(Findings.nextCode(project));
		finding.setOrganization(organization);
		finding.setAssessment(assessment);
		finding.setVisit(context instanceof Visit v ? v
				: assessment != null ? Findings.visitOf(project, assessment, today) : null);
		finding.setTitle("New finding");
		finding.setTitleJa("新しい指摘事項");
		finding.setSeverity(Severity.MEDIUM);
		finding.setStatus(FindingStatus.OPEN);
		finding.setRaisedOn(today);
		return finding;
	}

	private static RemediationAction newAction(AuditProject project, LocalDate today, Finding finding) {
		RemediationAction action = FACTORY.createRemediationAction();
		action.setCode(Findings.nextActionCode(project));
		String title = finding.getTitle() != null ? finding.getTitle() : finding.getCode() != null ? finding.getCode() : "";
		action.setAction("Remedy: " + title);
		action.setActionJa("是正：" + (finding.getTitleJa() == null ? title : finding.getTitleJa()));
		if (finding.getOrganization() != null) {
			action.setOwner(finding.getOrganization().getName());
		}
		action.setDueDate(today.plusDays(30));
		action.setStatus(ActionStatus.PLANNED);
		return action;
	}

	/** The organisation a context stands for: itself, or the organisation of the assessment, visit, finding, … */
	private static Organization organizationOf(AuditProject project, EObject context) {
		if (context instanceof Organization organization) {
			return organization;
		}
		if (context instanceof Assessment assessment) {
			return assessment.getOrganization();
		}
		if (context instanceof Response response && response.eContainer() instanceof Assessment assessment) {
			return assessment.getOrganization();
		}
		if (context instanceof Visit visit) {
			return visit.getOrganization();
		}
		if (context instanceof Finding finding) {
			return finding.getOrganization();
		}
		if (context instanceof Relationship relationship) {
			return relationship.getTo();
		}
		if (context instanceof Campaign campaign && campaign.getOrganizations().size() == 1) {
			return campaign.getOrganizations().get(0);
		}
		return null;
	}

	private static Assessment assessmentOf(AuditProject project, EObject context, Organization organization) {
		if (context instanceof Assessment assessment) {
			return assessment;
		}
		if (context instanceof Response response && response.eContainer() instanceof Assessment assessment) {
			return assessment;
		}
		if (context instanceof Visit visit && visit.getAssessment() != null) {
			return visit.getAssessment();
		}
		if (context instanceof Finding finding && finding.getAssessment() != null) {
			return finding.getAssessment();
		}
		return Assessments.newest(project.getAssessments().stream().filter(a -> a.getOrganization() == organization).toList());
	}

	private static Finding findingOf(EObject context) {
		if (context instanceof Finding finding) {
			return finding;
		}
		return context instanceof RemediationAction action ? action.getFinding() : null;
	}
}
