// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads the model's dates and instants. What is accepted is defined by {@link LocalDate#parse} and
 * {@link Instant#parse}; the forms the model writes ({@code 2026-04-01}, {@code 2026-04-01T09:30:00Z},
 * with a fraction of 3, 6 or 9 digits) are read directly, which is several times faster than
 * java.time's general parser (a large project holds hundreds of thousands of them). Anything else,
 * valid or not, goes to java.time's parser.
 */
final class IsoDates {

	private static final long SECONDS_PER_DAY = 86_400;

	private IsoDates() {
	}

	/**
	 * @param text an ISO-8601 date
	 * @return the date, as {@link LocalDate#parse(CharSequence)} reads it
	 */
	static LocalDate parseLocalDate(String text) {
		if (text.length() == 10) {
			LocalDate date = date(text);
			if (date != null) {
				return date;
			}
		}
		return LocalDate.parse(text);
	}

	/**
	 * @param text an ISO-8601 instant in UTC
	 * @return the instant, as {@link Instant#parse(CharSequence)} reads it
	 */
	static Instant parseInstant(String text) {
		int length = text.length();
		int fractionDigits = length - 21;
		if ((length == 20 || (fractionDigits == 3 || fractionDigits == 6 || fractionDigits == 9) && text.charAt(19) == '.')
				&& text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(length - 1) == 'Z') {
			LocalDate date = date(text);
			int hour = number(text, 11, 2);
			int minute = number(text, 14, 2);
			int second = number(text, 17, 2);
			int nanos = length == 20 ? 0 : number(text, 20, fractionDigits);
			if (date != null && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59
					&& nanos >= 0) {
				for (int i = length == 20 ? 0 : fractionDigits; i < 9; i++) {
					nanos *= 10;
				}
				return Instant.ofEpochSecond(date.toEpochDay() * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second,
						nanos);
			}
		}
		return Instant.parse(text);
	}

	/** @return the date in the first 10 characters ({@code yyyy-MM-dd}), or {@code null} when it is not one */
	private static LocalDate date(String text) {
		if (text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = number(text, 0, 4);
		int month = number(text, 5, 2);
		int day = number(text, 8, 2);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	/** @return the decimal number of {@code digits} ASCII digits at {@code start}, or -1 when they are not */
	private static int number(String text, int start, int digits) {
		int result = 0;
		for (int i = start; i < start + digits; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			result = result * 10 + (c - '0');
		}
		return result;
	}
}
