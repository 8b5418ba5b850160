// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.oscal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

import org.rensa.core.io.AtomicFiles;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Tlp;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Exports an assessment as an OSCAL 1.1.3 document: its verification as <em>assessment results</em>,
 * its remediation as a <em>plan of action and milestones</em> (POA&amp;M), in OSCAL JSON or XML.
 * The same project always gives the same bytes: UUIDs are name-based on Rensa's ids, the last-modified
 * time is the latest time recorded in what is exported, and the order is the model's.
 */
public final class OscalExport {

	/** The OSCAL version of the documents written. */
	public static final String OSCAL_VERSION = "1.1.3";

	/** The namespace of the properties Rensa adds (declared answer, verdict, status …). */
	public static final String NAMESPACE = "http://rensa.org/ns/oscal";

	/** What to export. */
	public enum Type {
		/** The verification: observations, findings and risks. */
		ASSESSMENT_RESULTS("assessment-results"),
		/** The remediation: poam-items with the findings, risks and observations they answer. */
		POAM("poam");

		private final String token;

		Type(String token) {
			this.token = token;
		}

		/** @return the command-line word */
		public String token() {
			return token;
		}

		/**
		 * @param token {@code assessment-results} or {@code poam}
		 * @return the type
		 * @throws IllegalArgumentException for any other word
		 */
		public static Type of(String token) {
			for (Type type : values()) {
				if (type.token.equals(token)) {
					return type;
				}
			}
			throw new IllegalArgumentException("unknown OSCAL export type '" + token + "' (assessment-results or poam)");
		}
	}

	/** The serialisation. */
	public enum Format {
		/** OSCAL JSON. */
		JSON,
		/** OSCAL XML. */
		XML;

		/**
		 * @param token {@code json} or {@code xml}, any case
		 * @return the format
		 * @throws IllegalArgumentException for any other word
		 */
		public static Format of(String token) {
			return valueOf(token.toUpperCase(Locale.ROOT));
		}
	}

	/**
	 * @param type      what to export
	 * @param format    JSON or XML
	 * @param audience  the TLP of the document: findings and evidence marked stricter are left out
	 * @param anonymise whether organisations, people, sites and file names become pseudonyms (as in reports)
	 */
	public record Options(Type type, Format format, Tlp audience, boolean anonymise) {
	}

	/**
	 * What was written.
	 *
	 * @param observations the observations (verified requirements)
	 * @param findings     the findings
	 * @param risks        the risks (one per finding)
	 * @param poamItems    the poam-items (POA&amp;M only)
	 * @param withheld     findings, evidence and remediation actions left out for the audience
	 */
	public record Summary(int observations, int findings, int risks, int poamItems, int withheld) {
	}

	private OscalExport() {
	}

	/**
	 * Writes the document to a file atomically: the file is replaced only when the whole document was
	 * written, else it is left as it was.
	 *
	 * @param project    the project
	 * @param assessment the assessment to export
	 * @param options    type, format, audience, anonymisation
	 * @param file       the file to write
	 * @return what was written
	 * @throws IOException when writing fails
	 */
	public static Summary write(AuditProject project, Assessment assessment, Options options, Path file) throws IOException {
		Summary[] summary = new Summary[1];
		AtomicFiles.write(file.toAbsolutePath(), out -> summary[0] = write(project, assessment, options, out));
		return summary[0];
	}

	/**
	 * Writes the document.
	 *
	 * @param project    the project
	 * @param assessment the assessment to export
	 * @param options    type, format, audience, anonymisation
	 * @param out        where to write (not closed)
	 * @return what was written
	 * @throws IOException when writing fails
	 */
	public static Summary write(AuditProject project, Assessment assessment, Options options, OutputStream out) throws IOException {
		OscalDocumentBuilder builder = new OscalDocumentBuilder(project, assessment, options.audience(), options.anonymise());
		ObjectNode document = options.type() == Type.ASSESSMENT_RESULTS ? builder.assessmentResults() : builder.planOfActionAndMilestones();
		if (options.format() == Format.JSON) {
			DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
			byte[] bytes = new ObjectMapper().writer(printer).writeValueAsBytes(document);
			out.write(bytes);
			out.write('\n');
		} else {
			OscalXml.write(document, out);
		}
		return builder.summary();
	}
}
