// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.profile.AuditorProfile;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.validation.ProjectValidator;
import org.rensa.model.AuditProject;
import org.rensa.model.Evidence;
import org.rensa.model.Finding;
import org.rensa.model.Response;
import org.rensa.model.RensaPackage;
import org.rensa.model.Verdict;
import org.rensa.model.text.Language;
import org.rensa.sync.GitSync;
import org.rensa.sync.ModelMerge.Side;
import org.rensa.sync.SyncException;
import org.rensa.sync.internal.CloneCommand;
import org.rensa.sync.internal.HistoryCommand;
import org.rensa.sync.internal.ShareCommand;
import org.rensa.sync.internal.SyncCommand;

/**
 * Three auditors on three clones of the demo, syncing through a real Git server ({@code git daemon}
 * on the loopback address, started here) and by bundle.
 */
class GitSyncTest {

	private static final AuditorProfile LEAD = new AuditorProfile("Aya Morimoto", "Minato", "a.morimoto@example.org");
	private static final AuditorProfile SECOND = new AuditorProfile("Ken Sato", "Minato", "k.sato@example.org");
	private static final AuditorProfile THIRD = new AuditorProfile("Mei Tanaka", "Minato", "m.tanaka@example.org");

	@TempDir
	static Path serverRoot;

	private static GitServer server;

	@TempDir
	Path temp;

	private final GitSync sync = new GitSync(ProjectStorage.standard(), null);

	@BeforeAll
	static void startServer() throws Exception {
		server = GitServer.start(serverRoot.resolve("repos"));
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	/** The lead shares a copy of the demo; the two others clone it. */
	private Path[] team(String name) throws Exception {
		String url = server.newRepository(name + ".git");
		Path lead = Projects.copy(Projects.demo(), temp.resolve("lead"));
		sync.share(lead, url, LEAD);
		Path second = temp.resolve("second");
		Path third = temp.resolve("third");
		sync.cloneProject(url, second);
		sync.cloneProject(url, third);
		return new Path[] { lead, second, third };
	}

	private static Response response(AuditProject project, int assessment, int index) {
		return project.getAssessments().get(assessment).getResponses().get(index);
	}

	/** Sets a verdict that differs from the current one: the wanted one, or "not verified" if it already has it. */
	private static Verdict set(Response response, Verdict wanted) {
		Verdict value = response.getVerdict() == wanted ? Verdict.NOT_VERIFIED : wanted;
		response.setVerdict(value);
		return value;
	}

	@Test
	void concurrentVerificationOfOneAssessmentMergesWithoutConflict() throws Exception {
		Path[] team = team("verification");
		AuditProjectDocument second = Projects.load(team[1]);
		Verdict v1 = set(response(second.getProject(), 1, 0), Verdict.NONCONFORM);
		Projects.save(second);
		AuditProjectDocument third = Projects.load(team[2]);
		Verdict v2 = set(response(third.getProject(), 1, 1), Verdict.NOT_APPLICABLE);
		Projects.save(third);

		assertEquals("pushed", sync.sync(team[1], "verified 1", Map.of(), SECOND).state());
		GitSync.Outcome merged = sync.sync(team[2], null, Map.of(), THIRD);
		assertEquals("merged", merged.state(), merged.toString());
		assertEquals("fast-forwarded", sync.sync(team[0], null, Map.of(), LEAD).state());

		AuditProject lead = Projects.load(team[0]).getProject();
		assertEquals(v1, response(lead, 1, 0).getVerdict());
		assertEquals(v2, response(lead, 1, 1).getVerdict());
		// history names who changed which verdict
		String id = response(lead, 1, 0).getId();
		List<String> history = sync.history(team[0], id).stream().filter(l -> l.startsWith("verdict of ")).toList();
		assertEquals(1, history.size(), history.toString());
		assertTrue(history.get(0).startsWith("verdict of "), history.get(0));
		assertTrue(history.get(0).contains(" -> " + org.rensa.model.text.Language.ENGLISH.label(v1).toLowerCase(java.util.Locale.ROOT)
				+ ", Ken Sato, "), history.get(0));
		// and in Japanese, through the one language layer: the feature, the element and both values in Japanese
		Language ja = Language.JAPANESE;
		Response verified = response(lead, 1, 0);
		List<GitSync.HistoryEntry> japanese = sync.history(team[0], id, ja).stream()
				.filter(e -> e.change().startsWith(ja.labelInContext(verified) + "の" + ja.label(RensaPackage.Literals.RESPONSE__VERDICT) + "："))
				.toList();
		assertEquals(1, japanese.size(), japanese.toString());
		assertTrue(japanese.get(0).change().endsWith(" → " + ja.label(v1)), japanese.get(0).toString());
		assertEquals("Ken Sato", japanese.get(0).author());
		assertTrue(Language.isJapaneseText(ja.label(v1)), ja.label(v1));
		assertEquals(japanese.get(0).change() + "、Ken Sato、" + japanese.get(0).time(), japanese.get(0).line(ja));
		String[] run = rensa("history", team[0].toString(), "--element", id, "--lang", "ja");
		assertEquals("0", run[0], run[2]);
		assertTrue(run[1].contains(japanese.get(0).line(ja) + "\n"), run[1]);
		// the model files went through the model merge, not a text merge: Git sees no conflict markers
		assertFalse(Files.readString(team[0].resolve("model/assessments.xmi")).contains("<<<<<<<"));
		assertTrue(Files.readString(team[0].resolve(".gitattributes")).contains("model/*.xmi merge=rensa"));
	}

	@Test
	void threeAuditorsVerifyCaptureAndRaiseFindingsThroughTheServerAndABundle() throws Exception {
		Path[] team = team("three");
		Clock today = Clock.fixed(java.time.Instant.parse("2026-12-01T10:00:00Z"), java.time.ZoneOffset.UTC);
		Set<String> errorsBefore = errors(team[0], today);
		// the second auditor verifies, the third captures evidence and raises a finding, the lead (offline) verifies too
		AuditProjectDocument second = Projects.load(team[1]);
		Verdict verdict = set(response(second.getProject(), 1, 0), Verdict.NONCONFORM);
		Projects.save(second);
		AuditProjectDocument third = Projects.load(team[2]);
		Evidence photo = Projects.capture(third, temp, "third", "Mei Tanaka");
		Finding finding = EcoreUtil.copy(third.getProject().getFindings().get(0));
		finding.setId(java.util.UUID.randomUUID().toString());
		finding.setCode("F-900");
		finding.setTitle("Server room door left open");
		finding.getEvidence().clear();
		finding.getEvidence().add(photo);
		third.getProject().getFindings().add(finding);
		Projects.save(third);
		AuditProjectDocument lead = Projects.load(team[0]);
		Verdict leadVerdict = set(response(lead.getProject(), 1, 2), Verdict.PARTIALLY_CONFORM);
		Projects.save(lead);

		assertEquals("pushed", sync.sync(team[1], "verified", Map.of(), SECOND).state());
		assertEquals("merged", sync.sync(team[2], "finding F-900", Map.of(), THIRD).state());
		// the lead has no network on site: the third auditor's work comes by bundle, the lead's goes back by the server
		Path usb = temp.resolve("usb/visit.bundle");
		Files.createDirectories(usb.getParent());
		sync.syncBundle(team[2], usb, null, Map.of(), THIRD);
		assertEquals("merged", sync.syncBundle(team[0], usb, "on site", Map.of(), LEAD).state());
		assertEquals("pushed", sync.sync(team[0], null, Map.of(), LEAD).state());
		assertEquals("fast-forwarded", sync.sync(team[1], null, Map.of(), SECOND).state());
		assertEquals("fast-forwarded", sync.sync(team[2], null, Map.of(), THIRD).state());

		for (Path clone : team) {
			AuditProject project = Projects.load(clone).getProject();
			assertEquals(verdict, response(project, 1, 0).getVerdict(), clone.toString());
			assertEquals(leadVerdict, response(project, 1, 2).getVerdict(), clone.toString());
			Finding merged = project.getFindings().stream().filter(f -> "F-900".equals(f.getCode())).findFirst().orElseThrow();
			assertEquals(List.of(photo.getId()), merged.getEvidence().stream().map(Evidence::getId).toList());
			assertEquals(List.of(), Projects.evidenceProblems(clone), clone + ": verify-evidence");
			assertEquals(errorsBefore, errors(clone, today), clone + ": the merge added no validation error");
		}
		assertEquals(contents(team[0]), contents(team[1]), "the three clones hold the same project");
		assertEquals(contents(team[0]), contents(team[2]), "the three clones hold the same project");
		// and history names who changed each verdict
		List<String> history = sync.history(team[0], null);
		assertTrue(history.stream().anyMatch(l -> l.startsWith("verdict of ") && l.contains(", Ken Sato, ")), history.toString());
		assertTrue(history.stream().anyMatch(l -> l.startsWith("verdict of ") && l.contains(", Aya Morimoto, ")), history.toString());
		assertTrue(history.stream().anyMatch(l -> l.startsWith("finding ") && l.contains(" added, Mei Tanaka, ")), history.toString());
	}

	/** @return path → content of a project's files (without Git's), comparable */
	private static Map<String, String> contents(Path project) throws Exception {
		Map<String, String> contents = new java.util.TreeMap<>();
		Projects.files(project).forEach((path, bytes) -> contents.put(path, new String(bytes, StandardCharsets.ISO_8859_1)));
		contents.remove(".rensa.lock");
		return contents;
	}

	/** @return the messages of the errors the standard validation reports for a project */
	private static Set<String> errors(Path project, Clock clock) throws Exception {
		Set<String> errors = new TreeSet<>();
		for (Diagnostic leaf : ProjectValidator.leaves(ProjectValidator.standard(clock).validate(ProjectStorage.standard().loadReadOnly(project)))) {
			if (leaf.getSeverity() == Diagnostic.ERROR) {
				errors.add(leaf.getMessage());
			}
		}
		return errors;
	}

	@Test
	void concurrentEvidenceCaptureInOneVisitStaysVerifiable() throws Exception {
		Path[] team = team("evidence");
		AuditProjectDocument second = Projects.load(team[1]);
		Evidence a = Projects.capture(second, temp, "second", "Ken Sato");
		Projects.save(second);
		AuditProjectDocument third = Projects.load(team[2]);
		Evidence b = Projects.capture(third, temp, "third", "Mei Tanaka");
		Projects.save(third);

		sync.sync(team[1], null, Map.of(), SECOND);
		GitSync.Outcome outcome = sync.sync(team[2], null, Map.of(), THIRD);
		assertEquals("merged", outcome.state(), outcome.toString());
		sync.sync(team[0], null, Map.of(), LEAD);

		for (Path clone : new Path[] { team[0], team[2] }) {
			assertEquals(List.of(), Projects.evidenceProblems(clone), clone.toString());
			AuditProject project = Projects.load(clone).getProject();
			assertTrue(project.getEvidence().stream().anyMatch(e -> e.getId().equals(a.getId())));
			assertTrue(project.getEvidence().stream().anyMatch(e -> e.getId().equals(b.getId())));
		}
		try (var logs = Files.list(team[0].resolve("evidence-log"))) {
			assertEquals(2, logs.filter(p -> p.toString().endsWith(".log")).count(), "one log per auditor's branch of the visit");
		}
		// tampering after the merge is still detected
		Path log;
		try (var logs = Files.list(team[0].resolve("evidence-log"))) {
			log = logs.filter(p -> p.toString().endsWith(".log")).sorted().findFirst().orElseThrow();
		}
		Files.writeString(log, Files.readString(log).replace("observation", "0bservation"));
		assertFalse(Projects.evidenceProblems(team[0]).isEmpty());
	}

	@Test
	void theSameAttributeIsAConflictUntilResolved() throws Exception {
		Path[] team = team("conflict");
		AuditProjectDocument second = Projects.load(team[1]);
		String id = response(second.getProject(), 0, 2).getId();
		response(second.getProject(), 0, 2).setVerdict(Verdict.NONCONFORM);
		Projects.save(second);
		AuditProjectDocument third = Projects.load(team[2]);
		response(third.getProject(), 0, 2).setVerdict(Verdict.CONFORM);
		Projects.save(third);

		sync.sync(team[1], null, Map.of(), SECOND);
		String before = head(team[2]);
		GitSync.Outcome outcome = sync.sync(team[2], null, Map.of(), THIRD);
		assertEquals("conflicts", outcome.state());
		assertEquals(1, outcome.conflicts().size(), outcome.toString());
		assertEquals(id, outcome.conflicts().get(0).id());
		assertEquals("conform", outcome.conflicts().get(0).ours());
		assertEquals("nonconform", outcome.conflicts().get(0).theirs());
		assertNotEquals(before, "", "the work is committed locally");
		assertEquals(Verdict.CONFORM, response(Projects.load(team[2]).getProject(), 0, 2).getVerdict(), "nothing merged");

		GitSync.Outcome resolved = sync.sync(team[2], null, Map.of(id, Side.THEIRS), THIRD);
		assertEquals("merged", resolved.state());
		assertEquals(Verdict.NONCONFORM, response(Projects.load(team[2]).getProject(), 0, 2).getVerdict());
	}

	@Test
	void deleteAgainstEditIsAConflict() throws Exception {
		Path[] team = team("delete-edit");
		AuditProjectDocument second = Projects.load(team[1]);
		var finding = second.getProject().getFindings().get(0);
		String id = finding.getId();
		org.eclipse.emf.ecore.util.EcoreUtil.delete(finding, true);
		Projects.save(second);
		AuditProjectDocument third = Projects.load(team[2]);
		third.getProject().getFindings().get(0).setTitle("Edited on site");
		Projects.save(third);

		sync.sync(team[1], null, Map.of(), SECOND);
		GitSync.Outcome outcome = sync.sync(team[2], null, Map.of(), THIRD);
		assertEquals("conflicts", outcome.state());
		assertTrue(outcome.conflicts().stream().anyMatch(c -> c.id().equals(id) && c.what().equals("deleted")), outcome.toString());
	}

	@Test
	void bundleRoundTripAndATamperedBundleIsRefused() throws Exception {
		Path[] team = team("bundle");
		Path usb = temp.resolve("usb/field.bundle");
		Files.createDirectories(usb.getParent());
		AuditProjectDocument field = Projects.load(team[1]);
		Verdict f1 = set(response(field.getProject(), 2, 0), Verdict.NONCONFORM);
		Projects.save(field);
		sync.syncBundle(team[1], usb, "field work", Map.of(), SECOND);
		assertTrue(Files.size(usb) > 0);

		AuditProjectDocument lead = Projects.load(team[0]);
		Verdict l1 = set(response(lead.getProject(), 2, 1), Verdict.CONFORM);
		Projects.save(lead);
		GitSync.Outcome outcome = sync.syncBundle(team[0], usb, null, Map.of(), LEAD);
		assertEquals("merged", outcome.state());
		AuditProject merged = Projects.load(team[0]).getProject();
		assertEquals(f1, response(merged, 2, 0).getVerdict());
		assertEquals(l1, response(merged, 2, 1).getVerdict());

		byte[] bytes = Files.readAllBytes(usb);
		bytes[bytes.length - 30] ^= 0x5a;
		Path tampered = Files.write(temp.resolve("tampered.bundle"), bytes);
		String head = head(team[2]);
		SyncException e = assertThrows(SyncException.class, () -> sync.syncBundle(team[2], tampered, null, Map.of(), THIRD));
		assertTrue(e.getMessage().contains("not a valid Rensa bundle or altered"), e.getMessage());
		assertEquals(head, head(team[2]), "nothing applied");
	}

	@Test
	void anUnreachableRemoteKeepsTheWorkCommitted() throws Exception {
		Path[] team = team("unreachable");
		try (Git git = Git.open(team[1].toFile())) {
			var config = git.getRepository().getConfig();
			config.setString("remote", "origin", "url", "git://127.0.0.1:1/nothing.git");
			config.save();
		}
		AuditProjectDocument second = Projects.load(team[1]);
		response(second.getProject(), 0, 0).setVerdict(Verdict.NONCONFORM);
		Projects.save(second);
		String before = head(team[1]);
		SyncException e = assertThrows(SyncException.class, () -> sync.sync(team[1], "offline work", Map.of(), SECOND));
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
		assertTrue(e.getMessage().contains("your work is committed locally"), e.getMessage());
		assertNotEquals(before, head(team[1]));
		try (Git git = Git.open(team[1].toFile())) {
			assertTrue(git.status().call().isClean());
			assertEquals("offline work", git.log().setMaxCount(1).call().iterator().next().getFullMessage());
			assertEquals("Ken Sato", git.log().setMaxCount(1).call().iterator().next().getAuthorIdent().getName());
		}
	}

	@Test
	void anAuthenticationFailureIsOneLineAndNothingIsLost() throws Exception {
		try (ServerSocket refusing = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Thread answering = new Thread(() -> answerUnauthorised(refusing), "401");
			answering.setDaemon(true);
			answering.start();
			String url = "http://127.0.0.1:" + refusing.getLocalPort() + "/team.git";
			Path nowhere = temp.resolve("nowhere");
			SyncException cloning = assertThrows(SyncException.class, () -> sync.cloneProject(url, nowhere));
			assertEquals(url + ": authentication failed (set RENSA_GIT_TOKEN and RENSA_GIT_USER, or a Git credential helper); nothing was cloned",
					cloning.getMessage());
			assertFalse(Files.exists(nowhere), "a failed clone leaves nothing");

			Path[] team = team("authentication");
			try (Git git = Git.open(team[1].toFile())) {
				var config = git.getRepository().getConfig();
				config.setString("remote", "origin", "url", url);
				config.save();
			}
			AuditProjectDocument second = Projects.load(team[1]);
			Verdict verdict = set(response(second.getProject(), 0, 0), Verdict.NONCONFORM);
			Projects.save(second);
			SyncException syncing = assertThrows(SyncException.class, () -> sync.sync(team[1], "on site", Map.of(), SECOND));
			assertFalse(syncing.getMessage().contains("\n"), syncing.getMessage());
			assertTrue(syncing.getMessage().matches(java.util.regex.Pattern.quote(url)
					+ ": authentication failed \\(.*\\); your work is committed locally \\([0-9a-f]{7}\\)"), syncing.getMessage());
			assertEquals(verdict, response(Projects.load(team[1]).getProject(), 0, 0).getVerdict(), "the work is kept");
			try (Git git = Git.open(team[1].toFile())) {
				assertTrue(git.status().call().isClean());
				assertEquals("on site", git.log().setMaxCount(1).call().iterator().next().getFullMessage());
			}
		}
	}

	/** A Git HTTP server that wants credentials nobody has: every request is answered 401. */
	private static void answerUnauthorised(ServerSocket server) {
		while (!server.isClosed()) {
			try (Socket client = server.accept()) {
				var in = new java.io.BufferedReader(new java.io.InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
				for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
					// the request's headers; the body of a GET is empty
				}
				client.getOutputStream().write(("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"team\"\r\n"
						+ "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			} catch (java.io.IOException e) {
				// closed at the end of the test, or a client that hung up
			}
		}
	}

	@Test
	void aNewerFormatOnTheRemoteIsRefused() throws Exception {
		Path[] team = team("newer");
		Files.writeString(team[1].resolve("model/rensa.properties"), "format=rensa-project\nformatVersion=99\n", StandardCharsets.UTF_8);
		try (Git git = Git.open(team[1].toFile())) {
			git.commit().setAll(true).setMessage("from the future").setAuthor("Ken Sato", "k@example.org").call();
			git.push().call();
		}
		SyncException e = assertThrows(SyncException.class, () -> sync.sync(team[2], null, Map.of(), THIRD));
		assertTrue(e.getMessage().contains("format version 99, newer than this Rensa reads"), e.getMessage());
		ProjectStorage.standard().loadReadOnly(team[2]);
	}

	@Test
	void notARensaProjectAndAnInterruptedSync() throws Exception {
		Path empty = Files.createDirectories(temp.resolve("empty"));
		SyncException e = assertThrows(SyncException.class, () -> sync.share(empty, null, LEAD));
		assertTrue(e.getMessage().endsWith("not a Rensa project (no model/rensa.properties)"), e.getMessage());

		Path[] team = team("interrupted");
		// a sync killed while it replaced the working tree: marker left, files half written
		Files.writeString(team[1].resolve(".git/rensa-sync-checkout"), head(team[1]));
		Files.writeString(team[1].resolve("model/assessments.xmi"), "<?xml version=\"1.0\"?><half");
		GitSync.Outcome outcome = sync.sync(team[1], null, Map.of(), SECOND);
		assertTrue(outcome.notes().stream().anyMatch(n -> n.startsWith("an interrupted sync was completed")), outcome.toString());
		ProjectStorage.standard().loadReadOnly(team[1]);
		assertFalse(Files.exists(team[1].resolve(".git/rensa-sync-checkout")));
	}

	/** Runs the command line in-process with the sync bundle's commands: exit code, standard output, standard error. */
	private static String[] rensa(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			int code = new RensaCommand(o, e, ProjectStorage.standard(), Clock.systemUTC(),
					List.of(new HistoryCommand(), new CloneCommand(), new ShareCommand(), new SyncCommand())).run(args);
			return new String[] { Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) };
		}
	}

	private static String head(Path project) throws Exception {
		try (Git git = Git.open(project.toFile())) {
			return git.getRepository().resolve(Constants.HEAD).getName();
		}
	}
}
