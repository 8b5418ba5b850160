// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;

/**
 * The adjustable settings of the chain analysis: the {@link ClauseRules rule table} and the
 * {@link RiskWeights risk weights}. Each starts from the defaults shipped in this bundle, then takes
 * the single keys found in the user's files ({@code ~/.rensa/clause-rules.properties},
 * {@code ~/.rensa/chain-risk.properties}), then those of the project
 * ({@code DIR/settings/clause-rules.properties}, {@code DIR/settings/chain-risk.properties}).
 *
 * @param rules   the rule table
 * @param weights the risk weights
 */
public record AnalysisSettings(ClauseRules rules, RiskWeights weights) {

	/** File name of the rule table overrides. */
	public static final String RULES_FILE = "clause-rules.properties";
	/** File name of the risk weight overrides. */
	public static final String WEIGHTS_FILE = "chain-risk.properties";
	/** The project's settings folder. */
	public static final String PROJECT_FOLDER = "settings";

	/** @return the shipped defaults */
	public static AnalysisSettings defaults() {
		return new AnalysisSettings(ClauseRules.defaults(), RiskWeights.defaults());
	}

	/**
	 * @param projectDirectory the project directory, or {@code null}
	 * @return defaults, then the user's overrides, then the project's
	 * @throws IOException when an override file cannot be read or holds a bad entry (the message names
	 *                     the file)
	 */
	public static AnalysisSettings load(Path projectDirectory) throws IOException {
		String home = System.getProperty("user.home");
		Path user = home == null || home.isEmpty() ? null : Paths.get(home, ".rensa");
		Path project = projectDirectory == null ? null : projectDirectory.resolve(PROJECT_FOLDER);
		return defaults().withOverrides(user).withOverrides(project);
	}

	/**
	 * @param folder a folder holding {@link #RULES_FILE} and/or {@link #WEIGHTS_FILE}, or {@code null}
	 * @return these settings with the folder's entries applied
	 * @throws IOException when a file is unreadable or holds a bad entry
	 */
	public AnalysisSettings withOverrides(Path folder) throws IOException {
		if (folder == null) {
			return this;
		}
		ClauseRules r = rules;
		RiskWeights w = weights;
		Path rulesFile = folder.resolve(RULES_FILE);
		if (Files.isRegularFile(rulesFile)) {
			try {
				r = r.with(read(rulesFile));
			} catch (IOException e) {
				throw new IOException(rulesFile + ": " + e.getMessage(), e);
			}
		}
		Path weightsFile = folder.resolve(WEIGHTS_FILE);
		if (Files.isRegularFile(weightsFile)) {
			try {
				w = w.with(read(weightsFile));
			} catch (IOException e) {
				throw new IOException(weightsFile + ": " + e.getMessage(), e);
			}
		}
		return new AnalysisSettings(r, w);
	}

	/**
	 * Writes a rule table as the project's override file ({@code DIR/settings/clause-rules.properties}),
	 * replacing it; the whole table is written, so it wins over the user's and the shipped defaults.
	 *
	 * @param projectDirectory the project directory
	 * @param rules            the table
	 * @throws IOException when the file cannot be written
	 */
	public static void saveProjectRules(Path projectDirectory, ClauseRules rules) throws IOException {
		Path folder = projectDirectory.resolve(PROJECT_FOLDER);
		Files.createDirectories(folder);
		StringBuilder text = new StringBuilder("# Rensa clause rule table of this project (see the shipped clause-rules.properties)\n");
		new java.util.TreeMap<>(rules.toProperties()).forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
		Path temp = folder.resolve(RULES_FILE + ".tmp");
		Files.writeString(temp, text, StandardCharsets.UTF_8);
		Files.move(temp, folder.resolve(RULES_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	private static Properties read(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
