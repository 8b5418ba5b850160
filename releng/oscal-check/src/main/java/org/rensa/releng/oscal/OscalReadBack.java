// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.releng.oscal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import gov.nist.secauto.metaschema.core.model.IBoundObject;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import gov.nist.secauto.oscal.lib.model.AssessmentResults;
import gov.nist.secauto.oscal.lib.model.Finding;
import gov.nist.secauto.oscal.lib.model.Observation;
import gov.nist.secauto.oscal.lib.model.PlanOfActionAndMilestones;
import gov.nist.secauto.oscal.lib.model.PoamItem;
import gov.nist.secauto.oscal.lib.model.Result;
import gov.nist.secauto.oscal.lib.model.Risk;

/**
 * Reads OSCAL documents Rensa exported back with liboscal-java and checks what a consumer relies on: the
 * file loads as an assessment-results or plan-of-action-and-milestones document, it is not empty, and
 * every reference between its parts (finding → observation and risk, POA&M item → finding, observation
 * and risk) names a part of the same document. Files that differ only in their extension ({@code .json}
 * and {@code .xml} of one export) must read back to the same counts. Exit 1 naming the file and the
 * problem otherwise.
 */
public final class OscalReadBack {

	private OscalReadBack() {
	}

	/**
	 * @param args one argument: the files, comma-separated
	 * @throws Exception when the check cannot run
	 */
	public static void main(String[] args) throws Exception {
		List<Path> files = new ArrayList<>();
		for (String name : (args.length == 0 ? "" : args[0]).split(",")) {
			if (!name.isBlank()) {
				files.add(Path.of(name.strip()));
			}
		}
		if (files.isEmpty()) {
			fail("oscal-check: no files given (-Doscal.files=FILE[,FILE…])");
		}
		Map<String, String> countsByExport = new LinkedHashMap<>();
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				fail("oscal-check: " + file + ": no such file");
			}
			String counts = readBack(file);
			System.out.println("oscal-check: " + file + ": " + counts);
			String name = file.getFileName().toString();
			String export = file.resolveSibling(name.replaceFirst("\\.(json|xml|yaml)$", "")).toString();
			String other = countsByExport.putIfAbsent(export, counts);
			if (other != null && !other.equals(counts)) {
				fail("oscal-check: " + file + ": reads back as " + counts + " but the same export in another format as " + other);
			}
		}
		System.out.println("oscal-check: " + files.size() + " file(s) read back with liboscal-java");
	}

	private static String readBack(Path file) throws Exception {
		IBoundObject document;
		try {
			document = OscalBindingContext.instance().newBoundLoader().load(file);
		} catch (Exception | StackOverflowError e) {
			fail("oscal-check: " + file + ": liboscal-java cannot read it: " + e);
			return null;
		}
		if (document instanceof AssessmentResults results) {
			return assessmentResults(file, results);
		}
		if (document instanceof PlanOfActionAndMilestones poam) {
			return poam(file, poam);
		}
		fail("oscal-check: " + file + ": not assessment results or a POA&M but " + document.getClass().getSimpleName());
		return null;
	}

	private static String assessmentResults(Path file, AssessmentResults document) {
		if (document.getResults() == null || document.getResults().isEmpty()) {
			fail("oscal-check: " + file + ": assessment results without a result");
		}
		int observations = 0;
		int findings = 0;
		int risks = 0;
		for (Result result : document.getResults()) {
			if (result.getReviewedControls() == null) {
				fail("oscal-check: " + file + ": result " + result.getUuid() + " has no reviewed controls");
			}
			Set<UUID> observationIds = ids(result.getObservations(), Observation::getUuid);
			Set<UUID> riskIds = ids(result.getRisks(), Risk::getUuid);
			for (Finding finding : list(result.getFindings())) {
				for (Finding.RelatedObservation related : list(finding.getRelatedObservations())) {
					expect(file, observationIds, related.getObservationUuid(), "finding " + finding.getUuid() + " names observation");
				}
				for (Finding.AssociatedRisk related : list(finding.getRelatedRisks())) {
					expect(file, riskIds, related.getRiskUuid(), "finding " + finding.getUuid() + " names risk");
				}
			}
			observations += observationIds.size();
			findings += list(result.getFindings()).size();
			risks += riskIds.size();
		}
		if (observations == 0) {
			fail("oscal-check: " + file + ": assessment results without an observation");
		}
		return "assessment-results, " + document.getResults().size() + " result(s), " + observations + " observations, " + findings
				+ " findings, " + risks + " risks";
	}

	private static String poam(Path file, PlanOfActionAndMilestones document) {
		Set<UUID> observationIds = ids(document.getObservations(), Observation::getUuid);
		Set<UUID> riskIds = ids(document.getRisks(), Risk::getUuid);
		Set<UUID> findingIds = ids(document.getFindings(), Finding::getUuid);
		List<PoamItem> items = list(document.getPoamItems());
		for (PoamItem item : items) {
			for (PoamItem.RelatedFinding related : list(item.getRelatedFindings())) {
				expect(file, findingIds, related.getFindingUuid(), "poam-item " + item.getUuid() + " names finding");
			}
			for (PoamItem.RelatedObservation related : list(item.getRelatedObservations())) {
				expect(file, observationIds, related.getObservationUuid(), "poam-item " + item.getUuid() + " names observation");
			}
			for (PoamItem.AssociatedRisk related : list(item.getRelatedRisks())) {
				expect(file, riskIds, related.getRiskUuid(), "poam-item " + item.getUuid() + " names risk");
			}
		}
		return "plan-of-action-and-milestones, " + items.size() + " poam-items, " + findingIds.size() + " findings, " + observationIds.size()
				+ " observations, " + riskIds.size() + " risks";
	}

	private static <T> Set<UUID> ids(List<T> parts, java.util.function.Function<T, UUID> id) {
		Set<UUID> ids = new HashSet<>();
		for (T part : list(parts)) {
			ids.add(id.apply(part));
		}
		return ids;
	}

	private static <T> List<T> list(List<T> parts) {
		return parts == null ? List.of() : parts;
	}

	private static void expect(Path file, Set<UUID> ids, UUID id, String what) {
		if (!ids.contains(id)) {
			fail("oscal-check: " + file + ": " + what + " " + id + ", which the document does not hold");
		}
	}

	private static void fail(String message) {
		System.err.println(message);
		System.exit(1);
	}
}
