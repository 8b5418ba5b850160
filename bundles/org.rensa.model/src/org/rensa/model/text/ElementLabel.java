// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.text;

import org.eclipse.emf.common.util.Enumerator;
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
import org.rensa.model.Verdict;
import org.rensa.model.Visit;

/** The short label of an element in one language, for {@link Language#label(EObject)}. */
final class ElementLabel {

	private final Language language;

	private ElementLabel(Language language) {
		this.language = language;
	}

	static String of(Language language, EObject element) {
		String label = new ElementLabel(language).raw(element);
		if (Language.isBlank(label)) {
			String id = element instanceof Identifiable identifiable ? identifiable.getId() : null;
			return Language.isBlank(id) ? language.word("label.unnamed") : id; //$NON-NLS-1$
		}
		return label.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
	}

	private String raw(EObject object) {
		if (object instanceof Organization o) {
			return language.text(o.getName(), o.getNameJa());
		} else if (object instanceof AuditProject p) {
			return p.getName();
		} else if (object instanceof Relationship r) {
			return language.word("label.relationship", name(r.getFrom()), name(r.getTo()), r.getKind()); //$NON-NLS-1$
		} else if (object instanceof Contract c) {
			return first(c.getTitle(), language.label(c.getKind()));
		} else if (object instanceof Clause c) {
			return join(language.label(c.getCategory()), c.getReference());
		} else if (object instanceof ClauseTemplate t) {
			return language.text(t.getTitle(), t.getTitleJa());
		} else if (object instanceof Checklist c) {
			return join(language.text(c.getName(), c.getNameJa()), c.getVersion());
		} else if (object instanceof Section s) {
			return join(s.getCode(), language.text(s.getTitle(), s.getTitleJa()));
		} else if (object instanceof Requirement r) {
			return join(r.getCode(), language.text(r.getTitle(), r.getTitleJa()));
		} else if (object instanceof Campaign c) {
			return language.text(c.getName(), c.getNameJa());
		} else if (object instanceof Assessment a) {
			return parts(name(a.getOrganization()),
					a.getChecklist() == null ? language.word("label.none") : language.label(a.getChecklist()), //$NON-NLS-1$
					fiscalYear(a));
		} else if (object instanceof Response r) {
			Requirement requirement = r.getRequirement();
			Enumerator state = r.getVerdict() != null && r.getVerdict() != Verdict.NOT_VERIFIED ? r.getVerdict() : r.getDeclaredAnswer();
			return parts(requirement == null ? language.word("label.none") : language.label(requirement), //$NON-NLS-1$
					state == null ? null : language.label(state));
		} else if (object instanceof Visit v) {
			return join(name(v.getOrganization()), v.getStartDate() == null ? null : v.getStartDate().toString());
		} else if (object instanceof Evidence e) {
			return join(e.getCode(), e.getTitle());
		} else if (object instanceof EvidenceFile f) {
			return first(f.getPath(), f.getOriginalName());
		} else if (object instanceof Finding f) {
			String title = language.text(f.getTitle(), f.getTitleJa());
			if (Language.isBlank(f.getCode()) && Language.isBlank(title)) {
				return null; // the severity alone tells nothing apart: the id does
			}
			return parts(f.getCode(), title, f.getSeverity() == null ? null : language.label(f.getSeverity()));
		} else if (object instanceof RemediationAction a) {
			return join(a.getCode(), language.text(a.getAction(), a.getActionJa()));
		} else if (object instanceof Certification c) {
			return c.eContainer() instanceof Organization o
					? language.word("label.certification", c.getScheme(), name(o)) //$NON-NLS-1$
					: language.label(c.getScheme());
		} else if (object instanceof Contact c) {
			return c.getName();
		}
		return null;
	}

	/** @return {@code "FY2026"} from the assessment's campaign, or {@code null}: tells years of one organisation apart */
	private String fiscalYear(Assessment assessment) {
		Campaign campaign = assessment.getCampaign();
		return campaign == null || campaign.getFiscalYear() == 0 ? null
				: language.word("label.fiscalYear", Integer.toString(campaign.getFiscalYear())); //$NON-NLS-1$
	}

	/** @return the parts that are not blank joined with the separator of label parts ({@code " · "}), or {@code null} */
	private String parts(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (!Language.isBlank(part)) {
				if (text.length() > 0) {
					text.append(language.word("label.part.separator")); //$NON-NLS-1$
				}
				text.append(part.strip());
			}
		}
		return text.length() == 0 ? null : text.toString();
	}

	private String name(Organization organization) {
		return language.label(organization);
	}

	private static String first(String a, String b) {
		return Language.isBlank(a) ? b : a;
	}

	private static String join(String a, String b) {
		boolean hasA = !Language.isBlank(a);
		boolean hasB = !Language.isBlank(b);
		if (hasA && hasB) {
			return a + " " + b; //$NON-NLS-1$
		}
		return hasA ? a : (hasB ? b : null);
	}
}
