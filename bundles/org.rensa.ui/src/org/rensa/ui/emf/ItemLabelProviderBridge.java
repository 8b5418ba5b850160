// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * A JFace label provider over the {@link IItemLabelProvider}s of an EMF.Edit adapter factory
 * (the part of EMF edit.ui that Rensa needs). Elements without an item label provider are shown
 * with {@link String#valueOf(Object)}. Label changes reported by the item providers are passed
 * on to the viewer as {@link LabelProviderChangedEvent}s.
 */
public final class ItemLabelProviderBridge extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ItemImages images;
	private final INotifyChangedListener changeListener = this::itemChanged;

	/**
	 * @param adapterFactory the adapter factory providing {@link IItemLabelProvider}s
	 * @param owner          the control whose disposal releases the images
	 */
	public ItemLabelProviderBridge(AdapterFactory adapterFactory, Control owner) {
		this.adapterFactory = adapterFactory;
		this.images = new ItemImages(owner);
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(changeListener);
		}
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = labelProviderFor(element);
		if (provider != null) {
			String text = provider.getText(element);
			return text == null ? "" : text; //$NON-NLS-1$
		}
		return element == null ? "" : String.valueOf(element); //$NON-NLS-1$
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = labelProviderFor(element);
		return provider == null ? null : images.imageFor(provider.getImage(element));
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(changeListener);
		}
		super.dispose();
	}

	private IItemLabelProvider labelProviderFor(Object element) {
		return element == null ? null
				: (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
	}

	private void itemChanged(Notification notification) {
		if (notification instanceof IViewerNotification viewerNotification && !viewerNotification.isLabelUpdate()) {
			return;
		}
		Object element = notification instanceof IViewerNotification viewerNotification
				? viewerNotification.getElement() : notification.getNotifier();
		Display display = Display.getCurrent();
		if (display != null) {
			fireLabelProviderChanged(new LabelProviderChangedEvent(this, element));
		}
	}
}
