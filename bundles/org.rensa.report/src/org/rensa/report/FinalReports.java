// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.emf.common.command.Command;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectSettings;

/**
 * The register of finalised reports: each final issue of a document is recorded with its file name,
 * version (1 for the first final issue of that file name, one more for each later one), date and
 * SHA-256, in the project's settings file {@code model/settings/}{@value #FILE} (a
 * {@link ProjectSettings} file: changed by an undoable command, saved with the project). The register
 * lets anyone check that a report handed over is the one issued: its SHA-256 must be the recorded
 * one. The same file holds the project's time-stamping authority ({@value #TSA}); when one is set,
 * finalising also seals the evidence log heads with it (and time-stamps report signatures). It may
 * name the consultancy's PKCS#12 keystore ({@value #KEYSTORE}) with which final PDFs are signed
 * ({@link ReportSigner}); its password is never stored.
 */
public final class FinalReports {

	/** The settings file of the register. */
	public static final String FILE = "final-reports.properties";
	/** Key of the time-stamping authority's URL (http or https). */
	public static final String TSA = "tsa.url";
	/** Key of the signing keystore's path (PKCS#12; relative to the project directory, or absolute). */
	public static final String KEYSTORE = "sign.keystore";
	private static final String ENTRY = "report.";

	/**
	 * One final issue.
	 *
	 * @param file    the file name (no folder)
	 * @param version its version, from 1
	 * @param date    the day it was finalised
	 * @param sha256  the SHA-256 of the file, 64 lower-case hexadecimal digits
	 */
	public record Entry(String file, int version, LocalDate date, String sha256) {

		/** @return {@code FILE version N (DATE), sha256 HEX} */
		@Override
		public String toString() {
			return file + " version " + version + " (" + date + "), sha256 " + sha256;
		}
	}

	private final List<Entry> entries;
	private final String tsa;
	private final String keystore;

	private FinalReports(List<Entry> entries, String tsa, String keystore) {
		this.entries = entries;
		this.tsa = tsa;
		this.keystore = keystore;
	}

	/**
	 * @param document an open project
	 * @return its register, empty when it has none
	 * @throws IOException when the file is not readable (one line naming the file and the key)
	 */
	public static FinalReports of(AuditProjectDocument document) throws IOException {
		Optional<byte[]> content = document.getSettings().project(FILE);
		List<Entry> entries = new ArrayList<>();
		if (content.isEmpty()) {
			return new FinalReports(entries, null, null);
		}
		Properties properties = new Properties();
		properties.load(new StringReader(new String(content.get(), StandardCharsets.UTF_8)));
		for (int n = 1; properties.containsKey(ENTRY + n); n++) {
			String[] parts = properties.getProperty(ENTRY + n).split("\\|", -1);
			try {
				if (parts.length != 4 || !parts[3].matches("[0-9a-f]{64}")) {
					throw new IllegalArgumentException();
				}
				entries.add(new Entry(parts[0], Integer.parseInt(parts[1]), LocalDate.parse(parts[2]), parts[3]));
			} catch (IllegalArgumentException | DateTimeParseException e) {
				throw new IOException(document.getSettings().projectFile(FILE) + ": " + ENTRY + n + ": not FILE|VERSION|DATE|SHA-256");
			}
		}
		String url = properties.getProperty(TSA);
		String signing = properties.getProperty(KEYSTORE);
		return new FinalReports(entries, url == null || url.isBlank() ? null : url.strip(),
				signing == null || signing.isBlank() ? null : signing.strip());
	}

	/** @return every final issue, oldest first */
	public List<Entry> entries() {
		return List.copyOf(entries);
	}

	/**
	 * @return the time-stamping authority, when set
	 * @throws IOException when the setting is not an http or https URL
	 */
	public Optional<URI> tsa() throws IOException {
		if (tsa == null) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(tsa);
			if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
				throw new URISyntaxException(tsa, "not http or https");
			}
			return Optional.of(uri);
		} catch (URISyntaxException e) {
			throw new IOException(FILE + ": " + TSA + ": not an http or https URL: " + tsa);
		}
	}

	/**
	 * @param projectDirectory the project's directory
	 * @return the signing keystore the project names, resolved against its directory, when set
	 * @throws IOException when the setting is not a usable path
	 */
	public Optional<Path> keystore(Path projectDirectory) throws IOException {
		if (keystore == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(projectDirectory.resolve(keystore).normalize());
		} catch (java.nio.file.InvalidPathException e) {
			throw new IOException(FILE + ": " + KEYSTORE + ": not a path: " + keystore);
		}
	}

	/**
	 * @param file a report just written
	 * @param date the day of finalisation
	 * @return its entry: SHA-256 of the file, version one above the last of that file name
	 * @throws IOException when the file cannot be read
	 */
	public Entry next(Path file, LocalDate date) throws IOException {
		String name = file.getFileName().toString();
		int version = 1 + entries.stream().filter(e -> e.file().equals(name)).mapToInt(Entry::version).max().orElse(0);
		return new Entry(name, version, date, sha256(file));
	}

	/**
	 * @param document the open project
	 * @param added    entries from {@link #next}, in order
	 * @return one undoable command recording them (and keeping the time-stamping authority)
	 */
	public Command record(AuditProjectDocument document, List<Entry> added) {
		return document.getSettings().change(FILE, text(added, tsa, keystore).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @param document the open project
	 * @param url      the time-stamping authority's URL, or {@code null} to remove it
	 * @return one undoable command setting it
	 */
	public Command withTsa(AuditProjectDocument document, String url) {
		return document.getSettings().change(FILE, text(List.of(), url == null || url.isBlank() ? null : url.strip(), keystore)
				.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @param document the open project
	 * @param path     the signing keystore's path (relative to the project directory, or absolute), or
	 *                 {@code null} to remove it
	 * @return one undoable command setting it (and keeping the rest of the file)
	 */
	public Command withKeystore(AuditProjectDocument document, String path) {
		return document.getSettings().change(FILE, text(List.of(), tsa, path == null || path.isBlank() ? null : path.strip())
				.getBytes(StandardCharsets.UTF_8));
	}

	private String text(List<Entry> added, String url, String signing) {
		StringBuilder text = new StringBuilder(
				"# Rensa: finalised reports (FILE|VERSION|DATE|SHA-256), the time-stamping authority and the signing keystore.\n");
		if (url != null) {
			text.append(TSA).append(" = ").append(url.replace("\\", "\\\\")).append('\n');
		}
		if (signing != null) {
			text.append(KEYSTORE).append(" = ").append(signing.replace("\\", "\\\\")).append('\n');
		}
		int n = 1;
		List<Entry> all = new ArrayList<>(entries);
		all.addAll(added);
		for (Entry entry : all) {
			text.append(ENTRY).append(n++).append(" = ").append(entry.file().replace("\\", "\\\\").replace("|", "_")).append('|')
					.append(entry.version()).append('|').append(entry.date()).append('|').append(entry.sha256()).append('\n');
		}
		return text.toString();
	}

	/**
	 * @param file a file
	 * @return its SHA-256, 64 lower-case hexadecimal digits
	 * @throws IOException when it cannot be read
	 */
	public static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[65536];
			for (int read; (read = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
