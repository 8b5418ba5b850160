// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.evidence;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;

/**
 * The append-only evidence log of a visit ({@code evidence-log/<visit id>.log} in the project): one
 * tab-separated line per recorded evidence item — time, who, action, evidence id, title, files
 * (name=sha256) — ending with a SHA-256 chained over the previous line's hash, so an edited, removed
 * or reordered line is detected by {@link #verify(Path)}. Lines are only ever appended (and synced);
 * an undone capture appends a {@value #WITHDRAWN} line. Where each log ended when Rensa last wrote
 * it is kept in the model by {@link EvidenceLogHeads}, so that removed last lines, an emptied,
 * deleted or rewritten log are detected too ({@link EvidenceVerifier}).
 */
public final class EvidenceLog {

	/** The project-relative directory of evidence logs. */
	public static final String DIRECTORY = "evidence-log";

	/** The action of a line that takes back an earlier recording (an undone capture). */
	public static final String WITHDRAWN = "withdrawn";

	/**
	 * One parsed line.
	 *
	 * @param number     1-based line number
	 * @param action     the action
	 * @param evidenceId the evidence item's id
	 * @param files      file name → SHA-256 as recorded
	 * @param hash       the line's chain hash
	 */
	public record Line(int number, String action, String evidenceId, Map<String, String> files, String hash) {
	}

	private static final Pattern FILE = Pattern.compile("(.*?)=([0-9a-f]{64})(?: |$)");

	/** The name of every log file {@link #file} makes; other names in the heads are refused. */
	static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]+\\.log");

	private EvidenceLog() {
	}

	/**
	 * @param projectDirectory the project directory
	 * @param visitId          the visit's id ({@code no-visit} when the evidence belongs to none)
	 * @return the log file
	 */
	public static Path file(Path projectDirectory, String visitId) {
		String safe = visitId == null || visitId.isBlank() ? "no-visit" : visitId.replaceAll("[^A-Za-z0-9._-]", "_");
		return projectDirectory.resolve(DIRECTORY).resolve(safe + ".log");
	}

	/**
	 * Appends one line.
	 *
	 * @param log      the log file
	 * @param when     the time
	 * @param who      the auditor
	 * @param action   e.g. {@code recorded}, {@code linked}
	 * @param evidence the evidence item (its id must be set)
	 * @throws IOException when the log cannot be written
	 */
	public static synchronized void append(Path log, Instant when, String who, String action, Evidence evidence) throws IOException {
		Files.createDirectories(log.getParent());
		List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
		String previous = lines.isEmpty() ? "" : lines.get(lines.size() - 1).substring(lines.get(lines.size() - 1).lastIndexOf('\t') + 1);
		StringBuilder files = new StringBuilder();
		for (EvidenceFile file : evidence.getFiles()) {
			files.append(files.length() == 0 ? "" : " ").append(clean(file.getOriginalName())).append('=').append(file.getSha256());
		}
		String body = String.join("\t", when.toString(), clean(who), clean(action), clean(evidence.getId()), clean(evidence.getTitle()),
				files.toString());
		String line = body + "\t" + chain(previous, body) + "\n";
		try (FileChannel channel = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
			Writer writer = Channels.newWriter(channel, StandardCharsets.UTF_8);
			writer.write(line);
			writer.flush();
			channel.force(true);
		}
	}

	/**
	 * @param log a log file
	 * @return the 1-based numbers of lines whose chain hash does not match (empty when intact)
	 * @throws IOException when the log cannot be read
	 */
	public static List<Integer> verify(Path log) throws IOException {
		List<Integer> broken = new ArrayList<>();
		String previous = "";
		int number = 0;
		for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
			number++;
			int tab = line.lastIndexOf('\t');
			String hash = tab < 0 ? "" : line.substring(tab + 1);
			if (tab < 0 || !chain(previous, line.substring(0, tab)).equals(hash)) {
				broken.add(number);
			}
			previous = hash;
		}
		return broken;
	}

	/**
	 * @param log      a log file
	 * @param maxLines how many lines to consider at most
	 * @return the number of lines (at most {@code maxLines}) and the chain hash of the last of them
	 * @throws IOException when the log cannot be read
	 */
	public static EvidenceLogHeads.Head head(Path log, int maxLines) throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		int count = Math.min(lines.size(), maxLines);
		if (count == 0) {
			return new EvidenceLogHeads.Head(0, "");
		}
		String last = lines.get(count - 1);
		return new EvidenceLogHeads.Head(count, last.substring(last.lastIndexOf('\t') + 1));
	}

	/**
	 * @param log a log file
	 * @return its lines, parsed (a line that does not parse has an empty action and no files)
	 * @throws IOException when the log cannot be read
	 */
	public static List<Line> lines(Path log) throws IOException {
		List<Line> result = new ArrayList<>();
		int number = 0;
		for (String text : Files.readAllLines(log, StandardCharsets.UTF_8)) {
			number++;
			String[] fields = text.split("\t", -1);
			if (fields.length != 7) {
				result.add(new Line(number, "", "", Map.of(), ""));
				continue;
			}
			Map<String, String> files = new LinkedHashMap<>();
			Matcher matcher = FILE.matcher(fields[5]);
			while (matcher.find()) {
				files.put(matcher.group(1), matcher.group(2));
			}
			result.add(new Line(number, fields[2], fields[3], files, fields[6]));
		}
		return result;
	}

	private static String chain(String previous, String body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(previous.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) '\n');
			digest.update(body.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String clean(String text) {
		return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
	}
}
