// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.rensa.model.RensaPackage;
import org.rensa.model.text.Language;

/**
 * Every translation table of the source tree (a {@code NAME.properties} beside a {@code NAME_ja.properties})
 * has the same keys in both languages, and the EMF edit labels of enumeration literals, classes and
 * features are the language layer's.
 */
class TranslationTablesTest {

	/** The bundles directory: the tests run in their bundle's directory. */
	private static final Path BUNDLES = Path.of("..").toAbsolutePath().normalize();
	private static final Pattern LITERAL_KEY = Pattern.compile("_UI_(\\w+?)_([A-Z0-9_]+)_literal");
	private static final Pattern TYPE_KEY = Pattern.compile("_UI_([A-Za-z]+)_type");
	private static final Pattern FEATURE_KEY = Pattern.compile("_UI_([A-Za-z]+)_([A-Za-z0-9]+)_feature");

	@Test
	void everyKeyExistsInBothLanguages() throws IOException {
		List<Path> japanese;
		try (Stream<Path> files = Files.walk(BUNDLES)) {
			japanese = files.filter(path -> path.getFileName().toString().endsWith("_ja.properties"))
					.filter(path -> !path.toString().contains("/target/") && !path.toString().contains("/bin/")).toList();
		}
		assertTrue(japanese.size() >= 10, "translation tables found under " + BUNDLES + ": " + japanese);
		List<String> problems = new ArrayList<>();
		for (Path ja : japanese) {
			Path en = ja.resolveSibling(ja.getFileName().toString().replace("_ja.properties", ".properties"));
			if (!Files.exists(en)) {
				continue; // a fragment translating another project's texts (Eclipse's JFace), no English of ours
			}
			TreeSet<String> onlyEnglish = new TreeSet<>(load(en).stringPropertyNames());
			onlyEnglish.removeAll(load(ja).stringPropertyNames());
			TreeSet<String> onlyJapanese = new TreeSet<>(load(ja).stringPropertyNames());
			onlyJapanese.removeAll(load(en).stringPropertyNames());
			onlyEnglish.forEach(key -> problems.add(BUNDLES.relativize(en) + ": " + key + " has no Japanese"));
			onlyJapanese.forEach(key -> problems.add(BUNDLES.relativize(ja) + ": " + key + " has no English"));
		}
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	@Test
	void editLabelsOfLiteralsAndClassesAreTheLanguageLayers() throws IOException {
		for (Language language : List.of(Language.ENGLISH, Language.JAPANESE)) {
			Properties edit = load(BUNDLES
					.resolve("org.rensa.model.edit/plugin" + (language.isJapanese() ? "_ja" : "") + ".properties"));
			int literals = 0;
			for (String key : edit.stringPropertyNames()) {
				Matcher literal = LITERAL_KEY.matcher(key);
				Matcher type = TYPE_KEY.matcher(key);
				if (literal.matches()) {
					EEnum eEnum = (EEnum) RensaPackage.eINSTANCE.getEClassifier(literal.group(1));
					EEnumLiteral eLiteral = eEnum.getEEnumLiteral(literal.group(2));
					assertEquals(edit.getProperty(key), language.label(eLiteral.getInstance()), language + " " + key);
					literals++;
				} else if (type.matches() && !"Unknown".equals(type.group(1))) {
					EClass eClass = (EClass) RensaPackage.eINSTANCE.getEClassifier(type.group(1));
					assertEquals(edit.getProperty(key), language.label(eClass), language + " " + key);
				} else if (FEATURE_KEY.matcher(key).matches()) {
					Matcher feature = FEATURE_KEY.matcher(key);
					feature.matches();
					EClass eClass = (EClass) RensaPackage.eINSTANCE.getEClassifier(feature.group(1));
					EStructuralFeature eFeature = eClass.getEStructuralFeature(feature.group(2));
					assertEquals(edit.getProperty(key), language.label(eFeature), language + " " + key);
				}
			}
			int expected = 0;
			for (EClassifier classifier : RensaPackage.eINSTANCE.getEClassifiers()) {
				expected += classifier instanceof EEnum eEnum ? eEnum.getELiterals().size() : 0;
				if (classifier instanceof EClass eClass) {
					for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
						assertTrue(!language.label(feature).isBlank(), language + " " + eClass.getName() + "." + feature.getName());
					}
				}
			}
			assertEquals(expected, literals, "every literal has an edit label");
		}
	}

	/** Properties files are read as UTF-8 (Java's resource bundles do; {@code \\u} escapes work either way). */
	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
