// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.rensa.model.ClauseCategory;
import org.rensa.model.InformationClass;

/**
 * The rule table deciding which clause categories a contract must carry on a relationship: for each
 * information class and tier, the categories required when that class flows to an organisation at
 * that tier, plus the categories required when the organisation passes sensitive information on to
 * subcontractors. Immutable; edits return a new table.
 * <p>
 * As properties (see {@code library/clause-rules.properties}): {@code CLASS.tierN = CAT, CAT, …} and
 * {@code subcontracting.tierN = …}; an entry applies to tier N and deeper until an entry for a deeper
 * tier replaces it.
 */
public final class ClauseRules {

	/** Where the default table lives inside the bundle. */
	public static final String RESOURCE = "/library/clause-rules.properties";
	/** The key prefix of the rules for organisations that subcontract sensitive information. */
	public static final String SUBCONTRACTING = "subcontracting";

	private static final Pattern KEY = Pattern.compile("([A-Za-z_]+)\\.tier(\\d+)");
	private static volatile ClauseRules defaults;

	/** key (class name or {@link #SUBCONTRACTING}) → from-tier → categories */
	private final Map<String, TreeMap<Integer, Set<ClauseCategory>>> rules;

	private ClauseRules(Map<String, TreeMap<Integer, Set<ClauseCategory>>> rules) {
		this.rules = rules;
	}

	/** @return the table shipped with Rensa */
	public static ClauseRules defaults() {
		ClauseRules result = defaults;
		if (result == null) {
			Properties properties = new Properties();
			try (InputStream in = ClauseRules.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("rule table " + RESOURCE + " is not in the bundle");
				}
				properties.load(in);
				result = new ClauseRules(new TreeMap<>()).with(properties);
			} catch (IOException e) {
				throw new IllegalStateException("rule table " + RESOURCE + " cannot be read: " + e.getMessage(), e);
			}
			defaults = result;
		}
		return result;
	}

	/** @return a table requiring nothing */
	public static ClauseRules empty() {
		return new ClauseRules(new TreeMap<>());
	}

	/**
	 * @param overrides entries in the properties format; each replaces the entry with the same key
	 * @return a new table
	 * @throws IOException when a key or category is not understood (the message names it)
	 */
	public ClauseRules with(Properties overrides) throws IOException {
		Map<String, TreeMap<Integer, Set<ClauseCategory>>> copy = copy();
		for (String key : new TreeMap<>(overrides).keySet().stream().map(Object::toString).toList()) {
			Matcher matcher = KEY.matcher(key.trim());
			if (!matcher.matches()) {
				throw new IOException("rule key '" + key + "' is not CLASS.tierN or subcontracting.tierN");
			}
			String name = matcher.group(1);
			if (!SUBCONTRACTING.equals(name) && InformationClass.get(name) == null) {
				throw new IOException("rule key '" + key + "' names no information class");
			}
			int tier = Integer.parseInt(matcher.group(2));
			Set<ClauseCategory> categories = EnumSet.noneOf(ClauseCategory.class);
			for (String category : overrides.getProperty(key).split("[,\\s]+")) {
				if (category.isEmpty()) {
					continue;
				}
				ClauseCategory parsed = ClauseCategory.get(category);
				if (parsed == null) {
					throw new IOException("rule '" + key + "' names unknown clause category '" + category + "'");
				}
				categories.add(parsed);
			}
			copy.computeIfAbsent(name, k -> new TreeMap<>()).put(Math.max(0, tier), categories);
		}
		return new ClauseRules(copy);
	}

	/**
	 * @param informationClass an information class
	 * @param fromTier         the first tier the entry applies to
	 * @param categories       the categories required
	 * @return a new table with this entry replaced
	 */
	public ClauseRules with(InformationClass informationClass, int fromTier, Collection<ClauseCategory> categories) {
		return withEntry(informationClass.getName(), fromTier, categories);
	}

	/**
	 * @param fromTier   the first tier the entry applies to
	 * @param categories the categories required of organisations that subcontract sensitive information
	 * @return a new table with this entry replaced
	 */
	public ClauseRules withSubcontracting(int fromTier, Collection<ClauseCategory> categories) {
		return withEntry(SUBCONTRACTING, fromTier, categories);
	}

	private ClauseRules withEntry(String key, int fromTier, Collection<ClauseCategory> categories) {
		Map<String, TreeMap<Integer, Set<ClauseCategory>>> copy = copy();
		Set<ClauseCategory> set = EnumSet.noneOf(ClauseCategory.class);
		set.addAll(categories);
		copy.computeIfAbsent(key, k -> new TreeMap<>()).put(fromTier, set);
		return new ClauseRules(copy);
	}

	private Map<String, TreeMap<Integer, Set<ClauseCategory>>> copy() {
		Map<String, TreeMap<Integer, Set<ClauseCategory>>> copy = new TreeMap<>();
		rules.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
		return copy;
	}

	/**
	 * @param informationClass an information class
	 * @param tier             the receiving organisation's tier (1 = supplier)
	 * @return the categories required
	 */
	public Set<ClauseCategory> required(InformationClass informationClass, int tier) {
		return lookup(informationClass.getName(), tier);
	}

	/**
	 * @param tier the organisation's tier
	 * @return the categories required because the organisation subcontracts sensitive information
	 */
	public Set<ClauseCategory> requiredForSubcontracting(int tier) {
		return lookup(SUBCONTRACTING, tier);
	}

	/**
	 * @param classes       the information classes flowing over the relationship
	 * @param tier          the receiving organisation's tier
	 * @param subcontracts  whether the receiving organisation passes sensitive information on
	 * @return every category required on the relationship
	 */
	public Set<ClauseCategory> required(Collection<InformationClass> classes, int tier, boolean subcontracts) {
		Set<ClauseCategory> result = EnumSet.noneOf(ClauseCategory.class);
		for (InformationClass c : classes) {
			result.addAll(required(c, tier));
		}
		if (subcontracts) {
			result.addAll(requiredForSubcontracting(tier));
		}
		return result;
	}

	private Set<ClauseCategory> lookup(String key, int tier) {
		TreeMap<Integer, Set<ClauseCategory>> byTier = rules.get(key);
		if (byTier == null) {
			return Collections.emptySet();
		}
		Map.Entry<Integer, Set<ClauseCategory>> entry = byTier.floorEntry(Math.max(tier, 1));
		return entry == null ? Collections.emptySet() : Collections.unmodifiableSet(entry.getValue());
	}

	/** @return the table in the properties format, keys sorted */
	public Properties toProperties() {
		Properties properties = new Properties();
		rules.forEach((key, byTier) -> byTier.forEach((tier, categories) -> properties.setProperty(key + ".tier" + tier,
				categories.stream().map(ClauseCategory::getName).collect(Collectors.joining(", ")))));
		return properties;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ClauseRules rules && this.rules.equals(rules.rules);
	}

	@Override
	public int hashCode() {
		return rules.hashCode();
	}
}
