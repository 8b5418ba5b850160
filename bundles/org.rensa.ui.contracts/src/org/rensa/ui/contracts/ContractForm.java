// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rensa.core.analysis.ClauseLibrary;
import org.rensa.core.analysis.WordingDiff;
import org.rensa.model.AuditProject;
import org.rensa.model.Clause;
import org.rensa.model.ClauseCategory;
import org.rensa.model.Contract;
import org.rensa.model.ContractKind;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.RensaPackage;
import org.rensa.model.text.Language;
import org.rensa.ui.session.ProjectSession;
import org.rensa.ui.session.TextCommit;

/**
 * The contract editor's form: title, kind, dates, parties (added from the project's organisations,
 * removed), the relationship the contract covers, the special terms and specifications of the same
 * relationship or parties (opened by double-click), the clauses with their wording compared to the library,
 * adding clauses from the library and editing their wording. Every edit is an EMF command.
 */
public final class ContractForm extends Composite {

	private final ProjectSession session;
	private final Contract contract;
	private final Text title;
	private final Combo kind;
	private final Text signedOn;
	private final Text expiresOn;
	private TextCommit titleEdit;
	private TextCommit signedOnEdit;
	private TextCommit expiresOnEdit;
	private final TableViewer parties;
	private final Combo partyCandidates;
	private final Combo relationship;
	private final TableViewer related;
	private final List<Organization> candidates = new ArrayList<>();
	private final List<Relationship> relationships = new ArrayList<>();
	private Consumer<Contract> openCallback = c -> {
		// no editor to open outside the workbench
	};
	private final Label error;
	private final TableViewer clauses;
	private final Combo category;
	private final Text textEn;
	private final Text textJa;
	private final StyledText diff;
	private final Runnable listener = this::refresh;

	/**
	 * @param parent   the parent
	 * @param session  the open project
	 * @param contract the contract to edit
	 */
	public ContractForm(Composite parent, ProjectSession session, Contract contract) {
		super(parent, SWT.NONE);
		this.session = session;
		this.contract = contract;
		setLayout(GridLayoutFactory.swtDefaults().numColumns(4).create());
		title = field(Messages.Contract_title, 3);
		label(Messages.Contract_kind);
		kind = new Combo(this, SWT.READ_ONLY);
		ContractKind.VALUES.forEach(k -> kind.add(Language.ui().label(k)));
		GridDataFactory.fillDefaults().span(3, 1).applyTo(kind);
		signedOn = field(Messages.Contract_signedOn, 1);
		expiresOn = field(Messages.Contract_expiresOn, 1);
		Label partiesLabel = label(Messages.Contract_parties);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(partiesLabel);
		parties = new TableViewer(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 60).applyTo(parties.getControl());
		parties.setContentProvider(ArrayContentProvider.getInstance());
		parties.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return Language.ui().label((Organization) element);
			}
		});
		label(""); //$NON-NLS-1$
		partyCandidates = new Combo(this, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(partyCandidates);
		Button addParty = new Button(this, SWT.PUSH);
		addParty.setText(Messages.Contract_addParty);
		Button removeParty = new Button(this, SWT.PUSH);
		removeParty.setText(Messages.Contract_removeParty);
		label(Messages.Contract_relationship);
		relationship = new Combo(this, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(relationship);
		Label relatedLabel = label(Messages.Contract_related);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(relatedLabel);
		related = new TableViewer(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 60).applyTo(related.getControl());
		related.setContentProvider(ArrayContentProvider.getInstance());
		related.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Contract other = (Contract) element;
				return Language.ui().label(other) + " (" + Language.ui().label(other.getKind()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		related.getControl().setToolTipText(Messages.Contract_relatedTooltip);
		error = new Label(this, SWT.NONE);
		error.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(error);

		Label clausesLabel = label(Messages.Contract_clauses);
		GridDataFactory.fillDefaults().span(1, 1).applyTo(clausesLabel);
		category = new Combo(this, SWT.READ_ONLY);
		ClauseCategory.VALUES.forEach(c -> category.add(Language.ui().label(c)));
		category.select(0);
		Button add = new Button(this, SWT.PUSH);
		add.setText(Messages.Contract_addFromLibrary);
		Button remove = new Button(this, SWT.PUSH);
		remove.setText(Messages.Contract_remove);
		clauses = new TableViewer(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(SWT.DEFAULT, 150).applyTo(clauses.getControl());
		clauses.getTable().setHeaderVisible(true);
		clauses.getTable().setLinesVisible(true);
		clauses.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Contract_category, 200, c -> Language.ui().label(c.getCategory()));
		column(Messages.Contract_reference, 90, c -> c.getReference() == null ? "" : c.getReference()); //$NON-NLS-1$
		column(Messages.Contract_flowsDown, 90, c -> c.isFlowsDown() ? Messages.Contract_yes : ""); //$NON-NLS-1$
		column(Messages.Contract_wording, 140, c -> {
			String reference = reference(c);
			if (reference == null) {
				return Messages.Contract_noReference;
			}
			return WordingDiff.of(reference, c.getText()).isIdentical() ? Messages.Contract_sameAsLibrary : Messages.Contract_differs;
		});
		textEn = area(Messages.Contract_textEn);
		textJa = area(Messages.Contract_textJa);
		Button apply = new Button(this, SWT.PUSH);
		apply.setText(Messages.Contract_apply);
		GridDataFactory.fillDefaults().span(4, 1).align(SWT.END, SWT.CENTER).applyTo(apply);
		Label diffLabel = new Label(this, SWT.NONE);
		diffLabel.setText(Messages.Contract_diff);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(diffLabel);
		diff = new StyledText(this, SWT.BORDER | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(SWT.DEFAULT, 90).applyTo(diff);

		titleEdit = TextCommit.bind(session, title, typed -> {
			set(RensaPackage.Literals.CONTRACT__TITLE, typed);
			return true;
		});
		kind.addListener(SWT.Selection, e -> set(RensaPackage.Literals.CONTRACT__KIND, ContractKind.VALUES.get(kind.getSelectionIndex())));
		signedOnEdit = TextCommit.bind(session, signedOn, typed -> setDate(RensaPackage.Literals.CONTRACT__SIGNED_ON, typed));
		expiresOnEdit = TextCommit.bind(session, expiresOn, typed -> setDate(RensaPackage.Literals.CONTRACT__EXPIRES_ON, typed));
		add.addListener(SWT.Selection, e -> addFromLibrary(ClauseCategory.VALUES.get(category.getSelectionIndex())));
		remove.addListener(SWT.Selection, e -> {
			Clause clause = selectedClause();
			if (clause != null) {
				execute(RemoveCommand.create(session.editingDomain(), contract, RensaPackage.Literals.CONTRACT__CLAUSES, clause));
			}
		});
		apply.addListener(SWT.Selection, e -> applyWording());
		addParty.addListener(SWT.Selection, e -> {
			int index = partyCandidates.getSelectionIndex();
			if (index >= 0 && index < candidates.size()) {
				addParty(candidates.get(index));
			}
		});
		removeParty.addListener(SWT.Selection, e -> {
			Organization party = (Organization) ((IStructuredSelection) parties.getSelection()).getFirstElement();
			if (party != null) {
				removeParty(party);
			}
		});
		relationship.addListener(SWT.Selection, e -> {
			int index = relationship.getSelectionIndex();
			linkRelationship(index <= 0 || index > relationships.size() ? null : relationships.get(index - 1));
		});
		related.addDoubleClickListener(e -> {
			Object other = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (other instanceof Contract document) {
				openCallback.accept(document);
			}
		});
		clauses.addSelectionChangedListener(e -> showClause());
		session.addChangeListener(listener);
		addDisposeListener(e -> session.removeChangeListener(listener));
		refresh();
	}

	private interface ClauseText {
		String of(Clause clause);
	}

	private void column(String text, int width, ClauseText provider) {
		TableViewerColumn column = new TableViewerColumn(clauses, SWT.NONE);
		column.getColumn().setText(text);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return provider.of((Clause) element);
			}
		});
	}

	private Label label(String text) {
		Label label = new Label(this, SWT.NONE);
		label.setText(text);
		return label;
	}

	private Text field(String labelText, int span) {
		label(labelText);
		Text text = new Text(this, SWT.BORDER);
		GridDataFactory.fillDefaults().span(span, 1).grab(true, false).applyTo(text);
		return text;
	}

	private Text area(String labelText) {
		Label label = label(labelText);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
		Text text = new Text(this, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 60).applyTo(text);
		return text;
	}

	/** @return the reference wording of a clause: its project template's, else the library's */
	static String reference(Clause clause) {
		if (clause.getTemplate() != null && clause.getTemplate().getWording() != null) {
			return clause.getTemplate().getWording();
		}
		ClauseLibrary.Entry entry = ClauseLibrary.standard().entry(clause.getCategory());
		return entry == null ? null : entry.wording();
	}

	/** @return the Japanese reference wording of a clause: its project template's, else the library's */
	static String referenceJa(Clause clause) {
		if (clause.getTemplate() != null && clause.getTemplate().getWordingJa() != null) {
			return clause.getTemplate().getWordingJa();
		}
		ClauseLibrary.Entry entry = ClauseLibrary.standard().entry(clause.getCategory());
		return entry == null ? null : entry.wordingJa();
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			session.commandStack().execute(command);
		}
	}

	private void set(EStructuralFeature feature, Object value) {
		Object current = contract.eGet(feature);
		if (value == null ? current == null : value.equals(current)) {
			return;
		}
		execute(SetCommand.create(session.editingDomain(), contract, feature, value));
	}

	private boolean setDate(EStructuralFeature feature, String typed) {
		String value = typed.strip();
		try {
			error.setText(""); //$NON-NLS-1$
			set(feature, value.isEmpty() ? null : LocalDate.parse(value));
			return true;
		} catch (DateTimeParseException e) {
			error.setText(NLS.bind(Messages.Contract_badDate, value));
			return false;
		}
	}

	/**
	 * Adds a clause of the category from the library (linked to the project's template, if any).
	 *
	 * @param clauseCategory the category
	 */
	public void addFromLibrary(ClauseCategory clauseCategory) {
		AuditProject project = session.project();
		execute(ChainFixes.addClauses(session.editingDomain(), project, contract, contract.getRelationship(), List.of(clauseCategory)));
		clauses.setSelection(new StructuredSelection(contract.getClauses().get(contract.getClauses().size() - 1)), true);
	}

	private void applyWording() {
		Clause clause = selectedClause();
		if (clause == null) {
			return;
		}
		CompoundCommand compound = new CompoundCommand(Messages.Contract_apply);
		if (!textEn.getText().equals(clause.getText() == null ? "" : clause.getText())) { //$NON-NLS-1$
			compound.append(SetCommand.create(session.editingDomain(), clause, RensaPackage.Literals.CLAUSE__TEXT, textEn.getText()));
		}
		if (!textJa.getText().equals(clause.getTextJa() == null ? "" : clause.getTextJa())) { //$NON-NLS-1$
			compound.append(SetCommand.create(session.editingDomain(), clause, RensaPackage.Literals.CLAUSE__TEXT_JA, textJa.getText()));
		}
		if (!compound.isEmpty()) {
			execute(compound);
		}
	}

	private Clause selectedClause() {
		return (Clause) ((IStructuredSelection) clauses.getSelection()).getFirstElement();
	}

	private void refresh() {
		if (isDisposed()) {
			return;
		}
		titleEdit.show(contract.getTitle());
		kind.select(contract.getKind().getValue());
		signedOnEdit.show(contract.getSignedOn() == null ? null : contract.getSignedOn().toString());
		expiresOnEdit.show(contract.getExpiresOn() == null ? null : contract.getExpiresOn().toString());
		parties.setInput(contract.getParties().toArray());
		candidates.clear();
		candidates.addAll(partyCandidates());
		partyCandidates.removeAll();
		candidates.forEach(o -> partyCandidates.add(Language.ui().label(o)));
		if (!candidates.isEmpty()) {
			partyCandidates.select(0);
		}
		relationships.clear();
		relationships.addAll(relationshipCandidates());
		relationship.removeAll();
		relationship.add(Messages.Contract_none);
		relationships.forEach(r -> relationship.add(relationshipLabel(r)));
		relationship.select(relationships.indexOf(contract.getRelationship()) + 1);
		related.setInput(relatedDocuments().toArray());
		Object selected = ((IStructuredSelection) clauses.getSelection()).getFirstElement();
		clauses.setInput(contract.getClauses().toArray());
		if (selected != null && contract.getClauses().contains(selected)) {
			clauses.setSelection(new StructuredSelection(selected));
		}
		showClause();
		layout(true, true);
	}

	private void showClause() {
		Clause clause = selectedClause();
		textEn.setText(clause == null || clause.getText() == null ? "" : clause.getText()); //$NON-NLS-1$
		textJa.setText(clause == null || clause.getTextJa() == null ? "" : clause.getTextJa()); //$NON-NLS-1$
		diff.setText(""); //$NON-NLS-1$
		if (clause == null || reference(clause) == null) {
			return;
		}
		StringBuilder text = new StringBuilder();
		List<StyleRange> styles = new ArrayList<>();
		appendDiff(text, styles, WordingDiff.of(reference(clause), clause.getText()));
		if (referenceJa(clause) != null) {
			text.append("\n\n"); //$NON-NLS-1$
			appendDiff(text, styles, WordingDiff.of(referenceJa(clause), clause.getTextJa()));
		}
		diff.setText(text.toString());
		diff.setStyleRanges(styles.toArray(new StyleRange[0]));
	}

	private void appendDiff(StringBuilder text, List<StyleRange> styles, WordingDiff wordingDiff) {
		for (WordingDiff.Segment segment : wordingDiff.segments()) {
			int start = text.length();
			text.append(segment.text());
			if (segment.kind() != WordingDiff.Kind.SAME) {
				StyleRange style = new StyleRange();
				style.start = start;
				style.length = segment.text().length();
				if (segment.kind() == WordingDiff.Kind.REMOVED) {
					style.foreground = getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
					style.strikeout = true;
				} else {
					style.foreground = getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
					style.underline = true;
				}
				styles.add(style);
			}
		}
	}

	private static String relationshipLabel(Relationship r) {
		return Language.ui().label(r.getFrom()) + " \u2192 " + Language.ui().label(r.getTo()); //$NON-NLS-1$
	}

	/** @return the project's organisations that are not yet parties of the contract */
	public List<Organization> partyCandidates() {
		return session.project().getOrganizations().stream().filter(o -> !contract.getParties().contains(o)).toList();
	}

	/** @return the project's relationships between two parties of the contract, plus the linked one */
	public List<Relationship> relationshipCandidates() {
		List<Relationship> result = new ArrayList<>(session.project().getRelationships().stream()
				.filter(r -> contract.getParties().contains(r.getFrom()) && contract.getParties().contains(r.getTo())).toList());
		if (contract.getRelationship() != null && !result.contains(contract.getRelationship())) {
			result.add(0, contract.getRelationship());
		}
		return result;
	}

	/**
	 * @return the special terms and specifications (other than this contract) covering the same
	 *         relationship or concluded between (at least) the same parties
	 */
	public List<Contract> relatedDocuments() {
		return session.project().getContracts().stream()
				.filter(c -> c != contract && (c.getKind() == ContractKind.SPECIAL_TERMS || c.getKind() == ContractKind.SPECIFICATION))
				.filter(c -> contract.getRelationship() != null && c.getRelationship() == contract.getRelationship()
						|| !contract.getParties().isEmpty() && c.getParties().containsAll(contract.getParties()))
				.toList();
	}

	/**
	 * Adds a party to the contract (one undoable command).
	 *
	 * @param party an organisation of the project
	 */
	public void addParty(Organization party) {
		if (!contract.getParties().contains(party)) {
			execute(AddCommand.create(session.editingDomain(), contract, RensaPackage.Literals.CONTRACT__PARTIES, party));
		}
	}

	/**
	 * Removes a party from the contract (one undoable command).
	 *
	 * @param party a party of the contract
	 */
	public void removeParty(Organization party) {
		if (contract.getParties().contains(party)) {
			execute(RemoveCommand.create(session.editingDomain(), contract, RensaPackage.Literals.CONTRACT__PARTIES, party));
		}
	}

	/**
	 * Links the contract to the relationship it covers (one undoable command).
	 *
	 * @param covered the relationship, or {@code null} to unlink
	 */
	public void linkRelationship(Relationship covered) {
		set(RensaPackage.Literals.CONTRACT__RELATIONSHIP, covered);
	}

	/** @param callback receives the special terms or specification the user double-clicks */
	public void onOpenContract(Consumer<Contract> callback) {
		this.openCallback = callback;
	}

	/** @return the table of the parties */
	public TableViewer partiesViewer() {
		return parties;
	}

	/** @return the table of the related special terms and specifications */
	public TableViewer relatedViewer() {
		return related;
	}

	/** @return the clause table */
	public TableViewer clausesViewer() {
		return clauses;
	}

	/** @return the diff text of the selected clause */
	public String diffText() {
		return diff.getText();
	}

	/** @return the edited contract */
	public Contract contract() {
		return contract;
	}
}
