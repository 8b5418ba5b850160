// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.model.Contact;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Verdict;
import org.rensa.model.provider.RensaEditPlugin;
import org.rensa.ui.emf.ItemLabelProviderBridge;
import org.rensa.ui.emf.ItemTreeContentProvider;
import org.rensa.ui.session.ProjectSession;

/** The generic JFace tree content and label providers over EMF.Edit item providers. */
final class ItemProviderBridgesTest {

	@TempDir
	Path directory;

	private ProjectSession session;
	private Shell shell;
	private TreeViewer viewer;

	@BeforeEach
	void showProjectTree() throws Exception {
		session = new ProjectSession(TestProjects.createAndLoad(directory.resolve("project"))); //$NON-NLS-1$
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		viewer = new TreeViewer(shell, SWT.NONE);
		viewer.setContentProvider(new ItemTreeContentProvider(session.adapterFactory()));
		viewer.setLabelProvider(new ItemLabelProviderBridge(session.adapterFactory(), viewer.getControl()));
		viewer.setInput(session.project());
		shell.open();
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.dispose();
	}

	@Test
	void childrenAndLabelsComeFromTheItemProviders() {
		ItemTreeContentProvider content = (ItemTreeContentProvider) viewer.getContentProvider();
		Object[] children = content.getElements(session.project());
		assertTrue(Arrays.asList(children).containsAll(session.project().getOrganizations()));
		Organization supplier = TestProjects.named(session.project(), TestProjects.SUPPLIER);
		assertEquals(session.project(), content.getParent(supplier));
		assertTrue(content.hasChildren(supplier));
		ItemLabelProviderBridge labels = (ItemLabelProviderBridge) viewer.getLabelProvider();
		assertTrue(labels.getText(supplier).contains(TestProjects.SUPPLIER), labels.getText(supplier));
		assertNotNull(labels.getImage(supplier));
	}

	@Test
	void relationshipsAreLabelledFromToAndKindAndFollowTheirEnds() {
		ItemLabelProviderBridge labels = (ItemLabelProviderBridge) viewer.getLabelProvider();
		Relationship subcontract = session.project().getRelationships().get(1);
		Organization supplier = subcontract.getFrom();
		Organization subcontractor = subcontract.getTo();
		String expected = shown(supplier) + " \u2192 " + shown(subcontractor) + " (" //$NON-NLS-1$ //$NON-NLS-2$
				+ RensaEditPlugin.INSTANCE.getString("_UI_RelationshipKind_SUBCONTRACT_literal") + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(expected, labels.getText(subcontract));
		assertFalse(labels.getText(subcontract).contains(String.valueOf(subcontract.getId())));
		subcontract.setTo(null);
		assertTrue(labels.getText(subcontract).contains("\u2192 -"), labels.getText(subcontract)); //$NON-NLS-1$
		subcontract.setTo(subcontractor);
		subcontract.setKind(RelationshipKind.SUPPLY);
		assertTrue(labels.getText(subcontract).endsWith(
				"(" + RensaEditPlugin.INSTANCE.getString("_UI_RelationshipKind_SUPPLY_literal") + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void responsesAreLabelledByRequirementAndVerdict() {
		ItemLabelProviderBridge labels = (ItemLabelProviderBridge) viewer.getLabelProvider();
		Requirement requirement = RensaFactory.eINSTANCE.createRequirement();
		requirement.setCode("1.5"); //$NON-NLS-1$
		requirement.setTitle("Backup"); //$NON-NLS-1$
		requirement.setTitleJa("\u30d0\u30c3\u30af\u30a2\u30c3\u30d7"); //$NON-NLS-1$
		Response response = RensaFactory.eINSTANCE.createResponse();
		response.setRequirement(requirement);
		response.setDeclaredAnswer(DeclaredAnswer.DONE);
		String title = "ja".equals(java.util.Locale.getDefault().getLanguage()) ? requirement.getTitleJa() : requirement.getTitle(); //$NON-NLS-1$
		assertEquals("1.5 " + title + " \u00b7 " + RensaEditPlugin.INSTANCE.getString("_UI_DeclaredAnswer_DONE_literal"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				labels.getText(response));
		response.setVerdict(Verdict.NONCONFORM);
		assertEquals("1.5 " + title + " \u00b7 " + RensaEditPlugin.INSTANCE.getString("_UI_Verdict_NONCONFORM_literal"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				labels.getText(response));
	}

	private static String shown(Organization organization) {
		boolean japanese = "ja".equals(java.util.Locale.getDefault().getLanguage()); //$NON-NLS-1$
		return japanese ? organization.getNameJa() : organization.getName();
	}

	@Test
	void treeFollowsStructuralChangesReportedByItemProviders() {
		Organization supplier = TestProjects.named(session.project(), TestProjects.SUPPLIER);
		viewer.expandAll();
		int before = viewer.getTree().getItemCount();
		Organization added = RensaFactory.eINSTANCE.createOrganization();
		added.setName("Shizuoka Software"); //$NON-NLS-1$
		session.commandStack().execute(AddCommand.create(session.editingDomain(), session.project(),
				RensaPackage.Literals.AUDIT_PROJECT__ORGANIZATIONS, added));
		assertEquals(before + 1, viewer.getTree().getItemCount());

		Contact contact = RensaFactory.eINSTANCE.createContact();
		contact.setName("Sato Hanako"); //$NON-NLS-1$
		session.commandStack().execute(AddCommand.create(session.editingDomain(), supplier,
				RensaPackage.Literals.ORGANIZATION__CONTACTS, contact));
		viewer.expandAll();
		assertNotNull(viewer.testFindItem(contact));
		session.commandStack().undo();
		assertFalse(viewer.getExpandedState(contact));
		assertEquals(null, viewer.testFindItem(contact));
	}
}
