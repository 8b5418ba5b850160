// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.profile.AuditorProfile;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Organization;
import org.rensa.model.RensaPackage;
import org.rensa.model.text.Language;
import org.rensa.sync.GitSync;
import org.rensa.sync.ModelMerge;
import org.rensa.ui.session.ProjectController;
import org.rensa.ui.team.CredentialsDialog;
import org.rensa.ui.team.HistoryDialog;
import org.rensa.ui.team.ResolveConflictsDialog;
import org.rensa.ui.team.SyncJob;
import org.rensa.ui.team.TeamState;
import org.rensa.ui.team.TeamStatusControl;
import org.rensa.ui.team.TeamSync;

/**
 * The Team menu against a local bare repository (file:// URL): Synchronise merges another
 * auditor's work and reloads the open project, conflicts are listed with both values and resolved
 * per element, the history names who changed what, and an unreachable remote is one line.
 */
class TeamUiTest {

	private static final AuditorProfile OTHER = new AuditorProfile("Mei Tanaka", "Rensa Audit", "mei@example.org");

	@TempDir
	Path temp;

	private Display display;
	private Shell shell;
	private ProjectController controller;
	private final TeamState state = new TeamState();
	private final Recorder feedback = new Recorder();
	private final GitSync sync = new GitSync(ProjectStorage.standard(), null);

	/** Records what the flow tells the user instead of showing dialogs. */
	static final class Recorder implements TeamSync.Feedback {
		final List<String> errors = new ArrayList<>();
		final List<List<ModelMerge.Conflict>> conflicts = new ArrayList<>();
		final List<GitSync.Outcome> done = new ArrayList<>();
		int saveQuestions;

		@Override
		public void error(Shell parent, String message) {
			errors.add(message);
		}

		@Override
		public CredentialsProvider askCredentials(Shell parent, String remote) {
			return null;
		}

		@Override
		public boolean confirmSave(Shell parent, String project) {
			saveQuestions++;
			return true;
		}

		@Override
		public void conflicts(Shell parent, List<ModelMerge.Conflict> left) {
			conflicts.add(left);
		}

		@Override
		public void done(Shell parent, GitSync.Outcome outcome) {
			done.add(outcome);
		}
	}

	@BeforeEach
	void open() {
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setSize(1000, 700);
		EModelService models = (EModelService) Proxy.newProxyInstance(EModelService.class.getClassLoader(),
				new Class<?>[] { EModelService.class }, (proxy, method, args) -> method.getReturnType() == List.class ? List.of() : null);
		controller = new ProjectController(EclipseContextFactory.create(), null, models);
	}

	@AfterEach
	void close() {
		controller.closeCurrent();
		shell.dispose();
	}

	private Path copyOfTheDemo(String name) throws Exception {
		Path source = Path.of(System.getProperty("rensa.root"), "samples", "demo");
		Path target = temp.resolve(name);
		try (var walk = Files.walk(source)) {
			for (Path path : (Iterable<Path>) walk::iterator) {
				Path destination = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(destination);
				} else {
					try (InputStream in = Files.newInputStream(path)) {
						Files.copy(in, destination);
					}
				}
			}
		}
		return target;
	}

	/** A bare repository, the demo shared into it (opened in the workbench) and a second auditor's clone. */
	private Path[] team() throws Exception {
		Path bare = temp.resolve("remote.git");
		try (Git git = Git.init().setBare(true).setInitialBranch(GitSync.BRANCH).setDirectory(bare.toFile()).call()) {
			// empty
		}
		Path mine = copyOfTheDemo("mine");
		sync.share(mine, bare.toUri().toString(), new AuditorProfile("Ken Sato", "Rensa Audit", "ken@example.org"));
		Path theirs = temp.resolve("theirs");
		sync.cloneProject(bare.toUri().toString(), theirs);
		return new Path[] { mine, theirs };
	}

	private static Organization first(AuditProjectDocument document) {
		return document.getProject().getOrganizations().get(1);
	}

	/** The other auditor changes an attribute of the second organisation and syncs (headless). */
	private void otherAuditorSets(Path clone, org.eclipse.emf.ecore.EAttribute attribute, Object value) throws Exception {
		AuditProjectDocument document = ProjectStorage.standard().load(clone);
		first(document).eSet(attribute, value);
		ProjectStorage.standard().save(document);
		assertEquals("pushed", sync.sync(clone, "other auditor", Map.of(), OTHER).state());
	}

	/** In the workbench: an undoable edit of the open project, left unsaved. */
	private void workbenchSets(org.eclipse.emf.ecore.EAttribute attribute, Object value) {
		var session = controller.session();
		session.commandStack().execute(SetCommand.create(session.editingDomain(), first(session.document()), attribute, value));
		assertTrue(session.isDirty());
	}

	private void runToEnd(SyncJob job) throws Exception {
		assertNotNull(job, "the sync started: " + feedback.errors);
		job.join(60_000, null);
		long end = System.currentTimeMillis() + 30_000;
		while (state.isRunning() && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		while (display.readAndDispatch()) {
			// drain
		}
		assertFalse(state.isRunning(), "the sync finished");
	}

	@Test
	void synchroniseSavesMergesTheOtherAuditorsWorkAndReloads() throws Exception {
		Path[] team = team();
		otherAuditorSets(team[1], RensaPackage.Literals.ORGANIZATION__ADDRESS, "3-1 Marunouchi, Tokyo");
		assertTrue(controller.open(team[0], shell));
		var before = controller.session();
		workbenchSets(RensaPackage.Literals.ORGANIZATION__NOTES, "Site visit confirmed by phone.");
		assertEquals("Team: 0 to send, 0 to merge, never synchronised", TeamStatusControl.text(team[0], state));

		runToEnd(new TeamSync(controller, state, feedback).start(shell, Map.of()));

		assertEquals(List.of(), feedback.errors);
		assertEquals(1, feedback.saveQuestions, "the unsaved change was saved after asking");
		assertEquals("merged", feedback.done.get(0).state(), feedback.done.toString());
		assertNotSame(before, controller.session(), "the project was reloaded from disk");
		Organization merged = first(controller.session().document());
		assertEquals("3-1 Marunouchi, Tokyo", merged.getAddress(), "their change is in the open project");
		assertEquals("Site visit confirmed by phone.", merged.getNotes(), "mine too");
		assertFalse(controller.session().isDirty());
		String status = TeamStatusControl.text(team[0], state);
		assertTrue(status.startsWith("Team: 0 to send, 0 to merge, last sync "), status);
		assertTrue(status.endsWith("merged (" + feedback.done.get(0).commit().substring(0, 7) + ")"), status);
		// and the other auditor receives mine
		assertEquals("fast-forwarded", sync.sync(team[1], null, Map.of(), OTHER).state());
		assertEquals("Site visit confirmed by phone.", first(ProjectStorage.standard().load(team[1])).getNotes());
	}

	@Test
	void conflictsAreListedWithBothValuesAndResolvedPerElement() throws Exception {
		Path[] team = team();
		otherAuditorSets(team[1], RensaPackage.Literals.ORGANIZATION__ADDRESS, "Theirs: 3-1 Marunouchi");
		assertTrue(controller.open(team[0], shell));
		workbenchSets(RensaPackage.Literals.ORGANIZATION__ADDRESS, "Mine: 1-2-3 Nishiki");
		String id = first(controller.session().document()).getId();

		runToEnd(new TeamSync(controller, state, feedback).start(shell, Map.of()));
		assertEquals(List.of(), feedback.errors);
		assertEquals(1, feedback.conflicts.size(), "the conflicts were reported");
		List<ModelMerge.Conflict> left = state.conflicts(team[0]);
		assertEquals(1, left.size(), left.toString());
		assertTrue(TeamStatusControl.text(team[0], state).contains("1 to send, 1 to merge"), TeamStatusControl.text(team[0], state));
		assertTrue(TeamStatusControl.text(team[0], state).endsWith("1 conflicts to resolve"), TeamStatusControl.text(team[0], state));

		ResolveConflictsDialog dialog = new ResolveConflictsDialog(shell, left);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Table table = dialog.table();
		assertEquals(1, table.getItemCount());
		assertEquals("Mine: 1-2-3 Nishiki", table.getItem(0).getText(2), "my value");
		assertEquals("Theirs: 3-1 Marunouchi", table.getItem(0).getText(3), "their value");
		Button apply = dialog.applyButton();
		assertFalse(apply.isEnabled(), "nothing chosen yet");
		table.select(0);
		Button takeTheirs = find(dialog.getShell(), Button.class).stream().filter(b -> b.getText().equals("Take &Theirs")).findFirst().orElseThrow();
		takeTheirs.notifyListeners(SWT.Selection, null);
		assertEquals("theirs", table.getItem(0).getText(4));
		assertTrue(apply.isEnabled());
		Map<String, ModelMerge.Side> resolutions = dialog.resolutions();
		assertEquals(Map.of(id, ModelMerge.Side.THEIRS), resolutions);
		dialog.close();

		runToEnd(new TeamSync(controller, state, feedback).start(shell, resolutions));
		assertEquals(List.of(), feedback.errors);
		assertEquals("merged", feedback.done.get(0).state());
		assertEquals("Theirs: 3-1 Marunouchi", first(controller.session().document()).getAddress());
		assertTrue(state.conflicts(team[0]).isEmpty());
	}

	@Test
	void historyOfTheSelectionNamesWhoChangedWhatWhen() throws Exception {
		Path[] team = team();
		otherAuditorSets(team[1], RensaPackage.Literals.ORGANIZATION__ADDRESS, "3-1 Marunouchi, Tokyo");
		assertEquals("fast-forwarded", sync.sync(team[0], null, Map.of(), OTHER).state());
		Organization organization = first(ProjectStorage.standard().load(team[0]));
		List<GitSync.HistoryEntry> lines = sync.history(team[0], organization.getId(), Language.ENGLISH);
		HistoryDialog dialog = new HistoryDialog(shell, organization.getName(), lines);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Table table = dialog.table();
		boolean found = false;
		for (var item : table.getItems()) {
			if (item.getText(0).startsWith("address of ") && item.getText(0).endsWith("-> 3-1 Marunouchi, Tokyo")) {
				assertEquals("Mei Tanaka", item.getText(1));
				assertTrue(item.getText(2).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"), item.getText(2));
				found = true;
			}
		}
		assertTrue(found, lines.toString());
		dialog.close();
		// under Japanese the same change in Japanese words: the feature, the element and the layer's separators
		List<GitSync.HistoryEntry> japanese = sync.history(team[0], organization.getId(), Language.JAPANESE);
		assertTrue(japanese.stream().anyMatch(e -> e.change().startsWith(Language.JAPANESE.label(organization) + "の所在地：")
				&& e.change().endsWith("→ 3-1 Marunouchi, Tokyo") && e.author().equals("Mei Tanaka")), japanese.toString());
	}

	@Test
	void anUnreachableRemoteIsOneLineAndTheWorkStaysCommitted() throws Exception {
		Path[] team = team();
		try (Git git = Git.open(team[0].toFile())) {
			var config = git.getRepository().getConfig();
			config.setString("remote", "origin", "url", temp.resolve("gone.git").toUri().toString());
			config.save();
		}
		assertTrue(controller.open(team[0], shell));
		workbenchSets(RensaPackage.Literals.ORGANIZATION__NOTES, "Offline note");
		runToEnd(new TeamSync(controller, state, feedback).start(shell, Map.of()));
		assertEquals(1, feedback.errors.size());
		assertFalse(feedback.errors.get(0).contains("\n"), feedback.errors.get(0));
		assertTrue(feedback.errors.get(0).contains("your work is committed locally"), feedback.errors.get(0));
		assertEquals("Offline note", first(controller.session().document()).getNotes(), "nothing lost");
		assertTrue(TeamStatusControl.text(team[0], state).contains("1 to send"), TeamStatusControl.text(team[0], state));
	}

	@Test
	void aProjectThatIsNotSharedIsRefusedWithOneLine() throws Exception {
		Path alone = copyOfTheDemo("alone");
		assertTrue(controller.open(alone, shell));
		assertNull(new TeamSync(controller, state, feedback).start(shell, Map.of()));
		assertEquals(1, feedback.errors.size());
		assertTrue(feedback.errors.get(0).contains("is not shared"), feedback.errors.get(0));
		assertEquals("Team: not shared", TeamStatusControl.text(alone, state));
	}

	@Test
	void credentialsAreAskedAndKeptOnlyInMemory() throws Exception {
		CredentialsDialog dialog = new CredentialsDialog(shell, "https://git.example.org/audit.git");
		dialog.setBlockOnOpen(false);
		dialog.open();
		Button ok = dialog.okButton();
		assertFalse(ok.isEnabled(), "user and token are needed");
		List<Text> fields = find(dialog.getShell(), Text.class);
		assertEquals(SWT.PASSWORD, fields.get(1).getStyle() & SWT.PASSWORD, "the token is masked");
		dialog.fill("ken", "s3cret");
		assertTrue(ok.isEnabled());
		ok.notifyListeners(SWT.Selection, null);
		assertNotNull(dialog.credentials());
		state.remember("https://git.example.org/audit.git", dialog.credentials());
		assertNotNull(state.credentials("https://git.example.org/audit.git"));
		state.forget("https://git.example.org/audit.git");
		assertNull(state.credentials("https://git.example.org/audit.git"));
	}

	static <T extends Control> List<T> find(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(find(composite, type));
			}
		}
		return found;
	}
}
