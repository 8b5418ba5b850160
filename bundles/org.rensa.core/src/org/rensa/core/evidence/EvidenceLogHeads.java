// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.WeakHashMap;

import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.CompanionFiles;
import org.rensa.model.Evidence;

/**
 * The head (line count and last chain hash) of every evidence log of a project, as Rensa last
 * appended to it, kept in the model: {@code model/}{@value #FILE}, a {@linkplain CompanionFiles
 * companion file} written with every save. A log whose last lines were removed, that was emptied,
 * deleted, or rewritten with a recomputed chain no longer ends at its recorded head, which
 * {@link EvidenceVerifier} reports. Heads change only when Rensa appends through {@link #append};
 * a save never re-reads them from the logs, so a save after tampering does not hide it.
 */
public final class EvidenceLogHeads {

	/** The companion path below {@code model/}. */
	public static final String FILE = "evidence-log/heads.tsv";

	/**
	 * Where a log ended when Rensa last appended to it.
	 *
	 * @param lines the number of lines
	 * @param hash  the chain hash of the last line (empty for no line)
	 */
	public record Head(int lines, String hash) {
	}

	private static final Map<AuditProjectDocument, EvidenceLogHeads> OPEN = new WeakHashMap<>();

	private final Path projectDirectory;
	private final TreeMap<String, Head> heads = new TreeMap<>();

	private EvidenceLogHeads(AuditProjectDocument document) throws IOException {
		this.projectDirectory = document.getDirectory();
		Optional<byte[]> stored = document.getCompanionFiles().stored(FILE);
		if (stored.isPresent()) {
			heads.putAll(parse(new String(stored.get(), StandardCharsets.UTF_8), "model/" + FILE));
		}
	}

	/**
	 * Reads heads written by {@link #format}: one {@code log<TAB>lines<TAB>hash} line per log.
	 *
	 * @param text   the file's text
	 * @param source the file's name, for the message
	 * @return log file name → head
	 * @throws IOException when a line is not {@code log<TAB>lines<TAB>hash} or names no log file of
	 *                     {@link EvidenceLog#file}
	 */
	public static SortedMap<String, Head> parse(String text, String source) throws IOException {
		TreeMap<String, Head> result = new TreeMap<>();
		int number = 0;
		for (String line : text.split("\n")) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			String[] fields = line.split("\t", -1);
			if (fields.length != 3 || !fields[1].matches("[0-9]{1,9}") || !fields[2].matches("[0-9a-f]{64}|")) {
				throw new IOException(source + ": line " + number + " is not 'log<TAB>lines<TAB>hash'");
			}
			if (!EvidenceLog.FILE_NAME.matcher(fields[0]).matches()) {
				throw new IOException(source + ": line " + number + " names no evidence log file");
			}
			result.put(fields[0], new Head(Integer.parseInt(fields[1]), fields[2]));
		}
		return result;
	}

	/**
	 * Writes heads as {@link #parse} reads them, sorted by log name.
	 *
	 * @param heads log file name → head
	 * @return the file's text
	 */
	public static String format(Map<String, Head> heads) {
		StringBuilder text = new StringBuilder();
		new TreeMap<>(heads).forEach((name, head) -> text.append(name).append('\t').append(head.lines()).append('\t')
				.append(head.hash()).append('\n'));
		return text.toString();
	}

	/**
	 * @param document an open project
	 * @return its evidence log heads (one instance per document, saved with every save of it)
	 * @throws IOException when the recorded heads cannot be read
	 */
	public static EvidenceLogHeads of(AuditProjectDocument document) throws IOException {
		synchronized (OPEN) {
			EvidenceLogHeads heads = OPEN.get(document);
			if (heads == null) {
				heads = new EvidenceLogHeads(document);
				EvidenceLogHeads registered = heads;
				document.getCompanionFiles().contribute(FILE, registered::content);
				OPEN.put(document, heads);
			}
			return heads;
		}
	}

	/** @return the recorded heads by log file name ({@code <visit>.log}), sorted */
	public synchronized SortedMap<String, Head> recorded() {
		return Collections.unmodifiableSortedMap(new TreeMap<>(heads));
	}

	/**
	 * Appends one line to a visit's log and records its new head (saved with the next save). A log
	 * that no longer ends at its recorded head is not appended to: that would hide the tampering.
	 *
	 * @param visitId  the visit's id, or {@code null}
	 * @param when     the time
	 * @param who      the auditor
	 * @param action   e.g. {@code recorded for GOV-01}, {@link EvidenceLog#WITHDRAWN}
	 * @param evidence the evidence item (its id set)
	 * @throws IOException when the log cannot be written, or does not end at its recorded head
	 */
	public synchronized void append(String visitId, Instant when, String who, String action, Evidence evidence) throws IOException {
		Path log = EvidenceLog.file(projectDirectory, visitId);
		String name = log.getFileName().toString();
		Head recorded = heads.get(name);
		if (recorded != null) {
			Head actual = Files.exists(log) ? EvidenceLog.head(log, recorded.lines()) : new Head(0, "");
			if (!actual.equals(recorded)) {
				throw new IOException(EvidenceLog.DIRECTORY + "/" + name + " does not end where Rensa last wrote it (" + recorded.lines()
						+ " lines): it was altered; nothing appended (run verify-evidence)");
			}
		}
		EvidenceLog.append(log, when, who, action, evidence);
		heads.put(name, EvidenceLog.head(log, Integer.MAX_VALUE));
	}

	private synchronized byte[] content() {
		return format(heads).getBytes(StandardCharsets.UTF_8);
	}
}
