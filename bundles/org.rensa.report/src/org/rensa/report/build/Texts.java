// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.build;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.rensa.model.Certification;
import org.rensa.model.CertificationScheme;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.Requirement;
import org.rensa.model.derived.FindingClosure;
import org.rensa.model.text.Language;

/**
 * The fixed wording of reports in one language ({@code texts.properties},
 * {@code texts_ja.properties}), and the date format that goes with it.
 */
public final class Texts {

	private final ResourceBundle bundle;
	private final Language language;
	private final Locale locale;
	private final DateTimeFormatter dates;

	/** @param locale the language; anything but Japanese gives English */
	public Texts(Locale locale) {
		this.language = Language.of(locale);
		this.locale = language.locale();
		this.bundle = ResourceBundle.getBundle("org.rensa.report.build.texts", this.locale, Texts.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		this.dates = DateTimeFormatter.ofPattern(japanese() ? "yyyy年M月d日" : "d MMM yyyy", this.locale);
	}

	/** @return whether the texts are Japanese */
	public boolean japanese() {
		return language.isJapanese();
	}

	/** @return the language of the model's labels and bilingual texts in this report */
	public Language language() {
		return language;
	}

	/** @return the language */
	public Locale locale() {
		return locale;
	}

	/**
	 * @param key  the text's key
	 * @param args values for {@code {0}}, {@code {1}} …
	 * @return the text
	 */
	public String get(String key, Object... args) {
		String pattern;
		try {
			pattern = bundle.getString(key);
		} catch (MissingResourceException e) {
			throw new IllegalStateException("report text missing: " + key, e);
		}
		return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
	}

	/**
	 * @param literal an enumeration literal of the model
	 * @return its label from the language layer ({@link Language#label(Enumerator)})
	 */
	public String label(Enumerator literal) {
		return language.label(literal);
	}

	/**
	 * A finding's status as documents print it: its label, followed by the reason whenever the status
	 * disagrees with the finding's actions ({@link FindingClosure}), e.g. {@code Open (all actions done,
	 * awaiting verification)}.
	 *
	 * @param finding a finding
	 * @return its status with the reason, if any
	 */
	public String status(Finding finding) {
		String status = label(finding.getStatus() == null ? FindingStatus.OPEN : finding.getStatus());
		FindingClosure reason = FindingClosure.of(finding);
		return reason == null ? status : get("status.reason", status, label(reason));
	}

	/**
	 * A hash as documents print it: in groups of 16 characters separated by spaces, the only places a
	 * line may break, so that no line ends or starts with a lone character.
	 *
	 * @param hash a hex digest or {@code null}
	 * @return the grouped digest, or an empty string
	 */
	public static String hash(String hash) {
		if (hash == null) {
			return "";
		}
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < hash.length(); i += 16) {
			grouped.append(i == 0 ? "" : " ").append(hash, i, Math.min(hash.length(), i + 16));
		}
		return grouped.toString();
	}

	/**
	 * @param date a date or {@code null}
	 * @return the formatted date, or an empty string
	 */
	public String date(LocalDate date) {
		return date == null ? "" : dates.format(date);
	}

	/**
	 * @param value a share between 0 and 1, or {@code NaN}
	 * @return e.g. {@code 72%}, or a dash
	 */
	public String percent(double value) {
		return Double.isNaN(value) ? "–" : Math.round(value * 100) + "%";
	}

	/**
	 * @param items texts
	 * @return them joined with this language's list separator ({@code ", "} or {@code 、})
	 */
	public String list(java.util.Collection<String> items) {
		return String.join(language.listSeparator(), items);
	}

	/**
	 * @param text a text or {@code null}, possibly written {@code English / 日本語}
	 * @return the part in this language ({@link Language#split(String)})
	 */
	public String pick(String text) {
		return language.split(text);
	}

	/**
	 * A bilingual data field printed in a document.
	 *
	 * @param ja the Japanese text or {@code null}
	 * @param en the English text or {@code null}
	 * @return the text in this language by the fallback rule, marked when it is in the other language
	 *         only ({@link Language#marked(String, String)})
	 */
	public String either(String ja, String en) {
		return language.marked(en, ja);
	}

	/**
	 * A name (organisation, project): by the fallback rule, never marked, since a proper name is what
	 * it is in either language.
	 *
	 * @param ja the Japanese name or {@code null}
	 * @param en the English name or {@code null}
	 * @return the name in this language
	 */
	public String name(String ja, String en) {
		return language.text(en, ja);
	}

	/**
	 * A single-language data field printed in a document (owner, address, role, site), which may be
	 * written {@code English / 日本語}.
	 *
	 * @param text a text or {@code null}
	 * @return this language's part, marked when only the other language is there
	 *         ({@link Language#splitMarked(String)})
	 */
	public String field(String text) {
		return language.splitMarked(text);
	}

	/**
	 * A certificate as a document names it: its name in this language (a name may be written
	 * {@code English / 日本語}); a name in the other language only gives way to the scheme's name in
	 * this language (ISO/IEC 27001:2022 → ISMS（ISO/IEC 27001）, PrivacyMark → プライバシーマーク), and is
	 * marked only when the scheme is "other"; no name: the scheme's name.
	 *
	 * @param certification a certification
	 * @return its name in this language
	 */
	public String certificate(Certification certification) {
		String name = certification.getName();
		CertificationScheme scheme = certification.getScheme();
		if (name == null || name.isBlank()) {
			return label(scheme);
		}
		boolean known = scheme != null && scheme != CertificationScheme.OTHER;
		return known && language.isOtherLanguageOnly(pick(name)) ? label(scheme) : field(name);
	}

	/**
	 * A requirement's level as a document names it: the checklist's own label in this language (a label
	 * may be written {@code English / 日本語}); a label in the other language only, or none, gives way to
	 * this language's name of the level number (Level 2 → レベル2).
	 *
	 * @param requirement a requirement
	 * @return its level in this language
	 */
	public String level(Requirement requirement) {
		String label = pick(requirement.getLevelLabel());
		return label.isBlank() || language.isOtherLanguageOnly(label) ? get("basis.level", requirement.getLevel()) : label;
	}
}
