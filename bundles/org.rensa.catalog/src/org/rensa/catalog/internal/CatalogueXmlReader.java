// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.internal;

import java.io.IOException;
import java.io.InputStream;

import org.rensa.model.Checklist;
import org.rensa.model.RensaFactory;
import org.rensa.model.Requirement;
import org.rensa.model.Section;
import org.rensa.model.derived.ScoringScheme;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the catalogue data files shipped with Rensa ({@code catalogues/*.xml}): a {@code catalogue}
 * with bilingual {@code name}/{@code description}, {@code section}s and {@code requirement}s carrying
 * {@code code}, {@code level}, {@code levelLabel} and bilingual {@code title}, {@code description},
 * {@code guidance} and {@code evidence}. The catalogue's {@code scoring} attribute (default
 * {@code standard}) names its {@link ScoringScheme}: the reader refuses a catalogue whose source does
 * not lead to that scheme, since the scheme of a checklist in a project is derived from its source.
 */
public final class CatalogueXmlReader {

	private CatalogueXmlReader() {
	}

	/**
	 * @param in   the data file
	 * @param name its name for messages
	 * @return a new checklist without ids (the storage assigns them on save)
	 * @throws IOException when the file is malformed
	 */
	public static Checklist read(InputStream in, String name) throws IOException {
		Document document = SecureXml.parse(in, name);
		Element root = document.getDocumentElement();
		if (!"catalogue".equals(root.getLocalName())) {
			throw new IOException(name + ": root element is not <catalogue>");
		}
		RensaFactory factory = RensaFactory.eINSTANCE;
		Checklist checklist = factory.createChecklist();
		checklist.setName(text(root, "name", "en"));
		checklist.setNameJa(text(root, "name", "ja"));
		checklist.setVersion(root.getAttribute("version"));
		checklist.setSource(text(root, "source", null));
		String scoring = root.getAttribute("scoring").isEmpty() ? ScoringScheme.STANDARD.id() : root.getAttribute("scoring");
		if (!ScoringScheme.of(checklist).id().equals(scoring)) {
			throw new IOException(name + ": scoring '" + scoring + "' but the source names the scheme of '"
					+ ScoringScheme.of(checklist).id() + "'");
		}
		String description = text(root, "description", "en");
		String descriptionJa = text(root, "description", "ja");
		checklist.setDescription(descriptionJa == null ? description : description + "\n" + descriptionJa);
		for (Element sectionElement : children(root, "section")) {
			Section section = factory.createSection();
			section.setCode(required(sectionElement, "code", name));
			section.setTitle(text(sectionElement, "title", "en"));
			section.setTitleJa(text(sectionElement, "title", "ja"));
			for (Element requirementElement : children(sectionElement, "requirement")) {
				Requirement requirement = factory.createRequirement();
				requirement.setCode(required(requirementElement, "code", name));
				String level = requirementElement.getAttribute("level");
				try {
					requirement.setLevel(level.isEmpty() ? 0 : Integer.parseInt(level));
				} catch (NumberFormatException e) {
					throw new IOException(name + ": requirement " + requirement.getCode() + " has level '" + level + "'", e);
				}
				String levelLabel = requirementElement.getAttribute("levelLabel");
				requirement.setLevelLabel(levelLabel.isEmpty() ? null : levelLabel);
				requirement.setTitle(text(requirementElement, "title", "en"));
				requirement.setTitleJa(text(requirementElement, "title", "ja"));
				requirement.setDescription(text(requirementElement, "description", "en"));
				requirement.setDescriptionJa(text(requirementElement, "description", "ja"));
				requirement.setGuidance(text(requirementElement, "guidance", "en"));
				requirement.setGuidanceJa(text(requirementElement, "guidance", "ja"));
				requirement.setEvidenceHints(text(requirementElement, "evidence", "en"));
				requirement.setEvidenceHintsJa(text(requirementElement, "evidence", "ja"));
				for (Element reference : children(requirementElement, "reference")) {
					requirement.getReferences().add(reference.getTextContent().strip());
				}
				if (requirement.getTitle() == null) {
					throw new IOException(name + ": requirement " + requirement.getCode() + " has no English title");
				}
				section.getRequirements().add(requirement);
			}
			checklist.getSections().add(section);
		}
		return checklist;
	}

	private static String required(Element element, String attribute, String name) throws IOException {
		String value = element.getAttribute(attribute);
		if (value.isEmpty()) {
			throw new IOException(name + ": <" + element.getLocalName() + "> without " + attribute);
		}
		return value;
	}

	private static java.util.List<Element> children(Element parent, String localName) {
		java.util.List<Element> result = new java.util.ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && localName.equals(element.getLocalName())) {
				result.add(element);
			}
		}
		return result;
	}

	private static String text(Element parent, String localName, String lang) {
		for (Element child : children(parent, localName)) {
			if (lang == null || lang.equals(child.getAttribute("lang"))) {
				String text = child.getTextContent().strip();
				return text.isEmpty() ? null : text;
			}
		}
		return null;
	}
}
