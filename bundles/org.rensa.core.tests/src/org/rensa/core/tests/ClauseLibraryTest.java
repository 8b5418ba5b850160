// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rensa.core.analysis.ClauseLibrary;
import org.rensa.core.analysis.ClauseLibrary.Entry;
import org.rensa.core.analysis.WordingDiff;
import org.rensa.model.Clause;
import org.rensa.model.ClauseCategory;
import org.rensa.model.ClauseTemplate;
import org.rensa.model.InformationClass;

/** The shipped bilingual clause library and the wording diff. */
class ClauseLibraryTest {

	@Test
	void everyCategoryHasABilingualClauseSayingWhenItIsNeeded() {
		ClauseLibrary library = ClauseLibrary.standard();
		assertEquals(ClauseCategory.VALUES.size(), library.entries().size());
		for (ClauseCategory category : ClauseCategory.VALUES) {
			Entry entry = library.entry(category);
			assertSame(category, entry.category());
			for (String text : List.of(entry.title(), entry.titleJa(), entry.wording(), entry.wordingJa())) {
				assertFalse(text.isBlank(), category + " has all four texts");
			}
			assertTrue(entry.wordingJa().chars().anyMatch(c -> c >= 0x3040), category + " is Japanese");
			assertTrue(entry.requiredForAny() || !entry.requiredFor().isEmpty(), category + " says when it is needed");
		}
		assertTrue(library.entry(ClauseCategory.PERSONAL_DATA_HANDLING).isRequiredFor(List.of(InformationClass.PERSONAL_DATA)));
		assertFalse(library.entry(ClauseCategory.PERSONAL_DATA_HANDLING).isRequiredFor(List.of(InformationClass.TECHNICAL_DESIGN)));
		assertTrue(library.entry(ClauseCategory.CONFIDENTIALITY).isRequiredFor(List.of(InformationClass.NETWORK_ACCESS)));
		assertFalse(library.entry(ClauseCategory.CONFIDENTIALITY).isRequiredFor(List.of(InformationClass.NONE)));
		assertTrue(library.entry(ClauseCategory.AUDIT_RIGHT).wording().contains("subcontractors"));
		assertEquals(24, library.entry(ClauseCategory.INCIDENT_NOTIFICATION).notificationDeadlineHours());
	}

	@Test
	void newClausesCarryTheLibraryOrTheProjectTemplateWording() {
		ClauseLibrary library = ClauseLibrary.standard();
		Clause clause = library.newClause(ClauseCategory.INCIDENT_NOTIFICATION, null);
		assertEquals(library.entry(ClauseCategory.INCIDENT_NOTIFICATION).wording(), clause.getText());
		assertEquals(library.entry(ClauseCategory.INCIDENT_NOTIFICATION).wordingJa(), clause.getTextJa());
		assertTrue(clause.isFlowsDown());
		assertEquals(24, clause.getNotificationDeadlineHours());
		assertNull(clause.getTemplate());

		ClauseTemplate template = library.newTemplate(ClauseCategory.TERMINATION_FOR_BREACH);
		assertFalse(template.isFlowsDown());
		template.setWording("Either party may terminate on a material security breach.");
		Clause fromTemplate = library.newClause(ClauseCategory.TERMINATION_FOR_BREACH, template);
		assertSame(template, fromTemplate.getTemplate());
		assertEquals("Either party may terminate on a material security breach.", fromTemplate.getText());
		assertSame(template, ClauseLibrary.projectTemplate(ClauseCategory.TERMINATION_FOR_BREACH, List.of(template)));
		assertNull(ClauseLibrary.projectTemplate(ClauseCategory.FLOW_DOWN, List.of(template)));
	}

	@Test
	void wordingDiffShowsWhatTheContractChanged() {
		WordingDiff same = WordingDiff.of("The Supplier shall report within 24 hours.", "The Supplier shall report within 24 hours.");
		assertTrue(same.isIdentical());
		WordingDiff changed = WordingDiff.of("The Supplier shall report within 24 hours.",
				"The Supplier shall report within 72 hours.");
		assertFalse(changed.isIdentical());
		assertEquals("The Supplier shall report within [-24 -]{+72 +}hours.", changed.toString());
		WordingDiff japanese = WordingDiff.of("24時間以内に報告する。", "72時間以内に報告する。");
		assertEquals("[-24-]{+72+}時間以内に報告する。", japanese.toString());
		assertEquals("{+new+}", WordingDiff.of((String) null, "new").toString());
	}

	@Test
	void malformedLibrariesAreRejected() {
		String unknown = "<clauseLibrary><clause category=\"GOSSIP\" requiredFor=\"ANY\"/></clauseLibrary>";
		assertTrue(assertThrows(IOException.class,
				() -> ClauseLibrary.parse(new ByteArrayInputStream(unknown.getBytes(StandardCharsets.UTF_8)))).getMessage()
				.contains("GOSSIP"));
		String doctype = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><clauseLibrary>&e;</clauseLibrary>";
		assertThrows(IOException.class,
				() -> ClauseLibrary.parse(new ByteArrayInputStream(doctype.getBytes(StandardCharsets.UTF_8))));
	}
}
