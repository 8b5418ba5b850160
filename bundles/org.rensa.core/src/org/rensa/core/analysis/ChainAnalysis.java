// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

import org.rensa.core.analysis.ChainReport.Assessed;
import org.rensa.core.analysis.ChainReport.CoverageCell;
import org.rensa.core.analysis.ChainReport.CoverageRow;
import org.rensa.core.analysis.ChainReport.CoverageState;
import org.rensa.core.analysis.ChainReport.FlowDownBreak;
import org.rensa.core.analysis.ChainReport.OversightProblem;
import org.rensa.core.analysis.ChainReport.ProblemKind;
import org.rensa.core.analysis.ChainReport.RiskScore;
import org.rensa.core.analysis.ChainReport.TierVisibility;
import org.rensa.core.validation.RensaRulesValidator;
import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.AuditProject;
import org.rensa.model.Clause;
import org.rensa.model.ClauseCategory;
import org.rensa.model.Contract;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.Response;
import org.rensa.model.Verdict;
import org.rensa.model.Visit;
import org.rensa.model.derived.Scorecard;

/**
 * Analyses the contracts along the buyer's supply chain, in time linear in the size of the project
 * (plus a heap for the risk propagation):
 * <ul>
 * <li><b>coverage</b>: for each organisation other than the buyer and each clause category, whether the
 * {@link ClauseRules rule table} requires it on the relationships into the organisation and whether a
 * contract governing each of them carries it. A contract governs a relationship when it names it, or,
 * when it names none, when both ends of the relationship are among its parties;</li>
 * <li><b>flow-down</b>: an organisation X receives the obligations that the contracts on its upstream
 * relationships (from organisations of a lower tier) mark as flowing down; every relationship X → Y
 * (Y not the buyer) whose contracts lack one of them is a break, reported with the whole chain from the
 * buyer to Y; organisations beyond Y are {@link ChainReport#downstreamOf(Organization) downstream} of
 * the break;</li>
 * <li><b>oversight</b>: undeclared or unapproved subcontracts, sensitive information reaching
 * organisations never assessed, personal data going to another country than the buyer's;</li>
 * <li><b>risk</b>: see {@link RiskWeights} and {@code library/chain-risk.properties};</li>
 * <li><b>visibility</b>: per tier, the organisations and sensitive flows not verified.</li>
 * </ul>
 * Relationships into the buyer (a buyer that is also its supplier's subcontractor) are left out of
 * coverage and flow-down: the buyer does not impose obligations on itself. Cycles are harmless.
 */
public final class ChainAnalysis {

	private static final ClauseCategory[] CATEGORIES = ClauseCategory.VALUES.toArray(new ClauseCategory[0]);

	private final AuditProject project;
	private final AnalysisSettings settings;
	private final List<Organization> organizations;
	private final Map<Organization, Integer> index = new IdentityHashMap<>();
	private final Map<Relationship, Link> links = new IdentityHashMap<>();
	private Organization buyer;
	private List<Relationship>[] out;
	private List<Relationship>[] in;
	private int[] tier;
	private Relationship[] parent;
	private Assessed[] assessed;
	private boolean[] buyerFlag;
	private final Map<Relationship, Set<ClauseCategory>> missingOnLinks = new IdentityHashMap<>();

	/** Clauses on one relationship. */
	private static final class Link {
		int from;
		int to;
		final Set<InformationClass> classes = EnumSet.noneOf(InformationClass.class);
		boolean sensitive;
		final Set<ClauseCategory> present = EnumSet.noneOf(ClauseCategory.class);
		final Set<ClauseCategory> flowsDown = EnumSet.noneOf(ClauseCategory.class);
		final Contract[] holder = new Contract[CATEGORIES.length];
		Contract first;
	}

	private ChainAnalysis(AuditProject project, AnalysisSettings settings) {
		this.project = project;
		this.settings = settings;
		this.organizations = project.getOrganizations();
	}

	/**
	 * @param project  the project
	 * @param settings the rule table and risk weights
	 * @return the analysis
	 */
	public static ChainReport analyze(AuditProject project, AnalysisSettings settings) {
		return new ChainAnalysis(project, settings).run();
	}

	/**
	 * @param project the project
	 * @return the analysis with the shipped defaults
	 */
	public static ChainReport analyze(AuditProject project) {
		return analyze(project, AnalysisSettings.defaults());
	}

	/**
	 * @param relationship a relationship
	 * @return whether it passes sensitive information (the classes of
	 *         {@link RensaRulesValidator#SENSITIVE}, the one definition)
	 */
	public static boolean isSensitive(Relationship relationship) {
		for (InformationClass c : relationship.getInformationClasses()) {
			if (RensaRulesValidator.SENSITIVE.contains(c)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param relationship a relationship
	 * @return the sensitive information classes it passes
	 */
	public static Set<InformationClass> sensitive(Relationship relationship) {
		Set<InformationClass> result = EnumSet.noneOf(InformationClass.class);
		for (InformationClass c : relationship.getInformationClasses()) {
			if (RensaRulesValidator.SENSITIVE.contains(c)) {
				result.add(c);
			}
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private ChainReport run() {
		int n = organizations.size();
		for (int i = 0; i < n; i++) {
			index.put(organizations.get(i), i);
		}
		buyer = project.getBuyer();
		out = new List[n];
		in = new List[n];
		for (int i = 0; i < n; i++) {
			out[i] = new ArrayList<>(2);
			in[i] = new ArrayList<>(2);
		}
		for (Relationship r : project.getRelationships()) {
			Integer from = index.get(r.getFrom());
			Integer to = index.get(r.getTo());
			if (from != null && to != null && !from.equals(to)) {
				out[from].add(r);
				in[to].add(r);
				Link link = new Link();
				link.from = from;
				link.to = to;
				link.classes.addAll(r.getInformationClasses());
				for (InformationClass c : link.classes) {
					link.sensitive |= RensaRulesValidator.SENSITIVE.contains(c);
				}
				links.put(r, link);
			}
		}
		buyerFlag = new boolean[n];
		for (int i = 0; i < n; i++) {
			buyerFlag[i] = isBuyer(organizations.get(i));
		}
		computeTiers();
		indexContracts();
		computeAssessed();
		List<CoverageRow> coverage = coverage();
		List<FlowDownBreak> breaks = flowDown();
		List<OversightProblem> problems = oversight();
		List<RiskScore> risks = risks();
		List<TierVisibility> visibility = visibility();
		Map<Organization, List<Organization>> downstream = new IdentityHashMap<>();
		for (int i = 0; i < n; i++) {
			if (!out[i].isEmpty()) {
				List<Organization> next = new ArrayList<>(out[i].size());
				out[i].forEach(r -> next.add(r.getTo()));
				downstream.put(organizations.get(i), next);
			}
		}
		Set<Relationship> governed = Collections.newSetFromMap(new IdentityHashMap<>());
		links.forEach((r, link) -> {
			if (link.first != null) {
				governed.add(r);
			}
		});
		return new ChainReport(buyer, coverage, breaks, problems, risks, visibility, downstream, missingOnLinks,
				governed);
	}

	private boolean isBuyer(Organization organization) {
		return buyer != null ? organization == buyer : organization.getKind() == OrganizationKind.BUYER;
	}

	private void computeTiers() {
		int n = organizations.size();
		tier = new int[n];
		parent = new Relationship[n];
		java.util.Arrays.fill(tier, -1);
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int i = 0; i < n; i++) {
			if (isBuyer(organizations.get(i))) {
				tier[i] = 0;
				queue.add(i);
			}
		}
		while (!queue.isEmpty()) {
			int current = queue.removeFirst();
			for (Relationship r : out[current]) {
				int next = link(r).to;
				if (tier[next] < 0) {
					tier[next] = tier[current] + 1;
					parent[next] = r;
					queue.addLast(next);
				}
			}
		}
	}

	private void indexContracts() {
		for (Contract contract : project.getContracts()) {
			Relationship named = contract.getRelationship();
			if (named != null) {
				add(named, contract);
				continue;
			}
			List<Organization> parties = contract.getParties();
			if (parties.size() < 2) {
				continue;
			}
			for (Organization party : parties) {
				Integer i = index.get(party);
				if (i == null) {
					continue;
				}
				for (Relationship r : out[i]) {
					if (parties.contains(r.getTo())) {
						add(r, contract);
					}
				}
			}
		}
	}

	private void add(Relationship relationship, Contract contract) {
		Link link = links.get(relationship);
		if (link == null) {
			return;
		}
		if (link.first == null) {
			link.first = contract;
		}
		for (Clause clause : contract.getClauses()) {
			ClauseCategory category = clause.getCategory();
			link.present.add(category);
			if (clause.isFlowsDown()) {
				link.flowsDown.add(category);
			}
			if (link.holder[category.ordinal()] == null) {
				link.holder[category.ordinal()] = contract;
			}
		}
	}

	private Link link(Relationship relationship) {
		Link link = links.get(relationship);
		return link == null ? EMPTY : link;
	}

	private static final Link EMPTY = new Link();

	private void computeAssessed() {
		int n = organizations.size();
		assessed = new Assessed[n];
		java.util.Arrays.fill(assessed, Assessed.NEVER_ASSESSED);
		for (Assessment assessment : project.getAssessments()) {
			Integer i = index.get(assessment.getOrganization());
			if (i == null || assessed[i] == Assessed.VERIFIED) {
				continue;
			}
			boolean declared = assessment.getStatus().getValue() >= AssessmentStatus.DECLARED_VALUE;
			boolean verified = false;
			for (Response response : assessment.getResponses()) {
				Verdict verdict = response.getVerdict();
				if (verdict != null && verdict != Verdict.NOT_VERIFIED) {
					verified = true;
					break;
				}
				declared |= response.getDeclaredAnswer() != null && response.getDeclaredAnswer() != DeclaredAnswer.UNANSWERED;
			}
			if (verified) {
				assessed[i] = Assessed.VERIFIED;
			} else if (declared) {
				assessed[i] = Assessed.DECLARED_ONLY;
			}
		}
		for (Visit visit : project.getVisits()) {
			Integer i = index.get(visit.getOrganization());
			if (i != null) {
				assessed[i] = Assessed.VERIFIED;
			}
		}
	}

	private int effectiveTier(int i) {
		if (tier[i] >= 1) {
			return tier[i];
		}
		return organizations.get(i).getKind() == OrganizationKind.SUPPLIER ? 1 : 2;
	}

	private boolean subcontractsSensitive(int i) {
		for (Relationship r : out[i]) {
			Link link = link(r);
			if (!buyerFlag[link.to] && link.sensitive) {
				return true;
			}
		}
		return false;
	}

	// ---------------------------------------------------------------------------------------- coverage

	private List<CoverageRow> coverage() {
		ClauseRules rules = settings.rules();
		List<CoverageRow> rows = new ArrayList<>();
		for (int i = 0; i < organizations.size(); i++) {
			Organization organization = organizations.get(i);
			if (isBuyer(organization)) {
				continue;
			}
			int effective = effectiveTier(i);
			boolean subcontracts = subcontractsSensitive(i);
			Set<InformationClass> received = EnumSet.noneOf(InformationClass.class);
			Set<ClauseCategory> required = EnumSet.noneOf(ClauseCategory.class);
			Relationship[] missingOn = new Relationship[CATEGORIES.length];
			Relationship[] presentOn = new Relationship[CATEGORIES.length];
			for (Relationship r : in[i]) {
				Link link = link(r);
				received.addAll(link.classes);
				Set<ClauseCategory> needed = rules.required(link.classes, effective, subcontracts);
				required.addAll(needed);
				Set<ClauseCategory> lacking = EnumSet.noneOf(ClauseCategory.class);
				lacking.addAll(needed);
				lacking.removeAll(link.present);
				if (!lacking.isEmpty()) {
					missingOnLinks.put(r, Collections.unmodifiableSet(lacking));
				}
				for (ClauseCategory category : needed) {
					if (!link.present.contains(category) && missingOn[category.ordinal()] == null) {
						missingOn[category.ordinal()] = r;
					}
				}
				for (ClauseCategory category : link.present) {
					if (presentOn[category.ordinal()] == null) {
						presentOn[category.ordinal()] = r;
					}
				}
			}
			List<CoverageCell> cells = new ArrayList<>(CATEGORIES.length);
			for (ClauseCategory category : CATEGORIES) {
				int c = category.ordinal();
				if (missingOn[c] != null) {
					cells.add(new CoverageCell(category, CoverageState.MISSING, link(missingOn[c]).first, missingOn[c]));
				} else if (presentOn[c] != null) {
					cells.add(new CoverageCell(category, CoverageState.PRESENT, link(presentOn[c]).holder[c], presentOn[c]));
				} else {
					cells.add(new CoverageCell(category, CoverageState.NOT_REQUIRED, null, null));
				}
			}
			rows.add(new CoverageRow(organization, tier[i], Collections.unmodifiableSet(received),
					Collections.unmodifiableList(cells)));
		}
		return rows;
	}

	// --------------------------------------------------------------------------------------- flow-down

	private List<FlowDownBreak> flowDown() {
		List<FlowDownBreak> breaks = new ArrayList<>();
		for (int x = 0; x < organizations.size(); x++) {
			if (tier[x] < 1 || out[x].isEmpty()) {
				continue;
			}
			Set<ClauseCategory> obligations = EnumSet.noneOf(ClauseCategory.class);
			Contract[] origin = new Contract[CATEGORIES.length];
			for (Relationship r : in[x]) {
				int from = link(r).from;
				if (tier[from] < 0 || tier[from] >= tier[x]) {
					continue;
				}
				Link link = link(r);
				for (ClauseCategory category : link.flowsDown) {
					obligations.add(category);
					if (origin[category.ordinal()] == null) {
						origin[category.ordinal()] = link.holder[category.ordinal()];
					}
				}
			}
			if (obligations.isEmpty()) {
				continue;
			}
			for (Relationship m : out[x]) {
				if (isBuyer(m.getTo()) || !passesInformation(m)) {
					continue;
				}
				Link link = link(m);
				Set<ClauseCategory> missing = EnumSet.copyOf(obligations);
				missing.removeAll(link.present);
				if (missing.isEmpty()) {
					continue;
				}
				Contract upstream = origin[missing.iterator().next().ordinal()];
				List<Organization> chain = pathTo(x);
				chain.add(m.getTo());
				breaks.add(new FlowDownBreak(m, Collections.unmodifiableSet(missing), upstream, link.first,
						Collections.unmodifiableList(chain)));
			}
		}
		return breaks;
	}

	private static boolean passesInformation(Relationship relationship) {
		for (InformationClass c : relationship.getInformationClasses()) {
			if (c != InformationClass.NONE) {
				return true;
			}
		}
		return false;
	}

	private List<Organization> pathTo(int i) {
		List<Organization> path = new ArrayList<>();
		int current = i;
		path.add(organizations.get(current));
		while (parent[current] != null) {
			current = link(parent[current]).from;
			path.add(organizations.get(current));
		}
		Collections.reverse(path);
		return path;
	}

	// ---------------------------------------------------------------------------------------- oversight

	private List<OversightProblem> oversight() {
		List<OversightProblem> problems = new ArrayList<>();
		String home = buyer == null ? null : blankToNull(buyer.getCountry());
		for (Relationship r : project.getRelationships()) {
			Integer from = index.get(r.getFrom());
			Integer to = index.get(r.getTo());
			if (from == null || to == null || from.equals(to)) {
				continue;
			}
			Set<InformationClass> classes = EnumSet.noneOf(InformationClass.class);
			classes.addAll(r.getInformationClasses());
			if (r.getKind() == RelationshipKind.SUBCONTRACT && !isBuyer(r.getTo())) {
				if (!r.isDeclaredToBuyer()) {
					problems.add(problem(ProblemKind.UNDECLARED_SUBCONTRACTOR, to, r, classes, from));
				} else if (!r.isApproved()) {
					problems.add(problem(ProblemKind.UNAPPROVED_SUBCONTRACTOR, to, r, classes, from));
				}
			}
			String country = blankToNull(r.getTo().getCountry());
			if (home != null && country != null && !home.equalsIgnoreCase(country) && !isBuyer(r.getTo())
					&& classes.contains(InformationClass.PERSONAL_DATA)) {
				problems.add(problem(ProblemKind.FOREIGN_PERSONAL_DATA, to, r,
						Collections.unmodifiableSet(EnumSet.of(InformationClass.PERSONAL_DATA)), from));
			}
		}
		for (int i = 0; i < organizations.size(); i++) {
			if (isBuyer(organizations.get(i)) || assessed[i] != Assessed.NEVER_ASSESSED) {
				continue;
			}
			Set<InformationClass> classes = EnumSet.noneOf(InformationClass.class);
			for (Relationship r : in[i]) {
				if (link(r).sensitive) {
					classes.addAll(sensitive(r));
				}
			}
			if (!classes.isEmpty()) {
				problems.add(new OversightProblem(ProblemKind.SENSITIVE_DATA_UNASSESSED, organizations.get(i), null,
						Collections.unmodifiableSet(classes), Collections.unmodifiableList(pathTo(i))));
			}
		}
		return problems;
	}

	private OversightProblem problem(ProblemKind kind, int to, Relationship r, Set<InformationClass> classes, int from) {
		List<Organization> chain = pathTo(from);
		chain.add(organizations.get(to));
		return new OversightProblem(kind, organizations.get(to), r, Collections.unmodifiableSet(classes),
				Collections.unmodifiableList(chain));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	// --------------------------------------------------------------------------------------------- risk

	private List<RiskScore> risks() {
		RiskWeights w = settings.weights();
		int n = organizations.size();
		double[] verifiedScore = new double[n];
		java.util.Arrays.fill(verifiedScore, Double.NaN);
		// verification weakness from each organisation's current assessment; earlier years' are history
		for (Assessment assessment : AssessmentHistory.current(project).values()) {
			Integer i = index.get(assessment.getOrganization());
			if (i != null) {
				verifiedScore[i] = Scorecard.of(assessment).overall().verifiedScore();
			}
		}
		double[] findings = new double[n];
		for (Finding finding : project.getFindings()) {
			Integer i = index.get(finding.getOrganization());
			if (i != null && finding.getStatus() == FindingStatus.OPEN && finding.getSeverity() != null) {
				findings[i] += w.severity().get(finding.getSeverity());
			}
		}
		double[] weakness = new double[n];
		double[] sensitivity = new double[n];
		double[] own = new double[n];
		double[] chain = new double[n];
		int[] weakest = new int[n];
		double total = w.weakness() + w.findings();
		double[] sensitivityOf = new double[InformationClass.VALUES.size()];
		for (InformationClass c : InformationClass.VALUES) {
			sensitivityOf[c.ordinal()] = w.sensitivity().get(c);
		}
		for (int i = 0; i < n; i++) {
			findings[i] = Math.min(1, findings[i]);
			if (!Double.isNaN(verifiedScore[i])) {
				weakness[i] = 1 - verifiedScore[i];
			} else {
				weakness[i] = assessed[i] == Assessed.NEVER_ASSESSED ? w.neverAssessed() : w.declaredOnly();
			}
			double s = -1;
			for (Relationship r : in[i]) {
				for (InformationClass c : link(r).classes) {
					s = Math.max(s, sensitivityOf[c.ordinal()]);
				}
			}
			sensitivity[i] = s < 0 ? w.sensitivity().get(InformationClass.NONE) : s;
			own[i] = isBuyer(organizations.get(i)) ? 0
					: 100 * sensitivity[i] * (w.weakness() * weakness[i] + w.findings() * findings[i]) / total;
			chain[i] = own[i];
			weakest[i] = i;
		}
		// propagate upward, highest first (max-product paths; factors <= 1 make this exact)
		PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(b[0], a[0]));
		for (int i = 0; i < n; i++) {
			queue.add(new double[] { chain[i], i });
		}
		while (!queue.isEmpty()) {
			double[] head = queue.poll();
			int u = (int) head[1];
			if (head[0] < chain[u]) {
				continue;
			}
			for (Relationship r : in[u]) {
				Link link = link(r);
				int p = link.from;
				if (buyerFlag[p] || buyerFlag[u]) {
					continue;
				}
				double factor = link.sensitive ? w.propagationSensitive() : w.propagationOther();
				double candidate = chain[u] * factor;
				if (candidate > chain[p] + 1e-9) {
					chain[p] = candidate;
					weakest[p] = weakest[u];
					queue.add(new double[] { candidate, p });
				}
			}
		}
		List<RiskScore> scores = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (isBuyer(organizations.get(i))) {
				continue;
			}
			scores.add(new RiskScore(organizations.get(i), tier[i], assessed[i], weakness[i], findings[i],
					sensitivity[i], round(own[i]), round(chain[i]), organizations.get(weakest[i])));
		}
		return scores;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	// --------------------------------------------------------------------------------------- visibility

	private List<TierVisibility> visibility() {
		Map<Integer, int[]> perTier = new TreeMap<>((a, b) -> a < 0 ? (b < 0 ? 0 : 1) : b < 0 ? -1 : Integer.compare(a, b));
		for (int i = 0; i < organizations.size(); i++) {
			if (isBuyer(organizations.get(i))) {
				continue;
			}
			int[] counts = perTier.computeIfAbsent(tier[i], t -> new int[6]);
			counts[0]++;
			counts[1 + assessed[i].ordinal()]++;
			for (Relationship r : in[i]) {
				if (link(r).sensitive) {
					counts[4]++;
					if (assessed[i] != Assessed.VERIFIED) {
						counts[5]++;
					}
				}
			}
		}
		List<TierVisibility> result = new ArrayList<>();
		perTier.forEach((t, c) -> result.add(new TierVisibility(t, c[0], c[1], c[2], c[3], c[4], c[5])));
		return result;
	}

}
