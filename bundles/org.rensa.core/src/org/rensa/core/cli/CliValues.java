// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for the values of options and positional arguments, named in a declaration as
 * {@code @Option(names = "--runs", converter = CliValues.Positive.class)}. Every converter reports a
 * bad value by throwing {@link BadValue}, which the parser prints in the one wording for bad values
 * ({@code rensa: COMMAND: invalid value 'x' for --runs: not a whole number}), in the language of
 * {@code --lang}. Plain {@code int}, {@code long}, {@code double} and {@link Path} values are converted
 * the same way without naming a converter.
 */
public final class CliValues {

	private CliValues() {
	}

	/** Why a value was refused: a message key of the command line's own messages and its arguments. */
	public static final class BadValue extends TypeConversionException {

		private static final long serialVersionUID = 1L;

		private final String key;
		private final transient Object[] arguments;

		private BadValue(String key, Object... arguments) {
			super(key);
			this.key = key;
			this.arguments = arguments.clone();
		}

		String key() {
			return key;
		}

		Object[] arguments() {
			return arguments.clone();
		}
	}

	/**
	 * @param choices what the value may be, in the command's words, e.g. {@code "visit, remediation or portfolio"}
	 * @return the exception a converter throws for a value that is not one of them
	 */
	public static BadValue expected(String choices) {
		return new BadValue("value.expected", choices);
	}

	/** A whole number within bounds; the default accepts any {@code int} that is not negative. */
	public static class WholeNumber implements ITypeConverter<Integer> {

		private final int min;
		private final int max;

		/** Any whole number from 0. */
		public WholeNumber() {
			this(0, Integer.MAX_VALUE);
		}

		/**
		 * @param min the smallest value accepted
		 * @param max the largest value accepted
		 */
		protected WholeNumber(int min, int max) {
			this.min = min;
			this.max = max;
		}

		@Override
		public Integer convert(String value) {
			long number = wholeNumber(value);
			if (number < min || number > max) {
				throw max == Integer.MAX_VALUE ? new BadValue("value.atLeast", min) : new BadValue("value.range", min, max);
			}
			return (int) number;
		}
	}

	/** A whole number from 1. */
	public static final class Positive extends WholeNumber {

		/** The converter. */
		public Positive() {
			super(1, Integer.MAX_VALUE);
		}
	}

	/** A decimal number within bounds. */
	public static class Decimal implements ITypeConverter<Double> {

		private final double min;
		private final double max;

		/**
		 * @param min the smallest value accepted
		 * @param max the largest value accepted
		 */
		protected Decimal(double min, double max) {
			this.min = min;
			this.max = max;
		}

		@Override
		public Double convert(String value) {
			double number = decimal(value);
			if (number < min || number > max) {
				throw new BadValue("value.range", min, max);
			}
			return number;
		}
	}

	static long wholeNumber(String value) {
		try {
			return Long.parseLong(value.trim());
		} catch (NumberFormatException e) {
			throw new BadValue("value.wholeNumber");
		}
	}

	static double decimal(String value) {
		try {
			double number = Double.parseDouble(value.trim());
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				throw new NumberFormatException(value);
			}
			return number;
		} catch (NumberFormatException e) {
			throw new BadValue("value.number");
		}
	}

	static Integer anyInt(String value) {
		long number = wholeNumber(value);
		if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
			throw new BadValue("value.range", Integer.MIN_VALUE, Integer.MAX_VALUE);
		}
		return (int) number;
	}

	static Path path(String value) {
		try {
			return Paths.get(value);
		} catch (InvalidPathException e) {
			throw new BadValue("value.path");
		}
	}

	static BadValue language() {
		return new BadValue("value.language");
	}

	static BadValue oneOf(String choices) {
		return new BadValue("value.oneOf", choices);
	}
}
