// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.evidence;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;

/**
 * Checks a project's evidence logs against themselves, against the heads the model recorded
 * ({@link EvidenceLogHeads}) and against the model's evidence: each log's SHA-256 chain; that each
 * recorded log still exists and still ends where Rensa last wrote it (no removed last lines, not
 * emptied, not rewritten with a recomputed chain); that each log has a recorded head; and that the
 * SHA-256 a log recorded for a file is the one the model now holds for it (a file replaced together
 * with its hash in {@code evidence.xmi}). The content of each file against the model's hash is the
 * {@link org.rensa.core.storage.EvidenceStore}'s check.
 */
public final class EvidenceVerifier {

	/**
	 * One finding.
	 *
	 * @param kind    {@code BROKEN}, {@code UNREADABLE}, {@code DELETED}, {@code TRUNCATED},
	 *                {@code REWRITTEN}, {@code UNRECORDED} or {@code MISMATCH}
	 * @param where   the log (and line), project-relative
	 * @param message one line
	 */
	public record Finding(String kind, String where, String message) {
	}

	/**
	 * The outcome.
	 *
	 * @param intact   the logs without findings
	 * @param broken   the logs with findings (deleted ones included)
	 * @param findings every finding, log by log
	 */
	public record Result(int intact, int broken, List<Finding> findings) {
	}

	private EvidenceVerifier() {
	}

	/**
	 * @param document an open project
	 * @return what was found
	 * @throws IOException when the recorded heads cannot be read or the log directory cannot be listed
	 */
	public static Result verify(AuditProjectDocument document) throws IOException {
		Map<String, EvidenceLogHeads.Head> heads = EvidenceLogHeads.of(document).recorded();
		Path directory = document.getDirectory().resolve(EvidenceLog.DIRECTORY);
		TreeSet<String> names = new TreeSet<>(heads.keySet());
		if (Files.isDirectory(directory)) {
			try (var listing = Files.list(directory)) {
				listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log")).forEach(names::add);
			}
		}
		Map<String, Evidence> evidence = new HashMap<>();
		for (Evidence item : document.getProject().getEvidence()) {
			if (item.getId() != null) {
				evidence.put(item.getId(), item);
			}
		}
		List<Finding> findings = new ArrayList<>();
		int intact = 0;
		for (String name : names) {
			int before = findings.size();
			check(directory.resolve(name), EvidenceLog.DIRECTORY + "/" + name, heads.get(name), evidence, findings);
			intact += findings.size() == before ? 1 : 0;
		}
		return new Result(intact, names.size() - intact, List.copyOf(findings));
	}

	private static void check(Path log, String name, EvidenceLogHeads.Head head, Map<String, Evidence> evidence, List<Finding> findings) {
		if (!Files.exists(log, LinkOption.NOFOLLOW_LINKS)) {
			findings.add(new Finding("DELETED", name, "the log is missing, but the project recorded " + head.lines() + " lines in it"));
			return;
		}
		List<EvidenceLog.Line> lines;
		List<Integer> broken;
		try {
			if (!Files.isRegularFile(log, LinkOption.NOFOLLOW_LINKS)) {
				throw new IOException("not a regular file");
			}
			broken = EvidenceLog.verify(log);
			lines = EvidenceLog.lines(log);
		} catch (IOException e) {
			String reason = e instanceof CharacterCodingException ? "not valid UTF-8 text" : e.getMessage();
			findings.add(new Finding("UNREADABLE", name, "the evidence log cannot be read: " + reason));
			return;
		}
		for (int line : broken) {
			findings.add(new Finding("BROKEN", name + ":" + line, "line " + line
					+ " does not match the SHA-256 chain: it was altered, or a line before it was removed or reordered"));
		}
		if (head == null) {
			findings.add(new Finding("UNRECORDED", name, "the project records no head for this log: it was not written by this "
					+ "project, was written before heads were recorded, or the project's record was removed"));
		} else if (lines.size() < head.lines()) {
			findings.add(new Finding("TRUNCATED", name, "the log has " + lines.size() + " lines, the project recorded "
					+ head.lines() + (lines.isEmpty() ? ": it was emptied" : ": its last lines were removed")));
		} else if (head.lines() > 0 && !lines.get(head.lines() - 1).hash().equals(head.hash())) {
			findings.add(new Finding("REWRITTEN", name + ":" + head.lines(), "line " + head.lines()
					+ " no longer ends with the hash the project recorded: the log was rewritten"));
		}
		for (EvidenceLog.Line line : lines) {
			Evidence item = evidence.get(line.evidenceId());
			if (item == null || line.action().equals(EvidenceLog.WITHDRAWN)) {
				continue;
			}
			Map<String, String> now = new HashMap<>();
			for (EvidenceFile file : item.getFiles()) {
				now.put(file.getOriginalName() == null ? "" : file.getOriginalName().replace('\t', ' ').replace('\n', ' ').replace('\r', ' '),
						file.getSha256() == null ? "" : file.getSha256().toLowerCase(java.util.Locale.ROOT));
			}
			line.files().forEach((file, sha) -> {
				if (!sha.equals(now.get(file))) {
					findings.add(new Finding("MISMATCH", name + ":" + line.number(), "'" + file + "' of evidence '" + item.getTitle()
							+ "' was recorded with SHA-256 " + sha.substring(0, 12) + "…, the project now holds "
							+ (now.containsKey(file) ? now.get(file).substring(0, Math.min(12, now.get(file).length())) + "…" : "no such file")));
				}
			});
		}
	}
}
