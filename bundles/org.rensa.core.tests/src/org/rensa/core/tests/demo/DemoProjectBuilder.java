// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.EvidenceStore;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.tests.demo.DemoEvidenceFiles.DemoFile;
import org.rensa.model.ActionStatus;
import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.AuditProject;
import org.rensa.model.Campaign;
import org.rensa.model.CapitalTie;
import org.rensa.model.Certification;
import org.rensa.model.CertificationScheme;
import org.rensa.model.Checklist;
import org.rensa.model.Clause;
import org.rensa.model.ClauseCategory;
import org.rensa.model.ClauseTemplate;
import org.rensa.model.Contact;
import org.rensa.model.Contract;
import org.rensa.model.ContractKind;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.EvidenceKind;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.InformationClass;
import org.rensa.model.MetiLevel;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.RemediationAction;
import org.rensa.model.Requirement;
import org.rensa.model.RensaFactory;
import org.rensa.model.Response;
import org.rensa.model.Section;
import org.rensa.model.Severity;
import org.rensa.model.SizeClass;
import org.rensa.model.Tlp;
import org.rensa.model.VerificationMethod;
import org.rensa.model.Verdict;
import org.rensa.model.Visit;

/**
 * Builds the bundled demo project ({@code samples/demo}): the FY2026 supplier review of a
 * Japanese automotive parts maker, Minato Drive Systems (みなと駆動システム), over a four-tier
 * supply chain with a foreign subcontractor, security clauses and broken flow-down chains, a
 * 28-requirement checklist, four assessments with declared-versus-verified gaps, an on-site visit
 * with real evidence files, findings and remediation actions. Kisaragi Electronics, the supplier
 * visited, also has its FY2025 assessment (verified by document review) for the year-over-year
 * comparison.
 *
 * <p>Everything is deterministic: ids are name-based UUIDs ({@link #id(String)}), dates and
 * instants are fixed, and the evidence files are rendered by {@link DemoEvidenceFiles}. The
 * project is written through the real {@link ProjectStorage} and {@link EvidenceStore}, so two
 * builds produce byte-identical {@code model/} and {@code evidence/} trees.
 *
 * <p>The reference day of the demo is {@link #TODAY} (2026-11-25): several remediation actions
 * due in September to November 2026 are still open and therefore overdue on that day and on
 * every later one.
 */
public final class DemoProjectBuilder {

	/** The project name. */
	public static final String PROJECT_NAME = "Minato Drive Systems - FY2026 supplier review";

	/** The demo's "today": actions due before it and still open are overdue. */
	public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private static final RensaFactory F = RensaFactory.eINSTANCE;
	private static final InformationClass CONF = InformationClass.CONFIDENTIAL_BUSINESS;
	private static final InformationClass TECH = InformationClass.TECHNICAL_DESIGN;
	private static final InformationClass PERS = InformationClass.PERSONAL_DATA;
	private static final InformationClass NET = InformationClass.NETWORK_ACCESS;
	private static final InformationClass OT = InformationClass.PRODUCTION_OT_ACCESS;
	private static final String MORIMOTO = "Aya Morimoto";
	private static final String ISHIKAWA = "Daniel Ishikawa";

	/** Japanese verification notes by {@code organisation/requirement}. */
	private static final Map<String, String> NOTES_JA = Map.ofEntries(
			Map.entry("kisaragi/1.1", "更新管理画面では12台中7台のPCで更新が30〜96日遅れ、一部のPCは自動更新が無効。申告は「実施済み」。"),
			Map.entry("kisaragi/1.3", "個人別アカウントはあるが、管理者パスワードが共用され、管理者に多要素認証が使われていない。"),
			Map.entry("kisaragi/1.4", "退職者2名（2025年）のアカウントが有効なまま。アクセス権の見直しは一度も行われていない。申告は「実施済み」。"),
			Map.entry("kisaragi/1.5", "夜間バックアップはあるが、同じ部屋の常時接続NASのみ。復元試験は未実施。"),
			Map.entry("kisaragi/1.8", "VPNは導入済みだが、共用アカウントが5つあり多要素認証もない。"),
			Map.entry("kisaragi/2.1", "2026年度の受講記録は完備している。"),
			Map.entry("kisaragi/2.3", "生産事務所のホワイトボードに管理者パスワードが書かれている。申告は「実施済み」。"),
			Map.entry("kisaragi/2.6", "図面は施錠保管され、フォルダは設計チームに限定されている。申告（一部実施）より良好。"),
			Map.entry("kisaragi/3.1", "方針はあるが、2019年の承認以降見直されていない。"),
			Map.entry("kisaragi/3.3", "手順に顧客への報告の手順がない。申告は「実施済み」。"),
			Map.entry("kisaragi/3.4", "青葉ソフトウェア研究所が、発注元への申請なしに仕様書と試験環境へのVPN接続を受けている。申告は「実施済み」。"),
			Map.entry("kisaragi/3.5", "疾風基板実装・青葉ソフトウェア研究所との契約は秘密保持のみで、セキュリティ上の義務が継承されていない。申告は「実施済み」。"),
			Map.entry("kisaragi/3.6", "ラックの表示とカードリーダーはあるが、扉が開け放されていた。"),
			Map.entry("kisaragi/3.9", "VPN装置のファームウェアが3年前のもので、重大な修正が適用されていない。"),
			Map.entry("tokai/1.4", "四半期ごとのアクセス権見直しの記録が提出された。申告（一部実施）より良好。"),
			Map.entry("tokai/3.3", "手順には既に24時間以内の顧客への報告が含まれている。申告（一部実施）より良好。"),
			Map.entry("tokai/3.7", "Pマークが2026年3月に失効。受取人データが取扱いに関する契約なしに中部配送パートナーズへ渡されている。申告は「実施済み」。"),
			Map.entry("saigon/1.4", "チームリーダーが業務システムの1つのアカウントを共用している。"),
			Map.entry("saigon/3.4", "業務システムはバンコク・クラウド・ホスティング社が運用し、発注元の給与データが2025年6月から承認なくタイで保管されている。申告は「実施済み」。"),
			Map.entry("saigon/3.7", "利用目的は文書化されているが、保管国が契約と異なる。"),
			Map.entry("castings/1.9", "抽出した全機器に設定基準が適用されている。申告（一部実施）より良好。"),
			Map.entry("castings/3.5", "さくら金型製作所とのNDAは秘密保持のみで、同社は金型図面を三河表面処理へ渡している。申告は「実施済み」。"));

	/** Japanese verification notes of Kisaragi's FY2025 assessment (document review) by requirement. */
	private static final Map<String, String> NOTES_FY2025_JA = Map.ofEntries(
			Map.entry("1.1", "更新方針（ITS-03）は提出されたが、自動更新の設定は利用者任せと記載。実際の適用状況は未確認。"),
			Map.entry("1.8", "VPN装置の構成表が提出された。個人別アカウント・多要素認証の記載あり（訪問で確認予定）。"),
			Map.entry("2.1", "2025年度の教育は事務所従業員のみが受講し、生産現場の従業員は対象外。申告は「一部実施」。"),
			Map.entry("2.6", "図面は施錠保管と申告されたが、共有フォルダが全従業員に開放されている。"),
			Map.entry("3.3", "手順書PRC-014 v1は提出された。顧客への報告の有無は訪問で確認する。"),
			Map.entry("3.4", "提出された再委託先一覧（疾風基板実装、碧南ITサポート）はいずれも申請・承認済み。"),
			Map.entry("3.9", "VPN装置のファームウェアは6.4.2で当時は最新。脆弱性情報の監視手順はない。"));

	/** Cause, effect and recommendation of each finding (English, Japanese), by finding code. */
	private static final Map<String, String[]> FINDING_AUDIT_FORM = Map.ofEntries(
			Map.entry("F-001", new String[] { "Production staff share one administrator account and kept its password where they work; no rule forbids writing passwords down.",
					"生産現場で1つの管理者アカウントを共用し、パスワードを作業場所に書き留めていた。書き留めを禁じる規程がない。",
					"Anyone in the office, visitors included, could take control of the production management system and stop or alter production.",
					"来訪者を含め事務所にいる誰もが生産管理システムを操作でき、生産の停止や改ざんが起こり得た。",
					"Issue personal administrator accounts, forbid written passwords in the security rules and check the offices once a month.",
					"個人別の管理者アカウントを発行し、パスワードの書き留めを規程で禁止し、月1回事務所を点検する。" }),
			Map.entry("F-002", new String[] { "Nobody is responsible for following the vendor's security advisories; the gateway was installed by a contractor in 2023 and never maintained.",
					"ベンダーのセキュリティ情報を確認する担当者がいない。VPN装置は2023年に業者が設置して以来、保守されていない。",
					"An attacker exploiting the published vulnerability gets into the internal network, including the ECU-7 design data, with no way to tell who connected.",
					"公開済みの脆弱性を悪用されると、ECU-7の設計データを含む社内ネットワークに侵入され、共用アカウントのため接続者も特定できない。",
					"Apply the vendor's fix now, assign an owner who checks advisories weekly, and replace shared VPN accounts by personal accounts with MFA.",
					"直ちに修正版を適用し、セキュリティ情報を毎週確認する担当者を決め、共用VPNアカウントを多要素認証付きの個人アカウントに置き換える。" }),
			Map.entry("F-003", new String[] { "The engineering department engaged Aoba directly; the purchasing rules do not require the buyer's approval to be checked before a subcontract starts.",
					"設計部門が青葉ソフトウェア研究所に直接委託した。購買規程に、委託開始前に発注元の承認を確認する手順がない。",
					"The buyer's confidential specifications are held by a company the buyer never assessed; a leak there could not be traced or contained.",
					"発注元が評価していない会社が機密仕様書を保有しており、そこで漏えいが起きても追跡・封じ込めができない。",
					"Apply for the buyer's approval of Aoba or stop the transfer, and add an approval check to the purchasing procedure.",
					"青葉ソフトウェア研究所について発注元の承認を申請するか提供を停止し、購買手順に承認確認を加える。" }),
			Map.entry("F-004", new String[] { "The subcontracting agreement template predates the buyer's special terms and was never updated.",
					"委託契約のひな形が発注元の特約より古く、改訂されていない。",
					"Hayate PCB Assembly is not bound to protect the Gerber data as the buyer requires; the buyer's protection ends at tier 1.",
					"疾風基板実装はガーバデータを発注元の求める水準で保護する義務を負っておらず、保護が1次取引先で途切れている。",
					"Amend the agreement with Hayate PCB Assembly to flow down Articles 3 to 6 of the special terms and update the template.",
					"疾風基板実装との契約を改定して特約第3条〜第6条を継承させ、ひな形も改訂する。" }),
			Map.entry("F-005", new String[] { "Updates are installed by each user; there is no central update management or report of missing updates.",
					"更新は各利用者が手作業で適用しており、一元的な更新管理や未適用の報告の仕組みがない。",
					"Known vulnerabilities stay open on PCs that handle the buyer's drawings and e-mail for up to three months.",
					"発注元の図面やメールを扱うPCで、既知の脆弱性が最長3か月放置される。",
					"Manage updates centrally (e.g. WSUS or Intune) and review a monthly compliance report.",
					"更新を一元管理（WSUSやIntuneなど）し、適用状況を毎月確認する。" }),
			Map.entry("F-006", new String[] { "The procedure was written before the special terms were signed and was not reviewed against them.",
					"手順書は特約締結前に作成され、特約に照らした見直しがされていない。",
					"The buyer would learn of an incident affecting its data late or not at all, and could not protect its own customers.",
					"発注元のデータに関わるインシデントを発注元が知るのが遅れ、または知らされず、発注元が自社の顧客を守れない。",
					"Add customer notification within 24 hours, with contacts, to PRC-014 and rehearse it once a year.",
					"PRC-014に24時間以内の顧客への報告と連絡先を加え、年1回訓練する。" }),
			Map.entry("F-007", new String[] { "The backup design only considered hardware failure.",
					"バックアップの設計がハードウェア故障しか想定していない。",
					"Ransomware that reaches the file server would also encrypt the backup; design and production data could be lost.",
					"ランサムウェアがファイルサーバに到達するとバックアップも暗号化され、設計・生産データを失う恐れがある。",
					"Keep at least one backup copy offline or immutable and test a restore every quarter.",
					"少なくとも1世代をオフラインまたは変更不可の媒体に保管し、四半期ごとに復元を試験する。" }),
			Map.entry("F-008", new String[] { "The door closer is broken and staff prop the door open to carry equipment.",
					"ドアクローザーが故障しており、機器の搬入のため扉を開けたままにしている。",
					"Anyone on the floor can reach the servers without being recorded.",
					"フロアにいる誰もが記録に残らずサーバに近づける。",
					"Repair the door closer and add the server room to the daily closing check.",
					"ドアクローザーを修理し、サーバ室を毎日の終業点検の対象に加える。" }),
			Map.entry("F-009", new String[] { "Training is planned well but never tested in practice.",
					"教育の計画はよいが、実際の対応力を試していない。",
					"Whether staff recognise a phishing e-mail is unknown.",
					"従業員が標的型メールを見分けられるかが分からない。",
					"Run a phishing drill once a year and report the click rate to management.",
					"年1回標的型メール訓練を行い、開封率を経営層に報告する。" }),
			Map.entry("F-010", new String[] { "No owner or review cycle is set for the policy.",
					"方針の所管者と見直しの周期が定められていない。",
					"The policy does not cover remote access, cloud services or subcontracting introduced since 2019.",
					"2019年以降に導入したリモートアクセス、クラウドサービス、再委託が方針に反映されていない。",
					"Assign an owner, review the policy every year and record the review date.",
					"所管者を決め、毎年見直して見直し日を記録する。" }),
			Map.entry("F-011", new String[] { "The delivery specification was written by operations without legal review; the Privacy Mark renewal was not budgeted.",
					"配送仕様書は法務の確認なしに業務部門が作成した。Pマークの更新費用が予算化されていなかった。",
					"Recipients' personal data is processed by a subcontractor under no obligation; a leak would fall on the buyer.",
					"受取人の個人情報が義務を負わない再委託先で扱われ、漏えいの責任が発注元に及ぶ。",
					"Conclude a data processing agreement with Chubu Delivery Partners and renew the Privacy Mark.",
					"中部配送パートナーズと個人情報の取扱い契約を結び、Pマークを更新する。" }),
			Map.entry("F-012", new String[] { "Saigon Data Services chose its hosting provider on price and did not know the buyer's approval was needed.",
					"Saigon Data Servicesは価格でホスティング事業者を選び、発注元の承認が必要なことを知らなかった。",
					"Payroll data of the buyer's employees is held abroad by an unassessed provider, contrary to the contract and privacy law.",
					"発注元従業員の給与データが、評価されていない海外事業者に保管されており、契約と個人情報保護法に反する。",
					"Stop the transfer or obtain the buyer's written approval after an assessment of Bangkok Cloud Hosting.",
					"移転を停止するか、Bangkok Cloud Hostingを評価したうえで発注元の書面承認を得る。" }),
			Map.entry("F-013", new String[] { "Sakura Mold & Die uses its own NDA template and was never told of the flow-down requirement.",
					"さくら金型は自社のNDAひな形を使っており、義務の継承が必要なことを知らされていなかった。",
					"Die drawings reach a tier-3 company the buyer does not know, under no security obligation.",
					"金型図面が、発注元の知らない3次取引先にセキュリティ上の義務なしで渡っている。",
					"Have Minato Castings require flow-down from Sakura and declare Mikawa Surface Treatment.",
					"みなと鋳造からさくら金型に義務の継承を求め、三河表面処理を申告させる。" }));

	/** Management responses (English, Japanese, by, on), by finding code. */
	private static final Map<String, String[]> MANAGEMENT_RESPONSES = Map.ofEntries(
			Map.entry("F-001", new String[] { "Done the same day; personal administrator accounts were issued on 19 October.", "当日中に対応済み。10月19日に個人別の管理者アカウントを発行した。",
					"Kenji Hoshino, General Affairs Manager (Kisaragi Electronics) / Kenji Hoshino（如月電子工業 総務課長）", "2026-10-20" }),
			Map.entry("F-002", new String[] { "Agreed. The update is scheduled for the maintenance window of 30 October; MFA follows in November.", "同意する。10月30日の保守時間に更新し、多要素認証は11月に導入する。",
					"Yumi Takeda, IT administrator (Kisaragi Electronics) / Yumi Takeda（如月電子工業 情報システム管理者）", "2026-10-22" }),
			Map.entry("F-003", new String[] { "We applied to the buyer for approval on 5 November and stopped VPN access until then.", "11月5日に発注元へ承認を申請し、承認まではVPN接続を停止した。",
					"Kenji Hoshino, General Affairs Manager (Kisaragi Electronics) / Kenji Hoshino（如月電子工業 総務課長）", "2026-11-05" }),
			Map.entry("F-010", new String[] { "The revised policy was approved by the board on 12 November.", "改訂した方針は11月12日に取締役会で承認された。",
					"Kenji Hoshino, General Affairs Manager (Kisaragi Electronics) / Kenji Hoshino（如月電子工業 総務課長）", "2026-11-13" }));

	/** Japanese finding descriptions by finding code. */
	private static final Map<String, String> FINDING_DESCRIPTIONS_JA = Map.ofEntries(
			Map.entry("F-001", "生産管理システムの管理者パスワードが生産事務所のホワイトボードに書かれ、従業員や来訪者から見える状態だった。"),
			Map.entry("F-002", "インターネットに公開されたVPN装置のファームウェアは6.4.2（2023年）のままで、重大な脆弱性を修正するベンダーの6.4.9が適用されておらず、VPNアカウント5つが共用されている。"),
			Map.entry("F-003", "2023年から、ECU-7の仕様書と試験環境へのVPN接続が、発注元への申請も承認もなく青葉ソフトウェア研究所に提供されている。"),
			Map.entry("F-004", "発注元との特約は義務の継承（第6条）を求めているが、疾風基板実装との基本委託契約は秘密保持条項のみで、ガーバデータが同社へ渡っている。"),
			Map.entry("F-005", "事務所PC 12台中7台で、セキュリティ更新が30〜96日遅れていた。"),
			Map.entry("F-006", "手順書PRC-014は顧客への報告を定めておらず、特約（第3条）の24時間以内の報告に反している。"),
			Map.entry("F-007", "バックアップはファイルサーバ横の常時接続NASにしかなく、ランサムウェアが到達し得る。"),
			Map.entry("F-008", "訪問中、サーバ室の扉が箱で押さえられて開け放されていた。"),
			Map.entry("F-009", "教育の受講率は90%を超え、記録も整っている。年1回の標的型メール訓練で効果を確かめるとよい。"),
			Map.entry("F-010", "方針ISP-001は2019年に承認されたまま、見直し期日が定められていない。"),
			Map.entry("F-011", "受取人の氏名・住所が、発注元の義務を継承しない仕様書のもとで中部配送パートナーズへ渡されている。発注元とのNDAに継承条項がなく、Pマークは2026年3月31日に失効した。"),
			Map.entry("F-012", "サイゴン・データ・サービス社は、発注元の給与データを含む業務システムをバンコク・クラウド・ホスティング社で運用している。国外への移転も再委託先も承認されていない。"),
			Map.entry("F-013", "基本契約は義務の継承を求めているが、さくら金型製作所とのNDAは秘密保持のみで、同社は金型図面を申告されていない三河表面処理へ渡している。"));

	private final AuditProject project;
	private final EvidenceStore store;
	private final Path scratch;
	private final Map<String, Organization> organizations = new HashMap<>();
	private final Map<String, Relationship> relationships = new HashMap<>();
	private final Map<ClauseCategory, ClauseTemplate> templates = new HashMap<>();
	private final Map<String, Requirement> requirements = new HashMap<>();
	private final Map<String, Assessment> assessments = new HashMap<>();
	private final Map<String, Evidence> evidence = new HashMap<>();
	private final Map<String, Finding> findings = new HashMap<>();
	private Checklist checklist;
	private Visit visit;

	private DemoProjectBuilder(AuditProjectDocument document, Path scratch) {
		this.project = document.getProject();
		this.store = document.getEvidenceStore();
		this.scratch = scratch;
	}

	/**
	 * Creates the demo project in an empty directory and saves it.
	 *
	 * @param storage the storage to write with
	 * @param directory a directory that does not exist or is empty
	 * @return the saved document
	 * @throws IOException when the project cannot be written
	 */
	public static AuditProjectDocument build(ProjectStorage storage, Path directory) throws IOException {
		AuditProjectDocument document = storage.create(directory, PROJECT_NAME);
		Path scratch = Files.createTempDirectory("rensa-demo-files");
		try {
			new DemoProjectBuilder(document, scratch).populate();
		} finally {
			try (var files = Files.list(scratch)) {
				for (Path file : (Iterable<Path>) files::iterator) {
					Files.delete(file);
				}
			}
			Files.delete(scratch);
		}
		storage.save(document);
		return document;
	}

	/**
	 * @param key a stable name of a demo element, e.g. {@code "org/kisaragi"}
	 * @return the element's name-based UUID
	 */
	public static String id(String key) {
		return UUID.nameUUIDFromBytes(("rensa-demo/" + key).getBytes(UTF_8)).toString();
	}

	private void populate() throws IOException {
		project.setId(id("project"));
		project.setName(PROJECT_NAME);
		project.setDescription("Demo project: the FY2026 annual supplier review of Minato Drive Systems, a Japanese"
				+ " automotive parts maker, covering its suppliers and their subcontractors down to tier 4."
				+ " / デモプロジェクト: みなと駆動システムの2026年度 取引先年次点検（4次委託先まで）。"
				+ " All companies, people and data are fictitious.");
		organizations();
		relationships();
		metiTargets();
		clauseTemplates();
		contracts();
		checklist();
		Campaign lastYear = lastYearCampaign();
		Campaign campaign = campaign();
		lastYearAssessment(lastYear);
		assessments(campaign);
		visitAndEvidence();
		verifications();
		findings();
		actions();
	}

	// ----------------------------------------------------------------------------- organisations

	private void organizations() {
		Organization buyer = org("minato", OrganizationKind.BUYER, "Minato Drive Systems Co., Ltd.",
				"みなと駆動システム株式会社", "JP", "Automotive parts (drivetrain)", SizeClass.LARGE, null,
				"1-2-3 Minato-machi, Minato-ku, Nagoya, Aichi 455-0000, Japan / 〒455-0000 愛知県名古屋市港区港町1-2-3",
				"Buyer; runs the annual supplier review. / 発注元。年次の取引先点検を実施。");
		project.setBuyer(buyer);
		cert(buyer, CertificationScheme.ISMS, "ISO/IEC 27001:2022", "IS 700123", "Chubu Certification Services",
				"Head office, design centre and IT", "2024-07-01", "2027-06-30");
		contact(buyer, "Takashi Ueda", "Head of Procurement Security Office", "t.ueda@minato-drive.example", "+81-52-000-1001");
		contact(buyer, "Megumi Sato", "Supplier audit lead", "m.sato@minato-drive.example", "+81-52-000-1002");

		Organization castings = org("castings", OrganizationKind.SUPPLIER, "Minato Precision Castings Co., Ltd.",
				"みなと精密鋳造株式会社", "JP", "Aluminium die casting", SizeClass.LARGE, CapitalTie.GROUP_COMPANY,
				"45 Kogyo-danchi, Toyokawa, Aichi 442-0000, Japan / 〒442-0000 愛知県豊川市工業団地45",
				"Group company (100% owned): group security rules apply. / 完全子会社。グループ規程を適用。");
		cert(castings, CertificationScheme.ISMS, "ISO/IEC 27001:2022", "IS 700456", "Chubu Certification Services",
				"Toyokawa plant", "2024-06-01", "2027-05-31");
		contact(castings, "Hiroshi Kondo", "IT and security manager", "h.kondo@minato-castings.example", "+81-533-00-2001");

		Organization kisaragi = org("kisaragi", OrganizationKind.SUPPLIER, "Kisaragi Electronics Co., Ltd.",
				"如月電子工業株式会社", "JP", "ECU and sensor boards", SizeClass.SME, CapitalTie.INDEPENDENT,
				"5-12-3 Fujimi-cho, Kariya, Aichi 448-0000, Japan / 〒448-0000 愛知県刈谷市富士見町5-12-3",
				"Sole source for the ECU-7 controller board; visited in October 2026. / ECU-7基板の唯一の調達先。2026年10月に訪問点検。");
		cert(kisaragi, CertificationScheme.SECURITY_ACTION_TWO_STAR, "SECURITY ACTION two stars", "SA2-0000-1234",
				"Self-declaration", "Whole company", "2022-05-10", null);
		cert(kisaragi, CertificationScheme.METI_STAR3, "Supply-chain security evaluation ★3", "S3-26-00042",
				"Self-assessment, registered", "Whole company", "2026-04-01", "2027-03-31");
		contact(kisaragi, "Kenji Hoshino", "General Affairs Manager (security lead)", "k.hoshino@kisaragi-denshi.example", "+81-566-00-3001");
		contact(kisaragi, "Yumi Takeda", "IT administrator", "y.takeda@kisaragi-denshi.example", "+81-566-00-3002");

		Organization tokai = org("tokai", OrganizationKind.SUPPLIER, "Tokai Logistics Service Co., Ltd.",
				"東海ロジスティクスサービス株式会社", "JP", "Logistics and warehousing", SizeClass.LARGE, CapitalTie.INDEPENDENT,
				"8-1 Kinjo-futo, Minato-ku, Nagoya, Aichi 455-0000, Japan / 〒455-0000 愛知県名古屋市港区金城ふ頭8-1",
				"Ships spare parts to dealers and end customers; holds their delivery addresses. / 補修部品を販売店・顧客へ配送。配送先の個人情報を保有。");
		cert(tokai, CertificationScheme.PRIVACY_MARK, "PrivacyMark", "P-00000000(04)", "JIPDEC",
				"Whole company", "2024-04-01", "2026-03-31");
		contact(tokai, "Naoko Fujii", "Compliance manager", "n.fujii@tokai-logi.example", "+81-52-000-4001");

		Organization infosys = org("infosys", OrganizationKind.SUPPLIER, "Minato Information Systems Co., Ltd.",
				"みなとインフォメーションシステムズ株式会社", "JP", "IT services", SizeClass.LARGE, CapitalTie.GROUP_COMPANY,
				"1-2-3 Minato-machi, Minato-ku, Nagoya, Aichi 455-0000, Japan / 〒455-0000 愛知県名古屋市港区港町1-2-3",
				"Group IT company: runs HR/payroll and the plant network. / グループIT会社。人事給与システムと工場ネットワークを運用。");
		cert(infosys, CertificationScheme.ISMS, "ISO/IEC 27001:2022", "IS 700789", "Chubu Certification Services",
				"Data centre and service desk", "2025-02-01", "2028-01-31");
		cert(infosys, CertificationScheme.PRIVACY_MARK, "PrivacyMark", "P-00000001(05)", "JIPDEC",
				"Whole company", "2025-10-01", "2027-09-30");
		contact(infosys, "Daisuke Mori", "CISO", "d.mori@minato-is.example", "+81-52-000-5001");

		Organization sakura = org("sakura", OrganizationKind.SUBCONTRACTOR, "Sakura Mold & Die Co., Ltd.",
				"さくら金型製作所株式会社", "JP", "Moulds and dies", SizeClass.SME, CapitalTie.INDEPENDENT,
				"2-7 Sakura-dori, Okazaki, Aichi 444-0000, Japan / 〒444-0000 愛知県岡崎市桜通2-7", "Makes casting dies from the buyer's drawings. / 発注元図面に基づき金型を製作。");
		cert(sakura, CertificationScheme.SECURITY_ACTION_ONE_STAR, "SECURITY ACTION one star", "SA1-0000-5678",
				"Self-declaration", "Whole company", "2021-09-01", null);
		contact(sakura, "Masaru Kato", "President", "kato@sakura-kanagata.example", "+81-564-00-6001");

		Organization hayate = org("hayate", OrganizationKind.SUBCONTRACTOR, "Hayate PCB Assembly Co., Ltd.",
				"疾風基板実装株式会社", "JP", "PCB assembly", SizeClass.SME, CapitalTie.INDEPENDENT,
				"3-3 Hayate-cho, Anjo, Aichi 446-0000, Japan / 〒446-0000 愛知県安城市疾風町3-3", "Assembles ECU-7 boards for Kisaragi. / 如月電子からECU-7基板の実装を受託。");
		cert(hayate, CertificationScheme.SECURITY_ACTION_TWO_STAR, "SECURITY ACTION two stars", "SA2-0000-9012",
				"Self-declaration", "Whole company", "2023-02-15", null);
		contact(hayate, "Rie Ishida", "Quality manager", "r.ishida@hayate-pcb.example", "+81-566-00-7001");

		Organization aoba = org("aoba", OrganizationKind.SUBCONTRACTOR, "Aoba Software Lab Inc.",
				"青葉ソフトウェア研究所株式会社", "JP", "Embedded software", SizeClass.SME, CapitalTie.INDEPENDENT,
				"4-4 Aoba-dori, Aoba-ku, Sendai, Miyagi 980-0000, Japan / 〒980-0000 宮城県仙台市青葉区青葉通4-4",
				"Found during the visit: develops ECU firmware test tools for Kisaragi. / 訪問点検で判明: 如月電子の評価ツールを開発。");
		contact(aoba, "Shun Endo", "Representative director", "endo@aoba-softlab.example", "+81-22-000-8001");

		Organization saigon = org("saigon", OrganizationKind.SUBCONTRACTOR, "Saigon Data Services Co., Ltd.",
				"サイゴン・データ・サービス社", "VN", "Business process outsourcing", SizeClass.SME, CapitalTie.INDEPENDENT,
				"12 Nguyen Hue Boulevard, District 1, Ho Chi Minh City, Viet Nam / ベトナム ホーチミン市1区 グエンフエ通り12",
				"Keys in payroll and commuting-allowance data for Minato Information Systems. / 給与・通勤手当データの入力業務を受託（ベトナム）。");
		cert(saigon, CertificationScheme.ISMS, "ISO/IEC 27001:2022", "VN-ISMS-2231", "Asia Pacific Certification Ltd.",
				"Ho Chi Minh City delivery centre", "2025-03-01", "2028-02-28");
		contact(saigon, "Tran Thi Lan", "Delivery manager", "lan.tran@saigon-data.example", "+84-28-0000-9001");

		Organization chubu = org("chubu", OrganizationKind.SUBCONTRACTOR, "Chubu Delivery Partners LLC",
				"中部配送パートナーズ合同会社", "JP", "Last-mile delivery", SizeClass.SME, CapitalTie.INDEPENDENT,
				"6-6 Atsuta-nishi, Atsuta-ku, Nagoya, Aichi 456-0000, Japan / 〒456-0000 愛知県名古屋市熱田区熱田西町6-6", "Delivers to end customers for Tokai Logistics. / 東海ロジの最終配送を受託。");
		cert(chubu, CertificationScheme.SECURITY_ACTION_ONE_STAR, "SECURITY ACTION one star", "SA1-0000-3456",
				"Self-declaration", "Whole company", "2020-11-01", null);
		contact(chubu, "Koji Yamada", "Operations manager", "k.yamada@chubu-delivery.example", "+81-52-000-1101");

		Organization hekinan = org("hekinan", OrganizationKind.SUBCONTRACTOR, "Hekinan IT Support Co., Ltd.",
				"碧南ITサポート株式会社", "JP", "IT support for SMEs", SizeClass.SME, CapitalTie.INDEPENDENT,
				"9-9 Shinkawa-cho, Hekinan, Aichi 447-0000, Japan / 〒447-0000 愛知県碧南市新川町9-9", "Remote IT support for Kisaragi. / 如月電子のIT運用をリモートで支援。");
		cert(hekinan, CertificationScheme.SECURITY_ACTION_TWO_STAR, "SECURITY ACTION two stars", "SA2-0000-7788",
				"Self-declaration", "Whole company", "2021-04-01", null);
		contact(hekinan, "Yuta Ogawa", "Engineer", "ogawa@hekinan-it.example", "+81-566-00-1201");

		Organization mikawa = org("mikawa", OrganizationKind.SUBCONTRACTOR, "Mikawa Surface Treatment Co., Ltd.",
				"三河表面処理株式会社", "JP", "Surface treatment", SizeClass.SME, CapitalTie.INDEPENDENT,
				"1-10 Nishiura-cho, Gamagori, Aichi 443-0000, Japan / 〒443-0000 愛知県蒲郡市西浦町1-10",
				"Nitrides dies for Sakura; receives die drawings. / さくら金型から金型の窒化処理を受託。図面を受領。");
		contact(mikawa, "Tomoko Hirano", "Office manager", "hirano@mikawa-hyomen.example", "+81-533-00-1301");

		Organization bangkok = org("bangkok", OrganizationKind.SUBCONTRACTOR, "Bangkok Cloud Hosting Co., Ltd.",
				"バンコク・クラウド・ホスティング社", "TH", "Cloud hosting", SizeClass.LARGE, CapitalTie.INDEPENDENT,
				"88 Rama IV Road, Khlong Toei, Bangkok 10110, Thailand / タイ バンコク クロントイ区 ラマ4世通り88",
				"Hosts Saigon Data Services' work system, including the buyer's payroll data. / サイゴン社の業務システムをホスティング。");
		cert(bangkok, CertificationScheme.ISMS, "ISO/IEC 27001:2022", "TH-27001-0815", "Asia Pacific Certification Ltd.",
				"Bangkok data centre", "2024-09-01", "2027-08-31");
		contact(bangkok, "Somchai Wongsakul", "Account manager", "somchai@bkk-cloud.example", "+66-2-000-1401");

		Organization owari = org("owari", OrganizationKind.SUBCONTRACTOR, "Owari Confidential Document Disposal Co., Ltd.",
				"尾張機密文書処理株式会社", "JP", "Secure shredding", SizeClass.SME, CapitalTie.INDEPENDENT,
				"2-2 Kanayama, Naka-ku, Nagoya, Aichi 460-0000, Japan / 〒460-0000 愛知県名古屋市中区金山2-2",
				"Shreds Mikawa's discarded drawings and issues certificates. / 三河表面処理の廃棄図面を溶解処理。");
		cert(owari, CertificationScheme.PRIVACY_MARK, "PrivacyMark", "P-00000002(03)", "JIPDEC",
				"Whole company", "2025-01-01", "2026-12-31");
		contact(owari, "Ken Aoki", "Sales", "aoki@owari-shred.example", "+81-52-000-1501");
	}

	private Organization org(String key, OrganizationKind kind, String name, String nameJa, String country,
			String sector, SizeClass size, CapitalTie tie, String address, String notes) {
		Organization organization = F.createOrganization();
		organization.setId(id("org/" + key));
		organization.setKind(kind);
		organization.setName(name);
		organization.setNameJa(nameJa);
		organization.setCountry(country);
		organization.setSector(sector);
		organization.setSizeClass(size);
		if (tie != null) {
			organization.setCapitalTie(tie);
		}
		organization.setAddress(address);
		organization.setNotes(notes);
		project.getOrganizations().add(organization);
		organizations.put(key, organization);
		return organization;
	}

	private static void cert(Organization organization, CertificationScheme scheme, String name, String number,
			String issuer, String scope, String from, String until) {
		Certification certification = F.createCertification();
		certification.setScheme(scheme);
		certification.setName(name);
		certification.setCertificateNumber(number);
		certification.setIssuer(issuer);
		certification.setScope(scope);
		certification.setValidFrom(LocalDate.parse(from));
		certification.setValidUntil(until == null ? null : LocalDate.parse(until));
		organization.getCertifications().add(certification);
	}

	private static void contact(Organization organization, String name, String role, String email, String phone) {
		Contact contact = F.createContact();
		contact.setName(name);
		contact.setRole(role);
		contact.setEmail(email);
		contact.setPhone(phone);
		organization.getContacts().add(contact);
	}

	// ----------------------------------------------------------------------------- relationships

	private void relationships() {
		rel("minato-castings", "minato", "castings", RelationshipKind.SUPPLY, true, true, "2009-04-01",
				"Die-cast housings for transmissions; drawings shared. / ミッションケースの鋳造。図面を提供。", TECH, CONF);
		rel("minato-kisaragi", "minato", "kisaragi", RelationshipKind.SUPPLY, true, true, "2014-06-01",
				"ECU-7 controller boards; circuit diagrams and test network access. / ECU-7制御基板。回路図と試験用ネットワーク接続。",
				TECH, CONF, NET);
		rel("minato-tokai", "minato", "tokai", RelationshipKind.SUPPLY, true, true, "2017-09-01",
				"Spare-parts logistics; dealer and customer delivery data. / 補修部品物流。販売店・顧客の配送データ。", PERS, CONF);
		rel("minato-infosys", "minato", "infosys", RelationshipKind.SUPPLY, true, true, "2011-04-01",
				"IT operations, HR/payroll system and plant network. / IT運用、人事給与システム、工場ネットワーク。", PERS, NET, OT);
		rel("castings-sakura", "castings", "sakura", RelationshipKind.SUBCONTRACT, true, true, "2016-05-10",
				"Casting dies made from housing drawings. / ケース図面に基づく金型製作。", TECH);
		rel("kisaragi-hayate", "kisaragi", "hayate", RelationshipKind.SUBCONTRACT, true, true, "2019-07-01",
				"PCB assembly of ECU-7 with Gerber data and BOM. / ガーバデータと部品表に基づくECU-7基板実装。", TECH);
		rel("kisaragi-aoba", "kisaragi", "aoba", RelationshipKind.SUBCONTRACT, false, false, "2023-02-01",
				"Firmware test tools; specifications and VPN access to the test bench. / ファームウェア評価ツール開発。仕様書と試験環境へのVPN接続。",
				TECH, NET);
		rel("kisaragi-hekinan", "kisaragi", "hekinan", RelationshipKind.SUBCONTRACT, true, true, "2021-04-01",
				"Remote IT support of Kisaragi's office network. / 如月電子の社内ネットワークのリモート保守。", NET);
		rel("tokai-chubu", "tokai", "chubu", RelationshipKind.SUBCONTRACT, true, true, "2020-03-01",
				"Last-mile delivery with recipient names and addresses. / 受取人の氏名・住所による最終配送。", PERS);
		rel("infosys-saigon", "infosys", "saigon", RelationshipKind.SUBCONTRACT, true, false, "2025-06-01",
				"Payroll and allowance data entry in Viet Nam; application pending since 2025-05. / ベトナムでの給与データ入力。2025年5月から申請審査中。",
				PERS);
		rel("sakura-mikawa", "sakura", "mikawa", RelationshipKind.SUBCONTRACT, false, false, "2022-01-15",
				"Nitriding of dies; die drawings travel with the parts. / 金型の窒化処理。図面が部品に添付される。", TECH);
		rel("saigon-bangkok", "saigon", "bangkok", RelationshipKind.SUBCONTRACT, true, false, "2025-06-01",
				"Hosting of Saigon Data Services' work system. / サイゴン社業務システムのホスティング。", PERS, NET);
		rel("mikawa-owari", "mikawa", "owari", RelationshipKind.SUBCONTRACT, true, true, "2021-08-01",
				"Shredding of discarded drawings with certificates. / 廃棄図面の溶解処理と証明書発行。", CONF);
	}

	/**
	 * The METI levels the audit team set for the tier-1 and tier-2 suppliers. Every relationship of the
	 * demo recommends ★4; three targets were set lower (a warning each), Aoba Software Lab, found during
	 * the visit, has none yet.
	 */
	private void metiTargets() {
		Map<String, MetiLevel> targets = Map.of("castings", MetiLevel.STAR4, "kisaragi", MetiLevel.STAR4,
				"tokai", MetiLevel.STAR3, "infosys", MetiLevel.STAR4, "sakura", MetiLevel.STAR3,
				"hayate", MetiLevel.STAR4, "hekinan", MetiLevel.STAR3, "chubu", MetiLevel.STAR4,
				"saigon", MetiLevel.STAR4);
		targets.forEach((key, level) -> organizations.get(key).setMetiTargetLevel(level));
	}

	private void rel(String key, String from, String to, RelationshipKind kind, boolean declared, boolean approved,
			String since, String description, InformationClass... classes) {
		Relationship relationship = F.createRelationship();
		relationship.setId(id("relationship/" + key));
		relationship.setFrom(organizations.get(from));
		relationship.setTo(organizations.get(to));
		relationship.setKind(kind);
		relationship.setDeclaredToBuyer(declared);
		relationship.setApproved(approved);
		relationship.getInformationClasses().addAll(Arrays.asList(classes));
		relationship.setSince(LocalDate.parse(since));
		relationship.setDescription(description);
		project.getRelationships().add(relationship);
		relationships.put(key, relationship);
	}

	// ------------------------------------------------------------------------- clauses, contracts

	private void clauseTemplates() {
		template(ClauseCategory.CONFIDENTIALITY, false, "Confidentiality", "秘密保持",
				"The Supplier shall keep the Buyer's information confidential, use it only for the contracted work and"
						+ " disclose it only to staff who need it for that work.",
				"受託者は、発注者の情報を秘密として保持し、委託業務の目的にのみ使用し、当該業務に必要な従業員にのみ開示する。");
		template(ClauseCategory.SECURITY_REQUIREMENTS, true, "Security requirements", "セキュリティ要求事項",
				"The Supplier shall implement and maintain the security measures of the Buyer's supplier security baseline"
						+ " at the level stated in the specification.",
				"受託者は、発注者の取引先セキュリティ基本要件に定める対策を、仕様書に定める水準で実施し維持する。");
		template(ClauseCategory.INCIDENT_NOTIFICATION, true, "Incident notification", "インシデントの報告",
				"The Supplier shall notify the Buyer of any actual or suspected security incident affecting the Buyer's"
						+ " information within 24 hours of detection and cooperate in its investigation.",
				"受託者は、発注者の情報に影響する事故又はその疑いを検知したときは、24時間以内に発注者へ報告し、調査に協力する。");
		template(ClauseCategory.AUDIT_RIGHT, true, "Right to audit", "監査権",
				"The Buyer may, with reasonable notice, audit the Supplier's compliance on site or by document review,"
						+ " and the Supplier shall provide the records requested.",
				"発注者は、合理的な事前通知により、受託者の遵守状況を実地又は書面で監査でき、受託者は求められた記録を提出する。");
		template(ClauseCategory.SUBCONTRACTING_APPROVAL, true, "Subcontracting approval", "再委託の承認",
				"The Supplier shall not subcontract work involving the Buyer's information without the Buyer's prior"
						+ " written approval, applied for with the name, location and scope of the subcontractor.",
				"受託者は、発注者の事前の書面承認なく、発注者の情報を扱う業務を再委託してはならない。申請には再委託先の名称・所在地・範囲を記載する。");
		template(ClauseCategory.FLOW_DOWN, true, "Flow-down to subcontractors", "再委託先への義務の継承",
				"The Supplier shall impose on each subcontractor obligations no less protective than those of this"
						+ " agreement and remains responsible for the subcontractor's compliance.",
				"受託者は、各再委託先に本契約と同等以上の義務を課し、再委託先の遵守について責任を負う。");
		template(ClauseCategory.DATA_RETURN_DESTRUCTION, true, "Return and destruction of data", "データの返却・廃棄",
				"On completion or termination the Supplier shall return or securely destroy the Buyer's information,"
						+ " including copies, and certify this in writing.",
				"受託者は、業務の完了又は契約終了時に、複製を含む発注者の情報を返却又は安全に廃棄し、書面で証明する。");
		template(ClauseCategory.PERSONAL_DATA_HANDLING, true, "Personal data handling", "個人情報の取扱い",
				"The Supplier shall process personal data only on the Buyer's instructions, in the agreed countries,"
						+ " and shall not transfer it abroad without the Buyer's prior written consent.",
				"受託者は、個人情報を発注者の指示に従い合意した国でのみ取り扱い、発注者の事前の書面同意なく国外へ移転しない。");
		template(ClauseCategory.VULNERABILITY_HANDLING, true, "Vulnerability handling", "脆弱性への対応",
				"The Supplier shall monitor vulnerabilities in the products and systems used for the work, fix critical"
						+ " ones within 14 days and inform the Buyer of those affecting delivered products.",
				"受託者は、業務に用いる製品・システムの脆弱性を監視し、重大なものは14日以内に修正し、納入品に影響するものを発注者へ通知する。");
		template(ClauseCategory.TERMINATION_FOR_BREACH, false, "Termination for breach", "違反による解除",
				"The Buyer may terminate this agreement without notice if the Supplier materially breaches its security"
						+ " obligations and fails to remedy the breach within 30 days.",
				"受託者がセキュリティ上の義務に重大な違反をし、30日以内に是正しないときは、発注者は催告なく本契約を解除できる。");
	}

	private void template(ClauseCategory category, boolean flowsDown, String title, String titleJa, String wording,
			String wordingJa) {
		ClauseTemplate template = F.createClauseTemplate();
		template.setId(id("clause-template/" + category.getName()));
		template.setCategory(category);
		template.setTitle(title);
		template.setTitleJa(titleJa);
		template.setWording(wording);
		template.setWordingJa(wordingJa);
		template.setFlowsDown(flowsDown);
		project.getClauseTemplates().add(template);
		templates.put(category, template);
	}

	private void contracts() {
		contract("castings-master", "Master Parts Supply Agreement / 部品取引基本契約書", ContractKind.MASTER_AGREEMENT, "minato-castings",
				"2018-04-01", null, "Art. 15 CONFIDENTIALITY", "Art. 16 SECURITY_REQUIREMENTS", "Art. 17 INCIDENT_NOTIFICATION 24",
				"Art. 18 AUDIT_RIGHT", "Art. 19 SUBCONTRACTING_APPROVAL", "Art. 20 FLOW_DOWN", "Art. 21 DATA_RETURN_DESTRUCTION",
				"Art. 30 TERMINATION_FOR_BREACH");
		contract("kisaragi-nda", "Mutual Non-Disclosure Agreement / 相互秘密保持契約書", ContractKind.NDA, "minato-kisaragi",
				"2014-06-01", null, "Art. 2 CONFIDENTIALITY", "Art. 6 DATA_RETURN_DESTRUCTION");
		contract("kisaragi-special", "Information Security Special Terms (ECU-7) / 情報セキュリティ特約（ECU-7）", ContractKind.SPECIAL_TERMS,
				"minato-kisaragi", "2024-04-01", "2027-03-31", "Art. 1 SECURITY_REQUIREMENTS", "Art. 3 INCIDENT_NOTIFICATION 24",
				"Art. 4 AUDIT_RIGHT", "Art. 5 SUBCONTRACTING_APPROVAL", "Art. 6 FLOW_DOWN", "Art. 7 VULNERABILITY_HANDLING",
				"Art. 9 TERMINATION_FOR_BREACH");
		contract("tokai-nda", "Non-Disclosure Agreement (logistics) / 秘密保持契約書（物流）", ContractKind.NDA, "minato-tokai",
				"2017-09-01", null, "Art. 3 CONFIDENTIALITY");
		contract("infosys-master", "IT Outsourcing Master Agreement / IT業務委託基本契約書", ContractKind.MASTER_AGREEMENT, "minato-infosys",
				"2022-04-01", null, "Art. 10 CONFIDENTIALITY", "Art. 11 SECURITY_REQUIREMENTS", "Art. 12 INCIDENT_NOTIFICATION 24",
				"Art. 13 AUDIT_RIGHT", "Art. 14 SUBCONTRACTING_APPROVAL", "Art. 15 FLOW_DOWN", "Art. 16 DATA_RETURN_DESTRUCTION",
				"Art. 17 PERSONAL_DATA_HANDLING", "Art. 18 VULNERABILITY_HANDLING", "Art. 25 TERMINATION_FOR_BREACH");
		contract("sakura-nda", "Non-Disclosure Agreement (dies) / 秘密保持契約書（金型）", ContractKind.NDA, "castings-sakura",
				"2016-05-10", null, "Art. 1 CONFIDENTIALITY");
		contract("hayate-basic", "Basic Subcontracting Agreement (PCB assembly) / 業務委託基本契約書（基板実装）", ContractKind.MASTER_AGREEMENT,
				"kisaragi-hayate", "2019-07-01", null, "Art. 8 CONFIDENTIALITY");
		contract("hekinan-service", "IT Support Service Agreement / ITサポートサービス契約書", ContractKind.MASTER_AGREEMENT, "kisaragi-hekinan",
				"2021-04-01", "2027-03-31", "Art. 5 CONFIDENTIALITY", "Art. 6 SECURITY_REQUIREMENTS");
		contract("chubu-spec", "Delivery Service Specification / 配送業務仕様書", ContractKind.SPECIFICATION, "tokai-chubu",
				"2020-03-01", null, "Sec. 4.2 PERSONAL_DATA_HANDLING", "Sec. 4.3 DATA_RETURN_DESTRUCTION");
		contract("saigon-dpa", "Data Processing Agreement (payroll data entry) / データ処理契約書（給与データ入力）", ContractKind.MASTER_AGREEMENT,
				"infosys-saigon", "2025-06-01", "2028-05-31", "Art. 2 PERSONAL_DATA_HANDLING", "Art. 4 INCIDENT_NOTIFICATION 72",
				"Art. 5 AUDIT_RIGHT", "Art. 6 SUBCONTRACTING_APPROVAL", "Art. 7 FLOW_DOWN", "Art. 9 DATA_RETURN_DESTRUCTION");
	}

	/**
	 * Adds a contract between the two ends of a relationship; each clause is given as
	 * "reference CATEGORY [hours]", its wording taken from the clause template.
	 */
	private void contract(String key, String title, ContractKind kind, String relationshipKey, String signedOn,
			String expiresOn, String... clauses) {
		Relationship relationship = relationships.get(relationshipKey);
		Contract contract = F.createContract();
		contract.setId(id("contract/" + key));
		contract.setTitle(title);
		contract.setKind(kind);
		contract.getParties().add(relationship.getFrom());
		contract.getParties().add(relationship.getTo());
		contract.setRelationship(relationship);
		contract.setSignedOn(LocalDate.parse(signedOn));
		contract.setExpiresOn(expiresOn == null ? null : LocalDate.parse(expiresOn));
		for (int i = 0; i < clauses.length; i++) {
			String[] parts = clauses[i].split(" ");
			ClauseTemplate template = templates.get(ClauseCategory.valueOf(parts[2]));
			Clause clause = F.createClause();
			clause.setId(id("contract/" + key + "/clause/" + (i + 1)));
			clause.setCategory(template.getCategory());
			clause.setReference(parts[0] + " " + parts[1]);
			clause.setText(template.getWording());
			clause.setTextJa(template.getWordingJa());
			clause.setFlowsDown(template.isFlowsDown());
			if (parts.length > 3) {
				String hours = parts[3];
				clause.setNotificationDeadlineHours(Integer.parseInt(hours));
				clause.setText(template.getWording().replace("24 hours", hours + " hours"));
				clause.setTextJa(template.getWordingJa().replace("24時間", hours + "時間"));
			}
			clause.setTemplate(template);
			contract.getClauses().add(clause);
		}
		project.getContracts().add(contract);
	}

	// ------------------------------------------------------------------------ checklist, campaign

	private void checklist() {
		checklist = F.createChecklist();
		checklist.setId(id("checklist/baseline"));
		checklist.setName("Minato Supplier Security Baseline");
		checklist.setNameJa("みなと取引先セキュリティ基本要件");
		checklist.setVersion("2026.1");
		checklist.setSource("Written by the Minato supplier audit team; graded levels after the automotive industry's"
				+ " self-check practice, mapped to NIST CSF 2.0 and ISO/IEC 27002:2022");
		checklist.setDescription("Self-check and verification catalogue for suppliers and subcontractors: level 1 for"
				+ " every supplier, level 2 for those handling drawings or personal data, level 3 for critical suppliers."
				+ " / 取引先・再委託先向けのセルフチェック兼検証用要件。レベル1は全取引先、レベル2は図面・個人情報を扱う取引先、レベル3は重要取引先。");
		project.getChecklists().add(checklist);
		Map<String, Section> sections = new HashMap<>();
		for (String[] row : DemoChecklist.SECTIONS) {
			Section section = F.createSection();
			section.setId(id("checklist/baseline/section/" + row[0]));
			section.setCode(row[0]);
			section.setTitle(row[1]);
			section.setTitleJa(row[2]);
			checklist.getSections().add(section);
			sections.put(row[0], section);
		}
		for (String[] row : DemoChecklist.REQUIREMENTS) {
			Requirement requirement = F.createRequirement();
			requirement.setId(id("checklist/baseline/requirement/" + row[0]));
			requirement.setCode(row[0]);
			requirement.setLevel(Integer.parseInt(row[1]));
			requirement.setLevelLabel("Level " + row[1]);
			requirement.setTitle(row[2]);
			requirement.setTitleJa(row[3]);
			requirement.setDescription(row[4]);
			requirement.setDescriptionJa(row[5]);
			requirement.setGuidance(row[6]);
			requirement.setGuidanceJa(row[7]);
			requirement.setEvidenceHints(row[8]);
			requirement.setEvidenceHintsJa(row[9]);
			requirement.getReferences().addAll(Arrays.asList(row[10].split("\\|")));
			sections.get(row[0].substring(0, row[0].indexOf('.'))).getRequirements().add(requirement);
			requirements.put(row[0], requirement);
		}
	}

	/** Last year's review: Kisaragi's self-check was verified by document review only, without a visit. */
	private Campaign lastYearCampaign() {
		Campaign campaign = F.createCampaign();
		campaign.setId(id("campaign/fy2025"));
		campaign.setName("FY2025 annual supplier review");
		campaign.setNameJa("2025年度 取引先年次点検");
		campaign.setFiscalYear(2025);
		campaign.setStartDate(LocalDate.of(2025, 6, 1));
		campaign.setEndDate(LocalDate.of(2026, 3, 31));
		campaign.setScope("Self-check of the sole-source ECU supplier, verified by document review (no visit)."
				+ " / 唯一の調達先であるECU取引先のセルフチェック。文書確認により検証（訪問なし）。");
		campaign.setChecklist(checklist);
		campaign.getOrganizations().add(organizations.get("kisaragi"));
		project.getCampaigns().add(campaign);
		return campaign;
	}

	private Campaign campaign() {
		Campaign campaign = F.createCampaign();
		campaign.setId(id("campaign/fy2026"));
		campaign.setName("FY2026 annual supplier review");
		campaign.setNameJa("2026年度 取引先年次点検");
		campaign.setFiscalYear(2026);
		campaign.setStartDate(LocalDate.of(2026, 6, 1));
		campaign.setEndDate(LocalDate.of(2027, 3, 31));
		campaign.setScope("Tier-1 suppliers handling drawings or personal data, and the tier-2 subcontractor abroad;"
				+ " on-site visit of the sole-source ECU supplier. / 図面・個人情報を扱う一次取引先と海外の再委託先。唯一の調達先であるECU取引先を訪問点検。");
		campaign.setChecklist(checklist);
		for (String key : List.of("castings", "kisaragi", "tokai", "saigon")) {
			campaign.getOrganizations().add(organizations.get(key));
		}
		project.getCampaigns().add(campaign);
		return campaign;
	}

	// ------------------------------------------------------------------------------- assessments

	/**
	 * Declared answers and verdicts are strings with one character per requirement in catalogue
	 * order (1.1 … 1.10, 2.1 … 2.8, 3.1 … 3.10), spaces ignored. Declared: D done, P partly,
	 * N not done, ? don't know, - not applicable. Verdict: C conform, P partially conform,
	 * N nonconform, - not applicable, . not verified.
	 */
	private void assessments(Campaign campaign) {
		assessment("kisaragi", campaign, AssessmentStatus.VERIFYING, "Kenji Hoshino (General Affairs Manager) / Kenji Hoshino（総務課長）", "2026-07-10",
				"DDDDDPDDDN DDDDPPDD DDDDDD-DPN", "NCPNPPCPP. CPNPPCCP PCNNNP-CN.",
				VerificationMethod.EXAMINE, null, "2026-10-14T00:30:00Z");
		assessment("tokai", campaign, AssessmentStatus.VERIFYING, "Naoko Fujii (Compliance manager) / Naoko Fujii（コンプライアンス課長）", "2026-07-24",
				"DDDPDDDDP? DDDDD-DD DDPDPDDD?N", "CC.CC.C... C....-.. CCC.P.N...",
				VerificationMethod.EXAMINE, ISHIKAWA, "2026-08-20T05:00:00Z");
		assessment("saigon", campaign, AssessmentStatus.VERIFYING, "Tran Thi Lan (Delivery manager)", "2026-08-05",
				"DDDDDDDDDD DDDDD-DD DDDDDDDDDD", "CC.P..C... C....-.. C..N..P...",
				VerificationMethod.INTERVIEW, MORIMOTO, "2026-09-10T02:00:00Z");
		assessment("castings", campaign, AssessmentStatus.COMPLETED, "Hiroshi Kondo (IT and security manager) / Hiroshi Kondo（情報システム・セキュリティ課長）", "2026-06-30",
				"DDDDDDDDPP DDDDDDDD DDDDDD-DPP", "CCCCCCCCCP CCCCCCCC CCCCPC-CPP",
				VerificationMethod.EXAMINE, "Ryo Sugimoto (Minato group internal audit)", "2026-07-28T01:00:00Z");
	}

	/**
	 * Kisaragi's FY2025 assessment on the same checklist, verified by document review: the same
	 * declarations except training (2.1, PARTLY then), nothing physical verified; this year's visit
	 * found worse (1.1, 1.8, 3.3, 3.4, 3.9) and better (2.1, 2.6) than last year's review.
	 */
	private void lastYearAssessment(Campaign campaign) {
		Assessment assessment = assessment("kisaragi", "kisaragi-fy2025", campaign, AssessmentStatus.COMPLETED,
				"Kenji Hoshino (General Affairs Manager) / Kenji Hoshino（総務課長）", "2025-07-04",
				"DDDDDPDDDN PDDDPPDD DDDDDD-DPN", "PCPNPPCC.. P..PPNC. PCPCN.-CP.",
				VerificationMethod.EXAMINE, MORIMOTO, "2025-09-18T01:00:00Z");
		assessments.remove("kisaragi");
		lastYear("1.1", assessment, "Update policy ITS-03 provided; it leaves automatic updates to the users. Actual patch"
				+ " levels not checked.");
		lastYear("1.8", assessment, "VPN configuration sheet provided; it lists personal accounts and MFA (to be checked"
				+ " on site).");
		lastYear("2.1", assessment, "FY2025 training covered office staff only; production staff were not trained."
				+ " Declared PARTLY.");
		lastYear("2.6", assessment, "Drawings declared locked away, but the shared drawing folder is open to all staff.");
		lastYear("3.3", assessment, "Procedure PRC-014 v1 provided; customer notification to be checked on site.");
		lastYear("3.4", assessment, "Subcontractor list provided (Hayate PCB Assembly, Hekinan IT Support), both"
				+ " declared and approved.");
		lastYear("3.9", assessment, "VPN gateway on firmware 6.4.2, current at the time; no process for monitoring vendor"
				+ " advisories.");
	}

	private static void lastYear(String code, Assessment assessment, String note) {
		for (Response response : assessment.getResponses()) {
			if (response.getRequirement().getCode().equals(code)) {
				response.setVerificationNote(note);
				response.setVerificationNoteJa(required(NOTES_FY2025_JA, code));
				return;
			}
		}
		throw new IllegalArgumentException("FY2025/" + code);
	}

	private void assessment(String orgKey, Campaign campaign, AssessmentStatus status, String respondent,
			String declaredOn, String declared, String verdicts, VerificationMethod method, String verifier,
			String firstVerifiedAt) {
		assessment(orgKey, orgKey, campaign, status, respondent, declaredOn, declared, verdicts, method, verifier,
				firstVerifiedAt);
	}

	private Assessment assessment(String orgKey, String key, Campaign campaign, AssessmentStatus status, String respondent,
			String declaredOn, String declared, String verdicts, VerificationMethod method, String verifier,
			String firstVerifiedAt) {
		Assessment assessment = F.createAssessment();
		assessment.setId(id("assessment/" + key));
		assessment.setOrganization(organizations.get(orgKey));
		assessment.setChecklist(checklist);
		assessment.setCampaign(campaign);
		assessment.setStatus(status);
		assessment.setRespondent(respondent);
		assessment.setDeclaredOn(LocalDate.parse(declaredOn));
		String answers = declared.replace(" ", "");
		String verified = verdicts.replace(" ", "");
		Instant at = Instant.parse(firstVerifiedAt);
		int i = 0;
		for (String[] row : DemoChecklist.REQUIREMENTS) {
			Response response = F.createResponse();
			response.setId(id("assessment/" + key + "/response/" + row[0]));
			response.setRequirement(requirements.get(row[0]));
			response.setDeclaredAnswer(declaredAnswer(answers.charAt(i)));
			Verdict verdict = verdict(verified.charAt(i));
			response.setVerdict(verdict);
			if (verdict != Verdict.NOT_VERIFIED) {
				response.setMethod(method);
				response.setVerificationNote(defaultNote(verdict, method));
				response.setVerificationNoteJa(defaultNoteJa(verdict, method));
				response.setVerifiedBy(verifier != null ? verifier : row[0].startsWith("1.") ? ISHIKAWA : MORIMOTO);
				response.setVerifiedAt(at.plus(Duration.ofMinutes(10L * i)));
			} else {
				response.setMethod(VerificationMethod.NONE);
			}
			assessment.getResponses().add(response);
			i++;
		}
		project.getAssessments().add(assessment);
		assessments.put(orgKey, assessment);
		return assessment;
	}

	private static String defaultNote(Verdict verdict, VerificationMethod method) {
		String how = method == VerificationMethod.INTERVIEW ? "interview" : "document review";
		switch (verdict) {
			case CONFORM:
				return "Implemented as required; confirmed by " + how + ".";
			case PARTIALLY_CONFORM:
				return "Partly implemented; gaps noted during " + how + ".";
			case NONCONFORM:
				return "Not implemented; confirmed by " + how + ".";
			default:
				return "Not applicable to the work performed for the buyer.";
		}
	}

	private static String defaultNoteJa(Verdict verdict, VerificationMethod method) {
		String how = method == VerificationMethod.INTERVIEW ? "インタビュー" : "文書確認";
		switch (verdict) {
			case CONFORM:
				return "要求どおり実施されていることを" + how + "で確認した。";
			case PARTIALLY_CONFORM:
				return "一部のみ実施。" + how + "で不備を確認した。";
			case NONCONFORM:
				return "実施されていないことを" + how + "で確認した。";
			default:
				return "発注元向けの業務には該当しない。";
		}
	}

	private static DeclaredAnswer declaredAnswer(char c) {
		switch (c) {
			case 'D':
				return DeclaredAnswer.DONE;
			case 'P':
				return DeclaredAnswer.PARTLY;
			case 'N':
				return DeclaredAnswer.NOT_DONE;
			case '?':
				return DeclaredAnswer.DONT_KNOW;
			case '-':
				return DeclaredAnswer.NOT_APPLICABLE;
			default:
				throw new IllegalArgumentException("declared answer " + c);
		}
	}

	private static Verdict verdict(char c) {
		switch (c) {
			case 'C':
				return Verdict.CONFORM;
			case 'P':
				return Verdict.PARTIALLY_CONFORM;
			case 'N':
				return Verdict.NONCONFORM;
			case '-':
				return Verdict.NOT_APPLICABLE;
			case '.':
				return Verdict.NOT_VERIFIED;
			default:
				throw new IllegalArgumentException("verdict " + c);
		}
	}

	private Response response(String orgKey, String code) {
		for (Response response : assessments.get(orgKey).getResponses()) {
			if (response.getRequirement().getCode().equals(code)) {
				return response;
			}
		}
		throw new IllegalArgumentException(orgKey + "/" + code);
	}

	// ------------------------------------------------------------------------ visit and evidence

	private void visitAndEvidence() throws IOException {
		visit = F.createVisit();
		visit.setId(id("visit/kisaragi-2026-10"));
		visit.setOrganization(organizations.get("kisaragi"));
		visit.setAssessment(assessments.get("kisaragi"));
		visit.setSite("Kisaragi Electronics head office and Plant 2, 5-12-3 Fujimi-cho, Kariya, Aichi / 如月電子工業 本社・第2工場");
		visit.setStartDate(LocalDate.of(2026, 10, 14));
		visit.setEndDate(LocalDate.of(2026, 10, 15));
		visit.getAuditors().addAll(List.of(MORIMOTO, ISHIKAWA));
		visit.getInterviewees().addAll(List.of("Kenji Hoshino (General Affairs Manager) / Kenji Hoshino（総務課長）",
				"Yumi Takeda (IT administrator) / Yumi Takeda（情報システム管理者）", "Haruka Ono (Design engineer) / Haruka Ono（設計技術者）",
				"Shota Nakamura (Production shift lead) / Shota Nakamura（生産シフトリーダー）"));
		visit.setScope("Verification of the FY2026 self-check against every requirement of the checklist; server room, design"
				+ " office, production office; subcontractor management for the ECU-7 board.");
		visit.setScopeJa("2026年度セルフチェックの全項目の検証。サーバ室、設計室、生産事務所、ECU-7基板の再委託先管理。");
		visit.setObjectives("To verify Kisaragi Electronics' FY2026 self-check on site before the ECU-7 board enters series"
				+ " production, to confirm how the buyer's drawings and test data are protected at the plant and at its"
				+ " subcontractors, and to agree the remediation needed before the next contract renewal.");
		visit.setObjectivesJa("ECU-7基板の量産開始前に如月電子工業の2026年度セルフチェックを現地で検証し、発注元の図面と試験データが"
				+ "工場及び再委託先でどのように保護されているかを確認し、次回の契約更新までに必要な改善について合意すること。");
		visit.setLimitations("Two days on site; documents, records and staff were sampled, Plant 1 and the warehouse were not"
				+ " visited, and the subcontractor was assessed from Kisaragi's records only. The results describe the situation"
				+ " on 14 and 15 October 2026 and rely on the information Kisaragi Electronics gave.");
		visit.setLimitationsJa("現地作業は2日間で、文書・記録・担当者は抜き取りによる。第1工場と倉庫は訪問せず、再委託先は如月電子工業の記録のみで"
				+ "評価した。結果は2026年10月14日及び15日時点の状況を示し、如月電子工業から提供された情報に依拠している。");
		visit.setReviewer("Hideo Tanabe");
		visit.setReviewedOn(LocalDate.of(2026, 10, 27));
		visit.setApprover("Keiko Nishimura");
		visit.getDistribution().addAll(List.of(
				"Takashi Ueda (Head of Procurement Security Office, Minato Drive Systems) / Takashi Ueda（みなと駆動システム 調達セキュリティ室長）",
				"Megumi Sato (Supplier audit lead, Minato Drive Systems) / Megumi Sato（みなと駆動システム 取引先監査担当）",
				"Kenji Hoshino (General Affairs Manager, Kisaragi Electronics) / Kenji Hoshino（如月電子工業 総務課長）"));
		visit.setNotes("Opening meeting 09:00 on 14 Oct, closing meeting 15:30 on 15 Oct; preliminary findings presented"
				+ " to the President.");
		visit.setNotesJa("10月14日9時に開始会議、10月15日15時30分に講評会議。暫定の指摘事項を社長に説明した。");
		project.getVisits().add(visit);

		ev("E-001", EvidenceKind.PHOTO, Tlp.GREEN, "Rack label of the file server", "2026-10-14T01:15:02Z", MORIMOTO,
				"File server SRV-FS01 in rack B-02 is labelled with owner and contact.",
				"ファイルサーバSRV-FS01のラックB-02に管理者と連絡先のラベルがある。", true,
				DemoEvidenceFiles.rackLabelPhoto());
		ev("E-002", EvidenceKind.PHOTO, Tlp.RED, "Administrator password on the production whiteboard",
				"2026-10-14T02:30:47Z", ISHIKAWA,
				"The administrator password of the production management system is written on the whiteboard of the production office.",
				"生産事務所のホワイトボードに生産管理システムの管理者パスワードが書かれている。", true,
				DemoEvidenceFiles.whiteboardPhoto());
		ev("E-003", EvidenceKind.PHOTO, Tlp.GREEN, "Locked cabinet for the buyer's drawings", "2026-10-14T05:05:12Z", MORIMOTO,
				"Paper drawings of Minato Drive Systems are kept in a locked cabinet; the key is held by General Affairs.",
				"みなと駆動システムの紙図面は施錠キャビネットに保管され、鍵は総務が管理している。", true,
				DemoEvidenceFiles.lockedCabinetPhoto());
		ev("E-004", EvidenceKind.PHOTO, Tlp.AMBER, "Server-room door propped open", "2026-10-14T06:22:33Z", ISHIKAWA,
				"The badge reader works, but the server-room door was held open with a box of paper.",
				"入退室装置は動作しているが、サーバ室の扉が用紙の箱で開けたままにされていた。", true,
				DemoEvidenceFiles.badgeReaderPhoto());
		ev("E-005", EvidenceKind.DOCUMENT, Tlp.AMBER, "Information security policy ISP-001", "2026-10-14T00:40:00Z", MORIMOTO,
				"Policy approved in 2019 and not reviewed since.", "2019年に承認され、その後見直されていない方針。", true,
				DemoEvidenceFiles.securityPolicyPdf());
		ev("E-006", EvidenceKind.DOCUMENT, Tlp.AMBER, "Incident response procedure PRC-014 v1", "2026-10-14T00:45:00Z", MORIMOTO,
				"The procedure has no step for notifying customers.", "手順に顧客への報告の手順がない。", true,
				DemoEvidenceFiles.incidentProcedurePdf());
		ev("E-007", EvidenceKind.INTERVIEW_NOTE, Tlp.AMBER_STRICT, "Interview with the IT administrator",
				"2026-10-14T04:00:00Z", ISHIKAWA,
				"Updates left to users, VPN firmware never updated, shared administrator password, online-only backups.",
				"更新は利用者任せ、VPN装置は未更新、管理者パスワード共用、バックアップはオンラインのみ。", true,
				DemoEvidenceFiles.itInterviewNote());
		ev("E-008", EvidenceKind.INTERVIEW_NOTE, Tlp.AMBER_STRICT, "Interview with the design engineer",
				"2026-10-15T01:00:00Z", MORIMOTO,
				"Firmware test tools are developed by Aoba Software Lab since 2023 without an application to the buyer.",
				"2023年から青葉ソフトウェア研究所に評価ツール開発を再委託しているが、発注元へ申請していない。", true,
				DemoEvidenceFiles.designInterviewNote());
		ev("E-009", EvidenceKind.OBSERVATION, Tlp.AMBER, "Backup NAS next to the file server", "2026-10-14T01:22:10Z", ISHIKAWA,
				"The only backup copy is on a NAS in the same room, permanently connected.",
				"唯一のバックアップは同じ部屋の常時接続NASにある。", true,
				DemoEvidenceFiles.backupNasPhoto(), DemoEvidenceFiles.backupObservationNote());
		ev("E-010", EvidenceKind.SCREENSHOT, Tlp.AMBER, "Update console: 7 of 12 PCs pending", "2026-10-14T04:40:00Z", ISHIKAWA,
				"Seven of twelve office PCs are 30 to 96 days behind on security updates.",
				"事務所PC12台中7台でセキュリティ更新が30〜96日遅れている。", true,
				DemoEvidenceFiles.updateStatusScreenshot());
		ev("E-011", EvidenceKind.SCREENSHOT, Tlp.RED, "VPN gateway firmware 6.4.2", "2026-10-14T05:30:00Z", ISHIKAWA,
				"The internet-facing VPN gateway runs firmware 6.4.2; 6.4.9 fixes a critical vulnerability.",
				"インターネットに接するVPN装置のファームウェアは6.4.2で、重大な脆弱性を修正した6.4.9が未適用。", true,
				DemoEvidenceFiles.vpnAdminScreenshot());
		ev("E-012", EvidenceKind.DOCUMENT, Tlp.GREEN, "Training attendance FY2026", "2026-10-15T02:00:00Z", MORIMOTO,
				"Training attendance above 90% with a make-up session planned.", "受講率90%以上、未受講者向けの補講を予定。", true,
				DemoEvidenceFiles.trainingRecordPdf());
		ev("E-013", EvidenceKind.DOCUMENT, Tlp.AMBER, "Kisaragi's subcontractor list", "2026-10-15T02:30:00Z", MORIMOTO,
				"Three subcontractors, one not declared to the buyer; agreements carry confidentiality only.",
				"再委託先3社のうち1社は発注元へ未申請。契約は秘密保持のみ。", true,
				DemoEvidenceFiles.subcontractorListPdf());
		ev("E-014", EvidenceKind.SCREENSHOT, Tlp.AMBER, "Update console after remediation", "2026-11-06T08:05:00Z",
				"Yumi Takeda (Kisaragi Electronics)", "All twelve office PCs are up to date.", "事務所PC12台すべてが最新。",
				false, DemoEvidenceFiles.updateStatusAfterScreenshot());
		ev("E-015", EvidenceKind.PHOTO, Tlp.GREEN, "Whiteboard after cleaning", "2026-10-19T00:02:10Z",
				"Kenji Hoshino (Kisaragi Electronics)", "The password has been wiped from the whiteboard.",
				"ホワイトボードからパスワードが消去された。", false, DemoEvidenceFiles.whiteboardCleanedPhoto());
		ev("E-016", EvidenceKind.DOCUMENT, Tlp.AMBER, "Incident response procedure PRC-014 v2", "2026-11-10T06:00:00Z",
				"Kenji Hoshino (Kisaragi Electronics)",
				"Revised procedure with customer notification within 24 hours and subcontractor reporting.",
				"顧客への24時間以内の報告と再委託先からの報告を定めた改訂手順。", false,
				DemoEvidenceFiles.incidentProcedureRevisedPdf());
		evidence.get("E-010").setExpiresOn(LocalDate.of(2027, 4, 14));
		evidence.get("E-011").setExpiresOn(LocalDate.of(2027, 4, 14));
	}

	private void ev(String code, EvidenceKind kind, Tlp tlp, String title, String capturedAt, String capturedBy,
			String caption, String captionJa, boolean duringVisit, DemoFile... files) throws IOException {
		Evidence item = F.createEvidence();
		item.setId(id("evidence/" + code));
		item.setCode(code);
		item.setTitle(title);
		item.setKind(kind);
		item.setTlp(tlp);
		Instant captured = Instant.parse(capturedAt);
		item.setCapturedAt(captured);
		item.setRecordedAt(duringVisit ? Instant.parse("2026-10-15T09:00:00Z") : captured.plus(Duration.ofHours(2)));
		item.setCapturedBy(capturedBy);
		item.setCaption(caption);
		item.setCaptionJa(captionJa);
		if (duringVisit) {
			item.setVisit(visit);
		}
		for (DemoFile file : files) {
			Path path = scratch.resolve(file.name());
			Files.write(path, file.content());
			EvidenceFile stored = store.add(path);
			if (!stored.getMediaType().equals(file.mediaType())) {
				throw new IllegalStateException(file.name() + ": media type " + stored.getMediaType());
			}
			item.getFiles().add(stored);
		}
		project.getEvidence().add(item);
		evidence.put(code, item);
	}

	// ----------------------------------------------------------------------------- verifications

	/** Specific notes, methods and evidence for the responses the auditors looked at closely. */
	private void verifications() {
		verify("kisaragi", "1.1", VerificationMethod.TEST, "Update console shows 7 of 12 PCs 30-96 days behind; automatic"
				+ " updates disabled on some PCs. Declared DONE.", "E-010", "E-007");
		verify("kisaragi", "1.3", VerificationMethod.INTERVIEW, "Personal accounts exist, but the administrator password is"
				+ " shared and no MFA is used for administrators.", "E-007");
		verify("kisaragi", "1.4", VerificationMethod.INTERVIEW, "Accounts of two leavers (2025) still active; no access review"
				+ " has ever been done. Declared DONE.", "E-007");
		verify("kisaragi", "1.5", VerificationMethod.EXAMINE, "Nightly backups exist, but only on an always-connected NAS in the"
				+ " same room; restore never tested.", "E-009");
		verify("kisaragi", "1.8", VerificationMethod.EXAMINE, "VPN in place but five shared accounts and no MFA.", "E-011");
		verify("kisaragi", "2.1", VerificationMethod.EXAMINE, "Attendance records complete for FY2026.", "E-012");
		verify("kisaragi", "2.3", VerificationMethod.EXAMINE, "Administrator password written on the production whiteboard."
				+ " Declared DONE.", "E-002");
		verify("kisaragi", "2.6", VerificationMethod.EXAMINE, "Drawings locked away and folder restricted to the design team;"
				+ " better than declared (PARTLY).", "E-003", "E-008");
		verify("kisaragi", "3.1", VerificationMethod.EXAMINE, "Policy exists but was approved in 2019 and never reviewed.", "E-005");
		verify("kisaragi", "3.3", VerificationMethod.EXAMINE, "Procedure has no customer notification step. Declared DONE.", "E-006");
		verify("kisaragi", "3.4", VerificationMethod.INTERVIEW, "Aoba Software Lab receives specifications and VPN access without"
				+ " an application to the buyer. Declared DONE.", "E-008", "E-013");
		verify("kisaragi", "3.5", VerificationMethod.EXAMINE, "Agreements with Hayate PCB and Aoba carry confidentiality only;"
				+ " no security obligations flow down. Declared DONE.", "E-013");
		verify("kisaragi", "3.6", VerificationMethod.EXAMINE, "Rack labelled and badge reader installed, but the door was propped"
				+ " open.", "E-001", "E-004");
		verify("kisaragi", "3.9", VerificationMethod.EXAMINE, "VPN gateway firmware three years old; critical fix not applied.",
				"E-011", "E-007");
		verify("tokai", "1.4", VerificationMethod.EXAMINE, "Quarterly access review records provided; better than declared (PARTLY).");
		verify("tokai", "3.3", VerificationMethod.EXAMINE, "Procedure already includes 24-hour customer notification; better than"
				+ " declared (PARTLY).");
		verify("tokai", "3.7", VerificationMethod.EXAMINE, "Privacy Mark expired in March 2026; recipient data is passed to Chubu"
				+ " Delivery Partners without a handling agreement. Declared DONE.");
		verify("saigon", "1.4", VerificationMethod.INTERVIEW, "Team leads share one account on the work system.");
		verify("saigon", "3.4", VerificationMethod.INTERVIEW, "The work system is hosted by Bangkok Cloud Hosting; payroll data"
				+ " has been stored in Thailand since June 2025 without the buyer's approval. Declared DONE.");
		verify("saigon", "3.7", VerificationMethod.INTERVIEW, "Processing purposes documented, but the storage country differs"
				+ " from the agreement.");
		verify("castings", "1.9", VerificationMethod.TEST, "Configuration baseline applied to all sampled devices; better than"
				+ " declared (PARTLY).");
		verify("castings", "3.5", VerificationMethod.EXAMINE, "The NDA with Sakura Mold & Die carries confidentiality only;"
				+ " Sakura passes die drawings on to Mikawa Surface Treatment. Declared DONE.");
		response("kisaragi", "1.10").setDeclaredComment("Logs are kept on each device. / ログは各機器に保存。");
		response("kisaragi", "3.10").setDeclaredComment("BCP covers earthquakes only. / BCPは地震のみ想定。");
		response("kisaragi", "3.7").setDeclaredComment("We receive no personal data from Minato. / みなと社から個人情報は受領していない。");
		response("tokai", "1.10").setDeclaredComment("Outsourced to the data-centre provider. / データセンター事業者に委託。");
		response("saigon", "3.4").setDeclaredComment("All subcontracting approved by the customer. / 再委託は全て顧客承認済み。");
		response("castings", "3.10").setDeclaredComment("Group BCP under revision. / グループBCPを改訂中。");
	}

	private void verify(String orgKey, String code, VerificationMethod method, String note, String... evidenceCodes) {
		Response response = response(orgKey, code);
		response.setMethod(method);
		response.setVerificationNote(note);
		response.setVerificationNoteJa(required(NOTES_JA, orgKey + "/" + code));
		for (String evidenceCode : evidenceCodes) {
			response.getEvidence().add(evidence.get(evidenceCode));
		}
	}

	private static String required(Map<String, String> texts, String key) {
		String text = texts.get(key);
		if (text == null) {
			throw new IllegalStateException("no Japanese text for " + key);
		}
		return text;
	}

	// -------------------------------------------------------------------------- findings, actions

	private void findings() {
		finding("F-001", Severity.CRITICAL, FindingStatus.CLOSED, Tlp.RED, "kisaragi", "2.3", true, "2026-10-15",
				"Administrator password displayed on a whiteboard", "管理者パスワードがホワイトボードに掲示",
				"The administrator password of the production management system was written on the production-office"
						+ " whiteboard, visible to staff and visitors.", "E-002");
		finding("F-002", Severity.HIGH, FindingStatus.OPEN, Tlp.RED, "kisaragi", "3.9", true, "2026-10-15",
				"VPN gateway firmware with a known critical vulnerability", "既知の重大な脆弱性があるVPN装置のファームウェア",
				"The internet-facing VPN gateway runs firmware 6.4.2 (2023); the vendor's fix 6.4.9 for a critical"
						+ " vulnerability is not applied and five VPN accounts are shared.", "E-011", "E-007");
		finding("F-003", Severity.HIGH, FindingStatus.OPEN, Tlp.AMBER, "kisaragi", "3.4", true, "2026-10-15",
				"Undeclared subcontracting to Aoba Software Lab", "青葉ソフトウェア研究所への未申請の再委託",
				"ECU-7 specifications and VPN access to the test bench are given to Aoba Software Lab since 2023"
						+ " without an application to or approval by the buyer.", "E-008", "E-013");
		finding("F-004", Severity.HIGH, FindingStatus.OPEN, Tlp.AMBER, "kisaragi", "3.5", true, "2026-10-15",
				"Security obligations not flowed down to Hayate PCB Assembly", "疾風基板実装へのセキュリティ義務の継承なし",
				"The special terms with the buyer require flow-down (Art. 6), but the basic subcontracting agreement with"
						+ " Hayate PCB Assembly contains a confidentiality clause only, while Gerber data flows to it.", "E-013");
		finding("F-005", Severity.MEDIUM, FindingStatus.OPEN, Tlp.AMBER, "kisaragi", "1.1", true, "2026-10-15",
				"Security updates missing on office PCs", "事務所PCのセキュリティ更新の未適用",
				"Seven of twelve office PCs were 30 to 96 days behind on security updates.", "E-010", "E-007");
		finding("F-006", Severity.MEDIUM, FindingStatus.CLOSED, Tlp.AMBER, "kisaragi", "3.3", true, "2026-10-15",
				"Incident procedure lacks customer notification", "インシデント手順に顧客への報告がない",
				"Procedure PRC-014 defines no notification of customers, contrary to the 24-hour notification of the"
						+ " special terms (Art. 3).", "E-006");
		finding("F-007", Severity.MEDIUM, FindingStatus.OPEN, Tlp.AMBER, "kisaragi", "1.5", true, "2026-10-15",
				"No offline backup", "オフラインのバックアップがない",
				"The only backup is on an always-connected NAS next to the file server; ransomware would reach it.", "E-009");
		finding("F-008", Severity.LOW, FindingStatus.OPEN, Tlp.GREEN, "kisaragi", "3.6", true, "2026-10-15",
				"Server-room door left open", "サーバ室の扉の開放",
				"The server-room door was propped open with a box during the visit.", "E-004");
		finding("F-009", Severity.INFO, FindingStatus.OPEN, Tlp.GREEN, "kisaragi", "2.1", true, "2026-10-15",
				"Good training records; consider phishing drills", "教育記録は良好、標的型メール訓練を推奨",
				"Training attendance is above 90% and well documented; a yearly phishing drill would test it.", "E-012");
		finding("F-010", Severity.LOW, FindingStatus.OPEN, Tlp.GREEN, "kisaragi", "3.1", true, "2026-10-15",
				"Security policy not reviewed since 2019", "セキュリティ方針が2019年以降見直されていない",
				"Policy ISP-001 was approved in 2019 and has no review date.", "E-005");
		finding("F-011", Severity.HIGH, FindingStatus.OPEN, Tlp.AMBER, "tokai", "3.7", false, "2026-08-20",
				"Personal data passed on without safeguards; Privacy Mark expired", "安全管理措置なしの個人情報の提供、Pマーク失効",
				"Recipient names and addresses go to Chubu Delivery Partners under a specification without flow-down of the"
						+ " buyer's obligations; the NDA with the buyer has no flow-down clause and the Privacy Mark expired on 2026-03-31.");
		finding("F-012", Severity.CRITICAL, FindingStatus.OPEN, Tlp.AMBER_STRICT, "saigon", "3.4", false, "2026-09-10",
				"Buyer's payroll data stored in Thailand without approval", "発注元の給与データが承認なくタイで保管",
				"Saigon Data Services hosts its work system, including the buyer's payroll data, at Bangkok Cloud Hosting;"
						+ " neither the transfer nor the subcontractor was approved.");
		finding("F-013", Severity.MEDIUM, FindingStatus.OPEN, Tlp.GREEN, "castings", "3.5", false, "2026-07-28",
				"Flow-down chain broken at Sakura Mold & Die", "さくら金型で再委託先への義務の継承が途切れている",
				"The master agreement requires flow-down, but the NDA with Sakura Mold & Die has confidentiality only and"
						+ " Sakura passes die drawings to Mikawa Surface Treatment, which was never declared.");
	}

	private void finding(String code, Severity severity, FindingStatus status, Tlp tlp, String orgKey, String requirement,
			boolean onVisit, String raisedOn, String title, String titleJa, String description, String... evidenceCodes) {
		Finding finding = F.createFinding();
		finding.setId(id("finding/" + code));
		finding.setCode(code);
		finding.setTitle(title);
		finding.setTitleJa(titleJa);
		finding.setDescription(description);
		finding.setDescriptionJa(required(FINDING_DESCRIPTIONS_JA, code));
		String[] form = FINDING_AUDIT_FORM.get(code);
		finding.setCause(form[0]);
		finding.setCauseJa(form[1]);
		finding.setEffect(form[2]);
		finding.setEffectJa(form[3]);
		finding.setRecommendation(form[4]);
		finding.setRecommendationJa(form[5]);
		String[] response = MANAGEMENT_RESPONSES.get(code);
		if (response != null) {
			finding.setManagementResponse(response[0]);
			finding.setManagementResponseJa(response[1]);
			finding.setManagementResponseBy(response[2]);
			finding.setManagementResponseOn(LocalDate.parse(response[3]));
		}
		finding.setSeverity(severity);
		finding.setRequirement(requirements.get(requirement));
		finding.setOrganization(organizations.get(orgKey));
		finding.setAssessment(assessments.get(orgKey));
		if (onVisit) {
			finding.setVisit(visit);
		}
		for (String evidenceCode : evidenceCodes) {
			finding.getEvidence().add(evidence.get(evidenceCode));
		}
		finding.setTlp(tlp);
		finding.setStatus(status);
		finding.setRaisedOn(LocalDate.parse(raisedOn));
		project.getFindings().add(finding);
		findings.put(code, finding);
	}

	private void actions() {
		String kisaragiIt = "Yumi Takeda, IT (Kisaragi Electronics) / Yumi Takeda（如月電子工業 情報システム担当）";
		String kisaragiGa = "Kenji Hoshino, General Affairs (Kisaragi Electronics) / Kenji Hoshino（如月電子工業 総務課）";
		action("A-001", "F-001", kisaragiIt, "2026-10-21", ActionStatus.VERIFIED, "2026-10-19",
				"Wipe the whiteboard, change the administrator password and issue personal administrator accounts.",
				"ホワイトボードを消去し、管理者パスワードを変更し、個人別の管理者アカウントを発行する。", "E-015");
		action("A-002", "F-002", kisaragiIt, "2026-10-31", ActionStatus.IN_PROGRESS, null,
				"Update the VPN gateway to 6.4.9 or later, replace shared VPN accounts by personal ones with MFA.",
				"VPN装置を6.4.9以降に更新し、共用アカウントを多要素認証付きの個人アカウントに置き換える。");
		action("A-003", "F-003", kisaragiGa, "2026-11-15", ActionStatus.PLANNED, null,
				"Apply to Minato Drive Systems for approval of Aoba Software Lab, or stop passing information to it.",
				"青葉ソフトウェア研究所の再委託をみなと駆動システムへ申請する。承認まで情報提供を停止する。");
		action("A-004", "F-004", kisaragiGa, "2026-12-20", ActionStatus.IN_PROGRESS, null,
				"Amend the agreement with Hayate PCB Assembly with the security clauses of the special terms.",
				"疾風基板実装との契約に特約のセキュリティ条項を追加する。");
		action("A-005", "F-005", kisaragiIt, "2026-11-07", ActionStatus.DONE, "2026-11-06",
				"Apply all pending updates and enforce automatic updates by group policy.",
				"未適用の更新を全て適用し、グループポリシーで自動更新を強制する。", "E-014");
		action("A-006", "F-006", kisaragiGa, "2026-11-30", ActionStatus.VERIFIED, "2026-11-10",
				"Revise PRC-014 to notify customers within 24 hours and require reports from subcontractors.",
				"PRC-014を改訂し、24時間以内の顧客報告と再委託先からの報告を定める。", "E-016");
		action("A-007", "F-007", kisaragiIt, "2027-01-31", ActionStatus.IN_PROGRESS, null,
				"Add an offline (rotated disk) backup copy and test a restore.",
				"オフライン（ローテーション媒体）のバックアップを追加し、復元試験を行う。");
		action("A-008", "F-008", kisaragiGa, "2026-10-31", ActionStatus.PLANNED, null,
				"Fit a door closer and an open-door alarm to the server room.",
				"サーバ室の扉にドアクローザと開放警報を取り付ける。");
		action("A-009", "F-010", kisaragiGa, "2026-12-25", ActionStatus.DONE, "2026-11-20",
				"Review and re-approve the security policy; set a two-year review cycle.",
				"セキュリティ方針を見直して再承認し、2年ごとの見直しを定める。");
		action("A-010", "F-011", "Naoko Fujii, Compliance (Tokai Logistics) / Naoko Fujii（東海ロジスティクスサービス コンプライアンス担当）", "2026-09-30", ActionStatus.IN_PROGRESS, null,
				"Renew the Privacy Mark and conclude a personal-data handling agreement with Chubu Delivery Partners.",
				"Pマークを更新し、中部配送パートナーズと個人情報の取扱いに関する契約を締結する。");
		action("A-011", "F-012", "Daisuke Mori, CISO (Minato Information Systems) / Daisuke Mori（みなとインフォメーションシステムズ CISO）", "2026-09-24", ActionStatus.IN_PROGRESS, null,
				"Stop storing payroll data in Thailand until approved; submit a data-flow map and a subcontracting application.",
				"承認までタイでの給与データ保管を停止し、データフロー図と再委託申請を提出する。");
		action("A-012", "F-013", "Hiroshi Kondo, IT (Minato Precision Castings) / Hiroshi Kondo（みなと精密鋳造 情報システム担当）", "2026-12-15", ActionStatus.PLANNED, null,
				"Replace the NDA with Sakura Mold & Die by an agreement with flow-down clauses; collect Mikawa's declaration.",
				"さくら金型とのNDAを継承条項付きの契約に置き換え、三河表面処理の再委託申請を取得する。");
	}

	private void action(String code, String findingCode, String owner, String due, ActionStatus status,
			String completedOn, String text, String textJa, String... closureEvidence) {
		RemediationAction action = F.createRemediationAction();
		action.setId(id("action/" + code));
		action.setCode(code);
		action.setFinding(findings.get(findingCode));
		action.setAction(text);
		action.setActionJa(textJa);
		action.setOwner(owner);
		action.setDueDate(LocalDate.parse(due));
		action.setStatus(status);
		action.setCompletedOn(completedOn == null ? null : LocalDate.parse(completedOn));
		List<Evidence> closure = new ArrayList<>();
		for (String evidenceCode : closureEvidence) {
			closure.add(evidence.get(evidenceCode));
		}
		action.getClosureEvidence().addAll(closure);
		project.getRemediationActions().add(action);
	}
}
