// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.model.AuditProject;
import org.rensa.ui.diagram.DiagramCanvas;
import org.rensa.ui.diagram.DiagramDocument;
import org.rensa.ui.diagram.DiagramEdits;
import org.rensa.ui.session.ProjectSession;
import org.rensa.tools.SyntheticChain;

/**
 * Paints a generated chain of 2,000 organisations and 3,000 relationships with every layer on and
 * prints how long a full repaint takes (fitted to the window, and at 100 %); figures only, no
 * timing assertions.
 */
class LargeChainPaintTest {

	@TempDir
	Path dir;

	@Test
	void repaintOfALargeChain() throws IOException {
		AuditProject project = SyntheticChain.create(2000, 3000, 42);
		ResourceSet resourceSet = new ResourceSetImpl();
		Resource resource = new XMIResourceImpl(URI.createFileURI(dir.resolve("project.xmi").toString()));
		resourceSet.getResources().add(resource);
		resource.getContents().add(project);
		ProjectSession session = new ProjectSession(new AuditProjectDocument(dir, resourceSet, project, List.of()));
		DiagramDocument document = DiagramDocument.open(session);
		document.diagram().getActiveLayers().addAll(List.of(SupplyChainDiagram.RISK, SupplyChainDiagram.VERIFICATION,
				SupplyChainDiagram.INFORMATION_FLOW, SupplyChainDiagram.CONTRACT_COVERAGE));
		Shell shell = new Shell(Display.getDefault());
		try {
			shell.setSize(1500, 900);
			shell.setLayout(new FillLayout());
			DiagramCanvas canvas = new DiagramCanvas(shell, session.document(), document.diagram(), session.commandStack(),
					new DiagramEdits(session.editingDomain(), project, document.diagram()), false, s -> {
					}, o -> {
					}, () -> {
					});
			shell.open();
			assertEquals(2000, document.diagram().getNodes().size());
			canvas.fit();
			long fitted = best(canvas);
			double fittedZoom = canvas.zoom() * 100;
			canvas.zoomBy(1 / canvas.zoom());
			// A busy part of the chain: among the tier-1 suppliers.
			canvas.reveal(List.of(project.getOrganizations().get(200)));
			assertEquals(1, canvas.selection().size());
			long full = best(canvas);
			saveImage(canvas, "large-chain-100");
			System.out.println(String.format(Locale.ROOT,
					"repaint of 2000 organisations / 3000 relationships: zoomed out (%.0f %%) %.1f ms, at 100 %% %.1f ms",
					fittedZoom, fitted / 1e6, full / 1e6));
			assertTrue(fitted > 0 && full > 0);
		} finally {
			shell.dispose();
			session.dispose();
		}
	}

	private static void saveImage(DiagramCanvas canvas, String name) throws IOException {
		org.eclipse.swt.graphics.Point size = canvas.control().getSize();
		Image image = new Image(Display.getDefault(), size.x, size.y);
		GC gc = new GC(image);
		try {
			Event paint = new Event();
			paint.gc = gc;
			paint.width = size.x;
			paint.height = size.y;
			canvas.control().notifyListeners(SWT.Paint, paint);
			Path target = java.nio.file.Paths.get("target", "screenshots");
			java.nio.file.Files.createDirectories(target);
			org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(target.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static long best(DiagramCanvas canvas) {
		long best = Long.MAX_VALUE;
		org.eclipse.swt.graphics.Point size = canvas.control().getSize();
		Image image = new Image(Display.getDefault(), size.x, size.y);
		try {
			for (int run = 0; run < 4; run++) {
				GC gc = new GC(image);
				try {
					Event paint = new Event();
					paint.gc = gc;
					paint.width = size.x;
					paint.height = size.y;
					canvas.control().notifyListeners(SWT.Paint, paint);
				} finally {
					gc.dispose();
				}
				if (run > 0) {
					best = Math.min(best, canvas.lastPaintNanos());
				}
			}
		} finally {
			image.dispose();
		}
		return best;
	}
}
