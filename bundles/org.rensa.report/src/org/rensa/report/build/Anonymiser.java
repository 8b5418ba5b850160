// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.rensa.model.AuditProject;
import org.rensa.report.model.Block;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.model.Section;

/**
 * Replaces every {@link IdentifyingStrings identifying string} of a project by a stable pseudonym
 * (ISAC style) in every text of a report: body, tables, captions, cover and metadata. Organisations
 * become "Organisation A", … in project order (a word-run several organisations share, such as a
 * group's name, becomes the buyer's pseudonym when the buyer has it, else the first one's); each
 * person becomes one "Person n" whatever form the name is written in; addresses, sites, e-mails,
 * phones and certificate numbers become a withheld marker; evidence files become {@code file-001.jpg}.
 * Latin names match whole words, case-insensitively; the longest match wins. The same project always
 * gives the same pseudonyms.
 */
public final class Anonymiser {

	private final Map<String, String> replacements;
	private final Node root = new Node();

	private Anonymiser(Map<String, String> replacements) {
		this.replacements = replacements;
		for (Map.Entry<String, String> entry : replacements.entrySet()) {
			Node node = root;
			String key = entry.getKey();
			for (int i = 0; i < key.length(); i++) {
				node = node.next.computeIfAbsent(Character.toLowerCase(key.charAt(i)), k -> new Node());
			}
			if (node.value == null) {
				node.value = entry.getValue();
			}
		}
	}

	/** A node of the trie of real strings (lower-cased). */
	private static final class Node {
		final Map<Character, Node> next = new java.util.HashMap<>();
		String value;
	}

	/**
	 * Collects the real names of a project and assigns pseudonyms.
	 *
	 * @param project the project
	 * @param texts   the document language (pseudonyms are translated)
	 * @return the anonymiser
	 */
	public static Anonymiser of(AuditProject project, Texts texts) {
		IdentifyingStrings strings = IdentifyingStrings.of(project);
		Map<String, String> map = new LinkedHashMap<>();
		List<IdentifyingStrings.Entry> titles = new ArrayList<>();
		for (IdentifyingStrings.Entry entry : strings.entries()) {
			String text = entry.text();
			switch (entry.kind()) {
			case ORGANIZATION -> map.put(text, texts.get("anon.organization", letters(entry.owner())));
			case PERSON -> map.put(text, texts.get("anon.person", entry.owner()));
			case ADDRESS -> map.put(text, texts.get("anon.address"));
			case SITE -> map.put(text, texts.get("anon.site"));
			case EMAIL -> map.put(text, texts.get("anon.email"));
			case PHONE -> map.put(text, texts.get("anon.phone"));
			case IDENTIFIER -> map.put(text, texts.get("anon.identifier"));
			case FILE -> {
				int dot = text.lastIndexOf('.');
				map.put(text, String.format(Locale.ROOT, "file-%03d%s", entry.owner(), dot > 0 ? text.substring(dot) : ""));
			}
			case TITLE -> titles.add(entry);
			}
		}
		Anonymiser names = new Anonymiser(map);
		Map<String, String> all = new LinkedHashMap<>(map);
		for (IdentifyingStrings.Entry title : titles) {
			all.put(title.text(), names.apply(title.text()));
		}
		return new Anonymiser(all);
	}

	/**
	 * @param replacements real strings and what replaces them
	 * @return a matcher with this anonymiser's rules (whole Latin words, ignoring case, longest first)
	 */
	static Anonymiser replacing(Map<String, String> replacements) {
		return new Anonymiser(new LinkedHashMap<>(replacements));
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
		if (text == null || text.isEmpty() || replacements.isEmpty()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			int end = -1;
			String value = null;
			if (i == 0 || !latinWordChar(text.charAt(i)) || !latinWordChar(text.charAt(i - 1))) {
				Node node = root;
				for (int j = i; j < text.length(); j++) {
					node = node.next.get(Character.toLowerCase(text.charAt(j)));
					if (node == null) {
						break;
					}
					if (node.value != null && (j + 1 == text.length() || !latinWordChar(text.charAt(j)) || !latinWordChar(text.charAt(j + 1)))) {
						end = j + 1;
						value = node.value;
					}
				}
			}
			if (value != null) {
				out.append(value);
				i = end;
			} else {
				out.append(text.charAt(i++));
			}
		}
		return out.toString();
	}

	/** Whether a character continues a Latin word (so a name cannot start or end next to it). */
	private static boolean latinWordChar(char ch) {
		return ch < 0x2E80 && Character.isLetterOrDigit(ch);
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
		copy.setShortRunningHeader(f.apply(document.shortRunningHeader()));
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
					fb.facts().stream().map(x -> fact(x, f)).toList(), fb.parts().stream().map(x -> fact(x, f)).toList(),
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
