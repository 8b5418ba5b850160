// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.rensa.core.evidence.EvidenceLogHeads;
import org.rensa.core.evidence.EvidenceSeal;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.report.ChainFigures;
import org.rensa.report.FinalReports;
import org.rensa.report.OutputFormat;
import org.rensa.report.ReportGenerator;
import org.rensa.report.ReportOptions;
import org.rensa.report.ReportSettings;
import org.rensa.report.ReportType;
import org.rensa.ui.RensaUi;

/**
 * Writes the requested reports in the background with a progress bar and cancel, with the branding
 * and font of the project's report settings; on success hands the written files to a callback (the
 * handler opens them in the system viewer).
 */
public final class ReportJob extends Job {

	private static final String PLUGIN_ID = "org.rensa.ui.report"; //$NON-NLS-1$

	private final AuditProjectDocument project;
	private final ReportRequest request;
	private final Consumer<List<Path>> done;
	private final List<String> warnings = new CopyOnWriteArrayList<>();
	private final List<ReportGenerator.Skipped> skipped = new CopyOnWriteArrayList<>();
	private final ChainFigures figures;
	private volatile IProgressMonitor observer;

	/**
	 * @param project the project
	 * @param request what to write
	 * @param done    receives the files written (called in the job's thread)
	 */
	public ReportJob(AuditProjectDocument project, ReportRequest request, Consumer<List<Path>> done) {
		this(project, request, null, done);
	}

	/**
	 * @param project the project
	 * @param request what to write
	 * @param figures draws the supply-chain figures, or {@code null} for text-only chain sections
	 * @param done    receives the files written (called in the job's thread)
	 */
	public ReportJob(AuditProjectDocument project, ReportRequest request, ChainFigures figures, Consumer<List<Path>> done) {
		super(Messages.Job_name);
		this.project = project;
		this.request = request;
		this.figures = figures;
		this.done = done;
		setUser(true);
	}

	/**
	 * @return what the project's report settings made the job leave out (a missing or undecodable
	 *         logo, a missing font), one line each; complete when the callback runs
	 */
	public List<String> warnings() {
		return List.copyOf(warnings);
	}

	/**
	 * @return the documents of the request that had nothing to say and were not written (a
	 *         remediation plan of a supplier without findings …); complete when the callback runs
	 */
	public List<ReportGenerator.Skipped> skipped() {
		return List.copyOf(skipped);
	}

	/**
	 * Shows the job's progress in a second monitor too (the workbench's progress dialog); cancelling
	 * that monitor cancels the job. Call before {@link #schedule()}.
	 *
	 * @param monitor a thread-safe monitor, or {@code null}
	 */
	public void observe(IProgressMonitor monitor) {
		this.observer = monitor;
	}

	@Override
	protected IStatus run(IProgressMonitor jobMonitor) {
		IProgressMonitor monitor = observer == null ? jobMonitor : new TeeMonitor(jobMonitor, observer);
		Path directory = project.getDirectory();
		ReportOptions options;
		try {
			ReportSettings settings = ReportSettings.of(project);
			options = new ReportOptions(request.locale(), request.audience(), request.anonymise(), LocalDate.now(),
					settings.branding(directory, warnings), settings.usableFont(directory, warnings), request.finalise());
		} catch (IOException e) {
			return new Status(IStatus.ERROR, PLUGIN_ID, Messages.Error_title + ": " + e.getMessage(), e);
		}
		ReportGenerator generator = new ReportGenerator(project, options, figures);
		skipped.clear();
		skipped.addAll(generator.skipped(request.type(), request.organization()));
		List<ReportGenerator.Target> targets = generator.writable(generator.targets(request.type(), request.organization(), null));
		if (targets.isEmpty()) {
			if (skipped.isEmpty()) {
				return new Status(IStatus.WARNING, PLUGIN_ID, Messages.Error_nothing);
			}
			done.accept(List.of());
			return Status.OK_STATUS;
		}
		int files = 0;
		for (ReportGenerator.Target target : targets) {
			for (OutputFormat format : request.formats()) {
				if (format != OutputFormat.XLSX || target.type() == ReportType.REMEDIATION) {
					files++;
				}
			}
		}
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Job_name, Math.max(1, files));
		try {
			List<Path> written = generator.write(targets, request.formats(), request.output(), (count, total, file) -> {
				progress.subTask(NLS.bind(Messages.Job_writing, file.getFileName()));
				progress.worked(1);
			}, progress::isCanceled);
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			if (request.finalise()) {
				java.util.Optional<java.net.URI> tsa = FinalReports.of(project).tsa();
				if (request.signer() != null) {
					// final issue signed: each PDF replaced atomically by its signed version (time-stamped with the project's authority)
					for (Path file : written) {
						if (file.getFileName().toString().endsWith(".pdf")) { //$NON-NLS-1$
							progress.subTask(NLS.bind(Messages.Job_signing, file.getFileName()));
							request.signer().signInPlace(file, tsa.orElse(null), java.time.Instant.now());
						}
					}
				}
				// final issue: seal the evidence log heads when the project names a time-stamping authority
				if (tsa.isPresent() && !EvidenceLogHeads.of(project).recorded().isEmpty()) {
					progress.subTask(NLS.bind(Messages.Job_sealing, tsa.get()));
					EvidenceSeal.seal(project, tsa.get(), java.time.Clock.systemUTC());
				}
			}
			done.accept(written);
			return Status.OK_STATUS;
		} catch (IOException | RuntimeException e) {
			return new Status(IStatus.ERROR, PLUGIN_ID, Messages.Error_title + ": " + (e.getMessage() == null || e.getMessage().isBlank() ? RensaUi.oneLine(e) : e.getMessage()), e);
		} finally {
			monitor.done();
		}
	}

	/** Forwards progress to the job's monitor and an observer; cancelled when either is. */
	private static final class TeeMonitor implements IProgressMonitor {

		private final IProgressMonitor first;
		private final IProgressMonitor second;

		TeeMonitor(IProgressMonitor first, IProgressMonitor second) {
			this.first = first;
			this.second = second;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			first.beginTask(name, totalWork);
			second.beginTask(name, totalWork);
		}

		@Override
		public void done() {
			first.done();
			second.done();
		}

		@Override
		public void internalWorked(double work) {
			first.internalWorked(work);
			second.internalWorked(work);
		}

		@Override
		public boolean isCanceled() {
			return first.isCanceled() || second.isCanceled();
		}

		@Override
		public void setCanceled(boolean value) {
			first.setCanceled(value);
			second.setCanceled(value);
		}

		@Override
		public void setTaskName(String name) {
			first.setTaskName(name);
			second.setTaskName(name);
		}

		@Override
		public void subTask(String name) {
			first.subTask(name);
			second.subTask(name);
		}

		@Override
		public void worked(int work) {
			first.worked(work);
			second.worked(work);
		}
	}
}
