// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage;

/** The model reads dates and instants exactly as java.time's ISO-8601 parsers do. */
class DateValuesTest {

	private static Object instant(String text) {
		return RensaFactory.eINSTANCE.createFromString(RensaPackage.Literals.INSTANT, text);
	}

	private static Object date(String text) {
		return RensaFactory.eINSTANCE.createFromString(RensaPackage.Literals.LOCAL_DATE, text);
	}

	@Test
	void writtenInstantsAndDatesReadBackEqual() {
		Random random = new Random(7);
		for (int i = 0; i < 20_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L),
					switch (i % 4) {
					case 0 -> 0;
					case 1 -> random.nextInt(1000) * 1_000_000;
					case 2 -> random.nextInt(1_000_000) * 1000;
					default -> random.nextInt(1_000_000_000);
					});
			String text = RensaFactory.eINSTANCE.convertToString(RensaPackage.Literals.INSTANT, instant);
			assertEquals(instant, instant(text), text);
			LocalDate day = LocalDate.ofEpochDay(random.nextLong(-719_528, 2_932_896));
			String dayText = RensaFactory.eINSTANCE.convertToString(RensaPackage.Literals.LOCAL_DATE, day);
			assertEquals(day, date(dayText), dayText);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-06-07T16:03:18Z", "2024-02-29T00:00:00Z", "2026-12-31T23:59:59.999999999Z",
			"2026-06-07T16:03:18.500Z", "2026-06-07T16:03:18.500000Z", "2026-06-07T16:03:18.5Z", "2026-06-07T16:03:18.12Z",
			"2026-06-07T16:03:18.1234Z", "2026-06-07T23:59:60Z", "2026-06-07T24:00:00Z", "+12026-06-07T16:03:18Z",
			"0000-01-01T00:00:00Z", "2026-06-07t16:03:18z", "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z",
			"2026-06-07T16:60:00Z", "2026-06-07T16:03:18.Z", "2026-06-07T16:03:18", "2026-06-07 16:03:18Z",
			"2026-06-07T16:03:1xZ", "2026-06-07T16:03:18.12xZ", "2026-06-07T16:03:18+01:00", "2026-06-07T16:03:18.123:Z",
			"" })
	void instantsAreReadAsJavaTimeReadsThem(String text) {
		assertEquals(outcome(() -> Instant.parse(text)), outcome(() -> instant(text)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-06-07", "2024-02-29", "0000-01-01", "9999-12-31", "+12026-06-07", "2026-02-29",
			"2026-04-31", "2026-00-10", "2026-6-07", "2026/06/07", "2026-06-0x", "" })
	void datesAreReadAsJavaTimeReadsThem(String text) {
		assertEquals(outcome(() -> LocalDate.parse(text)), outcome(() -> date(text)));
	}

	/** @return the value, or the class of the exception thrown instead */
	private static Object outcome(Supplier<Object> parse) {
		try {
			return parse.get();
		} catch (RuntimeException e) {
			return e.getClass();
		}
	}
}
