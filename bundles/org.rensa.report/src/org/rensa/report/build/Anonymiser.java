// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Contact;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.Organization;
import org.rensa.model.RemediationAction;
import org.rensa.model.Response;
import org.rensa.model.Visit;
import org.rensa.report.model.Block;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.model.Section;

/**
 * Replaces organisation names, people, addresses, sites, contact details and evidence file names by
 * stable pseudonyms (ISAC style) in every text of a report: body, tables, captions, cover and
 * metadata. Pseudonyms follow the project's order, so the same project always gives the same ones.
 */
public final class Anonymiser {

	private static final String[] LEGAL_FORMS = { " Co., Ltd.", " Co.,Ltd.", " Ltd.", " Inc.", " K.K.", " GmbH", " LLC", " Corporation",
			" Corp.", "株式会社", "有限会社", "合同会社" };

	/**
	 * Trade-name tails that Japanese texts commonly drop when they abbreviate a company
	 * (さくら金型製作所 → さくら金型); {@code 社} ends foreign names written in katakana.
	 */
	private static final String[] JAPANESE_TAILS = { "製作所", "研究所", "工業所", "工業", "産業", "商事", "社" };

	/** First words too generic to stand for one organisation when a text abbreviates its name. */
	private static final Set<String> GENERIC_WORDS = Set.of("The", "Global", "International", "National", "United", "General", "First",
			"New", "Advanced", "Digital", "Data", "Cloud", "Software", "Systems", "System", "Service", "Services", "Logistics", "Precision",
			"Electronics", "Technology", "Technologies", "Industries", "Industrial", "Trading", "Holdings", "Group", "Partners", "Asia",
			"Japan", "East", "West", "North", "South", "Central", "Pacific");

	private final Map<String, String> replacements;
	private final Pattern pattern;

	private Anonymiser(Map<String, String> replacements) {
		this.replacements = replacements;
		List<String> keys = new ArrayList<>(replacements.keySet());
		keys.sort(Comparator.comparingInt(String::length).reversed());
		StringBuilder regex = new StringBuilder();
		for (String key : keys) {
			if (regex.length() > 0) {
				regex.append('|');
			}
			regex.append(Pattern.quote(key));
		}
		this.pattern = keys.isEmpty() ? null : Pattern.compile(regex.toString());
	}

	/**
	 * Collects the real names of a project and assigns pseudonyms.
	 *
	 * @param project the project
	 * @param texts   the document language (pseudonyms are translated)
	 * @return the anonymiser
	 */
	public static Anonymiser of(AuditProject project, Texts texts) {
		Map<String, String> map = new LinkedHashMap<>();
		int index = 0;
		Map<String, Long> firstWords = project.getOrganizations().stream().map(o -> firstWord(o.getName())).filter(w -> w != null)
				.collect(Collectors.groupingBy(w -> w, Collectors.counting()));
		for (Organization organization : project.getOrganizations()) {
			String pseudonym = texts.get("anon.organization", letters(index++));
			organizationNames(map, organization.getName(), pseudonym);
			organizationNames(map, organization.getNameJa(), pseudonym);
			String first = firstWord(organization.getName());
			if (first != null && firstWords.get(first) == 1) {
				put(map, first, pseudonym);
			}
			put(map, organization.getAddress(), texts.get("anon.address"));
			for (Contact contact : organization.getContacts()) {
				person(map, contact.getName(), texts);
				put(map, contact.getEmail(), texts.get("anon.email"));
				put(map, contact.getPhone(), texts.get("anon.phone"));
			}
		}
		for (Visit visit : project.getVisits()) {
			put(map, visit.getSite(), texts.get("anon.site"));
			for (String site : visit.getSite() == null ? new String[0] : visit.getSite().split(" / ")) {
				put(map, site.trim(), texts.get("anon.site"));
			}
			visit.getAuditors().forEach(name -> person(map, name, texts));
			for (String interviewee : visit.getInterviewees()) {
				int paren = interviewee.indexOf(" (");
				person(map, paren > 0 ? interviewee.substring(0, paren) : interviewee, texts);
			}
		}
		for (Assessment assessment : project.getAssessments()) {
			person(map, assessment.getRespondent(), texts);
			for (Response response : assessment.getResponses()) {
				person(map, response.getVerifiedBy(), texts);
			}
		}
		int file = 1;
		for (Evidence evidence : project.getEvidence()) {
			person(map, evidence.getCapturedBy(), texts);
			for (EvidenceFile evidenceFile : evidence.getFiles()) {
				String name = evidenceFile.getOriginalName();
				if (name != null && !name.isBlank() && !map.containsKey(name)) {
					int dot = name.lastIndexOf('.');
					map.put(name, String.format("file-%03d%s", file++, dot > 0 ? name.substring(dot) : ""));
				}
			}
		}
		for (RemediationAction action : project.getRemediationActions()) {
			String owner = action.getOwner();
			if (owner != null && owner.indexOf(',') > 0) {
				person(map, owner.substring(0, owner.indexOf(',')).trim(), texts);
			}
		}
		map.remove("");
		return new Anonymiser(map);
	}

	/** @return the real strings this anonymiser replaces (for tests and audits of the output) */
	public List<String> realNames() {
		return List.copyOf(replacements.keySet());
	}

	/**
	 * @param text any text
	 * @return the text with every real name replaced
	 */
	public String apply(String text) {
		if (text == null || pattern == null || text.isEmpty()) {
			return text;
		}
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacements.get(matcher.group())));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/**
	 * @param document a report
	 * @return a copy with every text anonymised, marked {@link ReportDocument#anonymised()}
	 */
	public ReportDocument apply(ReportDocument document) {
		UnaryOperator<String> f = this::apply;
		ReportDocument copy = new ReportDocument(document.locale(), document.tlp());
		copy.setTitle(f.apply(document.title()));
		copy.setSubtitle(f.apply(document.subtitle()));
		copy.setAuthor(document.author());
		copy.setSubject(f.apply(document.subject()));
		copy.setRunningHeader(f.apply(document.runningHeader()));
		copy.setTlpLabel(document.tlpLabel());
		copy.setTlpNotice(document.tlpNotice());
		copy.setFooter(document.footer());
		copy.setTocTitle(document.tocTitle());
		copy.setPageLabel(document.pageLabel());
		copy.setWithheld(document.withheld());
		copy.setAnonymised(true);
		copy.setLogos(document.authorLogo(), null);
		document.cover().forEach(fact -> copy.cover().add(fact(fact, f)));
		document.sections().forEach(section -> copy.sections().add(section(section, f)));
		return copy;
	}

	private static Section section(Section section, UnaryOperator<String> f) {
		Section copy = new Section(f.apply(section.title())).newPage(section.startsNewPage());
		section.blocks().forEach(block -> copy.add(block(block, f)));
		section.subsections().forEach(sub -> copy.subsections().add(section(sub, f)));
		return copy;
	}

	private static Block block(Block block, UnaryOperator<String> f) {
		if (block instanceof Block.Paragraph p) {
			return new Block.Paragraph(f.apply(p.text()), p.style());
		} else if (block instanceof Block.Bullets b) {
			return new Block.Bullets(b.items().stream().map(f).toList());
		} else if (block instanceof Block.Callout c) {
			return new Block.Callout(f.apply(c.title()), f.apply(c.text()), c.tone());
		} else if (block instanceof Block.Facts facts) {
			return new Block.Facts(facts.entries().stream().map(x -> fact(x, f)).toList());
		} else if (block instanceof Block.Table t) {
			return new Block.Table(f.apply(t.caption()), t.columns().stream().map(c -> new Block.Column(f.apply(c.header()), c.weight())).toList(),
					t.rows().stream().map(row -> row.stream().map(cell -> new Block.Cell(f.apply(cell.text()), cell.tone())).toList()).toList());
		} else if (block instanceof Block.Chart c) {
			return new Block.Chart(f.apply(c.title()), c.series().stream().map(f).toList(), c.seriesTones(),
					c.categories().stream().map(x -> new Block.Category(f.apply(x.label()), x.values(), x.tone())).toList(), c.max(), c.unit());
		} else if (block instanceof Block.Gallery g) {
			return new Block.Gallery(g.figures().stream().map(x -> figure(x, f)).toList());
		} else if (block instanceof Block.ChainDiagram d) {
			var figure = d.figure();
			return new Block.ChainDiagram(new org.rensa.report.ChainFigure(figure.svg(), figure.png(), figure.width(), figure.height(),
					f.apply(figure.caption()), f.apply(figure.description())));
		} else if (block instanceof Block.FindingBlock fb) {
			return new Block.FindingBlock(fb.code(), f.apply(fb.title()), fb.severity(), fb.severityTone(),
					fb.facts().stream().map(x -> fact(x, f)).toList(), f.apply(fb.description()),
					fb.evidence().stream().map(x -> figure(x, f)).toList());
		}
		throw new IllegalArgumentException(block.getClass().getName());
	}

	private static Block.Fact fact(Block.Fact fact, UnaryOperator<String> f) {
		return new Block.Fact(f.apply(fact.label()), f.apply(fact.value()));
	}

	private static Block.Figure figure(Block.Figure figure, UnaryOperator<String> f) {
		return new Block.Figure(figure.image(), f.apply(figure.caption()), figure.hash(), figure.problem());
	}

	private static void organizationNames(Map<String, String> map, String name, String pseudonym) {
		if (name == null || name.isBlank()) {
			return;
		}
		put(map, name, pseudonym);
		for (String form : LEGAL_FORMS) {
			if (name.endsWith(form)) {
				shortNames(map, name.substring(0, name.length() - form.length()).trim(), pseudonym);
			}
			if (name.startsWith(form.trim())) {
				shortNames(map, name.substring(form.trim().length()).trim(), pseudonym);
			}
		}
		shortNames(map, name, pseudonym);
	}

	private static void shortNames(Map<String, String> map, String name, String pseudonym) {
		put(map, name, pseudonym);
		for (String tail : JAPANESE_TAILS) {
			if (name.endsWith(tail)) {
				put(map, name.substring(0, name.length() - tail.length()), pseudonym);
			}
		}
	}

	/**
	 * @param name an organisation's name
	 * @return its first word when a text could use it alone for the organisation (a capitalised word
	 *         of at least four letters, not a generic one), else {@code null}
	 */
	private static String firstWord(String name) {
		if (name == null) {
			return null;
		}
		String[] words = name.trim().split("[\\s,]+");
		String word = words.length < 2 ? "" : words[0];
		boolean capitalised = word.length() >= 4 && Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter);
		return capitalised && !GENERIC_WORDS.contains(word) ? word : null;
	}

	private static void person(Map<String, String> map, String name, Texts texts) {
		if (name == null || name.isBlank() || map.containsKey(name.trim())) {
			return;
		}
		long people = map.values().stream().filter(v -> v.startsWith(texts.get("anon.person", "")) ).distinct().count();
		map.put(name.trim(), texts.get("anon.person", people + 1));
	}

	private static void put(Map<String, String> map, String real, String pseudonym) {
		if (real != null && !real.isBlank() && real.trim().length() >= 3) {
			map.putIfAbsent(real.trim(), pseudonym);
		}
	}

	private static String letters(int index) {
		StringBuilder out = new StringBuilder();
		int n = index;
		do {
			out.insert(0, (char) ('A' + n % 26));
			n = n / 26 - 1;
		} while (n >= 0);
		return out.toString();
	}
}
