// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Assessment;
import org.rensa.model.text.Language;

/** The assessment chooser: labels that tell assessments apart, never cut, the newest preselected. */
final class AssessmentChooserTest {

	@Test
	void labelsAreDistinctUncutAndTheNewestIsPreselected() throws Exception {
		List<Assessment> assessments = ProjectStorage.standard()
				.loadReadOnly(Path.of(System.getProperty("rensa.root", "."), "samples", "demo")).getProject().getAssessments(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		// older years first, as the issue saw them: the chooser must still preselect the newest
		List<Assessment> oldFirst = Stream.concat(
				assessments.stream().filter(a -> a.getCampaign() == null || a.getCampaign().getFiscalYear() < 2026),
				assessments.stream().filter(a -> a.getCampaign() != null && a.getCampaign().getFiscalYear() >= 2026)).toList();
		assertTrue(oldFirst.get(0).getCampaign().getFiscalYear() < 2026, "the demo has an older assessment to list first");
		Shell shell = new Shell(Display.getDefault());
		try {
			AssessmentChooser chooser = new AssessmentChooser(shell, oldFirst, "Verify"); //$NON-NLS-1$
			chooser.setBlockOnOpen(false);
			chooser.open();
			String[] items = chooser.items();
			assertEquals(oldFirst.size(), items.length);
			Set<String> distinct = Stream.of(items).collect(Collectors.toSet());
			assertEquals(items.length, distinct.size(), "no two look the same: " + List.of(items));
			for (int i = 0; i < items.length; i++) {
				assertEquals(Language.ui().label(oldFirst.get(i)), items[i]);
			}
			Assessment preselected = oldFirst.get(chooser.selectionIndex());
			assertTrue(oldFirst.stream().allMatch(a -> a.getCampaign().getFiscalYear() <= preselected.getCampaign().getFiscalYear()),
					"the newest is preselected: " + items[chooser.selectionIndex()]);
			GC gc = new GC(chooser.list());
			int widest = Stream.of(items).mapToInt(item -> gc.textExtent(item).x).max().orElse(0);
			gc.dispose();
			assertTrue(chooser.list().getClientArea().width >= widest,
					"labels are not cut: " + chooser.list().getClientArea().width + " < " + widest); //$NON-NLS-1$
			chooser.list().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, null);
			assertEquals(preselected, chooser.chosen(), "Enter chooses the preselected one");
		} finally {
			shell.dispose();
		}
	}
}
