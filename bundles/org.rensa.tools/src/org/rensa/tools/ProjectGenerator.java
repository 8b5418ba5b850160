// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.EList;
import org.rensa.core.storage.EvidenceStore;
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
import org.rensa.model.Verdict;
import org.rensa.model.VerificationMethod;
import org.rensa.model.Visit;

/**
 * Generates a synthetic audit project of realistic shape: a buyer, suppliers and subcontractors on
 * tiers 1–4 with subcontract fan-out, contracts with clauses, a checklist, assessments with declared
 * and verified responses, visits, evidence, findings and remediation actions. The result depends only
 * on the {@link Spec} (ids included), so the same seed gives byte-identical projects.
 */
public final class ProjectGenerator {

	/** The reference date of generated data (dates spread around it). */
	public static final LocalDate BASE_DATE = LocalDate.of(2026, 4, 1);

	/**
	 * What to generate.
	 *
	 * @param organizations total number of organisations including the buyer (at least 1)
	 * @param directSuppliers number of tier-1 suppliers, or 0 for 30 % of the organisations
	 * @param responses total number of responses
	 * @param evidence number of evidence records
	 * @param seed the random seed
	 * @param writeFiles whether evidence file contents are written to the evidence store
	 */
	public record Spec(int organizations, int directSuppliers, int responses, int evidence, long seed,
			boolean writeFiles) {

		/**
		 * A spec with 30 % of the organisations on tier 1.
		 *
		 * @param organizations total number of organisations including the buyer
		 * @param responses total number of responses
		 * @param evidence number of evidence records
		 * @param seed the random seed
		 * @param writeFiles whether evidence file contents are written
		 */
		public Spec(int organizations, int responses, int evidence, long seed, boolean writeFiles) {
			this(organizations, 0, responses, evidence, seed, writeFiles);
		}

		/**
		 * The shape used by {@code rensa generate}: {@code suppliers} tier-1 suppliers with about 2.35
		 * subcontractors each on tiers 2–4, 20 responses and 5 evidence records per organisation
		 * below the buyer.
		 *
		 * @param suppliers the number of tier-1 suppliers
		 * @param seed the seed
		 * @return the spec, writing evidence files
		 */
		public static Spec forSuppliers(int suppliers, long seed) {
			int below = suppliers + Math.round(suppliers * SUBCONTRACTORS_PER_SUPPLIER);
			return new Spec(below + 1, suppliers, below * 20, below * 5, seed, true);
		}
	}

	/** Subcontractors per tier-1 supplier on tiers 2, 3 and 4 together. */
	private static final float SUBCONTRACTORS_PER_SUPPLIER = 2.35f;
	/** Relative sizes of tiers 2, 3 and 4. */
	private static final float[] LOWER_TIERS = { 1.2f, 0.8f, 0.35f };

	private static final String[] SECTORS = { "automotive parts", "electronics", "logistics", "software development",
			"chemicals", "machining", "IT services", "printing", "cloud hosting", "facility management" };
	private static final String[] COUNTRIES = { "JP", "JP", "JP", "JP", "JP", "JP", "VN", "CN", "TH", "US" };
	private static final String[][] SECTIONS = { { "1", "Governance", "組織的対策" }, { "2", "Access control", "アクセス管理" },
			{ "3", "Asset and data protection", "資産・情報の保護" }, { "4", "Operations and OT", "運用・制御系" },
			{ "5", "Incident response", "インシデント対応" } };
	private static final int REQUIREMENTS = 40;

	private final Spec spec;
	private final Random random;
	private final RensaFactory factory = RensaFactory.eINSTANCE;

	/** @param spec what to generate */
	public ProjectGenerator(Spec spec) {
		if (spec.organizations() < 1 || spec.directSuppliers() < 0 || spec.responses() < 0 || spec.evidence() < 0) {
			throw new IllegalArgumentException("organizations must be at least 1, the other counts not negative");
		}
		this.spec = spec;
		this.random = new Random(spec.seed());
	}

	/**
	 * Fills an (empty) project.
	 *
	 * @param project the project root to fill
	 * @param store where evidence files are written when {@link Spec#writeFiles()} is set (may be
	 *        {@code null} otherwise)
	 * @throws IOException when an evidence file cannot be written
	 */
	public void generate(AuditProject project, EvidenceStore store) throws IOException {
		project.setId(nextId());
		project.setDescription("Synthetic supply chain generated with seed " + spec.seed() + ": "
				+ spec.organizations() + " organisations, " + spec.responses() + " responses, " + spec.evidence()
				+ " evidence records.");
		Organization buyer = organization(OrganizationKind.BUYER, "Buyer Holdings", "発注元ホールディングス", 0);
		buyer.setSizeClass(SizeClass.LARGE);
		project.getOrganizations().add(buyer);
		project.setBuyer(buyer);

		List<List<Organization>> tiers = supplyChain(project, buyer);
		List<ClauseTemplate> templates = clauseTemplates(project);
		contracts(project, buyer, tiers, templates);
		List<Requirement> requirements = checklist(project);
		Checklist checklist = project.getChecklists().get(0);
		List<Organization> suppliers = new ArrayList<>();
		tiers.forEach(suppliers::addAll);
		Campaign campaign = factory.createCampaign();
		campaign.setId(nextId());
		campaign.setName("FY2026 supplier review");
		campaign.setNameJa("2026年度 取引先点検");
		campaign.setFiscalYear(2026);
		campaign.setStartDate(BASE_DATE);
		campaign.setEndDate(BASE_DATE.plusMonths(11).minusDays(1));
		campaign.setChecklist(checklist);
		project.getCampaigns().add(campaign);
		List<Response> verified = assessments(project, campaign, checklist, requirements, suppliers);
		evidence(project, verified, store);
		findings(project, verified);
	}

	private List<List<Organization>> supplyChain(AuditProject project, Organization buyer) {
		int n = spec.organizations() - 1;
		int[] sizes = new int[4];
		sizes[0] = n == 0 ? 0 : spec.directSuppliers() > 0 ? Math.min(n, spec.directSuppliers()) : Math.max(1, Math.round(n * 0.30f));
		int rest = n - sizes[0];
		sizes[1] = Math.round(rest * LOWER_TIERS[0] / SUBCONTRACTORS_PER_SUPPLIER);
		sizes[2] = Math.min(rest - sizes[1], Math.round(rest * LOWER_TIERS[1] / SUBCONTRACTORS_PER_SUPPLIER));
		sizes[3] = rest - sizes[1] - sizes[2];
		List<List<Organization>> tiers = new ArrayList<>();
		int number = 1;
		for (int tier = 0; tier < 4; tier++) {
			List<Organization> members = new ArrayList<>();
			for (int i = 0; i < sizes[tier]; i++, number++) {
				boolean direct = tier == 0;
				Organization organization = organization(direct ? OrganizationKind.SUPPLIER : OrganizationKind.SUBCONTRACTOR,
						String.format("%s %05d K.K.", direct ? "Supplier" : "Subcontractor", number),
						String.format("%s %05d 株式会社", direct ? "取引先" : "再委託先", number), number);
				project.getOrganizations().add(organization);
				members.add(organization);
				Organization parent = direct ? buyer : pick(tiers.get(tier - 1));
				project.getRelationships().add(relationship(parent, organization, direct));
			}
			tiers.add(members);
		}
		return tiers;
	}

	private Organization organization(OrganizationKind kind, String name, String nameJa, int number) {
		Organization organization = factory.createOrganization();
		organization.setId(nextId());
		organization.setKind(kind);
		organization.setName(name);
		organization.setNameJa(nameJa);
		organization.setCountry(kind == OrganizationKind.BUYER ? "JP" : COUNTRIES[random.nextInt(COUNTRIES.length)]);
		organization.setSector(SECTORS[random.nextInt(SECTORS.length)]);
		organization.setSizeClass(random.nextInt(10) < 8 ? SizeClass.SME : SizeClass.LARGE);
		organization.setCapitalTie(random.nextInt(100) < 15 ? CapitalTie.GROUP_COMPANY : CapitalTie.INDEPENDENT);
		organization.setAddress((number % 47 + 1) + "-" + (number % 9 + 1) + " Chiyoda, Tokyo");
		if (random.nextInt(100) < 40) {
			Certification isms = factory.createCertification();
			isms.setScheme(CertificationScheme.ISMS);
			isms.setCertificateNumber("IS " + (600000 + number));
			isms.setIssuer("JQA");
			isms.setValidFrom(BASE_DATE.minusDays(365 + random.nextInt(700)));
			isms.setValidUntil(isms.getValidFrom().plusYears(3));
			organization.getCertifications().add(isms);
		}
		if (random.nextInt(100) < 20) {
			Certification action = factory.createCertification();
			action.setScheme(CertificationScheme.SECURITY_ACTION_TWO_STAR);
			action.setValidFrom(BASE_DATE.minusDays(random.nextInt(1500)));
			organization.getCertifications().add(action);
		}
		Contact contact = factory.createContact();
		contact.setName("Contact " + number);
		contact.setRole(number == 0 ? "CISO" : "IT manager");
		contact.setEmail("security@org" + number + ".example");
		organization.getContacts().add(contact);
		return organization;
	}

	private Relationship relationship(Organization from, Organization to, boolean direct) {
		Relationship relationship = factory.createRelationship();
		relationship.setId(nextId());
		relationship.setFrom(from);
		relationship.setTo(to);
		relationship.setKind(direct ? RelationshipKind.SUPPLY : RelationshipKind.SUBCONTRACT);
		relationship.setDeclaredToBuyer(direct || random.nextInt(100) < 90);
		relationship.setApproved(direct || random.nextInt(100) < 85);
		InformationClass[] classes = InformationClass.values();
		int count = 1 + random.nextInt(2);
		for (int i = 0; i < count; i++) {
			InformationClass informationClass = classes[random.nextInt(classes.length - 1)];
			if (!relationship.getInformationClasses().contains(informationClass)) {
				relationship.getInformationClasses().add(informationClass);
			}
		}
		relationship.setSince(BASE_DATE.minusDays(30 + random.nextInt(3000)));
		return relationship;
	}

	private List<ClauseTemplate> clauseTemplates(AuditProject project) {
		List<ClauseTemplate> templates = new ArrayList<>();
		for (ClauseCategory category : ClauseCategory.values()) {
			ClauseTemplate template = factory.createClauseTemplate();
			template.setId(nextId());
			template.setCategory(category);
			template.setTitle(category.getName().charAt(0) + category.getName().substring(1).toLowerCase().replace('_', ' '));
			template.setWording("The Supplier shall comply with the " + template.getTitle().toLowerCase() + " obligations.");
			template.setFlowsDown(category == ClauseCategory.FLOW_DOWN || category == ClauseCategory.CONFIDENTIALITY);
			project.getClauseTemplates().add(template);
			templates.add(template);
		}
		return templates;
	}

	private void contracts(AuditProject project, Organization buyer, List<List<Organization>> tiers,
			List<ClauseTemplate> templates) {
		Relationship[] relationshipOf = project.getRelationships().toArray(new Relationship[0]);
		int index = 0;
		for (List<Organization> tier : tiers) {
			for (Organization organization : tier) {
				Relationship relationship = relationshipOf[index++];
				boolean direct = relationship.getKind() == RelationshipKind.SUPPLY;
				if (!direct && random.nextInt(100) >= 50) {
					continue;
				}
				Contract contract = factory.createContract();
				contract.setId(nextId());
				contract.setKind(direct ? ContractKind.MASTER_AGREEMENT : ContractKind.NDA);
				contract.setTitle((direct ? "Master agreement " : "NDA ") + ElementName.of(relationship.getFrom()) + " / "
						+ ElementName.of(organization));
				contract.getParties().add(direct ? buyer : relationship.getFrom());
				contract.getParties().add(organization);
				contract.setRelationship(relationship);
				contract.setSignedOn(relationship.getSince());
				contract.setExpiresOn(relationship.getSince().plusYears(5));
				contract.getClauses().add(clause(ClauseCategory.CONFIDENTIALITY, templates, "Art. 5"));
				if (direct) {
					if (random.nextInt(100) < 50) {
						Clause incident = clause(ClauseCategory.INCIDENT_NOTIFICATION, templates, "Art. 12");
						incident.setNotificationDeadlineHours(random.nextBoolean() ? 24 : 72);
						contract.getClauses().add(incident);
					}
					if (random.nextInt(100) < 30) {
						contract.getClauses().add(clause(ClauseCategory.AUDIT_RIGHT, templates, "Art. 14"));
					}
					if (random.nextInt(100) < 60) {
						contract.getClauses().add(clause(ClauseCategory.SUBCONTRACTING_APPROVAL, templates, "Art. 9"));
					}
					if (random.nextInt(100) < 70) {
						contract.getClauses().add(clause(ClauseCategory.FLOW_DOWN, templates, "Art. 10"));
					}
				}
				project.getContracts().add(contract);
			}
		}
	}

	private Clause clause(ClauseCategory category, List<ClauseTemplate> templates, String reference) {
		ClauseTemplate template = templates.get(category.ordinal());
		Clause clause = factory.createClause();
		clause.setId(nextId());
		clause.setCategory(category);
		clause.setReference(reference);
		clause.setText(template.getWording());
		clause.setFlowsDown(template.isFlowsDown());
		clause.setTemplate(template);
		return clause;
	}

	private List<Requirement> checklist(AuditProject project) {
		Checklist checklist = factory.createChecklist();
		checklist.setId(nextId());
		checklist.setName("Supplier security self-check");
		checklist.setNameJa("取引先セキュリティ セルフチェック");
		checklist.setVersion("2.0");
		checklist.setSource("Synthetic, after the automotive industry self-check guideline");
		List<Requirement> requirements = new ArrayList<>();
		int perSection = REQUIREMENTS / SECTIONS.length;
		for (String[] s : SECTIONS) {
			Section section = factory.createSection();
			section.setId(nextId());
			section.setCode(s[0]);
			section.setTitle(s[1]);
			section.setTitleJa(s[2]);
			for (int i = 1; i <= perSection; i++) {
				Requirement requirement = factory.createRequirement();
				requirement.setId(nextId());
				requirement.setCode(s[0] + "." + i);
				requirement.setTitle(s[1] + " control " + i);
				requirement.setTitleJa(s[2] + " " + i);
				requirement.setLevel(1 + (i - 1) % 3);
				requirement.setLevelLabel("Lv" + requirement.getLevel());
				requirement.getReferences().add("NIST SP 800-171 3." + (i % 14 + 1) + "." + (i % 9 + 1));
				section.getRequirements().add(requirement);
				requirements.add(requirement);
			}
			checklist.getSections().add(section);
		}
		project.getChecklists().add(checklist);
		return requirements;
	}

	private List<Response> assessments(AuditProject project, Campaign campaign, Checklist checklist,
			List<Requirement> requirements, List<Organization> suppliers) {
		List<Response> verified = new ArrayList<>();
		if (suppliers.isEmpty()) {
			return verified;
		}
		int remaining = spec.responses();
		int number = 0;
		DeclaredAnswer[] answers = DeclaredAnswer.values();
		while (remaining > 0) {
			Organization organization = suppliers.get(number % suppliers.size());
			number++;
			Assessment assessment = factory.createAssessment();
			assessment.setId(nextId());
			assessment.setOrganization(organization);
			assessment.setChecklist(checklist);
			assessment.setCampaign(campaign);
			assessment.setRespondent("Contact " + number);
			assessment.setDeclaredOn(BASE_DATE.plusDays(random.nextInt(60)));
			boolean visited = random.nextInt(100) < 50;
			assessment.setStatus(visited ? AssessmentStatus.VERIFYING : AssessmentStatus.DECLARED);
			if (number <= suppliers.size()) {
				campaign.getOrganizations().add(organization);
			}
			EList<Response> responses = assessment.getResponses();
			for (int i = 0; i < requirements.size() && remaining > 0; i++, remaining--) {
				Response response = factory.createResponse();
				response.setId(nextId());
				response.setRequirement(requirements.get(i));
				int a = random.nextInt(100);
				DeclaredAnswer declared = a < 60 ? DeclaredAnswer.DONE
						: a < 80 ? DeclaredAnswer.PARTLY : a < 90 ? DeclaredAnswer.NOT_DONE : answers[4 + random.nextInt(2)];
				response.setDeclaredAnswer(declared);
				if (visited) {
					int v = random.nextInt(100);
					Verdict verdict = declared == DeclaredAnswer.NOT_APPLICABLE ? Verdict.NOT_APPLICABLE
							: v < 70 ? (declared == DeclaredAnswer.DONE ? Verdict.CONFORM
									: declared == DeclaredAnswer.PARTLY ? Verdict.PARTIALLY_CONFORM : Verdict.NONCONFORM)
									: v < 85 ? Verdict.PARTIALLY_CONFORM : v < 95 ? Verdict.NONCONFORM : Verdict.CONFORM;
					response.setVerdict(verdict);
					response.setMethod(VerificationMethod.get(1 + random.nextInt(3)));
					response.setVerifiedBy("Auditor " + (1 + random.nextInt(5)));
					response.setVerifiedAt(Instant.parse("2026-06-01T09:00:00Z").plusSeconds(random.nextInt(86400 * 90)));
					if (verdict != Verdict.CONFORM) {
						response.setVerificationNote("Observed on site: control " + requirements.get(i).getCode()
								+ " not fully implemented.");
					}
					verified.add(response);
				}
				responses.add(response);
			}
			project.getAssessments().add(assessment);
			if (visited && random.nextInt(100) < 20) {
				Visit visit = factory.createVisit();
				visit.setId(nextId());
				visit.setOrganization(organization);
				visit.setAssessment(assessment);
				visit.setSite("Main plant");
				visit.setStartDate(BASE_DATE.plusDays(60 + random.nextInt(90)));
				visit.setEndDate(visit.getStartDate().plusDays(1));
				visit.getAuditors().add("Auditor " + (1 + random.nextInt(5)));
				visit.getInterviewees().add("Contact " + number);
				visit.setScope("Information security controls for the buyer's confidential information");
				project.getVisits().add(visit);
			}
		}
		return verified;
	}

	private void evidence(AuditProject project, List<Response> verified, EvidenceStore store) throws IOException {
		EvidenceKind[] kinds = EvidenceKind.values();
		for (int i = 1; i <= spec.evidence(); i++) {
			Evidence evidence = factory.createEvidence();
			evidence.setId(nextId());
			evidence.setCode(String.format("EV-%06d", i));
			evidence.setKind(kinds[random.nextInt(kinds.length)]);
			evidence.setTitle(evidence.getKind().getName().toLowerCase().replace('_', ' ') + " " + i);
			Instant captured = Instant.parse("2026-06-01T09:00:00Z").plusSeconds(random.nextInt(86400 * 90));
			evidence.setCapturedAt(captured);
			evidence.setRecordedAt(captured.plusSeconds(600));
			evidence.setCapturedBy("Auditor " + (1 + random.nextInt(5)));
			evidence.setTlp(random.nextInt(10) < 7 ? Tlp.AMBER : Tlp.GREEN);
			String name = evidence.getCode() + (evidence.getKind() == EvidenceKind.PHOTO ? ".jpg" : ".txt");
			byte[] content = ("Synthetic evidence " + evidence.getCode() + " " + random.nextLong() + "\n")
					.getBytes(StandardCharsets.UTF_8);
			EvidenceFile file;
			if (spec.writeFiles() && store != null) {
				file = store.add(name, content);
			} else {
				file = factory.createEvidenceFile();
				String sha256 = EvidenceStore.hash(content);
				file.setPath(EvidenceStore.relativePath(sha256));
				file.setOriginalName(name);
				file.setMediaType(EvidenceStore.mediaTypeOf(name));
				file.setSize(content.length);
				file.setSha256(sha256);
			}
			evidence.getFiles().add(file);
			if (!verified.isEmpty()) {
				verified.get(random.nextInt(verified.size())).getEvidence().add(evidence);
			}
			project.getEvidence().add(evidence);
		}
	}

	private void findings(AuditProject project, List<Response> verified) {
		int number = 0;
		Severity[] severities = Severity.values();
		for (Response response : verified) {
			if (response.getVerdict() != Verdict.NONCONFORM || random.nextInt(100) >= 90) {
				continue;
			}
			Assessment assessment = (Assessment) response.eContainer();
			number++;
			Finding finding = factory.createFinding();
			finding.setId(nextId());
			finding.setCode(String.format("F-%05d", number));
			finding.setTitle("Nonconformity on " + response.getRequirement().getCode());
			finding.setSeverity(severities[random.nextInt(severities.length)]);
			finding.setRequirement(response.getRequirement());
			finding.setOrganization(assessment.getOrganization());
			finding.setAssessment(assessment);
			finding.getEvidence().addAll(response.getEvidence());
			finding.setTlp(Tlp.AMBER);
			finding.setRaisedOn(BASE_DATE.plusDays(90 + random.nextInt(60)));
			finding.setStatus(random.nextInt(100) < 80 ? FindingStatus.OPEN : FindingStatus.CLOSED);
			project.getFindings().add(finding);
			RemediationAction action = factory.createRemediationAction();
			action.setId(nextId());
			action.setCode(String.format("A-%05d", number));
			action.setAction("Implement " + response.getRequirement().getCode() + " and provide evidence");
			action.setOwner("Contact at " + ElementName.of(assessment.getOrganization()));
			action.setDueDate(finding.getRaisedOn().plusDays(30 + random.nextInt(150)));
			action.setStatus(ActionStatus.get(random.nextInt(4)));
			if (action.getStatus() == ActionStatus.VERIFIED) {
				action.setCompletedOn(action.getDueDate().minusDays(random.nextInt(20)));
			}
			action.setFinding(finding);
			project.getRemediationActions().add(action);
		}
	}

	private <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	/** @return an EcoreUtil-style UUID ({@code _} plus 22 URL-safe base64 characters) drawn from the seed */
	private String nextId() {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
		bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
		return "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Names used inside generated texts. */
	private static final class ElementName {
		private ElementName() {
		}

		static String of(Organization organization) {
			return organization == null ? "-" : organization.getName();
		}
	}
}
