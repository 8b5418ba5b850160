// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.rensa.ui.contracts.parts.ContractEditorPart;

/** The model fragment parses and names classes and containers that exist. */
class ModelFragmentTest {

	@Test
	void fragmentContributesThePartsTheEditorDescriptorAndTheRulesCommand() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(ContractEditorPart.class);
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl()); //$NON-NLS-1$
		Resource resource = resourceSet.getResource(URI.createURI(bundle.getEntry("fragment.e4xmi").toString()), true); //$NON-NLS-1$
		MModelFragments fragments = (MModelFragments) resource.getContents().get(0);
		assertEquals(6, fragments.getFragments().size());
		MStringModelFragment parts = (MStringModelFragment) fragments.getFragments().get(0);
		assertEquals("org.rensa.app.partstack.bottom", parts.getParentElementId()); //$NON-NLS-1$
		List<String> classes = new ArrayList<>();
		for (var element : parts.getElements()) {
			classes.add(((MPart) element).getContributionURI());
		}
		MStringModelFragment descriptors = (MStringModelFragment) fragments.getFragments().get(1);
		MPartDescriptor editor = (MPartDescriptor) descriptors.getElements().get(0);
		assertEquals(ContractEditorPart.DESCRIPTOR_ID, editor.getElementId());
		classes.add(editor.getContributionURI());
		org.eclipse.e4.ui.model.application.commands.MHandler handler = (org.eclipse.e4.ui.model.application.commands.MHandler)
				((MStringModelFragment) fragments.getFragments().get(3)).getElements().get(0);
		classes.add(handler.getContributionURI());
		assertEquals("org.rensa.app.menu.project", //$NON-NLS-1$
				((MStringModelFragment) fragments.getFragments().get(4)).getParentElementId());
		MStringModelFragment addons = (MStringModelFragment) fragments.getFragments().get(5);
		assertEquals("addons", addons.getFeaturename()); //$NON-NLS-1$
		classes.add(((org.eclipse.e4.ui.model.application.MAddon) addons.getElements().get(0)).getContributionURI());
		assertEquals(5, classes.size());
		for (String uri : classes) {
			assertTrue(uri.startsWith("bundleclass://org.rensa.ui.contracts/"), uri); //$NON-NLS-1$
			assertNotNull(bundle.loadClass(uri.substring(uri.lastIndexOf('/') + 1)));
		}
	}
}
