// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Turns the image objects EMF.Edit item providers return (URLs, composed images, SWT images)
 * into SWT images owned by a control's resource manager, so they are disposed with the control.
 */
public final class ItemImages {

	private final ResourceManager resources;

	/**
	 * @param owner the control whose disposal releases every image created here
	 */
	public ItemImages(Control owner) {
		this.resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	/**
	 * @param itemImage an image object from {@code IItemLabelProvider.getImage}, may be {@code null}
	 * @return the SWT image, or {@code null} when the object cannot be shown as an image
	 */
	public Image imageFor(Object itemImage) {
		ImageDescriptor descriptor = descriptorFor(itemImage);
		return descriptor == null ? null : resources.create(descriptor);
	}

	/**
	 * @param descriptor an image descriptor, may be {@code null}
	 * @return the image for the descriptor, owned by this registry, or {@code null}
	 */
	public Image imageFor(ImageDescriptor descriptor) {
		return descriptor == null ? null : resources.create(descriptor);
	}

	private static ImageDescriptor descriptorFor(Object itemImage) {
		if (itemImage instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		if (itemImage instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (itemImage instanceof Image image) {
			return ImageDescriptor.createFromImage(image);
		}
		if (itemImage instanceof ComposedImage composed) {
			List<Object> images = composed.getImages();
			return images.isEmpty() ? null : descriptorFor(images.get(0));
		}
		return null;
	}
}
