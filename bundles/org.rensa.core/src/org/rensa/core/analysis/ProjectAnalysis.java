// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.AuditProject;

/**
 * The one {@link ChainReport} of an open project's current state, computed from its model and its
 * {@link AnalysisSettings} (the project's settings files) and shared by every consumer: the
 * Coverage and Chain views, validation, every diagram layer, every report and the command line.
 * <p>
 * The report is kept until the project changes: an adapter on the project's content counts every
 * change of the model (whether made by a command, undone, redone or made directly), and the
 * settings files carry a {@linkplain org.rensa.core.storage.ProjectSettings#version() version} of
 * their own; the next request after either changed computes the report again. Thread-safe.
 */
public final class ProjectAnalysis {

	private ProjectAnalysis() {
	}

	/**
	 * @param document an open project
	 * @return the chain report of its current state (with the shipped defaults in place of settings
	 *         that cannot be read, see {@link #settingsProblem(AuditProjectDocument)})
	 */
	public static ChainReport chainReport(AuditProjectDocument document) {
		return Cache.of(document).report(document);
	}

	/**
	 * @param document an open project
	 * @return its analysis settings; the shipped defaults when its settings cannot be read
	 */
	public static AnalysisSettings settings(AuditProjectDocument document) {
		return Cache.of(document).settings(document).settings;
	}

	/**
	 * @param document an open project
	 * @return why its analysis settings cannot be read (one line naming the file), or empty
	 */
	public static Optional<String> settingsProblem(AuditProjectDocument document) {
		return Optional.ofNullable(Cache.of(document).settings(document).problem);
	}

	/** Settings as parsed, or the defaults and the reason. */
	private record Parsed(long version, AnalysisSettings settings, String problem) {
	}

	/** Counts the changes of the project's content and keeps the last report. */
	private static final class Cache extends EContentAdapter {

		private volatile long changes;
		private Parsed parsed;
		private ChainReport report;
		private long reportChanges = -1;
		private Parsed reportSettings;

		static Cache of(AuditProjectDocument document) {
			AuditProject project = document.getProject();
			synchronized (project) {
				for (Object adapter : project.eAdapters()) {
					if (adapter instanceof Cache cache) {
						return cache;
					}
				}
				Cache cache = new Cache();
				project.eAdapters().add(cache);
				return cache;
			}
		}

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch() && notification.getNotifier() instanceof EObject) {
				changes++;
			}
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == ProjectAnalysis.class;
		}

		synchronized Parsed settings(AuditProjectDocument document) {
			long version = document.getSettings().version();
			if (parsed == null || parsed.version != version) {
				try {
					parsed = new Parsed(version, AnalysisSettings.of(document), null);
				} catch (IOException e) {
					parsed = new Parsed(version, AnalysisSettings.defaults(), e.getMessage());
				}
			}
			return parsed;
		}

		synchronized ChainReport report(AuditProjectDocument document) {
			Parsed current = settings(document);
			long now = changes;
			if (report == null || reportChanges != now || reportSettings != current) {
				report = ChainAnalysis.analyze(document.getProject(), current.settings);
				reportChanges = now;
				reportSettings = current;
			}
			return report;
		}
	}
}
