// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.rensa.model.AuditProject;
import org.rensa.model.Visit;
import org.rensa.report.FinalReports;
import org.rensa.report.ReportGenerator;
import org.rensa.report.ReportType;
import org.rensa.report.model.Block;
import org.rensa.report.model.Block.Cell;
import org.rensa.report.model.Block.Column;
import org.rensa.report.model.Block.Fact;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.model.Tone;

/**
 * Report control of the visit report: its id, version and status on the cover, the version history
 * from {@link FinalReports}, the distribution list, and the sign-off block.
 */
public final class ReportControl {

	/** Hexadecimal digits of a SHA-256 shown in the version history. */
	public static final int SHORT_HASH = 16;

	/** The line printed where a name or a date is still to be written by hand. */
	static final String BLANK = "________________";

	private ReportControl() {
	}

	/**
	 * The report id: stable for a visit of a project, whatever the language, version or audience.
	 *
	 * @param project the project
	 * @param visit   the visit
	 * @return e.g. {@code VR-20261014-3FA2C1}
	 */
	public static String reportId(AuditProject project, Visit visit) {
		String date = visit.getStartDate() == null ? "" : visit.getStartDate().toString().replace("-", "") + "-";
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
					.digest((project.getId() + "/" + visit.getId()).getBytes(StandardCharsets.UTF_8));
			return "VR-" + date + HexFormat.of().formatHex(hash, 0, 3).toUpperCase(Locale.ROOT);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The report's final issues so far: the entries of {@link FinalReports} of its file name, in any format.
	 */
	static List<FinalReports.Entry> history(BuildContext c, Visit visit) {
		String base = new ReportGenerator(c.project, c.options).fileName(new ReportGenerator.Target(ReportType.VISIT, visit,
				visit.getOrganization())) + ".";
		try {
			return FinalReports.of(c.project).entries().stream().filter(e -> e.file().startsWith(base)
					&& e.file().indexOf('.', base.length()) < 0).toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	/**
	 * @param history the report's final issues
	 * @return the version of the document being built: one above the last final issue
	 */
	static int version(List<FinalReports.Entry> history) {
		return 1 + history.stream().mapToInt(FinalReports.Entry::version).max().orElse(0);
	}

	/** Adds id, version and status to the cover and the report control section (history, distribution). */
	static void add(BuildContext c, ReportDocument doc, Visit visit) {
		AuditProject root = c.project.getProject();
		List<FinalReports.Entry> history = history(c, visit);
		int version = version(history);
		String status = c.t(c.options.finalIssue() ? "control.final" : "control.draft");
		doc.cover().add(0, new Fact(c.t("control.id"), reportId(root, visit)));
		doc.cover().add(1, new Fact(c.t("control.version"), c.t("control.version.value", version, status)));

		var section = doc.addSection(c.t("control.title"));
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(c.t("control.id"), reportId(root, visit)));
		facts.add(new Fact(c.t("control.version"), String.valueOf(version)));
		facts.add(new Fact(c.t("control.status"), status));
		facts.add(new Fact(c.t("cover.issued"), c.texts.date(c.options.today())));
		String client = c.client(root.getBuyer());
		if (!client.isEmpty()) {
			facts.add(new Fact(c.t("control.client"), client));
		}
		section.add(new Block.Facts(facts));
		if (!c.options.finalIssue()) {
			section.add(new Block.Paragraph(c.t("control.draft.text")));
		}
		var versions = section.addSection(c.t("control.history"));
		if (history.isEmpty()) {
			versions.add(new Block.Paragraph(c.t("control.history.none")));
		} else {
			List<List<Cell>> rows = new ArrayList<>();
			for (FinalReports.Entry entry : history) {
				String format = entry.file().substring(entry.file().lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
				rows.add(List.of(new Cell(String.valueOf(entry.version())), new Cell(c.texts.date(entry.date())), new Cell(format),
						new Cell(entry.sha256().substring(0, SHORT_HASH))));
			}
			versions.add(new Block.Table("", List.of(new Column(c.t("col.version"), 1), new Column(c.t("col.date"), 2),
					new Column(c.t("col.format"), 1), new Column(c.t("col.sha256short"), 3)), rows));
		}
		var distribution = section.addSection(c.t("control.distribution"));
		List<String> recipients = visit.getDistribution().stream().filter(s -> s != null && !s.isBlank()).toList();
		if (recipients.isEmpty()) {
			distribution.add(new Block.Callout(c.t("control.distribution.unset"), c.t("control.distribution.unset.text"), Tone.WARN));
		} else {
			distribution.add(new Block.Bullets(recipients.stream().map(c.texts::field).toList()));
		}
	}

	/** Adds the sign-off block: lead auditor, reviewer, approver, with dates; lines to sign when unset. */
	static void signOff(BuildContext c, ReportDocument doc, Visit visit) {
		var section = doc.addSection(c.t("signoff.title"));
		section.add(new Block.Paragraph(c.t("signoff.text")));
		String lead = visit.getAuditors().isEmpty() ? null : visit.getAuditors().get(0);
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(row(c, c.t("signoff.lead"), lead, c.options.finalIssue() ? c.options.today() : null));
		rows.add(row(c, c.t("signoff.reviewer"), visit.getReviewer(), visit.getReviewedOn()));
		rows.add(row(c, c.t("signoff.approver"), visit.getApprover(), visit.getApprovedOn()));
		section.add(new Block.Table("", List.of(new Column(c.t("col.role"), 2), new Column(c.t("col.name"), 3),
				new Column(c.t("col.date"), 2), new Column(c.t("col.signature"), 3)), rows));
	}

	private static List<Cell> row(BuildContext c, String role, String name, LocalDate date) {
		boolean named = name != null && !name.isBlank();
		return List.of(new Cell(role), new Cell(named ? name : BLANK), new Cell(date == null || !named ? BLANK : c.texts.date(date)),
				new Cell(BLANK));
	}
}
