// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.rensa.core.analysis.MetiLevels;
import org.rensa.model.MetiLevel;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage;
import org.rensa.model.derived.SupplyChainTiers;
import org.rensa.model.text.Language;
import org.rensa.ui.Messages;
import org.rensa.ui.emf.FeatureCell;
import org.rensa.ui.emf.FeatureCellEditingSupport;
import org.rensa.ui.emf.FeatureCells;
import org.rensa.ui.emf.FeatureField;
import org.rensa.ui.navigator.NavigatorCategory;
import org.rensa.ui.session.ProjectSession;

/**
 * The form of the organisation editor: identity fields, the derived tier, the METI target level
 * next to the level its relationships recommend (with the reasons and a one-click "use
 * recommended"), certifications and contacts (editable tables with add and remove), and the organisation's relationships (read
 * only). Every change runs as an undoable command of the project session; the form follows the
 * command stack.
 */
public final class OrganizationForm extends Composite {

	private final ProjectSession session;
	private final Organization organization;
	private final List<FeatureField> fields = new ArrayList<>();
	private final Label heading;
	private final Label tierLine;
	private final TableViewer certifications;
	private final TableViewer contacts;
	private final TableViewer relationships;
	private final FeatureField metiTarget;
	private final Label metiRecommended;
	private final Label metiCertified;
	private final Label metiWarning;
	private final Button useRecommended;
	private final Runnable sessionListener = this::refresh;
	private Consumer<Object> selectionCallback = selected -> { };

	/**
	 * @param parent       the parent composite
	 * @param session      the open project
	 * @param organization the organisation to edit, contained in the session's project
	 */
	public OrganizationForm(Composite parent, ProjectSession session, Organization organization) {
		super(parent, SWT.NONE);
		this.session = session;
		this.organization = organization;
		setLayout(GridLayoutFactory.fillDefaults().create());
		ScrolledComposite scroller = new ScrolledComposite(this, SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		Composite body = new Composite(scroller, SWT.NONE);
		body.setLayout(GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(false).margins(10, 10).spacing(12, 10).create());

		heading = new Label(body, SWT.NONE);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), heading);
		heading.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getHeaderFont())));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(heading);
		tierLine = new Label(body, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(tierLine);

		Group identity = group(body, Messages.OrganizationEditor_identity, 2, 1);
		for (EStructuralFeature feature : List.of(RensaPackage.Literals.ORGANIZATION__NAME,
				RensaPackage.Literals.ORGANIZATION__NAME_JA, RensaPackage.Literals.ORGANIZATION__KIND,
				RensaPackage.Literals.ORGANIZATION__COUNTRY, RensaPackage.Literals.ORGANIZATION__SECTOR,
				RensaPackage.Literals.ORGANIZATION__SIZE_CLASS, RensaPackage.Literals.ORGANIZATION__CAPITAL_TIE,
				RensaPackage.Literals.ORGANIZATION__ADDRESS, RensaPackage.Literals.ORGANIZATION__TIER)) {
			FeatureCell cell = FeatureCells.of(session.adapterFactory(), organization, feature);
			if (cell != null) {
				fields.add(new FeatureField(identity, cell, session));
			}
		}

		// relationships and the METI level share the column beside the identity, so the level and
		// its warning are visible without scrolling
		Composite side = new Composite(body, SWT.NONE);
		side.setLayout(GridLayoutFactory.fillDefaults().spacing(12, 10).create());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(side);
		Group relationshipGroup = group(side, Messages.OrganizationEditor_relationships, 1, 1);
		relationships = table(relationshipGroup, 1);
		column(relationships, Messages.OrganizationEditor_direction, 130, row -> directionOf((Relationship) row));
		column(relationships, Messages.OrganizationEditor_counterpart, 180,
				row -> Language.ui().label(counterpartOf((Relationship) row)));
		featureColumn(relationships, RensaPackage.Literals.RELATIONSHIP__KIND, 100, false);
		featureColumn(relationships, RensaPackage.Literals.RELATIONSHIP__INFORMATION_CLASSES, 240, false);

		Group metiGroup = group(side, Messages.OrganizationEditor_meti, 3, 1);
		metiTarget = new FeatureField(metiGroup,
				FeatureCells.of(session.adapterFactory(), organization, RensaPackage.Literals.ORGANIZATION__METI_TARGET_LEVEL),
				session.editingDomain());
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(200, SWT.DEFAULT).applyTo(metiTarget.control());
		useRecommended = new Button(metiGroup, SWT.PUSH);
		useRecommended.setText(Messages.OrganizationEditor_metiUseRecommended);
		useRecommended.addListener(SWT.Selection, event -> useRecommendedLevel());
		new Label(metiGroup, SWT.NONE).setText(Messages.OrganizationEditor_metiRecommended);
		metiRecommended = new Label(metiGroup, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(metiRecommended);
		new Label(metiGroup, SWT.NONE).setText(Messages.OrganizationEditor_metiCertified);
		metiCertified = new Label(metiGroup, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(metiCertified);
		metiWarning = new Label(metiGroup, SWT.WRAP);
		metiWarning.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(300, SWT.DEFAULT).applyTo(metiWarning);

		Group certificationGroup = group(body, Messages.OrganizationEditor_certifications, 2, 2);
		certifications = table(certificationGroup, 1);
		featureColumn(certifications, RensaPackage.Literals.CERTIFICATION__SCHEME, 150, true);
		featureColumn(certifications, RensaPackage.Literals.CERTIFICATION__NAME, 160, true);
		featureColumn(certifications, RensaPackage.Literals.CERTIFICATION__CERTIFICATE_NUMBER, 140, true);
		featureColumn(certifications, RensaPackage.Literals.CERTIFICATION__VALID_UNTIL, 110, true);
		addRemoveButtons(certificationGroup, certifications, RensaPackage.Literals.ORGANIZATION__CERTIFICATIONS,
				() -> RensaFactory.eINSTANCE.createCertification());

		Group contactGroup = group(body, Messages.OrganizationEditor_contacts, 2, 2);
		contacts = table(contactGroup, 1);
		featureColumn(contacts, RensaPackage.Literals.CONTACT__NAME, 160, true);
		featureColumn(contacts, RensaPackage.Literals.CONTACT__ROLE, 140, true);
		featureColumn(contacts, RensaPackage.Literals.CONTACT__EMAIL, 180, true);
		featureColumn(contacts, RensaPackage.Literals.CONTACT__PHONE, 120, true);
		addRemoveButtons(contactGroup, contacts, RensaPackage.Literals.ORGANIZATION__CONTACTS,
				() -> RensaFactory.eINSTANCE.createContact());

		scroller.setContent(body);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.addListener(SWT.Resize, event -> scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT)));

		session.addChangeListener(sessionListener);
		addDisposeListener(event -> session.removeChangeListener(sessionListener));
		refresh();
		scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	/** @return the edited organisation */
	public Organization organization() {
		return organization;
	}

	/** @return the identity fields, in form order */
	public List<FeatureField> fields() {
		return List.copyOf(fields);
	}

	/** @return the certifications table */
	public TableViewer certificationsViewer() {
		return certifications;
	}

	/** @return the contacts table */
	public TableViewer contactsViewer() {
		return contacts;
	}

	/** @return the relationships table */
	public TableViewer relationshipsViewer() {
		return relationships;
	}

	/** @return the combo field of the METI target level */
	public FeatureField metiTargetField() {
		return metiTarget;
	}

	/** @return the shown recommended METI level with its reasons */
	public String metiRecommendationText() {
		return metiRecommended.getText();
	}

	/** @return the warning shown when the target is below the recommendation, empty otherwise */
	public String metiWarningText() {
		return metiWarning.getText();
	}

	/** @return the button that sets the target to the recommended level */
	public Button useRecommendedButton() {
		return useRecommended;
	}

	/** @param callback receives the element selected in the form (a certification, contact or relationship) */
	public void onSelection(Consumer<Object> callback) {
		this.selectionCallback = callback;
	}

	/** Shows the current model state. */
	public void refresh() {
		if (isDisposed()) {
			return;
		}
		heading.setText(Language.ui().label(organization));
		tierLine.setText(NLS.bind(Messages.OrganizationEditor_tierLine,
				NavigatorCategory.tierName(SupplyChainTiers.tierOf(organization))));
		fields.forEach(FeatureField::refresh);
		certifications.setInput(organization.getCertifications().toArray());
		contacts.setInput(organization.getContacts().toArray());
		relationships.setInput(relationshipsOf().toArray());
		refreshMeti();
		heading.getParent().layout(true, true);
	}

	private void refreshMeti() {
		metiTarget.refresh();
		Language language = Language.ui();
		MetiLevels.Recommendation recommendation = MetiLevels.recommend(organization);
		MetiLevel recommended = recommendation.level();
		MetiLevel target = MetiLevels.target(organization);
		boolean buyer = organization.getKind() == OrganizationKind.BUYER;
		String reasons = recommendation.reasons().isEmpty() ? Messages.OrganizationEditor_metiNoReason
				: recommendation.reasonText().render(language);
		metiRecommended.setText(buyer ? Messages.OrganizationEditor_metiBuyer
				: NLS.bind(Messages.OrganizationEditor_metiRecommendedValue, language.label(recommended), reasons));
		MetiLevel certified = MetiLevels.certified(organization);
		metiCertified.setText(certified == null ? Messages.OrganizationEditor_metiNotCertified
				: language.label(certified));
		metiWarning.setText(!buyer && MetiLevels.belowRecommended(target, recommended)
				? NLS.bind(Messages.OrganizationEditor_metiBelow, language.label(target),
						language.label(recommended))
				: ""); //$NON-NLS-1$
		metiTarget.control().setEnabled(!buyer || target != null);
		useRecommended.setEnabled(!buyer && target != recommended);
	}

	private void useRecommendedLevel() {
		MetiLevel recommended = MetiLevels.recommend(organization).level();
		if (organization.getKind() != OrganizationKind.BUYER && MetiLevels.target(organization) != recommended) {
			run(SetCommand.create(session.editingDomain(), organization,
					RensaPackage.Literals.ORGANIZATION__METI_TARGET_LEVEL, recommended));
		}
	}

	private List<Relationship> relationshipsOf() {
		List<Relationship> result = new ArrayList<>();
		if (organization.eContainer() instanceof org.rensa.model.AuditProject project) {
			for (Relationship relationship : project.getRelationships()) {
				if (relationship.getFrom() == organization || relationship.getTo() == organization) {
					result.add(relationship);
				}
			}
		}
		return result;
	}

	private String directionOf(Relationship relationship) {
		return relationship.getFrom() == organization ? Messages.OrganizationEditor_outgoing
				: Messages.OrganizationEditor_incoming;
	}

	private Organization counterpartOf(Relationship relationship) {
		return relationship.getFrom() == organization ? relationship.getTo() : relationship.getFrom();
	}

	private static Group group(Composite parent, String title, int columns, int span) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(GridLayoutFactory.swtDefaults().numColumns(columns).create());
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(group);
		return group;
	}

	private TableViewer table(Composite parent, int span) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(SWT.DEFAULT, 110).applyTo(viewer.getTable());
		viewer.addSelectionChangedListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected != null) {
				selectionCallback.accept(selected);
			}
		});
		return viewer;
	}

	private static void column(TableViewer viewer, String title, int width,
			java.util.function.Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
	}

	private void featureColumn(TableViewer viewer, EStructuralFeature feature, int width, boolean editable) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		EObject sample = RensaFactory.eINSTANCE.create(feature.getEContainingClass());
		FeatureCell header = FeatureCells.of(session.adapterFactory(), sample, feature);
		column.getColumn().setText(header == null ? feature.getName() : header.displayName());
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				FeatureCell cell = FeatureCells.of(session.adapterFactory(), (EObject) element, feature);
				return cell == null ? "" : cell.displayText(); //$NON-NLS-1$
			}
		});
		if (editable) {
			column.setEditingSupport(new FeatureCellEditingSupport(viewer,
					row -> FeatureCells.of(session.adapterFactory(), (EObject) row, feature),
					session::editingDomain, message -> { }));
		}
	}

	private void addRemoveButtons(Composite parent, TableViewer viewer, EStructuralFeature containment,
			java.util.function.Supplier<EObject> newChild) {
		Composite buttons = new Composite(parent, SWT.NONE);
		buttons.setLayout(GridLayoutFactory.fillDefaults().create());
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		Button add = new Button(buttons, SWT.PUSH);
		add.setText(Messages.OrganizationEditor_add);
		GridDataFactory.fillDefaults().applyTo(add);
		add.addListener(SWT.Selection, event -> {
			EObject child = newChild.get();
			run(AddCommand.create(session.editingDomain(), organization, containment, child));
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(child), true);
		});
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText(Messages.OrganizationEditor_remove);
		GridDataFactory.fillDefaults().applyTo(remove);
		remove.setEnabled(false);
		viewer.addSelectionChangedListener(event -> remove.setEnabled(!event.getSelection().isEmpty()));
		remove.addListener(SWT.Selection, event -> {
			Object selected = viewer.getStructuredSelection().getFirstElement();
			if (selected != null) {
				run(RemoveCommand.create(session.editingDomain(), organization, containment, selected));
			}
		});
	}

	private void run(Command command) {
		if (command.canExecute()) {
			session.editingDomain().getCommandStack().execute(command);
		}
	}
}
