// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.tests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.rensa.core.audit.Findings;
import org.rensa.core.edit.ProjectElements;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.EvidenceFile;
import org.rensa.model.Identifiable;
import org.rensa.model.Requirement;
import org.rensa.model.RensaPackage;
import org.rensa.model.Section;

/**
 * Changes a project at random the way a user can through the workbench: every change is an EMF
 * command on the editing domain's command stack (set a field, clear it, add an empty element, delete
 * an element with everything that refers to it, point a reference elsewhere, raise a finding with F,
 * New, Duplicate and Delete of the context menus through {@link ProjectElements}).
 * Elements are left half filled on purpose: what a user may leave empty must be valid input to every
 * other feature.
 * <p>
 * Not changed: identities (assigned by the storage) and the hashes and paths of evidence files
 * (written only by evidence capture, which the workbench offers no way to edit).
 */
final class RandomEdits {

	private static final String[] TEXTS = { "", " ", "x", "Line one\nline two", "日本語の説明、句読点。", "<b>&amp; \"quoted\" 'single'",
			"\t\u00a0 spaced \u3000", "Ünïcödé — dash … ellipsis", "a".repeat(3000), "株式会社" + "長い名前".repeat(60), "%s %d {0} ${x}", "\u202Eright-to-left" };
	private static final int[] NUMBERS = { 0, 1, 2, 3, 5, 2025, 2026 };

	private final Random random;
	private final EditingDomain domain;
	private final AuditProject project;
	private final Clock clock;
	private final List<String> log = new ArrayList<>();

	RandomEdits(Random random, EditingDomain domain, AuditProject project) {
		this.random = random;
		this.domain = domain;
		this.project = project;
		this.clock = Clock.fixed(Instant.parse("2026-10-14T05:00:00Z"), ZoneOffset.UTC);
	}

	/** @return what was done, one line per change, to reproduce a failure by reading */
	List<String> log() {
		return log;
	}

	/** Applies {@code count} random changes (some may turn out not executable and are skipped). */
	void apply(int count) {
		for (int i = 0; i < count; i++) {
			switch (random.nextInt(12)) {
			case 0, 1, 2, 3 -> setAttribute();
			case 4, 5 -> addEmptyChild();
			case 6 -> delete();
			case 7, 8 -> setReference();
			case 10 -> newElement();
			case 11 -> duplicateOrDeleteWithWhatGoesAlong();
			default -> raiseFinding();
			}
		}
	}

	private void setAttribute() {
		EObject target = pick(elements());
		if (target == null || target instanceof EvidenceFile) {
			return;
		}
		List<EAttribute> attributes = new ArrayList<>();
		for (EAttribute attribute : target.eClass().getEAllAttributes()) {
			if (attribute.isChangeable() && !attribute.isDerived() && !attribute.isID() && !attribute.isMany()) {
				attributes.add(attribute);
			}
		}
		EAttribute attribute = pick(attributes);
		if (attribute != null) {
			Object value = valueFor(attribute);
			execute(SetCommand.create(domain, target, attribute, value), "set " + describe(target) + "." + attribute.getName() + " = " + shorten(value));
		}
	}

	private Object valueFor(EAttribute attribute) {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (attribute.getEAttributeType() instanceof EEnum enumeration) {
			return enumeration.getELiterals().get(random.nextInt(enumeration.getELiterals().size())).getInstance();
		}
		boolean clear = random.nextInt(5) == 0 && !type.isPrimitive();
		if (clear) {
			return null;
		}
		if (type == String.class) {
			return TEXTS[random.nextInt(TEXTS.length)];
		}
		if (type == int.class || type == Integer.class) {
			return NUMBERS[random.nextInt(NUMBERS.length)];
		}
		if (type == long.class || type == Long.class) {
			return (long) NUMBERS[random.nextInt(NUMBERS.length)];
		}
		if (type == boolean.class || type == Boolean.class) {
			return random.nextBoolean();
		}
		if (type == LocalDate.class) {
			return LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1100));
		}
		if (type == Instant.class) {
			return Instant.parse("2025-01-01T00:00:00Z").plusSeconds(random.nextInt(60_000_000));
		}
		return null;
	}

	private void addEmptyChild() {
		EObject container = pick(elements());
		if (container == null) {
			return;
		}
		List<EReference> containments = new ArrayList<>();
		for (EReference reference : container.eClass().getEAllContainments()) {
			EClass type = reference.getEReferenceType();
			if (reference.isChangeable() && !reference.isDerived() && !type.isAbstract() && type != RensaPackage.Literals.EVIDENCE_FILE) {
				containments.add(reference);
			}
		}
		EReference containment = pick(containments);
		if (containment == null || container instanceof EvidenceFile) {
			return;
		}
		EClass type = containment.getEReferenceType();
		EObject child = type.getEPackage().getEFactoryInstance().create(type);
		Command command = containment.isMany() ? AddCommand.create(domain, container, containment, child)
				: SetCommand.create(domain, container, containment, child);
		execute(command, "add empty " + type.getName() + " to " + describe(container) + "." + containment.getName());
	}

	private void delete() {
		EObject target = pick(elements());
		if (target == null || target == project) {
			return;
		}
		execute(DeleteCommand.create(domain, target), "delete " + describe(target));
	}

	private void setReference() {
		EObject source = pick(elements());
		if (source == null) {
			return;
		}
		List<EReference> references = new ArrayList<>();
		for (EReference reference : source.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer() && reference.isChangeable() && !reference.isDerived()) {
				references.add(reference);
			}
		}
		EReference reference = pick(references);
		if (reference == null) {
			return;
		}
		List<EObject> candidates = new ArrayList<>();
		for (EObject element : elements()) {
			if (reference.getEReferenceType().isInstance(element)) {
				candidates.add(element);
			}
		}
		EObject value = random.nextInt(4) == 0 ? null : pick(candidates);
		Command command;
		if (reference.isMany()) {
			@SuppressWarnings("unchecked")
			Collection<EObject> current = (Collection<EObject>) source.eGet(reference);
			if (value == null && !current.isEmpty()) {
				command = RemoveCommand.create(domain, source, reference, current.iterator().next());
			} else if (value != null && !current.contains(value)) {
				command = AddCommand.create(domain, source, reference, value);
			} else {
				return;
			}
		} else {
			command = SetCommand.create(domain, source, reference, value);
		}
		execute(command, "point " + describe(source) + "." + reference.getName() + " at " + (value == null ? "nothing" : describe(value)));
	}

	private void raiseFinding() {
		Assessment assessment = pick(project.getAssessments());
		if (assessment == null || assessment.getChecklist() == null) {
			return;
		}
		List<Requirement> requirements = new ArrayList<>();
		for (Section section : assessment.getChecklist().getSections()) {
			requirements.addAll(section.getRequirements());
		}
		Requirement requirement = pick(requirements);
		if (requirement != null) {
			execute(Findings.raise(domain, project, Findings.newFinding(project, assessment, requirement, clock)),
					"raise a finding on " + describe(requirement) + " in " + describe(assessment));
		}
	}

	/** The workbench's New: an element of a creatable kind with defaults from a random selection. */
	private void newElement() {
		EClass type = pick(ProjectElements.CREATABLE);
		EObject context = random.nextInt(3) == 0 ? null : pick(elements());
		if (ProjectElements.canCreate(project, type, context)) {
			execute(ProjectElements.create(domain, project, type, context, "auditor", clock).command(),
					"new " + type.getName() + " from " + (context == null ? "nothing" : describe(context)));
		}
	}

	/** The workbench's Duplicate, or its Delete (with what goes along). */
	private void duplicateOrDeleteWithWhatGoesAlong() {
		EObject target = pick(elements());
		if (random.nextBoolean() && ProjectElements.canDuplicate(target)) {
			execute(ProjectElements.duplicate(domain, project, target).command(), "duplicate " + describe(target));
		} else if (ProjectElements.canDelete(target)) {
			execute(ProjectElements.delete(domain, List.of(target)), "delete " + describe(target) + " with what goes along");
		}
	}

	private void execute(Command command, String description) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
			log.add(description);
		} else {
			command.dispose();
		}
	}

	private List<EObject> elements() {
		List<EObject> elements = new ArrayList<>();
		for (Resource resource : domain.getResourceSet().getResources()) {
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				EObject element = it.next();
				if (element.eClass().getEPackage() == RensaPackage.eINSTANCE) {
					elements.add(element);
				}
			}
		}
		return elements;
	}

	private <T> T pick(List<T> list) {
		return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
	}

	private static String describe(EObject element) {
		String id = element instanceof Identifiable identifiable && identifiable.getId() != null ? identifiable.getId() : "new";
		return element.eClass().getName() + "[" + id + "]";
	}

	private static String shorten(Object value) {
		String text = String.valueOf(value).replace("\n", "\\n");
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}
}
