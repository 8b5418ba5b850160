// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.rensa.model.RensaPackage;

/**
 * Runs one task per resource on a few threads and reports the failure of the first resource (in the
 * given order) so that error messages do not depend on scheduling.
 */
final class ParallelLoad {

	/** A task on one resource. */
	@FunctionalInterface
	interface Task {
		void run(Resource resource) throws IOException;
	}

	/** Threads used for loading: {@code -Drensa.load.threads=N}, by default the processors, at most 4. */
	private static final int THREADS = Math.max(1, Integer.getInteger("rensa.load.threads",
			Math.min(4, Runtime.getRuntime().availableProcessors())));

	static {
		warmMetadata();
	}

	private ParallelLoad() {
	}

	/**
	 * @param resources the resources, in scheduling order
	 * @param task the task
	 * @param reportOrder the order in which failures are looked for
	 * @throws IOException the failure of the first failing resource in report order
	 */
	static void run(List<Resource> resources, Task task, Collection<Resource> reportOrder) throws IOException {
		if (THREADS == 1 || resources.size() < 2) {
			for (Resource resource : resources) {
				task.run(resource);
			}
			return;
		}
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, resources.size()), runnable -> {
			Thread thread = new Thread(runnable, "rensa-load");
			thread.setDaemon(true);
			return thread;
		});
		try {
			java.util.Map<Resource, Future<?>> futures = new java.util.IdentityHashMap<>();
			for (Resource resource : resources) {
				futures.put(resource, pool.submit(() -> {
					task.run(resource);
					return null;
				}));
			}
			List<Resource> ordered = new ArrayList<>(reportOrder);
			ordered.retainAll(resources);
			Throwable first = null;
			for (Resource resource : ordered) {
				try {
					futures.get(resource).get();
				} catch (ExecutionException e) {
					if (first == null) {
						first = e.getCause();
					}
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IOException("loading was interrupted", e);
				}
			}
			if (first instanceof IOException io) {
				throw io;
			} else if (first instanceof RuntimeException runtime) {
				throw runtime;
			} else if (first instanceof Error error) {
				throw error;
			} else if (first != null) {
				throw new IOException(first);
			}
		} finally {
			pool.shutdownNow();
		}
	}

	/** Initialises EMF's lazily computed metadata caches before several threads read them. */
	private static void warmMetadata() {
		for (EClassifier classifier : RensaPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				eClass.getEAllSuperTypes();
				eClass.getEAllAttributes();
				eClass.getEAllReferences();
				eClass.getEAllContainments();
				eClass.getEIDAttribute();
				for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
					eClass.getEStructuralFeature(feature.getName());
					eClass.getFeatureID(feature);
					feature.getEType();
					feature.isMany();
					if (feature instanceof org.eclipse.emf.ecore.EReference reference) {
						reference.getEReferenceType();
						reference.getEOpposite();
						reference.isContainment();
						reference.isResolveProxies();
					}
				}
			}
		}
	}
}
