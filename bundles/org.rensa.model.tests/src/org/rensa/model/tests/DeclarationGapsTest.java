// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.rensa.model.DeclarationGap;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.RensaFactory;
import org.rensa.model.Response;
import org.rensa.model.Verdict;

class DeclarationGapsTest {

	@ParameterizedTest(name = "declared {0}, verified {1} -> {2}")
	@CsvSource({
		"DONE, CONFORM, CONSISTENT",
		"DONE, PARTIALLY_CONFORM, OVERSTATED",
		"DONE, NONCONFORM, OVERSTATED",
		"PARTLY, CONFORM, UNDERSTATED",
		"PARTLY, PARTIALLY_CONFORM, CONSISTENT",
		"PARTLY, NONCONFORM, OVERSTATED",
		"NOT_DONE, CONFORM, UNDERSTATED",
		"NOT_DONE, NONCONFORM, CONSISTENT",
		"DONE, NOT_VERIFIED, UNVERIFIED",
		"DONT_KNOW, NONCONFORM, NOT_COMPARABLE",
		"UNANSWERED, CONFORM, NOT_COMPARABLE",
		"NOT_APPLICABLE, CONFORM, NOT_COMPARABLE",
		"DONE, NOT_APPLICABLE, NOT_COMPARABLE",
	})
	void responseGapFollowsTheMappingTable(DeclaredAnswer declared, Verdict verdict, DeclarationGap expected) {
		Response response = RensaFactory.eINSTANCE.createResponse();
		response.setDeclaredAnswer(declared);
		response.setVerdict(verdict);

		assertEquals(expected, response.getGap());
		assertEquals(expected == DeclarationGap.OVERSTATED || expected == DeclarationGap.UNDERSTATED, response.isMismatch());
	}

	@ParameterizedTest
	@EnumSource(DeclaredAnswer.class)
	void everyDeclaredAnswerIsUnverifiedUntilVerified(DeclaredAnswer declared) {
		Response response = RensaFactory.eINSTANCE.createResponse();
		response.setDeclaredAnswer(declared);

		assertEquals(DeclarationGap.UNVERIFIED, response.getGap());
		assertFalse(response.isMismatch());
	}

	@Test
	void aFreshResponseIsUnansweredAndNotVerified() {
		Response response = RensaFactory.eINSTANCE.createResponse();

		assertEquals(DeclaredAnswer.UNANSWERED, response.getDeclaredAnswer());
		assertEquals(Verdict.NOT_VERIFIED, response.getVerdict());
		assertTrue(response.getGap() == DeclarationGap.UNVERIFIED);
	}
}
