// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.oscal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.rensa.model.Checklist;
import org.rensa.model.Requirement;
import org.rensa.model.Section;

/**
 * The result of reading an OSCAL catalogue.
 *
 * @param checklist    the new checklist (detached, without ids: saving assigns them)
 * @param groups       number of OSCAL groups read (each became a section)
 * @param controls     number of controls read, nested ones included
 * @param enhancements how many of {@code controls} are nested controls that became requirements of
 *                     their own (enhancements)
 * @param folded       how many of {@code controls} were the only child of a control without statement
 *                     and were folded into it (its statement, its id as a reference)
 * @param format       {@code JSON} or {@code XML} (of the catalogue; for a profile, of the catalogue it
 *                     was resolved against)
 * @param notes        what the user should know about how the checklist was made (for a resolved
 *                     profile: the profile and catalogue, selected ids the catalogue lacks, tailoring
 *                     not applied); empty for a plain catalogue
 */
public record OscalImport(Checklist checklist, int groups, int controls, int enhancements, int folded, String format,
		List<String> notes) {

	/** The result of reading a plain catalogue, without notes. */
	public OscalImport(Checklist checklist, int groups, int controls, int enhancements, int folded, String format) {
		this(checklist, groups, controls, enhancements, folded, format, List.of());
	}

	/**
	 * @param more notes to add
	 * @return this import with the notes appended
	 */
	public OscalImport withNotes(List<String> more) {
		List<String> all = new ArrayList<>(notes);
		all.addAll(more);
		return new OscalImport(checklist, groups, controls, enhancements, folded, format, List.copyOf(all));
	}

	/** @return the number of requirements created ({@code controls - folded}) */
	public int requirements() {
		return controls - folded;
	}

	/** The level label the reader gives a requirement made from an enhancement (nested control). */
	public static final String ENHANCEMENT_LABEL_PREFIX = "enhancement of ";

	/**
	 * @param requirement a requirement of an imported checklist
	 * @return whether it was made from a control enhancement (a nested control)
	 */
	public static boolean isEnhancement(Requirement requirement) {
		return requirement.getLevelLabel() != null && requirement.getLevelLabel().startsWith(ENHANCEMENT_LABEL_PREFIX);
	}

	/**
	 * The same catalogue without its enhancements: a copy of the checklist keeping only the base
	 * controls; sections left empty are dropped. This import is not changed.
	 *
	 * @return the reduced import ({@code enhancements} 0, {@code controls} reduced accordingly)
	 */
	public OscalImport withoutEnhancements() {
		Checklist copy = EcoreUtil.copy(checklist);
		int removed = 0;
		for (Section section : copy.getSections()) {
			int before = section.getRequirements().size();
			section.getRequirements().removeIf(OscalImport::isEnhancement);
			removed += before - section.getRequirements().size();
		}
		copy.getSections().removeIf(section -> section.getRequirements().isEmpty());
		return new OscalImport(copy, groups, controls - removed, enhancements - removed, folded, format, notes);
	}
}
