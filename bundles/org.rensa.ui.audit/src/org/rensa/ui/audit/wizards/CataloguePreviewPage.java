// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.rensa.catalog.oscal.OscalImport;
import org.rensa.model.AuditProject;
import org.rensa.model.Checklist;
import org.rensa.model.Requirement;
import org.rensa.model.Section;
import org.rensa.ui.audit.Messages;

/**
 * Page 2 of the OSCAL import: what the catalogue holds (title, version, counts, the first groups with
 * their controls), the name of the checklist to create and whether control enhancements are included.
 */
public final class CataloguePreviewPage extends WizardPage {

	/** How many groups the tree shows. */
	static final int GROUPS_SHOWN = 12;
	/** How many controls the tree shows per group. */
	static final int CONTROLS_SHOWN = 15;

	private final CatalogueFilePage filePage;
	private final AuditProject project;
	private Label title;
	private Label version;
	private Label counts;
	private Text name;
	private Button enhancements;
	private Tree tree;
	private OscalImport shown;

	CataloguePreviewPage(CatalogueFilePage filePage, AuditProject project) {
		super("cataloguePreview");
		this.filePage = filePage;
		this.project = project;
		setTitle(Messages.CatalogueWizard_previewTitle);
		setMessage(Messages.CatalogueWizard_previewMessage);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(2, false));
		title = field(area, Messages.CatalogueWizard_catalogue);
		version = field(area, Messages.CatalogueWizard_version);
		counts = field(area, Messages.CatalogueWizard_counts);
		new Label(area, SWT.NONE).setText(Messages.CatalogueWizard_name);
		name = new Text(area, SWT.BORDER | SWT.SINGLE);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		name.addModifyListener(e -> validate());
		new Label(area, SWT.NONE);
		enhancements = new Button(area, SWT.CHECK);
		enhancements.setSelection(true);
		enhancements.addListener(SWT.Selection, e -> {
			updateCounts();
			fillTree();
		});
		Label contents = new Label(area, SWT.NONE);
		contents.setText(Messages.CatalogueWizard_contents);
		contents.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		tree = new Tree(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData treeData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		treeData.heightHint = 260;
		treeData.widthHint = 600;
		tree.setLayoutData(treeData);
		setControl(area);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible && filePage.result() != shown) {
			show(filePage.result());
		}
		super.setVisible(visible);
	}

	/** @return the checklist name typed */
	public String checklistName() {
		return name.getText().strip();
	}

	/** @param text the checklist name to create */
	public void setChecklistName(String text) {
		name.setText(text);
	}

	/** @return whether enhancements are imported */
	public boolean includeEnhancements() {
		return enhancements.getSelection();
	}

	/** @param include whether to import enhancements (ignored when the catalogue has none) */
	public void setIncludeEnhancements(boolean include) {
		if (enhancements.isEnabled()) {
			enhancements.setSelection(include);
			updateCounts();
			fillTree();
		}
	}

	/** @return the texts shown: catalogue title, version, counts */
	public List<String> summary() {
		return List.of(title.getText(), version.getText(), counts.getText());
	}

	/** @return the tree's top-level items' texts (the groups shown) */
	public List<String> groupsShown() {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			texts.add(item.getText());
		}
		return texts;
	}

	/** @return the tree (for tests) */
	public Tree tree() {
		return tree;
	}

	/** @return the import as it will be added: with or without enhancements */
	OscalImport effective() {
		OscalImport result = filePage.result();
		if (result == null) {
			return null;
		}
		return includeEnhancements() || result.enhancements() == 0 ? result : result.withoutEnhancements();
	}

	private void show(OscalImport result) {
		shown = result;
		if (result == null) {
			return;
		}
		Checklist checklist = result.checklist();
		title.setText(checklist.getName());
		version.setText(checklist.getVersion() == null ? "\u2013" : checklist.getVersion() + "  (OSCAL " + result.format() + ")");
		enhancements.setEnabled(result.enhancements() > 0);
		enhancements.setSelection(true);
		enhancements.setText(NLS.bind(Messages.CatalogueWizard_enhancements, result.enhancements()));
		String proposed = checklist.getVersion() == null || checklist.getName().contains(checklist.getVersion()) ? checklist.getName()
				: checklist.getName() + " " + checklist.getVersion();
		name.setText(proposed);
		updateCounts();
		fillTree();
		((Composite) getControl()).layout(true, true);
	}

	private void updateCounts() {
		OscalImport result = effective();
		if (result == null) {
			return;
		}
		counts.setText(NLS.bind(Messages.CatalogueWizard_countsValue, new Object[] { result.groups(), result.controls(),
				result.enhancements(), result.requirements() }));
	}

	private void fillTree() {
		tree.removeAll();
		OscalImport result = effective();
		if (result == null) {
			return;
		}
		List<Section> sections = result.checklist().getSections();
		for (int s = 0; s < Math.min(GROUPS_SHOWN, sections.size()); s++) {
			Section section = sections.get(s);
			TreeItem group = new TreeItem(tree, SWT.NONE);
			String code = section.getCode() == null || section.getCode().isEmpty() ? "" : section.getCode().toUpperCase() + "  ";
			group.setText(NLS.bind(Messages.CatalogueWizard_group, code + section.getTitle(), section.getRequirements().size()));
			List<Requirement> requirements = section.getRequirements();
			for (int r = 0; r < Math.min(CONTROLS_SHOWN, requirements.size()); r++) {
				Requirement requirement = requirements.get(r);
				new TreeItem(group, SWT.NONE).setText(requirement.getCode() + "  " + requirement.getTitle()
						+ (OscalImport.isEnhancement(requirement) ? "  (" + requirement.getLevelLabel() + ")" : ""));
			}
			if (requirements.size() > CONTROLS_SHOWN) {
				new TreeItem(group, SWT.NONE).setText(NLS.bind(Messages.CatalogueWizard_more, requirements.size() - CONTROLS_SHOWN));
			}
			if (s == 0) {
				group.setExpanded(true);
			}
		}
		if (sections.size() > GROUPS_SHOWN) {
			new TreeItem(tree, SWT.NONE).setText(NLS.bind(Messages.CatalogueWizard_moreGroups, sections.size() - GROUPS_SHOWN));
		}
	}

	private void validate() {
		String text = checklistName();
		if (text.isEmpty()) {
			setErrorMessage(Messages.CatalogueWizard_nameMissing);
			setPageComplete(false);
			return;
		}
		setErrorMessage(null);
		boolean exists = project.getChecklists().stream().anyMatch(c -> text.equals(c.getName()));
		if (exists) {
			setMessage(NLS.bind(Messages.CatalogueWizard_nameExists, text), IMessageProvider.WARNING);
		} else {
			setMessage(Messages.CatalogueWizard_previewMessage);
		}
		setPageComplete(true);
	}

	private static Label field(Composite area, String caption) {
		Label label = new Label(area, SWT.NONE);
		label.setText(caption);
		label.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
		Label value = new Label(area, SWT.WRAP);
		value.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return value;
	}
}
