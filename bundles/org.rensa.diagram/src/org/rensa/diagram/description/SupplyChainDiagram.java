// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.description;

import java.util.ArrayList;
import java.util.List;

import org.rensa.core.analysis.ChainAnalysis;
import org.rensa.diagram.description.ChainFacts.RiskBand;
import org.rensa.diagram.description.ChainFacts.VerificationState;
import org.rensa.diagram.description.LegendEntry.Kind;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.Severity;
import org.rensa.model.derived.SupplyChainTiers;
import org.rensa.model.text.Language;

/**
 * The supply-chain diagram: one node per organisation (buyer, supplier, subcontractor), one edge per
 * relationship (supply, subcontract), and the layers Risk, Verification, Information flow and
 * Contract coverage.
 */
public final class SupplyChainDiagram {

	/** Id of this description. */
	public static final String ID = "supply-chain";
	/**
	 * Layer: node fill by the band of the organisation's chain risk score (see
	 * {@link org.rensa.core.analysis.ChainReport.RiskScore#chain()}): below 25 low, 25–50 moderate,
	 * 50–75 high, 75 or more severe ({@link RiskBand}); a badge names the highest open finding.
	 */
	public static final String RISK = "risk";
	/** Layer: node border by verification state. */
	public static final String VERIFICATION = "verification";
	/** Layer: edges labelled and coloured by the information they carry. */
	public static final String INFORMATION_FLOW = "information-flow";
	/**
	 * Layer: edges whose contracts lack what the project's chain report finds missing (no contract,
	 * clauses the rule table requires with the project's overrides, flow-down breaks), dashed red.
	 */
	public static final String CONTRACT_COVERAGE = "contract-coverage";
	/**
	 * Layer: subcontractors a supplier passes work to without declaring it to the buyer (the chain
	 * report's undeclared-subcontractor problems) get a dashed red outline.
	 */
	public static final String DISCLOSURE = "disclosure";

	/** Accent of buyers. */
	public static final Rgb BUYER = Rgb.of("#1f3a5f");
	/** Accent of suppliers. */
	public static final Rgb SUPPLIER = Rgb.of("#2f6f9f");
	/** Accent of subcontractors. */
	public static final Rgb SUBCONTRACTOR = Rgb.of("#7a93ad");

	private static final Rgb CRITICAL = Rgb.of("#b3261e");
	private static final Rgb HIGH = Rgb.of("#d2691e");
	private static final Rgb MEDIUM = Rgb.of("#b8860b");
	private static final Rgb GOOD = Rgb.of("#2e7d32");
	private static final Rgb PERSONAL = Rgb.of("#8e24aa");
	private static final Rgb CONFIDENTIAL = Rgb.of("#1565c0");
	private static final Rgb ACCESS = Rgb.of("#00897b");
	private static final Rgb UNCOVERED = Rgb.of("#d32f2f");

	private static final DiagramDescription INSTANCE = create();

	private SupplyChainDiagram() {
	}

	/** @return the description */
	public static DiagramDescription description() {
		return INSTANCE;
	}

	private static DiagramDescription create() {
		List<NodeMapping> nodes = List.of(
				new NodeMapping("buyer", o -> o.getKind() == OrganizationKind.BUYER, SupplyChainDiagram::detail,
						base(BUYER, "#eef3f9")),
				new NodeMapping("supplier", o -> o.getKind() == OrganizationKind.SUPPLIER, SupplyChainDiagram::detail,
						base(SUPPLIER, "#ffffff")),
				new NodeMapping("subcontractor", o -> o.getKind() == OrganizationKind.SUBCONTRACTOR,
						SupplyChainDiagram::detail, base(SUBCONTRACTOR, "#ffffff")));
		EdgeStyle supply = new EdgeStyle();
		EdgeStyle subcontract = new EdgeStyle();
		subcontract.color = Rgb.of("#98a6b3");
		List<EdgeMapping> edges = List.of(
				new EdgeMapping("supply", r -> r.getKind() == RelationshipKind.SUPPLY, supply),
				new EdgeMapping("subcontract", r -> r.getKind() == RelationshipKind.SUBCONTRACT, subcontract));
		return new DiagramDescription(ID, nodes, edges,
				List.of(riskLayer(), verificationLayer(), informationFlowLayer(), contractCoverageLayer(), disclosureLayer()));
	}

	private static NodeStyle base(Rgb accent, String fill) {
		NodeStyle style = new NodeStyle();
		style.accent = accent;
		style.fill = Rgb.of(fill);
		style.border = Rgb.of("#8a99a8");
		return style;
	}

	private static String detail(Organization organization, ChainFacts facts, boolean japanese) {
		int tier = facts.tier(organization);
		String kind = Language.of(japanese).shortLabel(organization.getKind());
		if (organization.getKind() == OrganizationKind.BUYER && tier == 0) {
			return kind;
		}
		if (tier == SupplyChainTiers.UNREACHABLE) {
			return kind + (japanese ? " · 経路なし" : " · not linked");
		}
		return (japanese ? tier + "次" : "Tier " + tier) + " · " + kind;
	}

	private static Layer riskLayer() {
		List<StyleRule<Organization, NodeStyle>> rules = new ArrayList<>();
		rules.add(band(RiskBand.LOW, "#dcefdc"));
		rules.add(band(RiskBand.MODERATE, "#fbf0c9"));
		rules.add(band(RiskBand.HIGH, "#fbd3bd"));
		rules.add(band(RiskBand.SEVERE, "#f6c4c0"));
		rules.add(severity(Severity.INFO, Rgb.of("#6b7b8a")));
		rules.add(severity(Severity.LOW, MEDIUM));
		rules.add(severity(Severity.MEDIUM, MEDIUM));
		rules.add(severity(Severity.HIGH, HIGH));
		rules.add(severity(Severity.CRITICAL, CRITICAL));
		return new Layer(RISK, "Risk", "リスク", rules, List.of(), List.of(
				new LegendEntry(Kind.FILL, Rgb.of("#f6c4c0"), "Chain risk 75 or more", "チェーンリスク75以上"),
				new LegendEntry(Kind.FILL, Rgb.of("#fbd3bd"), "Chain risk 50–75", "チェーンリスク50～75"),
				new LegendEntry(Kind.FILL, Rgb.of("#fbf0c9"), "Chain risk 25–50", "チェーンリスク25～50"),
				new LegendEntry(Kind.FILL, Rgb.of("#dcefdc"), "Chain risk below 25", "チェーンリスク25未満")));
	}

	private static StyleRule<Organization, NodeStyle> band(RiskBand band, String fill) {
		return new StyleRule<>((o, f) -> f.riskBand(o) == band, (s, o) -> s.fill = Rgb.of(fill));
	}

	private static StyleRule<Organization, NodeStyle> severity(Severity severity, Rgb color) {
		return new StyleRule<>((o, f) -> f.worstOpenFinding(o) == severity, (s, o) -> {
			s.badge = Language.of(s.japanese).shortLabel(severity);
			s.badgeColor = color;
		});
	}

	private static Layer verificationLayer() {
		List<StyleRule<Organization, NodeStyle>> rules = List.of(
				new StyleRule<>((o, f) -> f.verification(o) == VerificationState.NEVER_ASSESSED, (s, o) -> {
					s.border = Rgb.of("#9e9e9e");
					s.dashed = true;
					s.borderWidth = 1.2;
				}),
				new StyleRule<>((o, f) -> f.verification(o) == VerificationState.DECLARED_ONLY, (s, o) -> {
					s.border = Rgb.of("#c77700");
					s.dashed = true;
					s.borderWidth = 2;
				}),
				new StyleRule<>((o, f) -> f.verification(o) == VerificationState.PARTLY_VERIFIED, (s, o) -> {
					s.border = CONFIDENTIAL;
					s.borderWidth = 2;
				}),
				new StyleRule<>((o, f) -> f.verification(o) == VerificationState.VERIFIED_ON_SITE, (s, o) -> {
					s.border = GOOD;
					s.borderWidth = 2.6;
				}));
		return new Layer(VERIFICATION, "Verification", "検証状況", rules, List.of(), List.of(
				new LegendEntry(Kind.LINE, GOOD, "Verified on site", "訪問点検で検証済み"),
				new LegendEntry(Kind.LINE, CONFIDENTIAL, "Partly verified", "一部検証済み"),
				new LegendEntry(Kind.DASHED_LINE, Rgb.of("#c77700"), "Declared only (self-check)", "セルフチェックのみ"),
				new LegendEntry(Kind.DASHED_LINE, Rgb.of("#9e9e9e"), "Never assessed", "未評価")));
	}

	private static Layer informationFlowLayer() {
		List<StyleRule<Relationship, EdgeStyle>> rules = List.of(
				new StyleRule<>((r, f) -> !r.getInformationClasses().isEmpty(), (s, r) -> s.label = flowLabel(r, s.japanese)),
				new StyleRule<>((r, f) -> has(r, InformationClass.NETWORK_ACCESS) || has(r, InformationClass.PRODUCTION_OT_ACCESS),
						(s, r) -> s.color = ACCESS),
				new StyleRule<>((r, f) -> has(r, InformationClass.CONFIDENTIAL_BUSINESS) || has(r, InformationClass.TECHNICAL_DESIGN),
						(s, r) -> s.color = CONFIDENTIAL),
				new StyleRule<>((r, f) -> has(r, InformationClass.PERSONAL_DATA), (s, r) -> s.color = PERSONAL),
				new StyleRule<>((r, f) -> ChainAnalysis.isSensitive(r), (s, r) -> s.width = 3.4));
		return new Layer(INFORMATION_FLOW, "Information flow", "情報の流れ", List.of(), rules, List.of(
				new LegendEntry(Kind.THICK_LINE, PERSONAL, "Personal data", "個人情報"),
				new LegendEntry(Kind.THICK_LINE, CONFIDENTIAL, "Confidential / design information", "機密・設計情報"),
				new LegendEntry(Kind.LINE, ACCESS, "Network or OT access", "ネットワーク・OT接続"),
				new LegendEntry(Kind.LINE, Rgb.of("#7d8b99"), "No sensitive information", "機密情報なし")));
	}

	private static Layer contractCoverageLayer() {
		List<StyleRule<Relationship, EdgeStyle>> rules = List.of(
				new StyleRule<>((r, f) -> !f.missingClauses(r).isEmpty(), (s, r) -> {
					s.color = UNCOVERED;
					s.dashed = true;
					s.width = Math.max(s.width, 2.2);
					s.labelColor = UNCOVERED;
				}));
		return new Layer(CONTRACT_COVERAGE, "Contract coverage", "契約の網羅性", List.of(), rules, List.of(
				new LegendEntry(Kind.DASHED_LINE, UNCOVERED, "Contract lacks clauses the flow needs",
						"情報の流れに必要な条項が契約にない")));
	}

	private static Layer disclosureLayer() {
		List<StyleRule<Organization, NodeStyle>> rules = List.of(
				new StyleRule<>((o, f) -> f.isUndeclaredSubcontractor(o), (s, o) -> s.outline = UNCOVERED));
		return new Layer(DISCLOSURE, "Disclosure to the buyer", "発注元への申告", rules, List.of(), List.of(
				new LegendEntry(Kind.DASHED_FRAME, UNCOVERED, "Undeclared subcontractor", "未申告の再委託先")));
	}

	private static boolean has(Relationship relationship, InformationClass information) {
		return relationship.getInformationClasses().contains(information);
	}

	/**
	 * @param relationship a relationship
	 * @param japanese     whether Japanese is wanted
	 * @return the short names of the information it carries, e.g. "Design, Confidential"
	 */
	public static String flowLabel(Relationship relationship, boolean japanese) {
		return Language.of(japanese).shortLabels(relationship.getInformationClasses().stream()
				.filter(information -> information != InformationClass.NONE).distinct().toList());
	}
}
