// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * A JFace tree content provider over the {@link ITreeItemContentProvider}s of an EMF.Edit
 * adapter factory. It refreshes the viewer it is attached to when the item providers report
 * structural changes (label-only changes are left to the label provider).
 */
public final class ItemTreeContentProvider implements ITreeContentProvider {

	private static final Object[] NO_CHILDREN = new Object[0];

	private final AdapterFactory adapterFactory;
	private final INotifyChangedListener changeListener = this::itemChanged;
	private StructuredViewer viewer;

	/**
	 * @param adapterFactory the adapter factory providing {@link ITreeItemContentProvider}s
	 */
	public ItemTreeContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(changeListener);
		}
	}

	@Override
	public Object[] getElements(Object inputElement) {
		if (inputElement instanceof Collection<?> collection) {
			return collection.toArray();
		}
		return getChildren(inputElement);
	}

	@Override
	public Object[] getChildren(Object parentElement) {
		ITreeItemContentProvider provider = treeProviderFor(parentElement);
		return provider == null ? NO_CHILDREN : provider.getChildren(parentElement).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = treeProviderFor(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = treeProviderFor(element);
		return provider != null && provider.hasChildren(element);
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(changeListener);
		}
	}

	private ITreeItemContentProvider treeProviderFor(Object element) {
		return element == null ? null
				: (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}

	private void itemChanged(Notification notification) {
		if (!(notification instanceof IViewerNotification viewerNotification)
				|| !viewerNotification.isContentRefresh()) {
			return;
		}
		StructuredViewer target = viewer;
		Control control = target == null ? null : target.getControl();
		if (control == null || control.isDisposed() || Display.getCurrent() == null) {
			return;
		}
		Object element = viewerNotification.getElement();
		if (element == null) {
			target.refresh();
		} else {
			target.refresh(element, viewerNotification.isLabelUpdate());
		}
	}
}
