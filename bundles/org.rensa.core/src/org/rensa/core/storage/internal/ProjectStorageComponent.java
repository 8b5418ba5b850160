// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.FormatMigration;
import org.rensa.core.storage.ProjectStorage;

/** The {@link ProjectStorage} OSGi service; picks up {@link FormatMigration} services dynamically. */
@Component(service = ProjectStorage.class)
public final class ProjectStorageComponent implements ProjectStorage {

	private final CopyOnWriteArrayList<FormatMigration> migrations = new CopyOnWriteArrayList<>();
	private final XmiProjectStorage delegate = new XmiProjectStorage(migrations);

	/** @param migration a migration service */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addMigration(FormatMigration migration) {
		migrations.add(migration);
	}

	/** @param migration a departing migration service */
	void removeMigration(FormatMigration migration) {
		migrations.remove(migration);
	}

	@Override
	public AuditProjectDocument create(Path directory, String name) throws IOException {
		return delegate.create(directory, name);
	}

	@Override
	public AuditProjectDocument load(Path directory) throws IOException {
		return delegate.load(directory);
	}

	@Override
	public AuditProjectDocument loadReadOnly(Path directory) throws IOException {
		return delegate.loadReadOnly(directory);
	}

	@Override
	public void save(AuditProjectDocument document) throws IOException {
		delegate.save(document);
	}
}
