// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Campaign;
import org.rensa.model.Certification;
import org.rensa.model.Checklist;
import org.rensa.model.Contact;
import org.rensa.model.Contract;
import org.rensa.model.Evidence;
import org.rensa.model.Finding;
import org.rensa.model.EvidenceFile;
import org.rensa.model.Organization;
import org.rensa.model.RemediationAction;
import org.rensa.model.Response;
import org.rensa.model.Visit;

/**
 * Every string of a project that identifies a party: organisation names and the word-runs that stand
 * for them (short names without legal form, leading word-runs such as "Hayate PCB", Japanese names
 * and their script runs such as みなと), people in every written form (with role or organisation in
 * parentheses or after a comma, and each part of their name), e-mails and their domains, phones,
 * addresses and their leading parts, visit sites, certificate numbers, evidence file names, and the
 * project, checklist, campaign and contract titles that embed any of these.
 * <p>
 * This is the one definition of "identifying" in Rensa: {@link Anonymiser} replaces exactly these
 * strings, and the leak tests scan every output for them. A new text field that holds a name is
 * covered as soon as the name itself is in the model.
 */
public final class IdentifyingStrings {

	/** What an identifying string is. */
	public enum Kind {
		/** an organisation's name or a word-run standing for it */
		ORGANIZATION,
		/** a person's name, in any written form */
		PERSON,
		/** a postal address or its leading parts */
		ADDRESS,
		/** a visited site */
		SITE,
		/** an e-mail address or its domain */
		EMAIL,
		/** a telephone number */
		PHONE,
		/** a registration or certificate number */
		IDENTIFIER,
		/** an evidence file's original name */
		FILE,
		/** a title that embeds an organisation's or a person's name */
		TITLE
	}

	/**
	 * One identifying string.
	 *
	 * @param text  the string as it appears in the model
	 * @param kind  what it is
	 * @param owner the organisation's index (in project order) for {@link Kind#ORGANIZATION}, the
	 *              person's number (from 1, in order of first appearance) for {@link Kind#PERSON},
	 *              the file's number (from 1) for {@link Kind#FILE}; 0 otherwise
	 */
	public record Entry(String text, Kind kind, int owner) {
	}

	static final String[] LEGAL_FORMS = { " Co., Ltd.", " Co.,Ltd.", " Co. Ltd.", " Ltd.", " Inc.", " K.K.", " GmbH", " LLC",
			" Corporation", " Corp.", " Limited", "株式会社", "有限会社", "合同会社", "合資会社", "（株）", "(株)" };

	/**
	 * Trade-name tails that Japanese texts commonly drop when they abbreviate a company
	 * (さくら金型製作所 → さくら金型); {@code 社} ends foreign names written in katakana.
	 */
	private static final String[] JAPANESE_TAILS = { "製作所", "研究所", "工業所", "工業", "産業", "商事", "社" };

	/** Words too generic to stand for one organisation when a text abbreviates its name. */
	private static final Set<String> GENERIC_WORDS = Set.of("The", "Global", "International", "National", "United", "General", "First",
			"New", "Advanced", "Digital", "Data", "Cloud", "Software", "Systems", "System", "Service", "Services", "Logistics", "Precision",
			"Electronics", "Technology", "Technologies", "Industries", "Industrial", "Trading", "Holdings", "Group", "Partners", "Asia",
			"Japan", "East", "West", "North", "South", "Central", "Pacific", "Information", "Security", "Supply", "Supplier", "Manufacturing",
			"Engineering", "Solutions", "Consulting", "Office", "Company", "Delivery", "Support", "Business");

	/** Japanese words too generic to stand for one organisation (regions, "Japan"). */
	private static final Set<String> GENERIC_JAPANESE = Set.of("日本", "東日本", "西日本", "中部", "東海", "関東", "関西", "九州", "東北", "北海道", "四国",
			"中国", "国際", "全国", "総合", "システム", "サービス", "データ", "ソフトウェア", "情報", "電子", "工業", "産業", "東京", "大阪", "京都", "横浜", "神戸", "名古屋", "札幌", "福岡", "中央", "第一", "新日本", "大和", "三和", "共同", "協同",
			"株式", "有限", "合同");

	/** The separator of a single-language data field written in both languages ({@code English / 日本語}). */
	private static final Pattern BILINGUAL = Pattern.compile(" / ");

	private final List<Entry> entries;
	private final int organizations;
	private final int people;

	private IdentifyingStrings(List<Entry> entries, int organizations, int people) {
		this.entries = List.copyOf(entries);
		this.organizations = organizations;
		this.people = people;
	}

	/**
	 * Collects the identifying strings of a project.
	 *
	 * @param project the project (only read)
	 * @return its identifying strings, in a stable order
	 */
	public static IdentifyingStrings of(AuditProject project) {
		Collector c = new Collector(project);
		return new IdentifyingStrings(c.collect(), project.getOrganizations().size(), c.people);
	}

	/** @return every identifying string with what it is, first occurrence first */
	public List<Entry> entries() {
		return entries;
	}

	/** @return every identifying string (the leak oracle: none may appear in an anonymised output) */
	public List<String> strings() {
		return entries.stream().map(Entry::text).toList();
	}

	/** @return the number of organisations (pseudonyms A, B, …) */
	public int organizations() {
		return organizations;
	}

	/** @return the number of distinct people found */
	public int people() {
		return people;
	}

	/** Collects while keeping the first owner of every string. */
	private static final class Collector {
		private final AuditProject project;
		private final Map<String, Entry> found = new LinkedHashMap<>();
		/** person identity (sorted lower-case name parts) → number */
		private final Map<String, Integer> personIds = new LinkedHashMap<>();
		/** the people found, each as the parts of the first full name written for them */
		private final List<String[]> fullNames = new ArrayList<>();
		private final List<Integer> fullNameIds = new ArrayList<>();
		private int people;
		/** name part → people using it */
		private final Map<String, Set<Integer>> nameParts = new LinkedHashMap<>();

		Collector(AuditProject project) {
			this.project = project;
		}

		List<Entry> collect() {
			organizations();
			people();
			int file = 1;
			for (Evidence evidence : project.getEvidence()) {
				for (EvidenceFile evidenceFile : evidence.getFiles()) {
					String name = evidenceFile.getOriginalName();
					if (usable(name) && !found.containsKey(name.trim())) {
						add(name, Kind.FILE, file++);
					}
				}
			}
			titles();
			return new ArrayList<>(found.values());
		}

		private void organizations() {
			List<Organization> organizations = project.getOrganizations();
			// word-runs that stand for an organisation, with every organisation that has them
			Map<String, TreeSet<Integer>> runs = new LinkedHashMap<>();
			for (int i = 0; i < organizations.size(); i++) {
				Organization organization = organizations.get(i);
				for (String name : new String[] { organization.getName(), organization.getNameJa() }) {
					for (String run : runsOf(name)) {
						runs.computeIfAbsent(run, k -> new TreeSet<>()).add(i);
					}
				}
			}
			int buyer = organizations.indexOf(project.getBuyer());
			for (Map.Entry<String, TreeSet<Integer>> run : runs.entrySet()) {
				// a run several organisations share (a group's name) stands for the buyer when it is one of them
				int owner = buyer >= 0 && run.getValue().contains(buyer) ? buyer : run.getValue().first();
				add(run.getKey(), Kind.ORGANIZATION, owner);
			}
			for (Organization organization : organizations) {
				address(organization.getAddress(), Kind.ADDRESS);
				for (Contact contact : organization.getContacts()) {
					person(contact.getName(), contact.getName() + " (" + contact.getRole() + ")",
							contact.getName() + ", " + contact.getRole());
					if (usable(contact.getEmail())) {
						add(contact.getEmail(), Kind.EMAIL, 0);
						int at = contact.getEmail().indexOf('@');
						if (at > 0) {
							add(contact.getEmail().substring(at + 1), Kind.EMAIL, 0);
						}
					}
					add(contact.getPhone(), Kind.PHONE, 0);
				}
				for (Certification certification : organization.getCertifications()) {
					add(certification.getCertificateNumber(), Kind.IDENTIFIER, 0);
				}
			}
		}

		private void people() {
			for (Visit visit : project.getVisits()) {
				String site = visit.getSite();
				address(site, Kind.SITE);
				visit.getAuditors().forEach(this::person);
				visit.getInterviewees().forEach(this::person);
				person(visit.getReviewer());
				person(visit.getApprover());
				visit.getDistribution().forEach(this::person);
			}
			for (Assessment assessment : project.getAssessments()) {
				person(assessment.getRespondent());
				for (Response response : assessment.getResponses()) {
					person(response.getVerifiedBy());
				}
			}
			for (Evidence evidence : project.getEvidence()) {
				person(evidence.getCapturedBy());
			}
			for (RemediationAction action : project.getRemediationActions()) {
				person(action.getOwner());
			}
			for (Finding finding : project.getFindings()) {
				person(finding.getManagementResponseBy());
			}
			// each part of a name that one person alone has ("Hoshino")
			for (Map.Entry<String, Set<Integer>> part : nameParts.entrySet()) {
				add(part.getKey(), Kind.PERSON, part.getValue().iterator().next());
			}
		}

		/** The project, checklist, campaign and contract titles that embed a name. */
		private void titles() {
			List<String> titles = new ArrayList<>();
			titles.add(project.getName());
			for (Checklist checklist : project.getChecklists()) {
				for (String name : new String[] { checklist.getName(), checklist.getNameJa() }) {
					titles.add(name);
					if (name != null && checklist.getVersion() != null) {
						titles.add(name + " " + checklist.getVersion());
					}
				}
			}
			for (Campaign campaign : project.getCampaigns()) {
				titles.add(campaign.getName());
				titles.add(campaign.getNameJa());
			}
			for (Contract contract : project.getContracts()) {
				titles.add(contract.getTitle());
			}
			Map<String, String> names = new LinkedHashMap<>();
			found.values().stream().filter(e -> e.kind() == Kind.ORGANIZATION || e.kind() == Kind.PERSON)
					.forEach(e -> names.put(e.text(), "\0"));
			Anonymiser marker = Anonymiser.replacing(names);
			for (String title : titles) {
				if (usable(title) && marker.apply(title).indexOf(0) >= 0) {
					add(title, Kind.TITLE, 0);
				}
			}
		}

		/**
		 * A person written as "Name", "Name (role or organisation)" or "Name, role (organisation)":
		 * every written form gets the number of the person the name stands for.
		 */
		private void person(String... forms) {
			if (forms.length == 0 || !usable(forms[0])) {
				return;
			}
			String name = nameOf(forms[0]);
			if (!usable(name)) {
				return;
			}
			String[] parts = name.split("[\\s\u3000]+");
			String identity = String.join(" ", new TreeSet<>(Arrays.stream(parts).map(p -> p.toLowerCase(Locale.ROOT)).toList()));
			Integer known = personIds.get(identity);
			if (known == null) {
				known = initialled(parts);
			}
			if (known == null) {
				known = ++people;
				fullNames.add(parts);
				fullNameIds.add(known);
			}
			personIds.put(identity, known);
			int id = known;
			for (String form : forms) {
				if (usable(form) && !form.endsWith(" (null)") && !form.endsWith(", null")) {
					add(form, Kind.PERSON, id);
					// "Name, role (organisation) / Name（組織 役職）": each language's form on its own
					for (String part : BILINGUAL.split(form)) {
						add(part, Kind.PERSON, id);
					}
				}
			}
			add(name, Kind.PERSON, id);
			if (parts.length == 2) {
				add(parts[1] + " " + parts[0], Kind.PERSON, id);
			}
			for (String part : parts) {
				if (part.length() >= 4 && part.chars().allMatch(Character::isLetter)) {
					nameParts.computeIfAbsent(part, k -> new java.util.LinkedHashSet<>()).add(id);
				}
			}
		}

		/**
		 * @param parts a name's parts
		 * @return the person an initialled form stands for ("K. Hoshino", "Hoshino K" for Kenji
		 *         Hoshino, in either order), or {@code null} when it is no one's or could be several people's
		 */
		private Integer initialled(String[] parts) {
			if (Arrays.stream(parts).noneMatch(Collector::initial)) {
				return null;
			}
			Integer match = null;
			for (int i = 0; i < fullNames.size(); i++) {
				String[] full = fullNames.get(i);
				String[] reversed = full.clone();
				java.util.Collections.reverse(Arrays.asList(reversed));
				if (sameWithInitials(parts, full) || sameWithInitials(parts, reversed)) {
					if (match != null && !match.equals(fullNameIds.get(i))) {
						return null;
					}
					match = fullNameIds.get(i);
				}
			}
			return match;
		}

		private static boolean initial(String part) {
			return part.matches("\\p{L}\\.?");
		}

		private static boolean sameWithInitials(String[] parts, String[] full) {
			if (parts.length != full.length) {
				return false;
			}
			for (int i = 0; i < parts.length; i++) {
				boolean same = parts[i].equalsIgnoreCase(full[i])
						|| (initial(parts[i]) && !initial(full[i]) && Character.toLowerCase(parts[i].charAt(0)) == Character.toLowerCase(full[i].charAt(0)));
				if (!same) {
					return false;
				}
			}
			return true;
		}

		/** An address or site, and each part of one written {@code English / 日本語}. */
		private void address(String address, Kind kind) {
			if (!usable(address)) {
				return;
			}
			add(address, kind, 0);
			String[] languages = BILINGUAL.split(address);
			if (languages.length > 1) {
				for (String part : languages) {
					address(part, kind);
				}
				return;
			}
			String[] parts = address.split(",\\s*");
			StringBuilder prefix = new StringBuilder();
			for (int i = 0; i < parts.length - 1; i++) {
				prefix.append(i == 0 ? "" : ", ").append(parts[i]);
				// the street and what follows it; a lone town name is too common to replace everywhere
				if (i > 0 || parts[0].chars().anyMatch(Character::isDigit)) {
					add(prefix.toString(), kind, 0);
				}
			}
		}

		private void add(String text, Kind kind, int owner) {
			if (usable(text)) {
				found.putIfAbsent(text.trim(), new Entry(text.trim(), kind, owner));
			}
		}
	}

	/**
	 * @param written a person as written in the model
	 * @return the name alone, without the role or organisation after it
	 */
	static String nameOf(String written) {
		String name = written.trim();
		int paren = indexOfAny(name, " (", "（", "(");
		if (paren > 0) {
			name = name.substring(0, paren);
		}
		int comma = indexOfAny(name, ",", "、");
		if (comma > 0) {
			name = name.substring(0, comma);
		}
		return name.trim();
	}

	private static int indexOfAny(String text, String... needles) {
		int best = -1;
		for (String needle : needles) {
			int at = text.indexOf(needle);
			if (at > 0 && (best < 0 || at < best)) {
				best = at;
			}
		}
		return best;
	}

	/**
	 * @param name an organisation's name (English or Japanese)
	 * @return the name, its forms without legal form, without Japanese trade-name tails, and the
	 *         leading word-runs (English) or script runs (Japanese) that can stand for it
	 */
	static List<String> runsOf(String name) {
		List<String> runs = new ArrayList<>();
		if (!usable(name)) {
			return runs;
		}
		String full = name.trim();
		runs.add(full);
		String core = full;
		for (String form : LEGAL_FORMS) {
			if (core.endsWith(form)) {
				core = core.substring(0, core.length() - form.length()).trim();
			}
			if (core.startsWith(form.trim())) {
				core = core.substring(form.trim().length()).trim();
			}
		}
		runs.add(core);
		for (String tail : JAPANESE_TAILS) {
			if (core.endsWith(tail) && core.length() > tail.length() + 1) {
				runs.add(core.substring(0, core.length() - tail.length()));
			}
		}
		if (core.chars().anyMatch(ch -> ch > 0x2E80)) {
			// Japanese: leading script runs (みなと|駆動|システム, サイゴン・データ・…)
			List<String> segments = scriptRuns(core);
			StringBuilder prefix = new StringBuilder();
			for (int i = 0; i < segments.size() - 1; i++) {
				prefix.append(segments.get(i));
				String run = prefix.toString().replaceAll("[・\\s]+$", "");
				if (run.length() >= 2 && !GENERIC_JAPANESE.contains(run)) {
					runs.add(run);
				}
			}
		} else {
			String[] words = core.split("\\s+");
			String first = words[0].replaceAll("[,.]$", "");
			boolean proper = first.length() >= 3 && Character.isUpperCase(first.charAt(0)) && first.chars().allMatch(Character::isLetter)
					&& !GENERIC_WORDS.contains(first);
			if (proper && words.length > 1) {
				StringBuilder prefix = new StringBuilder(first);
				runs.add(first);
				for (int i = 1; i < words.length - 1; i++) {
					prefix.append(' ').append(words[i]);
					if (Character.isLetterOrDigit(words[i].charAt(words[i].length() - 1))) {
						runs.add(prefix.toString());
					}
				}
			}
		}
		runs.removeIf(run -> !usable(run));
		return runs.stream().distinct().toList();
	}

	private static List<String> scriptRuns(String text) {
		List<String> segments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int previous = -1;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			int script = script(ch);
			if (previous >= 0 && script != previous && current.length() > 0) {
				segments.add(current.toString());
				current.setLength(0);
			}
			current.append(ch);
			previous = script;
		}
		if (current.length() > 0) {
			segments.add(current.toString());
		}
		return segments;
	}

	private static int script(char ch) {
		Character.UnicodeBlock block = Character.UnicodeBlock.of(ch);
		if (ch == '・' || ch == '･') {
			return 5;
		}
		if (block == Character.UnicodeBlock.HIRAGANA) {
			return 1;
		}
		if (block == Character.UnicodeBlock.KATAKANA) {
			return 2;
		}
		if (block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS) {
			return 3;
		}
		return 0;
	}

	/**
	 * Whether a string is long enough to identify: three characters, or two Japanese ones (青葉 of
	 * 青葉ソフトウェア研究所; Japanese short names are often two characters).
	 */
	private static boolean usable(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		String trimmed = text.trim();
		return trimmed.length() >= 3 || (trimmed.length() == 2 && trimmed.chars().allMatch(ch -> ch >= 0x3040));
	}
}
