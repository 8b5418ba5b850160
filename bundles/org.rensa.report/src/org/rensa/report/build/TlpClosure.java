// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Evidence;
import org.rensa.model.Finding;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.RemediationAction;
import org.rensa.model.Response;
import org.rensa.model.Tlp;

/**
 * What a document for one TLP audience must leave out: the one definition of "withheld" for reports,
 * trackers and OSCAL exports.
 * <p>
 * An item is withheld when its own label is stricter than the audience (no label counts as AMBER),
 * and so is everything that goes with a withheld finding:
 * <ul>
 * <li>its evidence, and its remediation actions;</li>
 * <li>the responses on its requirement from its organisation, and the responses whose every
 * supporting evidence item is withheld: their declared answer, verdict, gap, comments and notes;</li>
 * <li>the relationships between its organisation and an organisation its text names (the row, its
 * "not declared" flag and its description);</li>
 * <li>in every free text (visit notes, auditor's notes, descriptions, captions, actions), each
 * sentence that names a withheld item's code or an organisation a withheld finding names besides its
 * own organisation and the buyer.</li>
 * </ul>
 * Findings withheld do not colour chain figures either. Documents say how many items were withheld.
 */
public final class TlpClosure {

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。！？])\\s*|\\R");

	private final Tlp audience;
	private final Set<EObject> withheld = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Anonymiser revealing;

	private TlpClosure(Tlp audience, Anonymiser revealing) {
		this.audience = audience;
		this.revealing = revealing;
	}

	/**
	 * Works out what goes with the items a document for the audience may not show.
	 *
	 * @param project  the project (only read)
	 * @param audience the document's TLP
	 * @return the closure
	 */
	public static TlpClosure of(AuditProject project, Tlp audience) {
		List<Finding> findings = project.getFindings().stream().filter(f -> !Scores.shareable(f.getTlp(), audience)).toList();
		// which organisations' names reveal a withheld finding: those its texts name, besides its own and the buyer
		Map<String, Integer> organisationRuns = new LinkedHashMap<>();
		for (IdentifyingStrings.Entry entry : IdentifyingStrings.of(project).entries()) {
			if (entry.kind() == IdentifyingStrings.Kind.ORGANIZATION) {
				organisationRuns.put(entry.text(), entry.owner());
			}
		}
		Map<String, String> marks = new LinkedHashMap<>();
		organisationRuns.forEach((run, owner) -> marks.put(run, "\0" + owner + "\0"));
		Anonymiser organisationsNamed = Anonymiser.replacing(marks);
		List<Organization> organizations = project.getOrganizations();

		Map<String, String> revealing = new LinkedHashMap<>();
		TlpClosure closure = new TlpClosure(audience, null);
		Map<Finding, Set<Organization>> named = new IdentityHashMap<>();
		for (Finding finding : findings) {
			closure.withheld.add(finding);
			code(revealing, finding.getCode());
			Set<Organization> others = Collections.newSetFromMap(new IdentityHashMap<>());
			for (String text : new String[] { finding.getTitle(), finding.getTitleJa(), finding.getDescription(), finding.getDescriptionJa() }) {
				String marked = organisationsNamed.apply(text == null ? "" : text);
				String[] parts = marked.split("\0");
				for (int i = 1; i < parts.length; i += 2) {
					Organization other = organizations.get(Integer.parseInt(parts[i]));
					if (other != finding.getOrganization() && other != project.getBuyer()) {
						others.add(other);
					}
				}
			}
			named.put(finding, others);
			for (Organization other : others) {
				organisationRuns.forEach((run, owner) -> {
					if (organizations.get(owner) == other) {
						revealing.put(run, "\0");
					}
				});
			}
			for (Evidence evidence : finding.getEvidence()) {
				closure.withheld.add(evidence);
			}
			for (RemediationAction action : finding.getActions()) {
				closure.withheld.add(action);
				code(revealing, action.getCode());
			}
		}
		for (Evidence evidence : project.getEvidence()) {
			if (!Scores.shareable(evidence.getTlp(), audience) || evidence.getFindings().stream().anyMatch(closure.withheld::contains)) {
				closure.withheld.add(evidence);
			}
			if (closure.withheld.contains(evidence)) {
				code(revealing, evidence.getCode());
			}
		}
		for (Assessment assessment : project.getAssessments()) {
			for (Response response : assessment.getResponses()) {
				boolean tied = findings.stream().anyMatch(f -> f.getRequirement() != null && f.getRequirement() == response.getRequirement()
						&& f.getOrganization() == assessment.getOrganization());
				boolean unsupported = !response.getEvidence().isEmpty() && response.getEvidence().stream().allMatch(closure.withheld::contains);
				if (tied || unsupported) {
					closure.withheld.add(response);
				}
			}
		}
		for (Relationship relationship : project.getRelationships()) {
			for (Finding finding : findings) {
				Organization own = finding.getOrganization();
				Set<Organization> others = named.get(finding);
				if ((relationship.getFrom() == own && others.contains(relationship.getTo()))
						|| (relationship.getTo() == own && others.contains(relationship.getFrom()))) {
					closure.withheld.add(relationship);
				}
			}
		}
		TlpClosure result = new TlpClosure(audience, revealing.isEmpty() ? null : Anonymiser.replacing(revealing));
		result.withheld.addAll(closure.withheld);
		return result;
	}

	private static void code(Map<String, String> revealing, String code) {
		if (code != null && code.trim().length() >= 2) {
			revealing.put(code.trim(), "\0");
		}
	}

	/** @return the document's TLP */
	public Tlp audience() {
		return audience;
	}

	/**
	 * @param item a finding, evidence item, response, remediation action or relationship
	 * @return whether a document for this audience may show it
	 */
	public boolean shows(EObject item) {
		return item != null && !withheld.contains(item);
	}

	/**
	 * @param text a free text (notes, descriptions, captions)
	 * @return the text without the sentences that name a withheld item or an organisation that reveals one;
	 *         {@code null} stays {@code null}
	 */
	public String text(String text) {
		if (text == null || text.isBlank() || revealing == null) {
			return text;
		}
		List<String> kept = new ArrayList<>();
		boolean dropped = false;
		for (String sentence : SENTENCE_END.split(text)) {
			if (revealing.apply(sentence).indexOf(0) >= 0) {
				dropped = true;
			} else if (!sentence.isBlank()) {
				kept.add(sentence.strip());
			}
		}
		if (!dropped) {
			return text;
		}
		StringBuilder out = new StringBuilder();
		for (String sentence : kept) {
			if (out.length() > 0 && !isJapanese(out.charAt(out.length() - 1))) {
				out.append(' ');
			}
			out.append(sentence);
		}
		return out.toString();
	}

	private static boolean isJapanese(char ch) {
		return ch >= 0x2E80;
	}
}
