// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.eclipse.emf.common.command.Command;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectSettings;

/**
 * The adjustable settings of the chain analysis: the {@link ClauseRules rule table} and the
 * {@link RiskWeights risk weights}. Each starts from the defaults shipped in this bundle, then takes
 * the single keys found in the user's files ({@code ~/.rensa/clause-rules.properties},
 * {@code ~/.rensa/chain-risk.properties}), then those of the project (its {@link ProjectSettings}
 * {@code model/settings/clause-rules.properties} and {@code model/settings/chain-risk.properties}),
 * all read once when the project was opened.
 *
 * @param rules   the rule table
 * @param weights the risk weights
 */
public record AnalysisSettings(ClauseRules rules, RiskWeights weights) {

	/** File name of the rule table overrides. */
	public static final String RULES_FILE = "clause-rules.properties";
	/** File name of the risk weight overrides. */
	public static final String WEIGHTS_FILE = "chain-risk.properties";

	/** @return the shipped defaults */
	public static AnalysisSettings defaults() {
		return new AnalysisSettings(ClauseRules.defaults(), RiskWeights.defaults());
	}

	/**
	 * Parses the settings of an open project; {@link ProjectAnalysis#settings(AuditProjectDocument)}
	 * keeps the result per document state.
	 *
	 * @param document the open project
	 * @return defaults, then the user's overrides, then the project's
	 * @throws IOException when an override file holds a bad entry (one line naming the file)
	 */
	public static AnalysisSettings of(AuditProjectDocument document) throws IOException {
		ProjectSettings files = document.getSettings();
		AnalysisSettings settings = defaults();
		settings = settings.with(files.user(RULES_FILE), files.userFile(RULES_FILE), files.user(WEIGHTS_FILE),
				files.userFile(WEIGHTS_FILE));
		return settings.with(files.project(RULES_FILE), files.projectFile(RULES_FILE), files.project(WEIGHTS_FILE),
				files.projectFile(WEIGHTS_FILE));
	}

	private AnalysisSettings with(Optional<byte[]> rulesFile, Path rulesSource, Optional<byte[]> weightsFile,
			Path weightsSource) throws IOException {
		ClauseRules r = rules;
		RiskWeights w = weights;
		if (rulesFile.isPresent()) {
			try {
				r = r.with(parse(rulesFile.get()));
			} catch (IOException e) {
				throw new IOException(rulesSource + ": " + e.getMessage(), e);
			}
		}
		if (weightsFile.isPresent()) {
			try {
				w = w.with(parse(weightsFile.get()));
			} catch (IOException e) {
				throw new IOException(weightsSource + ": " + e.getMessage(), e);
			}
		}
		return new AnalysisSettings(r, w);
	}

	/**
	 * A command making a rule table the project's ({@code model/settings/clause-rules.properties},
	 * saved with the project); the whole table is written, so it wins over the user's and the shipped
	 * defaults. Undo restores the previous table.
	 *
	 * @param document the open project
	 * @param rules    the table
	 * @return the command, to execute on the project's command stack
	 */
	public static Command changeRules(AuditProjectDocument document, ClauseRules rules) {
		StringBuilder text = new StringBuilder("# Rensa clause rule table of this project (see the shipped clause-rules.properties)\n");
		new TreeMap<>(rules.toProperties()).forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
		return document.getSettings().change(RULES_FILE, text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static Properties parse(byte[] content) throws IOException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content)).toString();
		} catch (CharacterCodingException e) {
			throw new IOException("not UTF-8 text");
		}
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(text));
		} catch (IllegalArgumentException e) {
			throw new IOException("malformed (" + e.getMessage() + ")");
		}
		return properties;
	}
}
