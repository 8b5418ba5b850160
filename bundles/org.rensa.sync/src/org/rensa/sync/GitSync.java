// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.NotSupportedException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.BundleWriter;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.rensa.core.io.AtomicFiles;
import org.rensa.core.profile.AuditorProfile;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.text.Language;
import org.rensa.model.text.TextTable;
import org.rensa.sync.ModelMerge.Conflict;
import org.rensa.sync.ModelMerge.Side;

/**
 * Team sync of a Rensa project through Git (JGit): share, clone, sync (commit, fetch, model
 * merge, push), Git bundles for offline exchange, and the history of elements. The branch is
 * {@value #BRANCH}; the remote {@code origin}. Work is always committed locally before anything
 * is fetched, so a failure later never loses it; the working tree is only replaced by a fully
 * merged, loadable commit, and a sync interrupted while replacing it is rolled back to that commit
 * by the next sync.
 */
public final class GitSync {

	/** The branch every clone shares. */
	public static final String BRANCH = "main";

	/** Environment variable with the HTTPS token (never written into the project). */
	public static final String TOKEN_VARIABLE = "RENSA_GIT_TOKEN";

	/** Environment variable with the HTTPS user name for the token (default {@code rensa}). */
	public static final String USER_VARIABLE = "RENSA_GIT_USER";

	/** The {@code .gitattributes} of a shared project: the model merge driver for model files. */
	public static final String GITATTRIBUTES = """
			# Rensa: model files merge by element (rensa merge-driver), not by line
			model/*.xmi merge=rensa
			model/evidence-log/heads.tsv merge=rensa
			model/settings/*.properties merge=rensa
			model/rensa.properties merge=rensa
			evidence/** binary
			evidence-log/seals/** binary
			""";

	/** The {@code .gitignore} of a shared project: the storage's swap and backup folders, local files. */
	public static final String GITIGNORE = """
			# Rensa: the writer's lock, save in progress, previous save, local files
			/.rensa.lock
			/.rensa.lock.*
			/model.new/
			/model.bak/
			/model.old/
			*.tmp
			*~
			.rensa-local/
			""";

	private static final String MARKER = "rensa-sync-checkout";

	/**
	 * What a sync did.
	 *
	 * @param state      {@code up to date}, {@code pushed}, {@code fast-forwarded}, {@code merged}, {@code conflicts}
	 * @param commit     the commit the project is at
	 * @param conflicts  the conflicts left (nothing merged then)
	 * @param notes      decisions taken by rule, and warnings
	 */
	public record Outcome(String state, String commit, List<Conflict> conflicts, List<String> notes) {
	}

	private final ProjectStorage storage;
	private final CredentialsProvider credentials;

	/**
	 * @param storage     loads merge results to check them
	 * @param credentials HTTPS credentials, or {@code null}
	 */
	public GitSync(ProjectStorage storage, CredentialsProvider credentials) {
		this.storage = storage;
		this.credentials = credentials;
	}

	// ------------------------------------------------------------------------------ share / clone

	/**
	 * Turns a project into a repository: attributes, ignores, the merge driver, a first commit under
	 * the auditor's name, and (with a remote) a push.
	 *
	 * @param directory the project
	 * @param remote    the remote's URL, or {@code null}
	 * @param who       the auditor
	 * @return the first commit's id
	 * @throws SyncException when it is not a project, already shared, or the push fails
	 */
	public String share(Path directory, String remote, AuditorProfile who) throws SyncException {
		requireProject(directory);
		if (Files.exists(directory.resolve(".git"))) {
			throw new SyncException(directory + ": is already a Git repository (use rensa sync)");
		}
		try (Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch(BRANCH).call()) {
			writeIfAbsent(directory.resolve(".gitattributes"), GITATTRIBUTES);
			writeIfAbsent(directory.resolve(".gitignore"), GITIGNORE);
			configure(git.getRepository(), remote);
			git.add().addFilepattern(".").call();
			RevCommit commit = git.commit().setMessage("Shared with Rensa").setAuthor(ident(who)).setCommitter(ident(who)).call();
			if (remote != null) {
				push(git, remote);
			}
			return commit.getName();
		} catch (GitAPIException | IOException e) {
			throw failure(remote, e, "nothing was pushed");
		}
	}

	/**
	 * Clones a shared project and registers the merge driver.
	 *
	 * @param url       the remote
	 * @param directory the new project directory (must not exist or be empty)
	 * @return the commit checked out
	 * @throws SyncException when the remote cannot be reached or holds no Rensa project
	 */
	public String cloneProject(String url, Path directory) throws SyncException {
		try {
			if (Files.exists(directory) && (!Files.isDirectory(directory) || isNonEmpty(directory))) {
				throw new SyncException(directory + ": exists and is not an empty directory");
			}
		} catch (IOException e) {
			throw new SyncException(directory + ": " + e.getMessage(), e);
		}
		try (Git git = Git.cloneRepository().setURI(url).setDirectory(directory.toFile()).setBranch(BRANCH)
				.setCredentialsProvider(credentials).call()) {
			configure(git.getRepository(), null);
			Ref head = git.getRepository().exactRef(Constants.HEAD);
			if (head == null || head.getObjectId() == null) {
				throw new SyncException(url + ": the repository is empty (no branch " + BRANCH + ")");
			}
			checkFormat(git.getRepository(), head.getObjectId(), url);
			return head.getObjectId().getName();
		} catch (SyncException e) {
			deleteQuietly(directory);
			throw e;
		} catch (GitAPIException | IOException e) {
			deleteQuietly(directory);
			throw failure(url, e, "nothing was cloned");
		}
	}

	private static boolean isNonEmpty(Path directory) throws IOException {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.findAny().isPresent();
		}
	}

	private static void configure(Repository repository, String remote) throws IOException {
		StoredConfig config = repository.getConfig();
		String launcher = System.getProperty("rensa.launcher", "rensa");
		config.setString("merge", "rensa", "name", "Rensa model merge (by element id and feature)");
		config.setString("merge", "rensa", "driver", quote(launcher) + " merge-driver %O %A %B %P");
		if (remote != null) {
			config.setString("remote", "origin", "url", remote);
			config.setString("remote", "origin", "fetch", "+refs/heads/*:refs/remotes/origin/*");
			config.setString("branch", BRANCH, "remote", "origin");
			config.setString("branch", BRANCH, "merge", Constants.R_HEADS + BRANCH);
		}
		config.save();
	}

	private static String quote(String path) {
		return path.matches("[A-Za-z0-9_./+-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
	}

	private static void writeIfAbsent(Path file, String text) throws IOException {
		if (!Files.exists(file)) {
			AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
		}
	}

	// ----------------------------------------------------------------------------------------- sync

	/**
	 * Commits what was saved, fetches, merges by model and pushes.
	 *
	 * @param directory   the project
	 * @param message     the commit message, or {@code null}
	 * @param resolutions element id → side, for conflicts a previous sync reported
	 * @param who         the auditor (author and committer)
	 * @return what happened
	 * @throws SyncException when the remote cannot be reached (the work stays committed), the remote
	 *                       holds a newer format, the project is not shared, or the merge result does not load
	 */
	public Outcome sync(Path directory, String message, Map<String, Side> resolutions, AuditorProfile who) throws SyncException {
		try (Git git = open(directory)) {
			List<String> notes = new ArrayList<>();
			recover(git, notes);
			ObjectId local = commitLocal(git, message, who);
			String remote = git.getRepository().getConfig().getString("remote", "origin", "url");
			if (remote == null) {
				throw new SyncException(directory + ": has no remote (share it with --remote URL, or use --bundle FILE)");
			}
			for (int attempt = 0;; attempt++) {
				try {
					git.fetch().setRemote("origin").setCredentialsProvider(credentials).call();
				} catch (GitAPIException e) {
					throw failure(remote, e, "your work is committed locally (" + abbreviate(local) + ")");
				}
				Ref theirs = git.getRepository().exactRef(Constants.R_REMOTES + "origin/" + BRANCH);
				Outcome outcome = integrate(git, theirs == null ? null : theirs.getObjectId(), remote, resolutions, who, notes);
				if (!outcome.conflicts().isEmpty()) {
					return outcome;
				}
				try {
					push(git, remote);
					return new Outcome(outcome.state().equals("up to date") ? "pushed" : outcome.state(), outcome.commit(), List.of(), notes);
				} catch (SyncException e) {
					if (attempt < 3 && e.getMessage().contains("rejected")) {
						continue; // someone pushed meanwhile: fetch and merge again
					}
					throw e;
				}
			}
		} catch (IOException | GitAPIException e) {
			throw new SyncException(directory + ": " + oneLine(e), e);
		}
	}

	/**
	 * Offline exchange: commits what was saved; if the bundle file exists, verifies it and merges
	 * its branch; then writes the bundle anew with the result, for the other side.
	 *
	 * @param directory   the project
	 * @param bundle      the bundle file
	 * @param message     the commit message, or {@code null}
	 * @param resolutions element id → side
	 * @param who         the auditor
	 * @return what happened
	 * @throws SyncException when the bundle is not valid or was altered (nothing applied)
	 */
	public Outcome syncBundle(Path directory, Path bundle, String message, Map<String, Side> resolutions, AuditorProfile who)
			throws SyncException {
		try (Git git = open(directory)) {
			List<String> notes = new ArrayList<>();
			recover(git, notes);
			ObjectId local = commitLocal(git, message, who);
			Outcome outcome = new Outcome("up to date", local.getName(), List.of(), notes);
			if (Files.exists(bundle)) {
				String ref = "refs/rensa-bundle/" + BRANCH;
				try {
					git.fetch().setRemote(bundle.toAbsolutePath().toString()).setCheckFetchedObjects(true)
							.setRefSpecs(new RefSpec("+" + Constants.R_HEADS + BRANCH + ":" + ref)).call();
				} catch (GitAPIException | RuntimeException e) {
					throw new SyncException(bundle + ": not a valid Rensa bundle or altered (" + oneLine(e)
							+ "); nothing applied, your work is committed locally (" + abbreviate(local) + ")", e);
				}
				Ref theirs = git.getRepository().exactRef(ref);
				if (theirs == null) {
					throw new SyncException(bundle + ": holds no branch " + BRANCH + "; nothing applied");
				}
				outcome = integrate(git, theirs.getObjectId(), bundle.toString(), resolutions, who, notes);
				if (!outcome.conflicts().isEmpty()) {
					return outcome;
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			BundleWriter writer = new BundleWriter(git.getRepository());
			writer.include(Constants.R_HEADS + BRANCH, git.getRepository().resolve(Constants.HEAD));
			writer.writeBundle(NullProgressMonitor.INSTANCE, out);
			AtomicFiles.write(bundle, out.toByteArray());
			return outcome;
		} catch (IOException | GitAPIException e) {
			throw new SyncException(directory + ": " + oneLine(e), e);
		}
	}

	/**
	 * Where a shared project stands against its remote, without contacting it: the commits of the
	 * local branch the remote branch (as last fetched) lacks, and the reverse.
	 *
	 * @param remote   the remote's URL, or {@code null} when none is configured
	 * @param ahead    local commits not yet pushed
	 * @param behind   fetched commits not yet merged
	 * @param lastSync when the remote was last fetched, or {@code null} if never
	 */
	public record SyncStatus(String remote, int ahead, int behind, Instant lastSync) {
	}

	/**
	 * Reads the ahead/behind counts and the last fetch time of a shared project (no network).
	 *
	 * @param directory the project
	 * @return the status
	 * @throws SyncException when the project is not shared or the repository cannot be read
	 */
	public SyncStatus status(Path directory) throws SyncException {
		try (Git git = open(directory)) {
			Repository repository = git.getRepository();
			String remote = repository.getConfig().getString("remote", "origin", "url");
			ObjectId local = repository.resolve(Constants.HEAD);
			Ref tracking = repository.exactRef(Constants.R_REMOTES + "origin/" + BRANCH);
			int ahead = 0;
			int behind = 0;
			if (local != null) {
				try (RevWalk walk = new RevWalk(repository)) {
					RevCommit mine = walk.parseCommit(local);
					RevCommit theirs = tracking == null || tracking.getObjectId() == null ? null : walk.parseCommit(tracking.getObjectId());
					ahead = count(walk, mine, theirs);
					walk.reset();
					behind = theirs == null ? 0 : count(walk, theirs, mine);
				}
			}
			Path fetchHead = directory.resolve(".git").resolve("FETCH_HEAD");
			Instant lastSync = Files.exists(fetchHead) ? Files.getLastModifiedTime(fetchHead).toInstant() : null;
			return new SyncStatus(remote, ahead, behind, lastSync);
		} catch (IOException e) {
			throw new SyncException(directory + ": " + oneLine(e), e);
		}
	}

	private static int count(RevWalk walk, RevCommit from, RevCommit without) throws IOException {
		walk.markStart(walk.parseCommit(from));
		if (without != null) {
			walk.markUninteresting(walk.parseCommit(without));
		}
		int count = 0;
		for (RevCommit ignored : walk) {
			count++;
		}
		return count;
	}

	private Git open(Path directory) throws SyncException {
		requireProject(directory);
		try {
			Repository repository = new FileRepositoryBuilder().setWorkTree(directory.toFile()).setGitDir(directory.resolve(".git").toFile())
					.setMustExist(true).build();
			return new Git(repository, true);
		} catch (IOException e) {
			throw new SyncException(directory + ": is not shared (run rensa share " + directory + " --remote URL, or rensa clone)", e);
		}
	}

	private static void requireProject(Path directory) throws SyncException {
		if (!Files.isRegularFile(directory.resolve("model").resolve(ProjectStorage.PROPERTIES_FILE))) {
			throw new SyncException(directory + ": not a Rensa project (no model/" + ProjectStorage.PROPERTIES_FILE + ")");
		}
	}

	/** Rolls back a sync that was interrupted while it replaced the working tree. */
	private static void recover(Git git, List<String> notes) throws IOException, GitAPIException {
		Path marker = git.getRepository().getDirectory().toPath().resolve(MARKER);
		if (Files.exists(marker)) {
			git.reset().setMode(ResetCommand.ResetType.HARD).setRef(Constants.HEAD).call();
			Files.delete(marker);
			notes.add("an interrupted sync was completed: the project is at " + abbreviate(git.getRepository().resolve(Constants.HEAD)));
		}
	}

	private static ObjectId commitLocal(Git git, String message, AuditorProfile who) throws GitAPIException, IOException {
		git.add().addFilepattern(".").call();
		git.add().addFilepattern(".").setUpdate(true).call();
		Status status = git.status().call();
		ObjectId head = git.getRepository().resolve(Constants.HEAD);
		if (!status.hasUncommittedChanges() && head != null) {
			return head;
		}
		String text = message == null || message.isBlank() ? "Work of " + who.name() + " (" + summary(status) + ")" : message;
		return git.commit().setMessage(text).setAuthor(ident(who)).setCommitter(ident(who)).call();
	}

	private static String summary(Status status) {
		int files = status.getAdded().size() + status.getChanged().size() + status.getRemoved().size();
		return files + (files == 1 ? " file" : " files");
	}

	/**
	 * Brings {@code theirs} into HEAD: nothing to do, fast-forward, or a model merge committed with
	 * both parents. With conflicts, nothing changes.
	 */
	private Outcome integrate(Git git, ObjectId theirs, String source, Map<String, Side> resolutions, AuditorProfile who,
			List<String> notes) throws IOException, GitAPIException, SyncException {
		Repository repository = git.getRepository();
		ObjectId head = repository.resolve(Constants.HEAD);
		if (theirs == null || theirs.equals(head)) {
			return new Outcome("up to date", head.getName(), List.of(), notes);
		}
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit ours = walk.parseCommit(head);
			RevCommit other = walk.parseCommit(theirs);
			if (walk.isMergedInto(other, ours)) {
				return new Outcome("up to date", head.getName(), List.of(), notes);
			}
			checkFormat(repository, other, source);
			if (walk.isMergedInto(ours, other)) {
				checkout(git, other);
				return new Outcome("fast-forwarded", other.getName(), List.of(), notes);
			}
			walk.reset();
			walk.setRevFilter(RevFilter.MERGE_BASE);
			walk.markStart(walk.parseCommit(head));
			walk.markStart(walk.parseCommit(theirs));
			RevCommit base = walk.next();
			ProjectMerge.Result merged = ProjectMerge.merge(base == null ? Map.of() : tree(repository, base), tree(repository, ours),
					tree(repository, other), resolutions);
			notes.addAll(merged.notes());
			if (!merged.conflicts().isEmpty()) {
				return new Outcome("conflicts", head.getName(), merged.conflicts(), notes);
			}
			checkLoads(merged.files());
			ObjectId commit = commitTree(repository, merged.files(), who, "Merge of " + abbreviate(other) + " (" + firstLine(other)
					+ ") by element", ours, other);
			checkout(git, walk.parseCommit(commit));
			return new Outcome("merged", commit.getName(), List.of(), notes);
		}
	}

	private static String firstLine(RevCommit commit) {
		return commit.getShortMessage();
	}

	/** Refuses a project whose format is newer than this Rensa reads. */
	private static void checkFormat(Repository repository, ObjectId commit, String source) throws IOException, SyncException {
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit revCommit = walk.parseCommit(commit);
			byte[] properties = read(repository, revCommit, "model/" + ProjectStorage.PROPERTIES_FILE);
			if (properties == null) {
				throw new SyncException(source + ": holds no Rensa project (no model/" + ProjectStorage.PROPERTIES_FILE + "); nothing applied");
			}
			Properties values = new Properties();
			values.load(new java.io.StringReader(new String(properties, StandardCharsets.UTF_8)));
			int version;
			try {
				version = Integer.parseInt(values.getProperty("formatVersion", "0").trim());
			} catch (NumberFormatException e) {
				throw new SyncException(source + ": model/" + ProjectStorage.PROPERTIES_FILE + " has no valid formatVersion; nothing applied");
			}
			if (!ProjectStorage.FORMAT_NAME.equals(values.getProperty("format")) || version > ProjectStorage.FORMAT_VERSION) {
				throw new SyncException(source + ": the project has format version " + version + ", newer than this Rensa reads ("
						+ ProjectStorage.FORMAT_VERSION + "); update Rensa. Nothing applied, your work is committed locally");
			}
		}
	}

	/** Loads the merged project from a scratch copy: a merge result must load (and validate structurally). */
	private void checkLoads(Map<String, byte[]> files) throws IOException, SyncException {
		Path scratch = Files.createTempDirectory("rensa-merge");
		try {
			for (Map.Entry<String, byte[]> entry : files.entrySet()) {
				if (entry.getKey().startsWith("model/")) {
					Path file = scratch.resolve(entry.getKey());
					Files.createDirectories(file.getParent());
					Files.write(file, entry.getValue());
				}
			}
			Files.createDirectories(scratch.resolve("evidence"));
			try {
				AuditProjectDocument document = storage.loadReadOnly(scratch);
				document.getProject();
			} catch (IOException e) {
				throw new SyncException("the merged project does not load (" + oneLine(e).replace(scratch.toString(), "")
						+ "); nothing applied, your work is committed locally", e);
			}
		} finally {
			deleteQuietly(scratch);
		}
	}

	/** Replaces the working tree by a commit, with a marker that lets the next sync finish an interrupted checkout. */
	private static void checkout(Git git, RevCommit commit) throws IOException, GitAPIException {
		Path marker = git.getRepository().getDirectory().toPath().resolve(MARKER);
		AtomicFiles.write(marker, commit.getName().getBytes(StandardCharsets.US_ASCII));
		RefUpdate update = git.getRepository().updateRef(Constants.R_HEADS + BRANCH);
		update.setNewObjectId(commit);
		update.setForceUpdate(true);
		update.update();
		git.reset().setMode(ResetCommand.ResetType.HARD).setRef(commit.getName()).call();
		Files.delete(marker);
	}

	private static ObjectId commitTree(Repository repository, Map<String, byte[]> files, AuditorProfile who, String message,
			ObjectId... parents) throws IOException {
		try (ObjectInserter inserter = repository.newObjectInserter()) {
			DirCache index = DirCache.newInCore();
			DirCacheBuilder builder = index.builder();
			for (Map.Entry<String, byte[]> entry : files.entrySet()) {
				DirCacheEntry file = new DirCacheEntry(entry.getKey());
				file.setFileMode(FileMode.REGULAR_FILE);
				file.setObjectId(inserter.insert(Constants.OBJ_BLOB, entry.getValue()));
				builder.add(file);
			}
			builder.finish();
			CommitBuilder commit = new CommitBuilder();
			commit.setTreeId(index.writeTree(inserter));
			commit.setParentIds(parents);
			commit.setAuthor(ident(who));
			commit.setCommitter(ident(who));
			commit.setMessage(message);
			ObjectId id = inserter.insert(commit);
			inserter.flush();
			return id;
		}
	}

	/** @return path → bytes of every file of a commit */
	static Map<String, byte[]> tree(Repository repository, RevCommit commit) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (TreeWalk walk = new TreeWalk(repository); ObjectReader reader = repository.newObjectReader()) {
			walk.addTree(commit.getTree());
			walk.setRecursive(true);
			while (walk.next()) {
				if ((walk.getRawMode(0) & FileMode.TYPE_MASK) == FileMode.TYPE_FILE) {
					files.put(walk.getPathString(), reader.open(walk.getObjectId(0)).getBytes());
				}
			}
		}
		return files;
	}

	private static byte[] read(Repository repository, RevCommit commit, String path) throws IOException {
		try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
			return walk == null ? null : repository.open(walk.getObjectId(0)).getBytes();
		}
	}

	private void push(Git git, String remote) throws SyncException {
		try {
			for (PushResult result : git.push().setRemote("origin").setCredentialsProvider(credentials)
					.setRefSpecs(new RefSpec(Constants.R_HEADS + BRANCH + ":" + Constants.R_HEADS + BRANCH)).call()) {
				for (RemoteRefUpdate update : result.getRemoteUpdates()) {
					if (update.getStatus() != RemoteRefUpdate.Status.OK && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
						throw new SyncException(remote + ": push rejected (" + update.getStatus().name().toLowerCase(java.util.Locale.ROOT)
								.replace('_', ' ') + (update.getMessage() == null ? "" : ": " + update.getMessage())
								+ "); your work is committed locally");
					}
				}
			}
		} catch (GitAPIException e) {
			throw failure(remote, e, "your work is committed locally");
		}
	}

	/** @return one line for a failed transport: unreachable, authentication, not a repository */
	private static SyncException failure(String remote, Exception e, String consequence) {
		String text = oneLine(e);
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		String what;
		if (lower.contains("not authorized") || lower.contains("authentication") || lower.contains("401") || lower.contains("403")) {
			what = "authentication failed (set " + TOKEN_VARIABLE + " and " + USER_VARIABLE + ", or a Git credential helper)";
		} else if (e instanceof InvalidRemoteException || e.getCause() instanceof NoRemoteRepositoryException
				|| lower.contains("not found") || lower.contains("not a git repository") || lower.contains("does not appear")) {
			what = "no Git repository there (" + text + ")";
		} else if (e instanceof TransportException || e.getCause() instanceof NotSupportedException || lower.contains("connection")
				|| lower.contains("unknownhost") || lower.contains("timed out") || lower.contains("refused")) {
			what = "cannot be reached (" + text + ")";
		} else {
			what = text;
		}
		return new SyncException((remote == null ? "" : remote + ": ") + what + "; " + consequence, e);
	}

	private static String oneLine(Throwable e) {
		String message = e.getMessage();
		for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
			if (cause.getMessage() != null && (message == null || message.length() < 12)) {
				message = cause.getMessage();
			}
		}
		return String.valueOf(message).replaceAll("\\s+", " ").trim();
	}

	static PersonIdent ident(AuditorProfile who) {
		String email = who.email() == null || who.email().isBlank() ? "" : who.email();
		return new PersonIdent(who.name(), email);
	}

	private static String abbreviate(ObjectId id) {
		return id == null ? "none" : id.getName().substring(0, 7);
	}

	private static void deleteQuietly(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(directory)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// best effort: a scratch folder
		}
	}

	// -------------------------------------------------------------------------------------- history

	/** The sync bundle's texts in English and Japanese ({@code messages.properties} of this package). */
	static final TextTable TEXTS = new TextTable("org.rensa.sync.messages", GitSync.class.getClassLoader()); //$NON-NLS-1$

	/**
	 * One change of the history.
	 *
	 * @param change what changed, e.g. {@code verdict of 2.3 …: nonconform → partially conform}
	 * @param author who committed it (the auditor profile's name)
	 * @param time   when, {@code yyyy-MM-dd HH:mm} in the author's time zone
	 */
	public record HistoryEntry(String change, String author, String time) {
		/**
		 * @param language the language
		 * @return the entry as one line, e.g. {@code CHANGE, AUTHOR, TIME}
		 */
		public String line(Language language) {
			return TEXTS.get(language, "history.line", change, author, time); //$NON-NLS-1$
		}
	}

	/**
	 * Who changed what, when, in English: {@link #history(Path, String, Language)} as lines.
	 *
	 * @param directory the project
	 * @param elementId only this element (and what it contains), or {@code null} for all
	 * @return the lines
	 * @throws SyncException when the project is not shared or its history cannot be read
	 */
	public List<String> history(Path directory, String elementId) throws SyncException {
		return history(directory, elementId, Language.ENGLISH).stream().map(entry -> entry.line(Language.ENGLISH)).toList();
	}

	/**
	 * Who changed what, when: one entry per changed feature of an element, newest commit first, e.g.
	 * {@code verdict of 2.3 / Kisaragi Electronics / FY2026: nonconform → partially conform, A. Morimoto, 2026-10-14 14:02};
	 * labels, features and values in the given language.
	 *
	 * @param directory the project
	 * @param elementId only this element (and what it contains), or {@code null} for all
	 * @param language  the language of the labels and values
	 * @return the entries
	 * @throws SyncException when the project is not shared or its history cannot be read
	 */
	public List<HistoryEntry> history(Path directory, String elementId, Language language) throws SyncException {
		try (Git git = open(directory)) {
			Repository repository = git.getRepository();
			ObjectId head = repository.resolve(Constants.HEAD);
			List<HistoryEntry> entries = new ArrayList<>();
			if (head == null) {
				return entries;
			}
			Map<String, String> labels = labels(directory, language);
			DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
			try (RevWalk walk = new RevWalk(repository)) {
				walk.markStart(walk.parseCommit(head));
				for (RevCommit commit : walk) {
					if (commit.getParentCount() > 1) {
						continue; // a merge repeats what its parents did
					}
					RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
					PersonIdent author = commit.getAuthorIdent();
					String when = time.format(author.getWhenAsInstant().atZone(zone(author)));
					for (String path : changedModelFiles(repository, parent, commit)) {
						byte[] before = parent == null ? null : read(repository, parent, path);
						byte[] after = read(repository, commit, path);
						for (ModelMerge.Change change : ModelMerge.changes(path.substring("model/".length()), before, after, language)) {
							if (elementId != null && !elementId.equals(change.id()) && !within(change.element(), elementId)) {
								continue;
							}
							entries.add(new HistoryEntry(describe(change, labels, language), author.getName(), when));
						}
					}
				}
			}
			return entries;
		} catch (IOException e) {
			throw new SyncException(directory + ": the history cannot be read: " + oneLine(e), e);
		}
	}

	private static String describe(ModelMerge.Change change, Map<String, String> labels, Language language) {
		String label = labels.getOrDefault(change.id(), language.labelInContext(change.element()));
		if (change.feature() == null) {
			return TEXTS.get(language, "history." + change.what(), language.inSentence(language.label(change.element().eClass())), label); //$NON-NLS-1$
		}
		String none = TEXTS.get(language, "history.none"); //$NON-NLS-1$
		return TEXTS.get(language, "history.changed", language.inSentence(language.label(change.feature())), label, //$NON-NLS-1$
				change.before().isEmpty() ? none : change.before(), change.after().isEmpty() ? none : change.after());
	}

	private static ZoneId zone(PersonIdent ident) {
		try {
			return ident.getZoneId();
		} catch (RuntimeException e) {
			return ZoneId.of("UTC");
		}
	}

	private static boolean within(org.eclipse.emf.ecore.EObject element, String id) {
		for (org.eclipse.emf.ecore.EObject c = element.eContainer(); c != null; c = c.eContainer()) {
			if (id.equals(ModelMerge.key(c))) {
				return true;
			}
		}
		return false;
	}

	private Map<String, String> labels(Path directory, Language language) {
		Map<String, String> labels = new HashMap<>();
		try {
			AuditProjectDocument document = storage.loadReadOnly(directory);
			for (var it = document.getProject().eAllContents(); it.hasNext();) {
				var element = it.next();
				if (element instanceof org.rensa.model.Identifiable identifiable) {
					labels.put(identifiable.getId(), language.labelInContext(element));
				}
			}
			for (var resource : document.getProject().eResource().getResourceSet().getResources()) {
				for (var it = resource.getAllContents(); it.hasNext();) {
					var element = it.next();
					if (element instanceof org.rensa.model.Identifiable identifiable) {
						labels.putIfAbsent(identifiable.getId(), language.labelInContext(element));
					}
				}
			}
		} catch (IOException | RuntimeException e) {
			// labels from each version's own file then
		}
		return labels;
	}

	private static List<String> changedModelFiles(Repository repository, RevCommit parent, RevCommit commit) throws IOException {
		List<String> paths = new ArrayList<>();
		try (TreeWalk walk = new TreeWalk(repository)) {
			if (parent == null) {
				walk.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
			} else {
				walk.addTree(parent.getTree());
			}
			walk.addTree(commit.getTree());
			walk.setRecursive(true);
			walk.setFilter(PathFilter.create("model"));
			while (walk.next()) {
				String path = walk.getPathString();
				if (ProjectMerge.isModelFile(path) && !walk.getObjectId(0).equals(walk.getObjectId(1))) {
					paths.add(path);
				}
			}
		}
		return paths;
	}

	// -------------------------------------------------------------------------------- credentials

	/**
	 * HTTPS credentials for the command line: the token in {@value #TOKEN_VARIABLE} (user
	 * {@value #USER_VARIABLE}, default {@code rensa}), else Git's credential helpers
	 * ({@code git credential fill}) when {@code git} is installed. Nothing is written into the project.
	 *
	 * @param environment the environment
	 * @return the provider, or {@code null} when neither is available
	 */
	public static CredentialsProvider credentials(Map<String, String> environment) {
		String token = environment.get(TOKEN_VARIABLE);
		if (token != null && !token.isBlank()) {
			return new org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider(environment.getOrDefault(USER_VARIABLE, "rensa"), token);
		}
		return new GitCredentialHelper();
	}

	/** Asks {@code git credential fill} (the user's configured helpers), never prompting on a terminal. */
	static final class GitCredentialHelper extends CredentialsProvider {
		@Override
		public boolean isInteractive() {
			return false;
		}

		@Override
		public boolean supports(org.eclipse.jgit.transport.CredentialItem... items) {
			for (org.eclipse.jgit.transport.CredentialItem item : items) {
				if (!(item instanceof org.eclipse.jgit.transport.CredentialItem.Username)
						&& !(item instanceof org.eclipse.jgit.transport.CredentialItem.Password)) {
					return false;
				}
			}
			return true;
		}

		@Override
		public boolean get(URIish uri, org.eclipse.jgit.transport.CredentialItem... items) {
			Map<String, String> answer = fill(uri);
			if (answer.get("password") == null) {
				return false;
			}
			for (org.eclipse.jgit.transport.CredentialItem item : items) {
				if (item instanceof org.eclipse.jgit.transport.CredentialItem.Username user) {
					user.setValue(answer.getOrDefault("username", ""));
				} else if (item instanceof org.eclipse.jgit.transport.CredentialItem.Password password) {
					password.setValue(answer.get("password").toCharArray());
				}
			}
			return true;
		}

		private static Map<String, String> fill(URIish uri) {
			Map<String, String> answer = new HashMap<>();
			try {
				ProcessBuilder builder = new ProcessBuilder("git", "credential", "fill");
				builder.environment().put("GIT_TERMINAL_PROMPT", "0");
				builder.redirectError(ProcessBuilder.Redirect.DISCARD);
				Process process = builder.start();
				try (OutputStream in = process.getOutputStream()) {
					String request = "protocol=" + uri.getScheme() + "\nhost=" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
							+ "\npath=" + (uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "")) + "\n\n";
					in.write(request.getBytes(StandardCharsets.UTF_8));
				}
				try (InputStream out = process.getInputStream()) {
					for (String line : new String(out.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
						int eq = line.indexOf('=');
						if (eq > 0) {
							answer.put(line.substring(0, eq), line.substring(eq + 1));
						}
					}
				}
				if (process.waitFor() != 0) {
					answer.clear();
				}
			} catch (IOException e) {
				answer.clear(); // no git installed: no helper
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				answer.clear();
			}
			return answer;
		}
	}

	/** @return the instant of now, for messages (kept in one place for tests) */
	static Instant now() {
		return Instant.now();
	}

	/** @return the resolutions as a printable list (for messages) */
	static String describe(Collection<Conflict> conflicts) {
		StringBuilder text = new StringBuilder();
		for (Conflict conflict : conflicts) {
			text.append(conflict.describe()).append('\n');
		}
		return text.toString();
	}
}
