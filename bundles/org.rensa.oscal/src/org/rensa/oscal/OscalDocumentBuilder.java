// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.oscal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.rensa.model.ActionStatus;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.DeclarationGap;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.Organization;
import org.rensa.model.RemediationAction;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Section;
import org.rensa.model.Tlp;
import org.rensa.model.Verdict;
import org.rensa.model.Visit;
import org.rensa.model.derived.RemediationDeadlines;
import org.rensa.report.build.Anonymiser;
import org.rensa.report.build.TlpClosure;
import org.rensa.report.build.Texts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the OSCAL JSON tree of one assessment. Keys are added in the order of the OSCAL XML content
 * models, so {@link OscalXml} can write the same tree as XML; empty arrays are left out (OSCAL
 * requires at least one item where an array appears).
 */
final class OscalDocumentBuilder {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
	private static final Pattern TOKEN = Pattern.compile("^[\\p{L}_][\\p{L}\\p{N}_.\\-]*$");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT)
			.withZone(ZoneOffset.UTC);
	private static final String OWNER_ROLE = "remediation-owner";
	private static final String ASSESSOR_ROLE = "assessor";
	private static final String ASSESSED_ROLE = "assessed-organization";
	private static final Map<String, String> ROLE_TITLES = Map.of(ASSESSOR_ROLE, "Assessor", ASSESSED_ROLE, "Assessed organisation",
			OWNER_ROLE, "Remediation owner");

	private final AuditProject project;
	private final Assessment assessment;
	private final Tlp audience;
	private final Anonymiser anonymiser;
	/** What the audience may not see, as in reports. */
	private final TlpClosure closure;
	private final List<Visit> visits = new ArrayList<>();
	private final Map<String, ObjectNode> parties = new LinkedHashMap<>();
	private final Map<String, ObjectNode> locations = new LinkedHashMap<>();
	private final Map<String, ObjectNode> resources = new LinkedHashMap<>();
	private final Map<String, List<String>> responsibleParties = new LinkedHashMap<>();
	private final List<Finding> findings = new ArrayList<>();
	private final Set<String> withheldEvidence = new HashSet<>();
	private Instant lastModified = Instant.EPOCH;
	private int observationCount;
	private int poamItemCount;
	private int withheld;

	OscalDocumentBuilder(AuditProject project, Assessment assessment, Tlp audience, boolean anonymise) {
		this.project = project;
		this.assessment = assessment;
		this.audience = audience;
		this.anonymiser = anonymise ? Anonymiser.of(project, new Texts(Locale.ENGLISH)) : null;
		this.closure = TlpClosure.of(project, audience);
		for (Visit visit : project.getVisits()) {
			if (visit.getAssessment() == assessment) {
				visits.add(visit);
			}
		}
		for (Finding finding : project.getFindings()) {
			if (finding.getAssessment() == assessment || (finding.getAssessment() == null && visits.contains(finding.getVisit()))) {
				if (closure.shows(finding)) {
					findings.add(finding);
				} else {
					withheld += 1 + finding.getActions().size();
				}
			}
		}
		if (assessment.getDeclaredOn() != null) {
			seen(assessment.getDeclaredOn());
		}
	}

	/** @return what the last document built holds */
	OscalExport.Summary summary() {
		return new OscalExport.Summary(observationCount, findings.size(), findings.size(), poamItemCount, withheld);
	}

	/** @return {@code {"assessment-results": …}} */
	ObjectNode assessmentResults() {
		ObjectNode body = JSON.objectNode();
		body.put("uuid", OscalUuids.of("assessment-results", assessment.getId()));
		ObjectNode result = JSON.objectNode();
		result.put("uuid", OscalUuids.of("result", assessment.getId()));
		result.put("title", "Verification of " + text(organizationName(), null) + " against " + checklistName());
		Visit visit = visits.isEmpty() ? null : visits.get(0);
		result.put("description", visit != null && free(visit.getScope(), visit.getScopeJa()) != null
				? free(visit.getScope(), visit.getScopeJa())
				: "Verification of the self-assessment declared " + (assessment.getDeclaredOn() == null ? "" : "on " + assessment.getDeclaredOn() + " ")
						+ "by " + text(organizationName(), null) + ".");
		result.put("start", start());
		String end = end();
		if (end != null) {
			result.put("end", end);
		}
		props(result, prop("assessment-status", token(assessment.getStatus().getLiteral())), prop("assessment-id", assessment.getId()));
		ObjectNode reviewed = result.putObject("reviewed-controls");
		ObjectNode selection = JSON.objectNode();
		ArrayNode include = JSON.arrayNode();
		for (Section section : assessment.getChecklist().getSections()) {
			for (Requirement requirement : section.getRequirements()) {
				include.add(JSON.objectNode().put("control-id", controlId(requirement)));
			}
		}
		selection.set("include-controls", include);
		reviewed.set("control-selections", JSON.arrayNode().add(selection));
		array(result, "observations", observations());
		array(result, "risks", risks());
		array(result, "findings", findingNodes());
		if (visit != null && free(visit.getNotes(), visit.getNotesJa()) != null) {
			result.put("remarks", free(visit.getNotes(), visit.getNotesJa()));
		}
		ObjectNode plan = JSON.objectNode();
		plan.put("uuid", OscalUuids.of("assessment-plan", assessment.getId()));
		plan.put("title", "Assessment plan: the checklist " + checklistName() + " as sent to " + text(organizationName(), null));
		plan.put("description", "Rensa keeps no OSCAL assessment plan: the plan is the checklist sent to the supplier"
				+ (visits.isEmpty() ? "." : " and the scope of the visit."));
		resources.put("assessment-plan", plan);
		ObjectNode root = JSON.objectNode();
		body.set("metadata", metadata("Assessment results: " + text(organizationName(), null) + ", " + checklistName()));
		body.set("import-ap", JSON.objectNode().put("href", "#" + plan.get("uuid").asText()));
		body.set("results", JSON.arrayNode().add(result));
		backMatter(body);
		root.set("assessment-results", body);
		return root;
	}

	/** @return {@code {"plan-of-action-and-milestones": …}} */
	ObjectNode planOfActionAndMilestones() {
		ObjectNode body = JSON.objectNode();
		body.put("uuid", OscalUuids.of("poam", assessment.getId()));
		ArrayNode observations = observations();
		ArrayNode risks = risks();
		ArrayNode findingNodes = findingNodes();
		ArrayNode items = JSON.arrayNode();
		for (Finding finding : findings) {
			for (RemediationAction action : finding.getActions()) {
				items.add(poamItem(finding, action));
			}
		}
		poamItemCount = items.size();
		body.set("metadata", metadata("Plan of action and milestones: " + text(organizationName(), null) + ", " + checklistName()));
		body.set("system-id", JSON.objectNode().put("identifier-type", OscalExport.NAMESPACE + "/organization").put("id",
				assessment.getOrganization() == null ? assessment.getId() : assessment.getOrganization().getId()));
		array(body, "observations", observations);
		array(body, "risks", risks);
		array(body, "findings", findingNodes);
		body.set("poam-items", items);
		backMatter(body);
		ObjectNode root = JSON.objectNode();
		root.set("plan-of-action-and-milestones", body);
		return root;
	}

	// ------------------------------------------------------------------ parts

	private ArrayNode observations() {
		ArrayNode result = JSON.arrayNode();
		for (Response response : assessment.getResponses()) {
			if (!verified(response)) {
				continue;
			}
			if (!closure.shows(response)) {
				if (withheldEvidence.add(response.getId())) {
					withheld++;
				}
				continue;
			}
			Requirement requirement = response.getRequirement();
			ObjectNode observation = JSON.objectNode();
			observation.put("uuid", observationUuid(response));
			observation.put("title", requirement.getCode() + " " + text(requirement.getTitle(), requirement.getTitleJa()));
			String declared = response.getDeclaredAnswer() == null ? "unanswered" : token(response.getDeclaredAnswer().getLiteral());
			String verdict = token(response.getVerdict().getLiteral());
			StringBuilder description = new StringBuilder("Declared: " + declared.replace('-', ' ') + ". Verified: " + verdict.replace('-', ' ') + ".");
			String note = free(response.getVerificationNote(), response.getVerificationNoteJa());
			if (note != null) {
				description.append("\n\n").append(note);
			}
			observation.put("description", description.toString());
			DeclarationGap gap = response.getGap();
			props(observation, prop("requirement-code", requirement.getCode()), prop("declared-answer", declared), prop("verdict", verdict),
					prop("declaration-gap", token(gap.getLiteral())));
			String method = response.getMethod() == null ? null : switch (response.getMethod()) {
			case EXAMINE -> "EXAMINE";
			case INTERVIEW -> "INTERVIEW";
			case TEST -> "TEST";
			case NONE -> null;
			};
			observation.set("methods", JSON.arrayNode().add(method == null ? "UNKNOWN" : method));
			ArrayNode types = JSON.arrayNode();
			if (gap == DeclarationGap.OVERSTATED || gap == DeclarationGap.UNDERSTATED) {
				types.add("ssp-statement-issue");
			}
			types.add("control-objective");
			observation.set("types", types);
			if (response.getVerifiedBy() != null && !response.getVerifiedBy().isBlank()) {
				observation.set("origins", JSON.arrayNode().add(JSON.objectNode().set("actors",
						JSON.arrayNode().add(JSON.objectNode().put("type", "party").put("actor-uuid", person(response.getVerifiedBy(), ASSESSOR_ROLE))))));
			}
			ArrayNode subjects = JSON.arrayNode();
			if (assessment.getOrganization() != null) {
				subjects.add(JSON.objectNode().put("subject-uuid", organization(assessment.getOrganization(), ASSESSED_ROLE)).put("type", "party"));
			}
			for (Visit visit : visits) {
				if (visit.getSite() != null && !visit.getSite().isBlank()) {
					subjects.add(JSON.objectNode().put("subject-uuid", location(visit)).put("type", "location"));
				}
			}
			array(observation, "subjects", subjects);
			ArrayNode evidence = JSON.arrayNode();
			for (Evidence item : response.getEvidence()) {
				String resource = evidenceResource(item);
				if (resource != null) {
					evidence.add(JSON.objectNode().put("href", "#" + resource).put("description",
							item.getCode() + " " + nonEmpty(free(item.getCaption(), item.getCaptionJa()), text(item.getTitle(), null))));
				}
			}
			array(observation, "relevant-evidence", evidence);
			observation.put("collected", collected(response));
			if (response.getDeclaredComment() != null && !response.getDeclaredComment().isBlank()) {
				observation.put("remarks", "Declared comment: " + String.valueOf(nonEmpty(free(response.getDeclaredComment(), null), "–")));
			}
			result.add(observation);
		}
		observationCount = result.size();
		return result;
	}

	private ArrayNode risks() {
		ArrayNode result = JSON.arrayNode();
		for (Finding finding : findings) {
			ObjectNode risk = JSON.objectNode();
			risk.put("uuid", OscalUuids.of("risk", finding.getId()));
			risk.put("title", finding.getCode() + " " + text(finding.getTitle(), finding.getTitleJa()));
			String description = nonEmpty(free(finding.getDescription(), finding.getDescriptionJa()), text(finding.getTitle(), finding.getTitleJa()));
			risk.put("description", description);
			risk.put("statement", "Finding " + finding.getCode() + " (severity " + severity(finding) + ") on "
					+ (finding.getRequirement() == null ? "the assessment" : "requirement " + finding.getRequirement().getCode()) + ": " + description);
			props(risk, prop("finding-code", finding.getCode()), prop("marking", tlp(finding.getTlp())));
			risk.put("status", riskStatus(finding));
			ObjectNode characterization = JSON.objectNode();
			characterization.set("origin", JSON.objectNode().set("actors",
					JSON.arrayNode().add(JSON.objectNode().put("type", "party").put("actor-uuid", assessor()))));
			characterization.set("facets", JSON.arrayNode().add(JSON.objectNode().put("name", "severity").put("system", OscalExport.NAMESPACE)
					.put("value", severity(finding))));
			risk.set("characterizations", JSON.arrayNode().add(characterization));
			LocalDate deadline = finding.getActions().stream().filter(a -> a.getDueDate() != null).map(RemediationAction::getDueDate)
					.min(LocalDate::compareTo).orElse(null);
			if (deadline != null) {
				risk.put("deadline", dateTime(deadline));
			}
			ArrayNode remediations = JSON.arrayNode();
			for (RemediationAction action : finding.getActions()) {
				remediations.add(remediation(action));
			}
			array(risk, "remediations", remediations);
			array(risk, "related-observations", relatedObservations(finding));
			result.add(risk);
		}
		return result;
	}

	private ArrayNode findingNodes() {
		ArrayNode result = JSON.arrayNode();
		for (Finding finding : findings) {
			ObjectNode node = JSON.objectNode();
			node.put("uuid", OscalUuids.of("finding", finding.getId()));
			node.put("title", finding.getCode() + " " + text(finding.getTitle(), finding.getTitleJa()));
			node.put("description", nonEmpty(free(finding.getDescription(), finding.getDescriptionJa()), text(finding.getTitle(), finding.getTitleJa())));
			props(node, prop("finding-code", finding.getCode()), prop("severity", severity(finding)),
					prop("finding-status", token(finding.getStatus().getLiteral())), prop("marking", tlp(finding.getTlp())));
			if (finding.getRaisedOn() != null) {
				seen(finding.getRaisedOn());
			}
			ObjectNode target = node.putObject("target");
			target.put("type", "objective-id");
			target.put("target-id", finding.getRequirement() == null ? "rensa-assessment" : controlId(finding.getRequirement()));
			target.set("status", JSON.objectNode().put("state", "not-satisfied"));
			array(node, "related-observations", relatedObservations(finding));
			node.set("related-risks", JSON.arrayNode().add(JSON.objectNode().put("risk-uuid", OscalUuids.of("risk", finding.getId()))));
			result.add(node);
		}
		return result;
	}

	private ObjectNode remediation(RemediationAction action) {
		ObjectNode node = JSON.objectNode();
		node.put("uuid", OscalUuids.of("remediation", action.getId()));
		boolean completed = RemediationDeadlines.isFinished(action);
		node.put("lifecycle", completed ? "completed" : "planned");
		node.put("title", action.getCode());
		node.put("description", free(action.getAction(), action.getActionJa()));
		props(node, prop("action-status", token(action.getStatus().getLiteral())));
		ArrayNode tasks = JSON.arrayNode();
		if (action.getDueDate() != null) {
			ObjectNode due = milestone(action, "due", "Due", action.getDueDate());
			if (action.getOwner() != null && !action.getOwner().isBlank()) {
				due.set("responsible-roles", JSON.arrayNode().add(JSON.objectNode().put("role-id", OWNER_ROLE)
						.set("party-uuids", JSON.arrayNode().add(person(action.getOwner(), OWNER_ROLE)))));
			}
			tasks.add(due);
		}
		if (action.getCompletedOn() != null) {
			seen(action.getCompletedOn());
			tasks.add(milestone(action, "completed", "Completed", action.getCompletedOn()));
		}
		array(node, "tasks", tasks);
		return node;
	}

	private ObjectNode milestone(RemediationAction action, String kind, String title, LocalDate date) {
		ObjectNode task = JSON.objectNode();
		task.put("uuid", OscalUuids.of("task-" + kind, action.getId()));
		task.put("type", "milestone");
		task.put("title", title);
		task.set("timing", JSON.objectNode().set("on-date", JSON.objectNode().put("date", dateTime(date))));
		return task;
	}

	private ObjectNode poamItem(Finding finding, RemediationAction action) {
		ObjectNode item = JSON.objectNode();
		item.put("uuid", OscalUuids.of("poam-item", action.getId()));
		item.put("title", action.getCode() + " for " + finding.getCode() + " " + text(finding.getTitle(), finding.getTitleJa()));
		item.put("description", free(action.getAction(), action.getActionJa()));
		List<ObjectNode> props = new ArrayList<>();
		props.add(prop("action-code", action.getCode()));
		props.add(prop("action-status", token(action.getStatus().getLiteral())));
		if (action.getOwner() != null && !action.getOwner().isBlank()) {
			props.add(prop("owner", text(action.getOwner(), null)));
		}
		if (action.getDueDate() != null) {
			props.add(prop("due-date", action.getDueDate().toString()));
		}
		if (action.getCompletedOn() != null) {
			props.add(prop("completed-on", action.getCompletedOn().toString()));
		}
		props(item, props.toArray(ObjectNode[]::new));
		item.set("related-findings", JSON.arrayNode().add(JSON.objectNode().put("finding-uuid", OscalUuids.of("finding", finding.getId()))));
		array(item, "related-observations", relatedObservations(finding));
		item.set("related-risks", JSON.arrayNode().add(JSON.objectNode().put("risk-uuid", OscalUuids.of("risk", finding.getId()))));
		return item;
	}

	private ArrayNode relatedObservations(Finding finding) {
		ArrayNode related = JSON.arrayNode();
		if (finding.getRequirement() != null) {
			for (Response response : assessment.getResponses()) {
				if (response.getRequirement() == finding.getRequirement() && verified(response) && closure.shows(response)) {
					related.add(JSON.objectNode().put("observation-uuid", observationUuid(response)));
				}
			}
		}
		return related;
	}

	private ObjectNode metadata(String title) {
		ObjectNode metadata = JSON.objectNode();
		metadata.put("title", title);
		assessor();
		metadata.put("last-modified", DATE_TIME.format(lastModified));
		metadata.put("version", assessment.getId());
		metadata.put("oscal-version", OscalExport.OSCAL_VERSION);
		props(metadata, JSON.objectNode().put("name", "marking").put("value", tlp(audience)));
		ArrayNode roleNodes = JSON.arrayNode();
		for (Map.Entry<String, List<String>> responsible : responsibleParties.entrySet()) {
			roleNodes.add(JSON.objectNode().put("id", responsible.getKey()).put("title", ROLE_TITLES.get(responsible.getKey())));
		}
		array(metadata, "roles", roleNodes);
		array(metadata, "locations", JSON.arrayNode().addAll(locations.values()));
		array(metadata, "parties", JSON.arrayNode().addAll(parties.values()));
		ArrayNode responsible = JSON.arrayNode();
		responsibleParties.forEach((role, uuids) -> {
			ArrayNode partyUuids = JSON.arrayNode();
			uuids.forEach(partyUuids::add);
			responsible.add(JSON.objectNode().put("role-id", role).set("party-uuids", partyUuids));
		});
		array(metadata, "responsible-parties", responsible);
		metadata.put("remarks", "Exported by Rensa for TLP:" + tlp(audience).substring(4) + (anonymiser == null ? "" : ", anonymised") + "; "
				+ (withheld == 0 ? "nothing withheld." : withheld + " findings, evidence items, responses and remediation actions marked stricter, or going with such an item, were withheld."));
		return metadata;
	}

	private void backMatter(ObjectNode body) {
		if (!resources.isEmpty()) {
			body.set("back-matter", JSON.objectNode().set("resources", JSON.arrayNode().addAll(resources.values())));
		}
	}

	// ------------------------------------------------------------------ registries

	private String evidenceResource(Evidence evidence) {
		if (!closure.shows(evidence)) {
			if (withheldEvidence.add(evidence.getId())) {
				withheld++;
			}
			return null;
		}
		ObjectNode resource = resources.get(evidence.getId());
		if (resource == null) {
			resource = JSON.objectNode();
			resource.put("uuid", OscalUuids.of("evidence", evidence.getId()));
			resource.put("title", evidence.getCode() + " " + text(evidence.getTitle(), null));
			String caption = free(evidence.getCaption(), evidence.getCaptionJa());
			if (caption != null) {
				resource.put("description", caption);
			}
			props(resource, prop("evidence-code", evidence.getCode()), prop("evidence-kind", token(evidence.getKind().getLiteral())),
					prop("marking", tlp(evidence.getTlp())));
			ArrayNode rlinks = JSON.arrayNode();
			for (EvidenceFile file : evidence.getFiles()) {
				ObjectNode rlink = JSON.objectNode().put("href", file.getPath());
				if (file.getMediaType() != null && !file.getMediaType().isBlank()) {
					rlink.put("media-type", file.getMediaType());
				}
				rlink.set("hashes", JSON.arrayNode().add(JSON.objectNode().put("algorithm", "SHA-256").put("value", file.getSha256())));
				rlinks.add(rlink);
			}
			array(resource, "rlinks", rlinks);
			if (evidence.getRecordedAt() != null) {
				seen(evidence.getRecordedAt());
			}
			resources.put(evidence.getId(), resource);
		}
		return resource.get("uuid").asText();
	}

	private String organization(Organization organization, String role) {
		String uuid = OscalUuids.of("party", organization.getId());
		if (!parties.containsKey(uuid)) {
			parties.put(uuid, JSON.objectNode().put("uuid", uuid).put("type", "organization").put("name", text(organization.getName(), organization.getNameJa())));
		}
		responsible(role, uuid);
		return uuid;
	}

	private String person(String name, String role) {
		String uuid = OscalUuids.of("person", name.strip());
		if (!parties.containsKey(uuid)) {
			parties.put(uuid, JSON.objectNode().put("uuid", uuid).put("type", "person").put("name", text(name.strip(), null)));
		}
		responsible(role, uuid);
		return uuid;
	}

	/** The assessing party: the buyer when the project names one. */
	private String assessor() {
		Organization buyer = project.getBuyer();
		return buyer != null ? organization(buyer, ASSESSOR_ROLE) : person("Rensa user", ASSESSOR_ROLE);
	}

	private void responsible(String role, String uuid) {
		List<String> uuids = responsibleParties.computeIfAbsent(role, r -> new ArrayList<>());
		if (!uuids.contains(uuid)) {
			uuids.add(uuid);
		}
	}

	private String location(Visit visit) {
		String uuid = OscalUuids.of("location", visit.getId());
		if (!locations.containsKey(uuid)) {
			ObjectNode location = JSON.objectNode().put("uuid", uuid).put("title", text(visit.getSite(), null));
			location.put("remarks", "Site of the visit " + visit.getStartDate() + (visit.getEndDate() == null || visit.getEndDate().equals(visit.getStartDate())
					? "" : " to " + visit.getEndDate()) + ".");
			locations.put(uuid, location);
		}
		return uuid;
	}

	// ------------------------------------------------------------------ values

	private static boolean verified(Response response) {
		return response.getVerdict() != null && response.getVerdict() != Verdict.NOT_VERIFIED && response.getRequirement() != null;
	}

	private static String observationUuid(Response response) {
		return OscalUuids.of("observation", response.getId());
	}

	/** The requirement's code when it is an OSCAL token (control ids are), else {@code req-} and the code with other characters as {@code _}. */
	static String controlId(Requirement requirement) {
		String code = requirement.getCode() == null ? requirement.getId() : requirement.getCode();
		return TOKEN.matcher(code).matches() ? code : "req-" + code.replaceAll("[^\\p{L}\\p{N}_.\\-]", "_");
	}

	private String start() {
		LocalDate visitStart = visits.stream().map(Visit::getStartDate).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
		if (visitStart != null) {
			return dateTime(visitStart);
		}
		Instant first = assessment.getResponses().stream().map(Response::getVerifiedAt).filter(i -> i != null).min(Instant::compareTo).orElse(null);
		if (first != null) {
			return DATE_TIME.format(first);
		}
		return assessment.getDeclaredOn() != null ? dateTime(assessment.getDeclaredOn()) : DATE_TIME.format(Instant.EPOCH);
	}

	private String end() {
		LocalDate visitEnd = visits.stream().map(v -> v.getEndDate() != null ? v.getEndDate() : v.getStartDate()).filter(d -> d != null)
				.max(LocalDate::compareTo).orElse(null);
		Instant last = assessment.getResponses().stream().map(Response::getVerifiedAt).filter(i -> i != null).max(Instant::compareTo).orElse(null);
		if (last != null) {
			seen(last);
		}
		if (visitEnd != null) {
			Instant endOfVisit = visitEnd.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
			return DATE_TIME.format(last != null && last.isAfter(endOfVisit) ? last : endOfVisit);
		}
		return last == null ? null : DATE_TIME.format(last);
	}

	private String collected(Response response) {
		if (response.getVerifiedAt() != null) {
			seen(response.getVerifiedAt());
			return DATE_TIME.format(response.getVerifiedAt());
		}
		return start();
	}

	private String riskStatus(Finding finding) {
		if (finding.getStatus() == FindingStatus.CLOSED) {
			return "closed";
		}
		if (finding.getStatus() == FindingStatus.ACCEPTED_RISK) {
			return "deviation-approved";
		}
		return finding.getActions().stream().anyMatch(a -> a.getStatus() != ActionStatus.PLANNED) ? "remediating" : "open";
	}

	private static String severity(Finding finding) {
		return finding.getSeverity() == null ? "medium" : token(finding.getSeverity().getLiteral());
	}

	private static String tlp(Tlp tlp) {
		return "TLP:" + (tlp == null ? Tlp.AMBER : tlp).getLiteral().replace('_', '+');
	}

	private String organizationName() {
		Organization organization = assessment.getOrganization();
		return organization == null ? "the organisation" : nonEmpty(organization.getName(), organization.getNameJa());
	}

	private String checklistName() {
		return text(nonEmpty(assessment.getChecklist().getName(), assessment.getChecklist().getNameJa()), null);
	}

	private void seen(Instant instant) {
		if (instant.isAfter(lastModified)) {
			lastModified = instant;
		}
	}

	private void seen(LocalDate date) {
		seen(date.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private static String dateTime(LocalDate date) {
		return DATE_TIME.format(date.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	/** A literal such as {@code PARTIALLY_CONFORM} as an OSCAL-style token: {@code partially-conform}. */
	private static String token(String literal) {
		return literal.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The English text, else the Japanese one, anonymised when asked; {@code null} when both are empty. */
	private String text(String english, String japanese) {
		String chosen = nonEmpty(english, japanese);
		if (chosen == null) {
			return null;
		}
		return anonymiser == null ? chosen : anonymiser.apply(chosen);
	}

	/**
	 * A free text (notes, descriptions, captions): as {@link #text}, without the sentences the TLP
	 * closure withholds; {@code null} when nothing is left.
	 */
	private String free(String english, String japanese) {
		String chosen = nonEmpty(english, japanese);
		return chosen == null ? null : text(nonEmpty(closure.text(chosen), null), null);
	}

	private static String nonEmpty(String first, String second) {
		if (first != null && !first.isBlank()) {
			return first.strip();
		}
		return second != null && !second.isBlank() ? second.strip() : null;
	}

	private ObjectNode prop(String name, String value) {
		return JSON.objectNode().put("name", name).put("ns", OscalExport.NAMESPACE).put("value", value);
	}

	private static void props(ObjectNode owner, ObjectNode... props) {
		ArrayNode array = JSON.arrayNode();
		for (ObjectNode prop : props) {
			if (prop.hasNonNull("value") && !prop.get("value").asText().isBlank()) {
				array.add(prop);
			}
		}
		array(owner, "props", array);
	}

	private static void array(ObjectNode owner, String field, ArrayNode array) {
		if (!array.isEmpty()) {
			owner.set(field, array);
		}
	}
}
