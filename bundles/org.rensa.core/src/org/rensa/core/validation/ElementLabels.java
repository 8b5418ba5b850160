// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.validation;

import org.eclipse.emf.ecore.EObject;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Campaign;
import org.rensa.model.Certification;
import org.rensa.model.Checklist;
import org.rensa.model.Clause;
import org.rensa.model.ClauseTemplate;
import org.rensa.model.Contact;
import org.rensa.model.Contract;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.Finding;
import org.rensa.model.Identifiable;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.RemediationAction;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Section;
import org.rensa.model.Visit;

/**
 * Plain-text labels of model elements for diagnostics and the command line (no UI dependency).
 */
public final class ElementLabels {

	private ElementLabels() {
	}

	/** @return {@code " / FY2026"} from the assessment's campaign, or empty: tells years of one organisation apart */
	private static String fiscalYear(Assessment assessment) {
		return assessment.getCampaign() == null || assessment.getCampaign().getFiscalYear() == 0 ? ""
				: " / FY" + assessment.getCampaign().getFiscalYear();
	}

	/**
	 * @param object an element (may be {@code null})
	 * @return the element's type followed by its label, e.g. {@code Organization Acme Corp}
	 */
	public static String qualified(EObject object) {
		if (object == null) {
			return "-";
		}
		return object.eClass().getName() + " " + label(object);
	}

	/**
	 * @param object an element (may be {@code null})
	 * @return a short label, e.g. {@code Acme Corp} or {@code Access control}; never empty
	 */
	public static String label(EObject object) {
		String label = rawLabel(object);
		if (label == null || label.isBlank()) {
			String id = object instanceof Identifiable identifiable ? identifiable.getId() : null;
			return id == null ? "(unnamed)" : id;
		}
		return label.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
	}

	private static String rawLabel(EObject object) {
		if (object instanceof Organization o) {
			return first(o.getName(), o.getNameJa());
		} else if (object instanceof AuditProject p) {
			return p.getName();
		} else if (object instanceof Relationship r) {
			return name(r.getFrom()) + " -> " + name(r.getTo()) + " (" + r.getKind() + ")";
		} else if (object instanceof Contract c) {
			return first(c.getTitle(), c.getKind() == null ? null : c.getKind().getName());
		} else if (object instanceof Clause c) {
			return join(c.getCategory() == null ? null : c.getCategory().getName(), c.getReference());
		} else if (object instanceof ClauseTemplate t) {
			return first(t.getTitle(), t.getTitleJa());
		} else if (object instanceof Checklist c) {
			return join(first(c.getName(), c.getNameJa()), c.getVersion());
		} else if (object instanceof Section s) {
			return join(s.getCode(), first(s.getTitle(), s.getTitleJa()));
		} else if (object instanceof Requirement r) {
			return join(r.getCode(), first(r.getTitle(), r.getTitleJa()));
		} else if (object instanceof Campaign c) {
			return first(c.getName(), c.getNameJa());
		} else if (object instanceof Assessment a) {
			return name(a.getOrganization()) + " / " + (a.getChecklist() == null ? "-" : label(a.getChecklist())) + fiscalYear(a);
		} else if (object instanceof Response r) {
			Requirement requirement = r.getRequirement();
			Organization organization = r.eContainer() instanceof Assessment a ? a.getOrganization() : null;
			return (requirement == null ? "-" : first(requirement.getCode(), requirement.getId())) + " / " + name(organization)
					+ (r.eContainer() instanceof Assessment a ? fiscalYear(a) : "");
		} else if (object instanceof Visit v) {
			return join(name(v.getOrganization()), v.getStartDate() == null ? null : v.getStartDate().toString());
		} else if (object instanceof Evidence e) {
			return join(e.getCode(), e.getTitle());
		} else if (object instanceof EvidenceFile f) {
			return first(f.getPath(), f.getOriginalName());
		} else if (object instanceof Finding f) {
			return join(f.getCode(), first(f.getTitle(), f.getTitleJa()));
		} else if (object instanceof RemediationAction a) {
			return join(a.getCode(), first(a.getAction(), a.getActionJa()));
		} else if (object instanceof Certification c) {
			return join(c.getScheme() == null ? null : c.getScheme().getName(),
					c.eContainer() instanceof Organization o ? name(o) : null);
		} else if (object instanceof Contact c) {
			return c.getName();
		}
		return null;
	}

	/**
	 * @param organization an organisation (may be {@code null})
	 * @return its name, Japanese name, id or {@code -}
	 */
	public static String name(Organization organization) {
		return organization == null ? "-" : label(organization);
	}

	private static String first(String a, String b) {
		return a != null && !a.isBlank() ? a : b;
	}

	private static String join(String a, String b) {
		boolean hasA = a != null && !a.isBlank();
		boolean hasB = b != null && !b.isBlank();
		if (hasA && hasB) {
			return a + " " + b;
		}
		return hasA ? a : (hasB ? b : null);
	}
}
