// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.validation.ProjectValidator;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Evidence;
import org.rensa.model.Finding;
import org.rensa.model.Organization;
import org.rensa.model.RensaPackage;
import org.rensa.model.Response;
import org.rensa.model.Severity;
import org.rensa.model.Verdict;
import org.rensa.model.text.Language;
import org.rensa.sync.ModelMerge;
import org.rensa.sync.ModelMerge.Side;
import org.rensa.sync.ProjectMerge;

/** The model-aware three-way merge on copies of the demo project, without Git. */
class ModelMergeTest {

	@TempDir
	Path temp;

	private Path base;
	private Path ours;
	private Path theirs;

	@BeforeEach
	void copies() throws Exception {
		base = Projects.copy(Projects.demo(), temp.resolve("base"));
		ours = Projects.copy(base, temp.resolve("ours"));
		theirs = Projects.copy(base, temp.resolve("theirs"));
	}

	private ProjectMerge.Result merge(Map<String, Side> resolutions) throws Exception {
		return ProjectMerge.merge(Projects.files(base), Projects.files(ours), Projects.files(theirs), resolutions);
	}

	private AuditProjectDocument loadResult(ProjectMerge.Result result) throws Exception {
		Path merged = Projects.write(result.files(), temp.resolve("merged"));
		return Projects.load(merged);
	}

	private static long errors(AuditProjectDocument document) {
		return ProjectValidator.leaves(ProjectValidator.standard(java.time.Clock.systemUTC()).validate(document)).stream()
				.filter(d -> d.getSeverity() == org.eclipse.emf.common.util.Diagnostic.ERROR).count();
	}

	private static Response response(AuditProject project, int assessment, int index) {
		return project.getAssessments().get(assessment).getResponses().get(index);
	}

	@Test
	void differentVerificationsFindingsAndEvidenceMergeWithoutConflict() throws Exception {
		AuditProjectDocument o = Projects.load(ours);
		response(o.getProject(), 0, 0).setVerdict(Verdict.NONCONFORM);
		Evidence evidence = Projects.capture(o, temp, "ours-photo", "A. Morimoto");
		Projects.save(o);
		AuditProjectDocument t = Projects.load(theirs);
		response(t.getProject(), 0, 1).setVerdict(Verdict.NOT_APPLICABLE);
		Finding finding = EcoreUtil.copy(t.getProject().getFindings().get(0));
		finding.setId("f-theirs");
		finding.setCode("F-99");
		finding.getEvidence().clear();
		finding.getActions().clear();
		t.getProject().getFindings().add(finding);
		Projects.save(t);

		ProjectMerge.Result result = merge(Map.of());
		assertEquals(List.of(), result.conflicts());
		AuditProjectDocument merged = loadResult(result);
		AuditProject project = merged.getProject();
		assertEquals(Verdict.NONCONFORM, response(project, 0, 0).getVerdict());
		assertEquals(Verdict.NOT_APPLICABLE, response(project, 0, 1).getVerdict());
		assertTrue(project.getFindings().stream().anyMatch(f -> "F-99".equals(f.getCode())));
		assertTrue(project.getEvidence().stream().anyMatch(e -> evidence.getId().equals(e.getId())));
		assertEquals(errors(Projects.load(base)), errors(merged), "the merge adds no validation error");
	}

	@Test
	void differentAttributesOfOneOrganisationMerge() throws Exception {
		AuditProjectDocument o = Projects.load(ours);
		Organization org = o.getProject().getOrganizations().get(2);
		org.setNotes("visited twice");
		Projects.save(o);
		AuditProjectDocument t = Projects.load(theirs);
		t.getProject().getOrganizations().get(2).setAddress("1-2-3 Minato, Tokyo");
		Projects.save(t);

		ProjectMerge.Result result = merge(Map.of());
		assertEquals(List.of(), result.conflicts());
		Organization merged = loadResult(result).getProject().getOrganizations().get(2);
		assertEquals("visited twice", merged.getNotes());
		assertEquals("1-2-3 Minato, Tokyo", merged.getAddress());
	}

	@Test
	void theSameAttributeChangedDifferentlyIsAConflictWithBothValues() throws Exception {
		AuditProjectDocument o = Projects.load(ours);
		Response mine = response(o.getProject(), 0, 0);
		String id = mine.getId();
		mine.setVerdict(Verdict.NONCONFORM);
		Projects.save(o);
		AuditProjectDocument t = Projects.load(theirs);
		response(t.getProject(), 0, 0).setVerdict(Verdict.CONFORM);
		Projects.save(t);

		ProjectMerge.Result result = merge(Map.of());
		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		ModelMerge.Conflict conflict = result.conflicts().get(0);
		assertEquals(id, conflict.id());
		assertEquals("verdict", conflict.what());
		assertEquals("nonconform", conflict.ours());
		assertEquals("conform", conflict.theirs());
		assertTrue(conflict.describe().startsWith(id + "\t"), conflict.describe());
		ModelMerge.Conflict.Wording japanese = conflict.in(Language.JAPANESE);
		assertEquals(Language.JAPANESE.label(RensaPackage.Literals.RESPONSE__VERDICT), japanese.what(), "the feature's Japanese name");
		assertEquals(Language.JAPANESE.label(Verdict.NONCONFORM), japanese.ours());
		assertEquals(Language.JAPANESE.label(Verdict.CONFORM), japanese.theirs());
		assertTrue(japanese.element().startsWith(Language.JAPANESE.label(RensaPackage.Literals.RESPONSE)), japanese.element());
		assertTrue(conflict.describe(Language.JAPANESE).contains("\u81ea\u5206\u300c" + japanese.ours() + "\u300d"), conflict.describe(Language.JAPANESE));

		assertEquals(Verdict.CONFORM, response(loadResult(merge(Map.of(id, Side.THEIRS))).getProject(), 0, 0).getVerdict());
		ProjectMerge.Result keepMine = merge(Map.of(id, Side.OURS));
		assertEquals(List.of(), keepMine.conflicts());
		assertEquals(Verdict.NONCONFORM, response(Projects.load(Projects.write(keepMine.files(), temp.resolve("m2"))).getProject(), 0, 0)
				.getVerdict());
	}

	@Test
	void deleteAgainstEditIsAConflict() throws Exception {
		AuditProjectDocument o = Projects.load(ours);
		Finding finding = o.getProject().getFindings().get(3);
		String id = finding.getId();
		EcoreUtil.delete(finding, true);
		Projects.save(o);
		AuditProjectDocument t = Projects.load(theirs);
		t.getProject().getFindings().get(3).setSeverity(Severity.CRITICAL);
		Projects.save(t);

		ProjectMerge.Result result = merge(Map.of());
		assertEquals(1, result.conflicts().stream().filter(c -> c.id().equals(id) && c.what().equals("deleted")).count(),
				result.conflicts().toString());
		assertTrue(result.conflicts().stream().anyMatch(c -> c.id().equals(id) && c.in(Language.JAPANESE).what().equals("\u524a\u9664")),
				"worded in Japanese too");
		// their edit wins when chosen: the finding comes back with their severity
		ProjectMerge.Result restored = merge(Map.of(id, Side.THEIRS));
		assertEquals(List.of(), restored.conflicts());
		Finding back = (Finding) loadResult(restored).getProject().getFindings().stream().filter(f -> f.getId().equals(id)).findFirst()
				.orElseThrow();
		assertEquals(Severity.CRITICAL, back.getSeverity());
	}

	@Test
	void aReferenceToSomethingTheOtherSideDeletedIsAConflict() throws Exception {
		// ours deletes a finding nobody refers to in the base; theirs makes a remediation action refer to it
		AuditProjectDocument o = Projects.load(ours);
		Finding target = o.getProject().getFindings().stream().filter(f -> f.getActions().isEmpty()).findFirst().orElseThrow();
		String id = target.getId();
		EcoreUtil.delete(target, true);
		Projects.save(o);
		AuditProjectDocument t = Projects.load(theirs);
		Finding theirTarget = t.getProject().getFindings().stream().filter(f -> f.getId().equals(id)).findFirst().orElseThrow();
		Evidence evidence = t.getProject().getEvidence().get(0);
		evidence.getFindings().add(theirTarget);
		Projects.save(t);

		ProjectMerge.Result result = merge(Map.of());
		assertFalse(result.conflicts().isEmpty());
		assertTrue(result.conflicts().stream().anyMatch(c -> c.id().equals(id)), result.conflicts().toString());
		// choosing our deletion drops their reference; the result loads
		ProjectMerge.Result deleted = merge(Map.of(id, Side.OURS));
		assertEquals(List.of(), deleted.conflicts());
		AuditProject project = loadResult(deleted).getProject();
		assertTrue(project.getFindings().stream().noneMatch(f -> f.getId().equals(id)));
	}

	@Test
	void addedOnBothSidesInOneAssessmentKeepsBoth() throws Exception {
		AuditProjectDocument o = Projects.load(ours);
		Assessment assessment = o.getProject().getAssessments().get(1);
		int before = assessment.getResponses().size();
		Response mine = EcoreUtil.copy(assessment.getResponses().get(0));
		mine.setId("r-ours");
		assessment.getResponses().add(mine);
		Projects.save(o);
		AuditProjectDocument t = Projects.load(theirs);
		Response theirsNew = EcoreUtil.copy(t.getProject().getAssessments().get(1).getResponses().get(1));
		theirsNew.setId("r-theirs");
		t.getProject().getAssessments().get(1).getResponses().add(theirsNew);
		Projects.save(t);

		ProjectMerge.Result result = merge(Map.of());
		assertEquals(List.of(), result.conflicts());
		Assessment merged = loadResult(result).getProject().getAssessments().get(1);
		assertEquals(before + 2, merged.getResponses().size());
		assertNull(merged.getResponses().stream().filter(r -> r.getId().equals("none")).findAny().orElse(null));
	}
}
