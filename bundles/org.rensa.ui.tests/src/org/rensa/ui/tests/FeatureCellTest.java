// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.model.Certification;
import org.rensa.model.Organization;
import org.rensa.model.RensaPackage;
import org.rensa.model.SizeClass;
import org.rensa.model.text.Language;
import org.rensa.ui.emf.FeatureCell;
import org.rensa.ui.emf.FeatureCells;
import org.rensa.ui.session.ProjectSession;

/** The generic value bridge over EMF.Edit property descriptors. */
final class FeatureCellTest {

	@TempDir
	Path directory;

	private ProjectSession session;
	private Organization supplier;

	@BeforeEach
	void openProject() throws Exception {
		session = new ProjectSession(TestProjects.createAndLoad(directory.resolve("project"))); //$NON-NLS-1$
		supplier = TestProjects.named(session.project(), TestProjects.SUPPLIER);
	}

	@AfterEach
	void closeProject() {
		session.dispose();
	}

	@Test
	void textValueIsSetThroughAnUndoableCommand() throws Exception {
		FeatureCell name = cell(supplier, RensaPackage.Literals.ORGANIZATION__NAME);
		assertEquals(FeatureCell.EditorKind.TEXT, name.editorKind());
		assertTrue(name.apply(session.editingDomain(), name.parse("Tokai Precision"))); //$NON-NLS-1$
		assertEquals("Tokai Precision", supplier.getName()); //$NON-NLS-1$
		assertTrue(session.isDirty());
		session.commandStack().undo();
		assertEquals(TestProjects.SUPPLIER, supplier.getName());
		assertFalse(session.isDirty());
	}

	@Test
	void datesAreIsoTextAndInvalidTextIsRejectedWithAMessage() throws Exception {
		Certification isms = supplier.getCertifications().get(0);
		FeatureCell validUntil = cell(isms, RensaPackage.Literals.CERTIFICATION__VALID_UNTIL);
		assertEquals(LocalDate.of(2027, 3, 31), validUntil.parse("2027-03-31")); //$NON-NLS-1$
		FeatureCell.InvalidValueException rejected = assertThrows(FeatureCell.InvalidValueException.class,
				() -> validUntil.parse("31.03.2027")); //$NON-NLS-1$
		assertTrue(rejected.getMessage().contains("31.03.2027"), rejected.getMessage()); //$NON-NLS-1$
		assertNull(validUntil.parse("  ")); //$NON-NLS-1$
		validUntil.apply(session.editingDomain(), LocalDate.of(2027, 3, 31));
		assertEquals("2027-03-31", validUntil.displayTextForEditing()); //$NON-NLS-1$
	}

	@Test
	void unsettableEnumOffersNoneAndEveryLiteral() {
		FeatureCell size = cell(supplier, RensaPackage.Literals.ORGANIZATION__SIZE_CLASS);
		assertEquals(FeatureCell.EditorKind.CHOICE, size.editorKind());
		assertNull(size.choices().get(0));
		assertTrue(size.choices().containsAll(SizeClass.VALUES));
		assertTrue(size.apply(session.editingDomain(), SizeClass.SME));
		assertTrue(supplier.isSetSizeClass());
		assertTrue(size.apply(session.editingDomain(), null));
		assertFalse(supplier.isSetSizeClass());
	}

	@Test
	void derivedTierIsReadOnly() {
		FeatureCell tier = cell(supplier, RensaPackage.Literals.ORGANIZATION__TIER);
		assertEquals(FeatureCell.EditorKind.READ_ONLY, tier.editorKind());
		assertEquals(Integer.valueOf(1), tier.value());
		assertFalse(tier.apply(session.editingDomain(), 3));
	}

	@Test
	void singleReferenceOffersTheProjectsOrganisations() {
		FeatureCell buyer = cell(session.project(), RensaPackage.Literals.AUDIT_PROJECT__BUYER);
		assertEquals(FeatureCell.EditorKind.CHOICE, buyer.editorKind());
		assertTrue(buyer.choices().contains(supplier));
		assertTrue(buyer.choices().contains(null));
	}

	@Test
	void referencedElementsShowTheirLabelInTheUiLanguage() {
		supplier.setNameJa("\u6771\u6d77\u7cbe\u5bc6"); //$NON-NLS-1$
		FeatureCell buyer = cell(session.project(), RensaPackage.Literals.AUDIT_PROJECT__BUYER);
		assertTrue(buyer.apply(session.editingDomain(), supplier));
		assertEquals(Language.ui().label(supplier), buyer.displayText(), "the one language layer's label, not EMF.Edit's 'Organization <English name>'"); //$NON-NLS-1$
		assertFalse(buyer.displayText().startsWith("Organization"), buyer.displayText()); //$NON-NLS-1$
	}

	private FeatureCell cell(org.eclipse.emf.ecore.EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature) {
		FeatureCell cell = FeatureCells.of(session.adapterFactory(), owner, feature);
		assertNotNull(cell, feature.getName());
		return cell;
	}
}
