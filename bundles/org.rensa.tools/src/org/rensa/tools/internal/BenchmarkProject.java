// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import javax.imageio.ImageIO;

import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.ActionStatus;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Checklist;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceKind;
import org.rensa.model.Finding;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.RemediationAction;
import org.rensa.model.RensaFactory;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Section;
import org.rensa.model.Severity;
import org.rensa.model.Tlp;
import org.rensa.model.Verdict;
import org.rensa.model.VerificationMethod;
import org.rensa.model.Visit;

/**
 * A generated project with one large visit: N findings, M photos (camera-sized JPEGs), a 60
 * requirement checklist and one remediation action per finding. Deterministic for a seed.
 */
final class BenchmarkProject {

	private BenchmarkProject() {
	}

	static AuditProjectDocument create(Path directory, int findings, int photos, long seed) throws IOException {
		RensaFactory f = RensaFactory.eINSTANCE;
		Random random = new Random(seed);
		AuditProjectDocument document = ProjectStorage.standard().create(directory, "Benchmark project");
		AuditProject project = document.getProject();
		Organization buyer = f.createOrganization();
		buyer.setKind(OrganizationKind.BUYER);
		buyer.setName("Benchmark Buyer Co., Ltd.");
		buyer.setNameJa("ベンチマーク発注元株式会社");
		Organization supplier = f.createOrganization();
		supplier.setKind(OrganizationKind.SUPPLIER);
		supplier.setName("Benchmark Supplier Co., Ltd.");
		supplier.setNameJa("ベンチマーク取引先株式会社");
		supplier.setAddress("1-1 Example-cho, Nagoya, Aichi");
		project.getOrganizations().add(buyer);
		project.getOrganizations().add(supplier);
		project.setBuyer(buyer);
		Relationship relationship = f.createRelationship();
		relationship.setFrom(buyer);
		relationship.setTo(supplier);
		relationship.setKind(RelationshipKind.SUPPLY);
		relationship.setDeclaredToBuyer(true);
		project.getRelationships().add(relationship);

		Checklist checklist = f.createChecklist();
		checklist.setName("Benchmark checklist");
		checklist.setVersion("1.0");
		project.getChecklists().add(checklist);
		for (int s = 1; s <= 6; s++) {
			Section section = f.createSection();
			section.setCode(String.valueOf(s));
			section.setTitle("Section " + s);
			section.setTitleJa("セクション" + s);
			checklist.getSections().add(section);
			for (int r = 1; r <= 10; r++) {
				Requirement requirement = f.createRequirement();
				requirement.setCode(s + "." + r);
				requirement.setTitle("Requirement " + s + "." + r);
				requirement.setTitleJa("要求事項" + s + "." + r);
				requirement.setDescription("The supplier maintains and reviews control " + s + "." + r + " at least once a year.");
				requirement.setDescriptionJa("取引先は管理策" + s + "." + r + "を維持し、少なくとも年1回見直す。");
				requirement.setLevel(1 + r % 3);
				section.getRequirements().add(requirement);
			}
		}
		Assessment assessment = f.createAssessment();
		assessment.setOrganization(supplier);
		assessment.setChecklist(checklist);
		assessment.setDeclaredOn(LocalDate.of(2026, 9, 1));
		assessment.setRespondent("Taro Example");
		project.getAssessments().add(assessment);
		for (Section section : checklist.getSections()) {
			for (Requirement requirement : section.getRequirements()) {
				Response response = f.createResponse();
				response.setRequirement(requirement);
				response.setDeclaredAnswer(DeclaredAnswer.VALUES.get(1 + random.nextInt(3)));
				response.setVerdict(Verdict.VALUES.get(1 + random.nextInt(3)));
				response.setMethod(VerificationMethod.EXAMINE);
				response.setVerificationNote("Checked on site against the records of the last twelve months.");
				assessment.getResponses().add(response);
			}
		}
		Visit visit = f.createVisit();
		visit.setOrganization(supplier);
		visit.setAssessment(assessment);
		visit.setSite("Head office and plant");
		visit.setStartDate(LocalDate.of(2026, 10, 14));
		visit.setEndDate(LocalDate.of(2026, 10, 16));
		visit.getAuditors().add("Aya Example");
		visit.getInterviewees().add("Kenji Example (IT manager)");
		visit.setScope("All requirements at level 2.");
		project.getVisits().add(visit);

		java.util.List<Requirement> requirements = checklist.getSections().stream().flatMap(s -> s.getRequirements().stream()).toList();
		java.util.List<Finding> created = new java.util.ArrayList<>();
		for (int i = 1; i <= findings; i++) {
			Finding finding = f.createFinding();
			finding.setCode(String.format("F-%03d", i));
			finding.setTitle("Finding " + i + ": control not implemented as declared");
			finding.setTitleJa("指摘事項" + i + "：申告どおりに実施されていない管理策");
			finding.setDescription("During the visit the auditors observed that the control was not applied consistently; "
					+ "records for several months were missing and staff could not describe the procedure.");
			finding.setSeverity(Severity.VALUES.get(random.nextInt(5)));
			finding.setRequirement(requirements.get(random.nextInt(requirements.size())));
			finding.setOrganization(supplier);
			finding.setAssessment(assessment);
			finding.setVisit(visit);
			finding.setTlp(Tlp.GREEN);
			finding.setRaisedOn(LocalDate.of(2026, 10, 16));
			project.getFindings().add(finding);
			created.add(finding);
			RemediationAction action = f.createRemediationAction();
			action.setCode(String.format("A-%03d", i));
			action.setFinding(finding);
			action.setAction("Implement the control and keep records.");
			action.setActionJa("管理策を実施し、記録を保管する。");
			action.setOwner("Kenji Example");
			action.setDueDate(LocalDate.of(2026, 12, 1).plusDays(i % 60));
			action.setStatus(ActionStatus.PLANNED);
			project.getRemediationActions().add(action);
		}
		for (int p = 1; p <= photos; p++) {
			Evidence evidence = f.createEvidence();
			evidence.setCode(String.format("E-%03d", p));
			evidence.setTitle("Photo " + p);
			evidence.setKind(EvidenceKind.PHOTO);
			evidence.setCaption("Photograph " + p + " taken during the site walk.");
			evidence.setCaptionJa("現地確認時に撮影した写真" + p + "。");
			evidence.setCapturedAt(Instant.parse("2026-10-14T01:00:00Z").plusSeconds(p * 97L));
			evidence.setCapturedBy("Aya Example");
			evidence.setTlp(Tlp.GREEN);
			evidence.setVisit(visit);
			evidence.getFiles().add(document.getEvidenceStore().add(String.format("IMG_%04d.jpg", p), photo(random, p)));
			project.getEvidence().add(evidence);
			created.get((p - 1) % created.size()).getEvidence().add(evidence);
		}
		ProjectStorage.standard().save(document);
		return document;
	}

	/** A 1600×1200 JPEG with enough detail to compress like a photograph (a few hundred KB). */
	private static byte[] photo(Random random, int index) throws IOException {
		BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(120 + random.nextInt(80), 120 + random.nextInt(80), 120 + random.nextInt(80)));
		g.fillRect(0, 0, 1600, 1200);
		for (int i = 0; i < 400; i++) {
			g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90));
			g.fillOval(random.nextInt(1600), random.nextInt(1200), 20 + random.nextInt(200), 20 + random.nextInt(200));
		}
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
		g.drawString("Evidence " + index, 80, 140);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}
}
