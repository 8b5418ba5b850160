// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.rensa.core.analysis.ChainReport.CoverageCell;
import org.rensa.core.analysis.ChainReport.CoverageRow;
import org.rensa.core.analysis.ChainReport.CoverageState;
import org.rensa.core.analysis.ChainReport.FlowDownBreak;
import org.rensa.core.analysis.ChainReport.OversightProblem;
import org.rensa.core.validation.DiagnosticMessages;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.validation.RensaRulesValidator;
import org.rensa.model.AuditProject;
import org.rensa.model.ClauseCategory;
import org.rensa.model.text.LocalizedMessage;

/**
 * The {@link EValidator} turning the {@link ChainAnalysis} into diagnostics on the project root:
 * flow-down breaks, missing required clauses, unassessed recipients of sensitive information,
 * personal data abroad, and undeclared or unapproved subcontracts that pass no sensitive information
 * (those that do are already reported by {@link RensaRulesValidator}). Composed with
 * {@link RensaRulesValidator} by the {@link org.rensa.core.validation.ProjectValidator}; uses the
 * {@linkplain ProjectAnalysis#chainReport(AuditProjectDocument) chain report} of the open project in
 * {@link #DOCUMENT} (its settings included), else analyses the project with the shipped defaults.
 */
public final class ChainValidator implements EValidator {

	/** Context entry: the {@link AuditProjectDocument} being validated. */
	public static final String DOCUMENT = "org.rensa.core.document";

	/** The diagnostic source. */
	public static final String DIAGNOSTIC_SOURCE = "org.rensa.core.analysis";

	/**
	 * Warning: an obligation marked as flowing down is not imposed on the next organisation of the chain
	 * ({@code rensa chain} exits 1 on it; the gravest case, no flow-down clause at all towards a supplier
	 * that subcontracts sensitive information, is already an error of {@link RensaRulesValidator}).
	 */
	public static final int FLOW_DOWN_BREAK = 201;
	/** Warning: the rule table requires clause categories the organisation's contracts lack. */
	public static final int CLAUSES_MISSING = 202;
	/** Warning: a subcontract passing no sensitive information was not declared to the buyer. */
	public static final int SUBCONTRACTOR_UNDECLARED = 203;
	/** Warning: a declared subcontract passing no sensitive information was not approved. */
	public static final int SUBCONTRACTOR_UNAPPROVED = 204;
	/** Warning: sensitive information reaches an organisation the buyer never assessed. */
	public static final int SENSITIVE_DATA_UNASSESSED = 205;
	/** Warning: personal data goes to an organisation in another country. */
	public static final int FOREIGN_PERSONAL_DATA = 206;
	/** Error: the project's analysis settings cannot be read; the defaults were used. */
	public static final int SETTINGS_UNREADABLE = 207;

	/** The shared instance. */
	public static final ChainValidator INSTANCE = new ChainValidator();

	private ChainValidator() {
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(eObject instanceof AuditProject project) || diagnostics == null) {
			return true;
		}
		Object document = context == null ? null : context.get(DOCUMENT);
		boolean ok = true;
		ChainReport report;
		if (document instanceof AuditProjectDocument open && open.getProject() == project) {
			String problem = ProjectAnalysis.settingsProblem(open).orElse(null);
			if (problem != null) {
				ok = false;
				add(diagnostics, Diagnostic.ERROR, SETTINGS_UNREADABLE,
						DiagnosticMessages.message("diagnostic." + SETTINGS_UNREADABLE, problem), project);
			}
			report = ProjectAnalysis.chainReport(open);
		} else {
			report = ChainAnalysis.analyze(project);
		}
		for (FlowDownBreak flowDownBreak : report.breaks()) {
			ok = false;
			add(diagnostics, Diagnostic.WARNING, FLOW_DOWN_BREAK, ChainMessages.describe(flowDownBreak), flowDownBreak.link(),
					flowDownBreak.contract());
		}
		for (CoverageRow row : report.coverage()) {
			Set<ClauseCategory> missing = EnumSet.noneOf(ClauseCategory.class);
			for (CoverageCell cell : row.cells()) {
				if (cell.state() == CoverageState.MISSING) {
					missing.add(cell.category());
				}
			}
			if (!missing.isEmpty()) {
				ok = false;
				add(diagnostics, Diagnostic.WARNING, CLAUSES_MISSING,
						DiagnosticMessages.message("diagnostic." + CLAUSES_MISSING, row.organization(), List.copyOf(missing)),
						row.organization());
			}
		}
		for (OversightProblem problem : report.problems()) {
			int code;
			switch (problem.kind()) {
			case UNDECLARED_SUBCONTRACTOR -> code = SUBCONTRACTOR_UNDECLARED;
			case UNAPPROVED_SUBCONTRACTOR -> code = SUBCONTRACTOR_UNAPPROVED;
			case SENSITIVE_DATA_UNASSESSED -> code = SENSITIVE_DATA_UNASSESSED;
			default -> code = FOREIGN_PERSONAL_DATA;
			}
			if ((code == SUBCONTRACTOR_UNDECLARED || code == SUBCONTRACTOR_UNAPPROVED)
					&& !ChainAnalysis.sensitive(problem.relationship()).isEmpty()) {
				continue;
			}
			ok = false;
			add(diagnostics, Diagnostic.WARNING, code, ChainMessages.describe(problem),
					problem.relationship() != null ? problem.relationship() : problem.organization());
		}
		return ok;
	}

	private static void add(DiagnosticChain diagnostics, int severity, int code, LocalizedMessage message,
			Object... data) {
		diagnostics.add(DiagnosticMessages.diagnostic(severity, DIAGNOSTIC_SOURCE, code, message, data));
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}
}
