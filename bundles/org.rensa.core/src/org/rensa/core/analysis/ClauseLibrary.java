// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.rensa.model.Clause;
import org.rensa.model.ClauseCategory;
import org.rensa.model.ClauseTemplate;
import org.rensa.model.InformationClass;
import org.rensa.model.RensaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The clause library shipped with Rensa ({@code library/clauses.xml} of this bundle): one model clause
 * per {@link ClauseCategory}, in English and Japanese, each saying which information classes make it
 * necessary and whether it flows down to subcontractors.
 */
public final class ClauseLibrary {

	/** Where the shipped library lives inside the bundle. */
	public static final String RESOURCE = "/library/clauses.xml";

	/**
	 * One model clause of the library.
	 *
	 * @param category                  the clause category
	 * @param title                     title in English
	 * @param titleJa                   title in Japanese
	 * @param wording                   model wording in English
	 * @param wordingJa                 model wording in Japanese
	 * @param flowsDown                 whether suppliers must impose it on their subcontractors
	 * @param notificationDeadlineHours deadline for incident notification clauses, or {@code null}
	 * @param requiredFor               the information classes that make the clause necessary
	 * @param requiredForAny            whether any information passed at all makes it necessary
	 */
	public record Entry(ClauseCategory category, String title, String titleJa, String wording, String wordingJa,
			boolean flowsDown, Integer notificationDeadlineHours, Set<InformationClass> requiredFor,
			boolean requiredForAny) {

		/**
		 * @param classes the information classes flowing over a relationship
		 * @return whether this clause is necessary for them
		 */
		public boolean isRequiredFor(Collection<InformationClass> classes) {
			for (InformationClass c : classes) {
				if (requiredFor.contains(c) || requiredForAny && c != InformationClass.NONE) {
					return true;
				}
			}
			return false;
		}
	}

	private static volatile ClauseLibrary standard;

	private final String version;
	private final Map<ClauseCategory, Entry> entries;

	private ClauseLibrary(String version, Map<ClauseCategory, Entry> entries) {
		this.version = version;
		this.entries = entries;
	}

	/**
	 * @return the library shipped with Rensa (loaded once)
	 * @throws IllegalStateException when the shipped resource is missing or broken (a packaging error)
	 */
	public static ClauseLibrary standard() {
		ClauseLibrary result = standard;
		if (result == null) {
			try (InputStream in = ClauseLibrary.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("clause library " + RESOURCE + " is not in the bundle");
				}
				result = parse(in);
			} catch (IOException e) {
				throw new IllegalStateException("clause library " + RESOURCE + " cannot be read: " + e.getMessage(), e);
			}
			standard = result;
		}
		return result;
	}

	/**
	 * Reads a library in the format of {@code library/clauses.xml} (no DTDs, no external entities).
	 *
	 * @param in the XML
	 * @return the library
	 * @throws IOException when the XML is malformed or names an unknown category or class
	 */
	public static ClauseLibrary parse(InputStream in) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setExpandEntityReferences(false);
			factory.setNamespaceAware(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			Document document = builder.parse(in);
			Element root = document.getDocumentElement();
			if (!"clauseLibrary".equals(root.getTagName())) {
				throw new IOException("not a clause library: root element " + root.getTagName());
			}
			Map<ClauseCategory, Entry> entries = new EnumMap<>(ClauseCategory.class);
			NodeList clauses = root.getElementsByTagName("clause");
			for (int i = 0; i < clauses.getLength(); i++) {
				Element clause = (Element) clauses.item(i);
				ClauseCategory category = ClauseCategory.get(clause.getAttribute("category"));
				if (category == null) {
					throw new IOException("unknown clause category '" + clause.getAttribute("category") + "'");
				}
				Set<InformationClass> requiredFor = EnumSet.noneOf(InformationClass.class);
				boolean any = false;
				for (String name : clause.getAttribute("requiredFor").trim().split("\\s+")) {
					if (name.isEmpty()) {
						continue;
					}
					if ("ANY".equals(name)) {
						any = true;
						continue;
					}
					InformationClass c = InformationClass.get(name);
					if (c == null) {
						throw new IOException("unknown information class '" + name + "' in clause " + category);
					}
					requiredFor.add(c);
				}
				String hours = clause.getAttribute("notificationDeadlineHours");
				entries.put(category, new Entry(category, text(clause, "title"), text(clause, "titleJa"),
						text(clause, "wording"), text(clause, "wordingJa"),
						Boolean.parseBoolean(clause.getAttribute("flowsDown")),
						hours.isEmpty() ? null : Integer.valueOf(hours), Collections.unmodifiableSet(requiredFor), any));
			}
			return new ClauseLibrary(root.getAttribute("version"), Collections.unmodifiableMap(entries));
		} catch (ParserConfigurationException | SAXException | NumberFormatException e) {
			throw new IOException("malformed clause library: " + e.getMessage(), e);
		}
	}

	private static String text(Element parent, String tag) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && tag.equals(element.getTagName())) {
				return element.getTextContent().replaceAll("\\s+", " ").strip();
			}
		}
		return "";
	}

	/** @return the library's version, e.g. {@code 2026.1} */
	public String version() {
		return version;
	}

	/** @return the entries in category order */
	public List<Entry> entries() {
		return new ArrayList<>(entries.values());
	}

	/**
	 * @param category a clause category
	 * @return its model clause, or {@code null} when the library has none
	 */
	public Entry entry(ClauseCategory category) {
		return entries.get(category);
	}

	/**
	 * @param category a clause category
	 * @return a new clause template with the library's wording (no id; the storage assigns one)
	 */
	public ClauseTemplate newTemplate(ClauseCategory category) {
		Entry entry = require(category);
		ClauseTemplate template = RensaFactory.eINSTANCE.createClauseTemplate();
		template.setCategory(category);
		template.setTitle(entry.title());
		template.setTitleJa(entry.titleJa());
		template.setWording(entry.wording());
		template.setWordingJa(entry.wordingJa());
		template.setFlowsDown(entry.flowsDown());
		return template;
	}

	/**
	 * Creates a clause with the library's wording, to be added to a contract.
	 *
	 * @param category the clause category
	 * @param template the project's template for the category to link the clause to, or {@code null}; when
	 *                 given, its wording is used instead of the library's
	 * @return a new clause (no id; the storage assigns one)
	 */
	public Clause newClause(ClauseCategory category, ClauseTemplate template) {
		Entry entry = require(category);
		Clause clause = RensaFactory.eINSTANCE.createClause();
		clause.setCategory(category);
		boolean useTemplate = template != null && template.getWording() != null && !template.getWording().isBlank();
		clause.setText(useTemplate ? template.getWording() : entry.wording());
		clause.setTextJa(useTemplate && template.getWordingJa() != null ? template.getWordingJa() : entry.wordingJa());
		clause.setFlowsDown(template != null ? template.isFlowsDown() : entry.flowsDown());
		if (entry.notificationDeadlineHours() != null) {
			clause.setNotificationDeadlineHours(entry.notificationDeadlineHours());
		}
		clause.setTemplate(template);
		return clause;
	}

	/**
	 * @param category    a clause category
	 * @param templates   the project's clause templates
	 * @return the first project template of that category, or {@code null}
	 */
	public static ClauseTemplate projectTemplate(ClauseCategory category, Collection<ClauseTemplate> templates) {
		for (ClauseTemplate template : templates) {
			if (template.getCategory() == category) {
				return template;
			}
		}
		return null;
	}

	private Entry require(ClauseCategory category) {
		Entry entry = entries.get(category);
		if (entry == null) {
			throw new IllegalArgumentException("the clause library has no clause for " + category);
		}
		return entry;
	}
}
