// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.rensa.core.io.AtomicFiles;

/**
 * The one home of the auditor profile: a small properties file in the user's configuration folder,
 * shared by the workbench and the command line, never inside a project (a project travels between
 * auditors; the profile stays with the person).
 * <p>
 * Location: the system property {@code rensa.profile} if set, otherwise
 * {@code $XDG_CONFIG_HOME/rensa/auditor.properties} (default {@code ~/.config/rensa/auditor.properties}).
 * Without a profile, {@link #current()} falls back to the operating-system login so that records
 * always name somebody.
 */
public final class AuditorProfiles {

	private static final String NAME = "name";
	private static final String ORGANISATION = "organisation";
	private static final String EMAIL = "email";

	private AuditorProfiles() {
	}

	/** @return the file the profile is kept in */
	public static Path location() {
		String explicit = System.getProperty("rensa.profile");
		if (explicit != null && !explicit.isBlank()) {
			return Path.of(explicit);
		}
		String xdg = System.getenv("XDG_CONFIG_HOME");
		Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
		return config.resolve("rensa").resolve("auditor.properties");
	}

	/**
	 * @return the saved profile, or empty when none was saved or its name is blank
	 * @throws IOException when the file exists but cannot be read
	 */
	public static Optional<AuditorProfile> load() throws IOException {
		Path file = location();
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		String name = properties.getProperty(NAME, "");
		if (name.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new AuditorProfile(name, properties.getProperty(ORGANISATION), properties.getProperty(EMAIL)));
	}

	/**
	 * @return the saved profile, or one named after the operating-system login when there is none or
	 *         it cannot be read
	 */
	public static AuditorProfile current() {
		try {
			Optional<AuditorProfile> saved = load();
			if (saved.isPresent()) {
				return saved.get();
			}
		} catch (IOException | IllegalArgumentException unreadable) {
			// fall back to the login below: a record must always name somebody
		}
		return new AuditorProfile(System.getProperty("user.name", "auditor"), "", "");
	}

	/**
	 * Saves the profile atomically.
	 *
	 * @throws IOException when the file cannot be written
	 */
	public static void save(AuditorProfile profile) throws IOException {
		Properties properties = new Properties();
		properties.setProperty(NAME, profile.name());
		properties.setProperty(ORGANISATION, profile.organisation());
		properties.setProperty(EMAIL, profile.email());
		AtomicFiles.write(location(), out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			properties.store(writer, "Rensa auditor profile");
			writer.flush();
		});
	}
}
