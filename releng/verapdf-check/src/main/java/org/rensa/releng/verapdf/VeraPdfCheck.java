// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.releng.verapdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates PDF files against PDF/A-2u with veraPDF and reports every failed rule by its id
 * ({@code clause-test}, as in veraPDF's rule tables). Arguments: {@code [--expect N] PATH[,PATH…] …}
 * where a path is a PDF file or a folder whose {@code *.pdf} files are checked. Exit status of
 * {@link #run}: 0 all compliant, 1 a file is not compliant or cannot be parsed, 2 bad usage or fewer
 * files than expected.
 */
public final class VeraPdfCheck {

	/** The flavour every Rensa report claims. */
	public static final PDFAFlavour FLAVOUR = PDFAFlavour.PDFA_2_U;

	private VeraPdfCheck() {
	}

	/**
	 * The outcome for one file.
	 *
	 * @param file     the file
	 * @param failures one line per failed rule: {@code clause-test (count): description}; a parse
	 *                 failure is one line starting with {@code unreadable}
	 */
	public record Result(Path file, List<String> failures) {
		/** @return whether the file is PDF/A-2u compliant */
		public boolean compliant() {
			return failures.isEmpty();
		}
	}

	/**
	 * @param file a PDF file
	 * @return the failed rules
	 */
	public static Result validate(Path file) {
		synchronized (VeraPdfCheck.class) {
			VeraGreenfieldFoundryProvider.initialise();
		}
		try (InputStream in = Files.newInputStream(file);
				PDFAParser parser = Foundries.defaultInstance().createParser(in, FLAVOUR);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(FLAVOUR, false)) {
			ValidationResult result = validator.validate(parser);
			Map<String, Integer> counts = new TreeMap<>(VeraPdfCheck::compareRuleIds);
			Map<String, String> descriptions = new TreeMap<>();
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					String id = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
					counts.merge(id, 1, Integer::sum);
					descriptions.putIfAbsent(id, assertion.getMessage().replaceAll("\\s+", " ").strip());
				}
			}
			List<String> failures = new ArrayList<>();
			counts.forEach((id, n) -> failures.add(id + " (" + n + "): " + descriptions.get(id)));
			if (failures.isEmpty() && !result.isCompliant()) {
				failures.add("not compliant: " + result.getJobEndStatus());
			}
			return new Result(file, failures);
		} catch (Exception e) {
			return new Result(file, List.of("unreadable: " + (e.getMessage() == null ? e.getClass().getName() : e.getMessage())));
		}
	}

	/**
	 * @param args   {@code [--expect N] PATH[,PATH…] …}
	 * @param out    the report: {@code PASS file} or {@code FAIL file} and the failed rules
	 * @param err    usage errors
	 * @return the exit status
	 */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		int expect = 1;
		List<Path> paths = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).equals("--expect") && i + 1 < args.size()) {
				try {
					expect = Integer.parseInt(args.get(++i).strip());
				} catch (NumberFormatException e) {
					err.println("verapdf-check: --expect needs a number");
					return 2;
				}
				continue;
			}
			for (String part : args.get(i).split(",")) {
				if (!part.isBlank()) {
					paths.add(Path.of(part.strip()));
				}
			}
		}
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> list = Files.list(path)) {
					list.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")).sorted().forEach(files::add);
				} catch (IOException e) {
					err.println("verapdf-check: cannot list " + path + ": " + e.getMessage());
					return 2;
				}
			} else if (Files.isRegularFile(path)) {
				files.add(path);
			} else {
				err.println("verapdf-check: not found: " + path);
				return 2;
			}
		}
		if (files.size() < expect) {
			err.println("verapdf-check: " + files.size() + " PDF file(s) found in " + paths + ", expected at least " + expect
					+ " (did the report tests run?)");
			return 2;
		}
		int failed = 0;
		for (Path file : files) {
			Result result = validate(file);
			out.println((result.compliant() ? "PASS " : "FAIL ") + file + (result.compliant() ? " (PDF/A-2u)" : ""));
			result.failures().forEach(line -> out.println("  " + line));
			if (!result.compliant()) {
				failed++;
			}
		}
		out.println("verapdf-check: " + files.size() + " file(s), " + failed + " not PDF/A-2u compliant (veraPDF 1.30.1)");
		return failed == 0 ? 0 : 1;
	}

	/**
	 * Runs the check; fails (an exception, so that {@code exec:java} fails the build) unless every
	 * file is compliant.
	 *
	 * @param args see {@link #run}
	 */
	public static void main(String[] args) {
		int status = run(List.of(args), System.out, System.err);
		if (status != 0) {
			throw new IllegalStateException(status == 1 ? "PDF/A-2u check failed: see the rule ids above" : "PDF/A-2u check not run: see above");
		}
	}

	private static int compareRuleIds(String a, String b) {
		String[] x = a.split("[.-]");
		String[] y = b.split("[.-]");
		for (int i = 0; i < Math.min(x.length, y.length); i++) {
			int c;
			try {
				c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
			} catch (NumberFormatException e) {
				c = x[i].compareTo(y[i]);
			}
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(x.length, y.length);
	}
}
