// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The one place that decides how the model is shown in a language: English or Japanese.
 * <p>
 * <b>The fallback rule</b> for every bilingual value (a feature pair such as {@code name}/{@code nameJa},
 * {@code title}/{@code titleJa}, or one text written as {@code English / 日本語}): the value in the
 * requested language when it is not blank, else the value in the other language, else an empty string.
 * Values are returned stripped.
 * <p>
 * The display texts of enumeration literals, classes and the words of element labels come from one
 * table per language ({@code labels.properties}, {@code labels_ja.properties} in this package); other
 * bundles keep their messages in their own {@link TextTable}s and render them through a {@code Language}.
 */
public final class Language {

	/** English. */
	public static final Language ENGLISH = new Language(Locale.ENGLISH);
	/** Japanese. */
	public static final Language JAPANESE = new Language(Locale.JAPANESE);

	private static final TextTable LABELS = new TextTable("org.rensa.model.text.labels", Language.class.getClassLoader());
	private static final String JA_SUFFIX = "Ja";

	private final Locale locale;

	private Language(Locale locale) {
		this.locale = locale;
	}

	/**
	 * @param locale a locale, may be {@code null}
	 * @return Japanese for a Japanese locale, English for any other
	 */
	public static Language of(Locale locale) {
		return locale != null && "ja".equals(locale.getLanguage()) ? JAPANESE : ENGLISH; //$NON-NLS-1$
	}

	/**
	 * @param japanese whether Japanese is wanted (for code that passes the language as a flag)
	 * @return Japanese or English
	 */
	public static Language of(boolean japanese) {
		return japanese ? JAPANESE : ENGLISH;
	}

	/**
	 * @param code {@code ja} or {@code en}, any case
	 * @return the language
	 * @throws IllegalArgumentException for any other code
	 */
	public static Language ofCode(String code) {
		return switch (code == null ? "" : code.toLowerCase(Locale.ROOT)) { //$NON-NLS-1$
		case "ja" -> JAPANESE; //$NON-NLS-1$
		case "en" -> ENGLISH; //$NON-NLS-1$
		default -> throw new IllegalArgumentException("language must be ja or en, not '" + code + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		};
	}

	/**
	 * @return the language of the user interface: the default locale's, which the workbench sets from
	 *         {@code -nl}
	 */
	public static Language ui() {
		return of(Locale.getDefault());
	}

	/** @return {@link Locale#ENGLISH} or {@link Locale#JAPANESE} */
	public Locale locale() {
		return locale;
	}

	/** @return {@code en} or {@code ja} */
	public String code() {
		return locale.getLanguage();
	}

	/** @return whether this is Japanese */
	public boolean isJapanese() {
		return this == JAPANESE;
	}

	// ------------------------------------------------------------------------------- bilingual values

	/**
	 * The fallback rule.
	 *
	 * @param english  the English value or {@code null}
	 * @param japanese the Japanese value or {@code null}
	 * @return the value in this language when not blank, else the other one, else an empty string
	 */
	public String text(String english, String japanese) {
		String wanted = isJapanese() ? japanese : english;
		String other = isJapanese() ? english : japanese;
		if (!isBlank(wanted)) {
			return wanted.strip();
		}
		return isBlank(other) ? "" : other.strip(); //$NON-NLS-1$
	}

	/**
	 * A bilingual feature of an element, by the fallback rule.
	 *
	 * @param element an element
	 * @param feature either feature of a pair: {@code name} or {@code nameJa}, {@code title} or
	 *                {@code titleJa} …; a feature without a partner is read as it is
	 * @return the value in this language
	 */
	public String text(EObject element, EAttribute feature) {
		String value = string(element, source(element, feature));
		return isBlank(value) ? "" : value.strip(); //$NON-NLS-1$
	}

	/**
	 * @param element an element
	 * @param feature either feature of a bilingual pair
	 * @return the feature of the pair whose value {@link #text(EObject, EAttribute)} shows: where an edit of
	 *         the shown text belongs
	 */
	public EAttribute source(EObject element, EAttribute feature) {
		Pair pair = Pair.of(element.eClass(), feature);
		EStructuralFeature english = pair.english();
		EStructuralFeature japanese = pair.japanese();
		EStructuralFeature wanted = isJapanese() ? japanese : english;
		EStructuralFeature other = isJapanese() ? english : japanese;
		if (wanted instanceof EAttribute attribute && !isBlank(string(element, wanted))) {
			return attribute;
		}
		if (other instanceof EAttribute attribute && !isBlank(string(element, other))) {
			return attribute;
		}
		return wanted instanceof EAttribute attribute ? attribute : feature;
	}

	/**
	 * The two features of a bilingual pair in the order they are edited side by side: this
	 * language's first ({@code verificationNote}, {@code verificationNoteJa} in English, the other
	 * way round in Japanese).
	 *
	 * @param feature either feature of a pair, {@code caption} or {@code captionJa} …
	 * @return this language's feature, then the other; a feature without a partner alone
	 */
	public List<EAttribute> sideBySide(EAttribute feature) {
		Pair pair = Pair.of(feature.getEContainingClass(), feature);
		EStructuralFeature english = pair.english();
		EStructuralFeature japanese = pair.japanese();
		if (!(english instanceof EAttribute en) || !(japanese instanceof EAttribute ja)) {
			return List.of(feature);
		}
		return isJapanese() ? List.of(ja, en) : List.of(en, ja);
	}

	/** The English and Japanese features of a bilingual pair (either may be {@code null}). */
	private record Pair(EStructuralFeature english, EStructuralFeature japanese) {
		static Pair of(EClass eClass, EAttribute feature) {
			String name = feature.getName();
			return isJapaneseFeature(feature)
					? new Pair(eClass.getEStructuralFeature(name.substring(0, name.length() - JA_SUFFIX.length())), feature)
					: new Pair(feature, eClass.getEStructuralFeature(name + JA_SUFFIX));
		}
	}

	/**
	 * @param feature a feature of a bilingual pair
	 * @return whether it holds the Japanese text ({@code …Ja})
	 */
	public static boolean isJapaneseFeature(EAttribute feature) {
		String name = feature.getName();
		return name.endsWith(JA_SUFFIX) && name.length() > JA_SUFFIX.length();
	}

	/**
	 * Picks this language's part of one text written in both, {@code English / 日本語} or
	 * {@code 日本語 / English} (the last {@code " / "} separates them), by the fallback rule.
	 *
	 * @param bilingual a text or {@code null}
	 * @return this language's part when the two parts are in different scripts, else the whole text
	 */
	public String split(String bilingual) {
		if (bilingual == null) {
			return ""; //$NON-NLS-1$
		}
		int slash = bilingual.lastIndexOf(" / "); //$NON-NLS-1$
		if (slash < 0) {
			return bilingual.strip();
		}
		String first = bilingual.substring(0, slash).strip();
		String second = bilingual.substring(slash + 3).strip();
		boolean firstJapanese = isJapaneseText(first);
		if (firstJapanese == isJapaneseText(second)) {
			return bilingual.strip();
		}
		return firstJapanese ? text(second, first) : text(first, second);
	}

	/**
	 * The fallback rule with its visible marker, for data printed in documents: the value in this
	 * language, else the other one followed by {@link #otherLanguageMarker()} (a Japanese document
	 * never shows an English-only value, nor an English document a Japanese-only one, without saying so).
	 *
	 * @param english  the English value or {@code null}
	 * @param japanese the Japanese value or {@code null}
	 * @return {@link #text(String, String)}, marked when it is in the other language only
	 */
	public String marked(String english, String japanese) {
		String shown = text(english, japanese);
		// a value written in this language's field is this language's, whatever its script ("VPN")
		return isBlank(isJapanese() ? japanese : english) ? mark(shown) : shown;
	}

	/**
	 * {@link #split(String)} with the marker of {@link #marked(String, String)}: for single-language data
	 * fields (owner, address, role …) that may be written {@code English / 日本語}.
	 *
	 * @param bilingual a text or {@code null}
	 * @return this language's part, marked when only the other language is there
	 */
	public String splitMarked(String bilingual) {
		return mark(split(bilingual));
	}

	/**
	 * @return the marker after a value shown in the other language only: {@code  [英語のみ]} in Japanese,
	 *         {@code  [Japanese only]} in English
	 */
	public String otherLanguageMarker() {
		return word("label.marker.otherLanguage"); //$NON-NLS-1$
	}

	/**
	 * @param shown a value as shown in this language
	 * @return whether it is written in the other language only: in Japanese, Latin letters and no
	 *         Japanese letter; in English, Japanese letters and no Latin letter
	 */
	public boolean isOtherLanguageOnly(String shown) {
		if (shown == null) {
			return false;
		}
		boolean latin = shown.codePoints().anyMatch(c -> c < 0x250 && Character.isLetter(c));
		boolean japanese = isJapaneseText(shown);
		return isJapanese() ? latin && !japanese : japanese && !latin;
	}

	private String mark(String shown) {
		return isOtherLanguageOnly(shown) ? shown + otherLanguageMarker() : shown;
	}

	/**
	 * @param text a text
	 * @return whether it contains kanji, hiragana or katakana
	 */
	public static boolean isJapaneseText(String text) {
		return text != null && text.codePoints().anyMatch(Language::isJapaneseLetter);
	}

	// ------------------------------------------------------------------------- enumerations and classes

	/**
	 * @param literal an enumeration literal of the model, or {@code null}
	 * @return its display text (key {@code EEnum.LITERAL} of the table), empty for {@code null}
	 */
	public String label(Enumerator literal) {
		if (literal == null) {
			return ""; //$NON-NLS-1$
		}
		return LABELS.get(this, enumName(literal) + "." + literal.getName()); //$NON-NLS-1$
	}

	/**
	 * @param literal an enumeration literal of the model, or {@code null}
	 * @return its short display text where space is scarce (key {@code short.EEnum.LITERAL}), else its
	 *         {@link #label(Enumerator) label}
	 */
	public String shortLabel(Enumerator literal) {
		if (literal == null) {
			return ""; //$NON-NLS-1$
		}
		String key = "short." + enumName(literal) + "." + literal.getName(); //$NON-NLS-1$ //$NON-NLS-2$
		return LABELS.has(this, key) ? LABELS.get(this, key) : label(literal);
	}

	/**
	 * Reads a literal back from its display text in either language: the label, its short label, or an
	 * accepted other spelling (key {@code accepted.EEnum.LITERAL}); case and surrounding spaces are
	 * ignored, and a typographic apostrophe counts as a straight one.
	 *
	 * @param <E>      the enumeration
	 * @param literals the literals to consider, e.g. {@code DeclaredAnswer.VALUES}
	 * @param text     a display text
	 * @return the literal, or {@code null} when none has that text
	 */
	public static <E extends Enumerator> E parse(Collection<E> literals, String text) {
		String wanted = normal(text);
		for (E literal : literals) {
			for (Language language : new Language[] { ENGLISH, JAPANESE }) {
				String accepted = "accepted." + enumName(literal) + "." + literal.getName(); //$NON-NLS-1$ //$NON-NLS-2$
				if (wanted.equals(normal(language.label(literal))) || wanted.equals(normal(language.shortLabel(literal)))
						|| LABELS.has(language, accepted) && wanted.equals(normal(LABELS.get(language, accepted)))) {
					return literal;
				}
			}
		}
		return null;
	}

	private static String normal(String text) {
		return text == null ? "" : text.strip().replace('\u2019', '\'').toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	/**
	 * @param literals enumeration literals
	 * @return their short display texts joined with the short separator ({@code ", "} or {@code ・})
	 */
	public String shortLabels(Collection<? extends Enumerator> literals) {
		return literals.stream().map(this::shortLabel).collect(Collectors.joining(word("short.separator"))); //$NON-NLS-1$
	}

	/**
	 * @param literals enumeration literals
	 * @return their display texts joined with this language's list separator
	 */
	public String labels(Collection<? extends Enumerator> literals) {
		return literals.stream().map(this::label).collect(Collectors.joining(listSeparator()));
	}

	/**
	 * @param eClass a class of the model
	 * @return its display name (key {@code type.EClass})
	 */
	public String label(EClass eClass) {
		return LABELS.get(this, "type." + eClass.getName()); //$NON-NLS-1$
	}

	/**
	 * @param feature an attribute or reference of the model
	 * @return its display name (key {@code feature.EClass.name}, the class that declares it), e.g.
	 *         {@code Verdict} or 検証結果
	 */
	public String label(EStructuralFeature feature) {
		return LABELS.get(this, "feature." + feature.getEContainingClass().getName() + "." + feature.getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * A display name as it stands inside a sentence: in English its first letter in lower case unless
	 * it starts an acronym ({@code Verdict} → {@code verdict}, {@code ID} stays), in Japanese unchanged.
	 *
	 * @param label a display name
	 * @return the name for running text
	 */
	public String inSentence(String label) {
		if (isJapanese() || label.length() < 2 || !Character.isUpperCase(label.charAt(0)) || Character.isUpperCase(label.charAt(1))) {
			return label;
		}
		return Character.toLowerCase(label.charAt(0)) + label.substring(1);
	}

	// ------------------------------------------------------------------------------------ elements

	/**
	 * @param element an element, may be {@code null}
	 * @return its short label in this language, e.g. {@code Acme Corp} or {@code Access control};
	 *         never empty: the id, else "(unnamed)"
	 */
	public String label(EObject element) {
		if (element == null) {
			return word("label.none"); //$NON-NLS-1$
		}
		return ElementLabel.of(this, element);
	}

	/**
	 * @param element an element, may be {@code null}
	 * @return its type followed by its label, e.g. {@code Organization Acme Corp}
	 */
	public String qualified(EObject element) {
		if (element == null) {
			return word("label.none"); //$NON-NLS-1$
		}
		return LABELS.get(this, "label.qualified", label(element.eClass()), label(element)); //$NON-NLS-1$
	}

	/**
	 * The label of an element with where it is, for lists that mix elements of several assessments
	 * (Problems, history): a response or an assessment's finding is followed by its assessment, e.g.
	 * {@code 1.4 Backup · Conform (Kisaragi Electronics · Supplier checklist 1.0 · FY2026)}.
	 *
	 * @param element an element, may be {@code null}
	 * @return its label, with its assessment's label when it belongs to one
	 */
	public String labelInContext(EObject element) {
		if (element instanceof org.rensa.model.Response response && response.eContainer() instanceof org.rensa.model.Assessment assessment) {
			return word("label.context", label(element), label(assessment)); //$NON-NLS-1$
		}
		return label(element);
	}

	/**
	 * @param element an element, may be {@code null}
	 * @return its type followed by {@link #labelInContext(EObject)}, e.g. {@code Response 1.4 Backup · Conform (Kisaragi … · FY2026)}
	 */
	public String qualifiedInContext(EObject element) {
		if (element == null) {
			return word("label.none"); //$NON-NLS-1$
		}
		return LABELS.get(this, "label.qualified", label(element.eClass()), labelInContext(element)); //$NON-NLS-1$
	}

	// --------------------------------------------------------------------------------------- times

	/**
	 * The one formatter of instants for people: the date and time in the given zone, in this
	 * language's style ({@code Dec 1, 2026, 7:00 PM}, {@code 2026/12/01 19:00}), never an ISO instant.
	 *
	 * @param instant an instant, may be {@code null}
	 * @param zone    the zone to show it in
	 * @return the text, {@code "-"} for {@code null}
	 */
	public String dateTime(Instant instant, ZoneId zone) {
		if (instant == null) {
			return word("label.none"); //$NON-NLS-1$
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone)
				.format(instant);
	}

	/**
	 * @param instant an instant, may be {@code null}
	 * @return {@link #dateTime(Instant, ZoneId)} in the user's time zone
	 */
	public String dateTime(Instant instant) {
		return dateTime(instant, ZoneId.systemDefault());
	}

	/** @return the separator of lists in running text: {@code ", "} or {@code 、} */
	public String listSeparator() {
		return word("label.list.separator"); //$NON-NLS-1$
	}

	/**
	 * @param elements elements
	 * @return their labels joined with this language's list separator
	 */
	public String labelsOf(Collection<? extends EObject> elements) {
		return elements.stream().map(this::label).collect(Collectors.joining(listSeparator()));
	}

	/**
	 * @param elements elements along a path, e.g. organisations from the buyer down
	 * @return their labels joined with arrows, {@code A → B → C}
	 */
	public String path(Collection<? extends EObject> elements) {
		return elements.stream().map(this::label).collect(Collectors.joining(word("label.chain.separator"))); //$NON-NLS-1$
	}

	/**
	 * Renders one value inside a message: enumeration literals, classes and elements by their labels,
	 * {@link Localizable}s (such as {@link LocalizedMessage}s) in this language, collections as lists, anything else as text.
	 *
	 * @param value a value, may be {@code null}
	 * @return its text in this language
	 */
	public String display(Object value) {
		if (value == null) {
			return word("label.none"); //$NON-NLS-1$
		} else if (value instanceof Enumerator literal) {
			return label(literal);
		} else if (value instanceof EClass eClass) {
			return label(eClass);
		} else if (value instanceof EObject element) {
			return label(element);
		} else if (value instanceof Localizable text) {
			return text.render(this);
		} else if (value instanceof Collection<?> values) {
			return values.stream().map(this::display).collect(Collectors.joining(listSeparator()));
		} else if (value instanceof Map.Entry<?, ?> pair) {
			return display(pair.getKey()) + display(pair.getValue());
		} else if (value instanceof LocalDate date) {
			return date.toString();
		} else if (value instanceof Instant instant) {
			return dateTime(instant);
		}
		return String.valueOf(value);
	}

	/**
	 * @param key  a key of the model's label table
	 * @param args its arguments, rendered by {@link #display(Object)}
	 * @return the text
	 */
	String word(String key, Object... args) {
		return LABELS.get(this, key, args);
	}

	@Override
	public String toString() {
		return code();
	}

	// ----------------------------------------------------------------------------------------- helpers

	/** The EEnum's name: the generated enumeration class is named after it. */
	private static String enumName(Enumerator literal) {
		return literal instanceof Enum<?> value ? value.getDeclaringClass().getSimpleName()
				: literal.getClass().getSimpleName();
	}

	private static String string(EObject element, EStructuralFeature feature) {
		if (feature == null) {
			return null;
		}
		Object value = element.eGet(feature);
		return value == null ? null : value.toString();
	}

	static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static boolean isJapaneseLetter(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA;
	}
}
