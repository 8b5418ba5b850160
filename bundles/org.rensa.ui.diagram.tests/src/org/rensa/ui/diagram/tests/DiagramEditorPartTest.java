// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.diagram.DiagramStore;
import org.rensa.ui.diagram.DiagramEditorPart;
import org.rensa.ui.session.ProjectSession;

/**
 * Creates the diagram editor part by dependency injection (with stand-ins for the workbench
 * services) on a copy of the demo project, checks what it shows and what it publishes, and takes
 * a screenshot of the whole part.
 */
class DiagramEditorPartTest {

	@TempDir
	Path dir;

	@Test
	void partShowsTheDemoChainAndPublishesSelections() throws IOException {
		Path project = dir.resolve("demo");
		DiagramEditingTestSupport.copy(DiagramEditingTestSupport.demo(), project);
		ProjectSession session = new ProjectSession(ProjectStorage.standard().load(project));
		List<Object> selections = new ArrayList<>();
		IEclipseContext context = EclipseContextFactory.create("diagram-test"); //$NON-NLS-1$
		context.set(ProjectSession.class, session);
		context.set(ESelectionService.class, stub(ESelectionService.class, (method, args) -> {
			if (method.equals("setSelection")) { //$NON-NLS-1$
				selections.add(args[0]);
			}
			return null;
		}));
		context.set(EPartService.class, stub(EPartService.class, (method, args) -> null));
		context.set(EModelService.class, stub(EModelService.class, (method, args) -> null));
		context.set(MApplication.class, stub(MApplication.class, (method, args) -> null));
		MPart part = MBasicFactory.INSTANCE.createPart();
		context.set(MPart.class, part);
		Shell shell = new Shell(Display.getDefault());
		try {
			shell.setSize(1500, 900);
			shell.setLayout(new FillLayout());
			Composite parent = new Composite(shell, SWT.NONE);
			parent.setLayout(new FillLayout());
			context.set(Composite.class, parent);
			DiagramEditorPart editor = ContextInjectionFactory.make(DiagramEditorPart.class, context);
			shell.open();
			shell.layout(true, true);
			DiagramEditingTestSupport.flush();
			editor.canvas().fit();
			DiagramEditingTestSupport.flush();
			assertEquals(session.project().getOrganizations().size(), editor.diagram().getNodes().size());
			assertNotNull(part.getLabel());
			editor.canvas().selectAll();
			assertTrue(!selections.isEmpty(), "the selection is published");
			editor.canvas().select(List.of());
			screenshot(shell, "diagram-editor-part");
			assertTrue(Files.notExists(DiagramStore.fileOf(project, DiagramStore.DEFAULT_NAME)),
					"opening the diagram writes nothing");
			ContextInjectionFactory.uninject(editor, context);
		} finally {
			shell.dispose();
			session.dispose();
			context.dispose();
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T stub(Class<T> type, java.util.function.BiFunction<String, Object[], Object> behaviour) {
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
			if (method.getName().equals("equals")) { //$NON-NLS-1$
				return proxy == args[0];
			}
			if (method.getName().equals("hashCode")) { //$NON-NLS-1$
				return System.identityHashCode(proxy);
			}
			Object result = behaviour.apply(method.getName(), args);
			if (result == null && method.getReturnType() == boolean.class) {
				return false;
			}
			if (result == null && method.getReturnType().isPrimitive() && method.getReturnType() != void.class) {
				return 0;
			}
			return result;
		});
	}

	private static void screenshot(Shell shell, String name) throws IOException {
		DiagramEditingTestSupport.flush();
		org.eclipse.swt.graphics.Point size = shell.getSize();
		Image image = new Image(shell.getDisplay(), size.x, size.y);
		GC gc = new GC(shell.getDisplay());
		try {
			org.eclipse.swt.graphics.Point at = shell.toDisplay(0, 0);
			gc.copyArea(image, at.x, at.y);
			Path target = Paths.get("target", "screenshots");
			Files.createDirectories(target);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(target.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
