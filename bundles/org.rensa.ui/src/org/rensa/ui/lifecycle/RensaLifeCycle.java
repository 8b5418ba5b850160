// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.lifecycle;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.osgi.service.event.EventHandler;
import org.rensa.model.Organization;
import org.rensa.ui.editor.OrganizationEditors;
import org.rensa.ui.session.ProjectController;

/**
 * Life cycle of the Rensa application (the product's {@code lifeCycleURI}): puts the
 * {@link ProjectController} into the application context and, once the workbench is up, installs
 * the window's save and close handlers and opens the project named by {@code --project DIR} (or
 * the system property {@code rensa.project}), showing the buyer's organisation editor.
 */
public final class RensaLifeCycle {

	/**
	 * Creates the project controller once the application model is loaded.
	 *
	 * @param context     the application context
	 * @param application the application model
	 * @param broker      the event broker
	 */
	@ProcessAdditions
	public void processAdditions(IEclipseContext context, MApplication application, IEventBroker broker) {
		ProjectController controller = ContextInjectionFactory.make(ProjectController.class, context);
		context.set(ProjectController.class, controller);
		EventHandler[] startup = new EventHandler[1];
		startup[0] = event -> {
			broker.unsubscribe(startup[0]);
			startupComplete(application, controller);
		};
		broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, startup[0]);
	}

	private static void startupComplete(MApplication application, ProjectController controller) {
		Shell shell = null;
		for (MWindow window : List.copyOf(application.getChildren())) {
			IEclipseContext windowContext = window.getContext();
			if (windowContext != null) {
				windowContext.set(ISaveHandler.class, new ProjectSaveHandler());
				IWindowCloseHandler closeHandler = closing -> controller
						.confirmCloseCurrent((Shell) closing.getWidget());
				windowContext.set(IWindowCloseHandler.class, closeHandler);
			}
			if (shell == null && window.getWidget() instanceof Shell windowShell) {
				shell = windowShell;
			}
		}
		controller.updateWindowTitle();
		Shell parent = shell;
		ProjectArguments.projectDirectory(Platform.getApplicationArgs(), System.getProperty(
				org.rensa.ui.RensaUi.PROJECT_PROPERTY)).ifPresent(directory -> {
					if (controller.open(directory, parent)) {
						openBuyerEditor(application, controller);
					}
				});
	}

	private static void openBuyerEditor(MApplication application, ProjectController controller) {
		Organization buyer = controller.session().project().getBuyer();
		IEclipseContext windowContext = application.getChildren().isEmpty() ? null
				: application.getChildren().get(0).getContext();
		if (buyer != null && windowContext != null) {
			OrganizationEditors.open(buyer, controller.session(), application,
					windowContext.get(EModelService.class), windowContext.get(EPartService.class));
		}
	}
}
