// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.rensa.catalog.internal.CatalogueXmlReader;
import org.rensa.model.Checklist;

/**
 * The checklists shipped with Rensa, written in the project's own words after the structure of the
 * schemes they follow (each checklist's {@link Checklist#getSource() source} names the scheme).
 */
public final class ShippedCatalogues {

	/**
	 * A shipped catalogue.
	 *
	 * @param id          the identifier used on the command line ({@code sme-basics} …)
	 * @param description one line in English
	 */
	public record Entry(String id, String description) {
	}

	/** SME basics: 25 questions in three parts, scored 4/2/0/−1 for a maximum of 100. */
	public static final String SME_BASICS = "sme-basics";
	/** SECURITY ACTION one-star (level 1) and two-star (level 2) declaration. */
	public static final String SECURITY_ACTION = "security-action";
	/** Supplier guideline with three cumulative levels, in Japanese and English. */
	public static final String SUPPLIER_GUIDELINE = "supplier-guideline";

	private static final List<Entry> ENTRIES = List.of(
			new Entry(SME_BASICS, "SME security basics: 25 questions in three parts, scored 4/2/0/-1, maximum 100"),
			new Entry(SECURITY_ACTION, "SECURITY ACTION declaration: one star (five basic rules) and two stars"),
			new Entry(SUPPLIER_GUIDELINE, "Supplier security guideline: three cumulative levels Lv1/Lv2/Lv3, ja+en"));

	private ShippedCatalogues() {
	}

	/** @return every shipped catalogue, in a stable order */
	public static List<Entry> entries() {
		return ENTRIES;
	}

	/**
	 * @param id a catalogue id
	 * @return the entry, if shipped
	 */
	public static Optional<Entry> find(String id) {
		return ENTRIES.stream().filter(entry -> entry.id().equals(id)).findFirst();
	}

	/**
	 * Loads a fresh copy of a shipped catalogue.
	 *
	 * @param id a catalogue id from {@link #entries()}
	 * @return a new checklist, not contained in any project, without ids (saving assigns them)
	 * @throws IllegalArgumentException when no catalogue has that id
	 */
	public static Checklist load(String id) {
		if (find(id).isEmpty()) {
			throw new IllegalArgumentException("no shipped catalogue '" + id + "'");
		}
		String resource = "/catalogues/" + id + ".xml";
		try (InputStream in = ShippedCatalogues.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("catalogue data file missing from the bundle: " + resource);
			}
			return CatalogueXmlReader.read(in, resource);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
