// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.rensa.core.analysis.ChainReport.FlowDownBreak;
import org.rensa.core.analysis.ClauseLibrary;
import org.rensa.core.audit.Assessments;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Clause;
import org.rensa.model.ClauseCategory;
import org.rensa.model.Contract;
import org.rensa.model.ContractKind;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage;
import org.rensa.model.text.Language;

/**
 * The quick fixes of the coverage and chain views as EMF commands (undoable, marking the project
 * dirty): add clauses from the library, approve a subcontract, plan an assessment. No SWT.
 */
public final class ChainFixes {

	private ChainFixes() {
	}

	/**
	 * Adds clauses from the library (linked to the project's template of the category, if any) to a
	 * contract, or, when the relationship has no contract, to new security special terms on it.
	 *
	 * @param domain       the editing domain
	 * @param project      the project
	 * @param contract     the contract to add to, or {@code null}
	 * @param relationship the relationship the clauses are for (used when {@code contract} is null)
	 * @param categories   the categories to add
	 * @return the command
	 */
	public static Command addClauses(EditingDomain domain, AuditProject project, Contract contract,
			Relationship relationship, Collection<ClauseCategory> categories) {
		if (categories.isEmpty() || contract == null && relationship == null) {
			return UnexecutableCommand.INSTANCE;
		}
		ClauseLibrary library = ClauseLibrary.standard();
		List<Clause> clauses = new ArrayList<>();
		for (ClauseCategory category : categories) {
			clauses.add(library.newClause(category, ClauseLibrary.projectTemplate(category, project.getClauseTemplates())));
		}
		String label = categories.size() == 1 ? NLS.bind(Messages.Fix_addClause, Language.ui().label(categories.iterator().next()))
				: Messages.Fix_addClauses;
		if (contract != null) {
			Command add = AddCommand.create(domain, contract, RensaPackage.Literals.CONTRACT__CLAUSES, clauses);
			CompoundCommand compound = new CompoundCommand(label);
			compound.append(add);
			return compound;
		}
		Contract terms = RensaFactory.eINSTANCE.createContract();
		terms.setKind(ContractKind.SPECIAL_TERMS);
		terms.setTitle(Messages.Fix_newContract);
		terms.setRelationship(relationship);
		terms.getParties().add(relationship.getFrom());
		terms.getParties().add(relationship.getTo());
		terms.getClauses().addAll(clauses);
		CompoundCommand compound = new CompoundCommand(label);
		compound.append(AddCommand.create(domain, project, RensaPackage.Literals.AUDIT_PROJECT__CONTRACTS, terms));
		return compound;
	}

	/**
	 * @return the command adding the missing obligations of a flow-down break to the broken link
	 */
	public static Command repair(EditingDomain domain, AuditProject project, FlowDownBreak flowDownBreak) {
		return addClauses(domain, project, flowDownBreak.contract(), flowDownBreak.link(), flowDownBreak.missing());
	}

	/**
	 * @return the command marking a subcontract as declared to and approved by the buyer
	 */
	public static Command approve(EditingDomain domain, Relationship relationship) {
		CompoundCommand compound = new CompoundCommand(Messages.Fix_approve);
		compound.append(SetCommand.create(domain, relationship, RensaPackage.Literals.RELATIONSHIP__DECLARED_TO_BUYER, Boolean.TRUE));
		compound.append(SetCommand.create(domain, relationship, RensaPackage.Literals.RELATIONSHIP__APPROVED, Boolean.TRUE));
		return compound;
	}

	/**
	 * @return the command adding a planned assessment of the organisation against the project's first
	 *         checklist (if any)
	 */
	public static Command planAssessment(EditingDomain domain, AuditProject project, Organization organization) {
		Assessment assessment = Assessments.planned(organization, project.getChecklists().isEmpty() ? null : project.getChecklists().get(0));
		CompoundCommand compound = new CompoundCommand(Messages.Fix_planAssessment);
		compound.append(Assessments.add(domain, project, assessment));
		return compound;
	}
}
