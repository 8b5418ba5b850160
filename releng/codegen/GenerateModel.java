// SPDX-License-Identifier: AGPL-3.0-or-later
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's code generator standalone (no Eclipse workspace) for the Rensa domain model.
 *
 * <p>Usage: {@code GenerateModel <stagingDir> [--init-genmodel]}. The staging directory must hold
 * {@code org.rensa.model/model/rensa.ecore} (and, unless {@code --init-genmodel} is given,
 * {@code rensa.genmodel}); {@code platform:/resource/org.rensa.model} and
 * {@code platform:/resource/org.rensa.model.edit} are mapped to folders below it, so EMF writes
 * its complete output (model and edit code, manifests, plugin.xml, icons) there. The calling
 * script copies the parts it owns into the bundles.
 *
 * <p>{@code GenerateModel <stagingDir> --notation [--init-genmodel]} does the same for the diagram
 * notation model of {@code org.rensa.diagram} ({@code model/notation.ecore} + {@code notation.genmodel},
 * model code only, no edit code): {@code platform:/resource/org.rensa.diagram} is mapped below the
 * staging directory.
 *
 * <p>With {@code --init-genmodel} the genmodel is (re)created from the ecore with the project's
 * settings and saved next to it; otherwise the stored genmodel is loaded and reconciled with the
 * ecore, so settings edited in the genmodel are kept.
 */
public final class GenerateModel {

	private static final String MODEL_PROJECT = "org.rensa.model";
	private static final String EDIT_PROJECT = "org.rensa.model.edit";
	private static final String DIAGRAM_PROJECT = "org.rensa.diagram";

	/** Class name to the feature the generated item provider uses as its label. */
	private static final Map<String, String> LABEL_FEATURES = Map.of(
			"Contract", "title",
			"Clause", "reference",
			"ClauseTemplate", "title",
			"Section", "code",
			"Requirement", "code",
			"Visit", "site",
			"Evidence", "code",
			"Finding", "code",
			"RemediationAction", "code");

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: GenerateModel <stagingDir> [--init-genmodel]");
			System.exit(2);
		}
		Path staging = Path.of(args[0]).toAbsolutePath().normalize();
		if (args.length > 1 && "--notation".equals(args[1])) {
			generateNotation(staging, args.length > 2 && "--init-genmodel".equals(args[2]));
			return;
		}
		boolean init = args.length > 1 && "--init-genmodel".equals(args[1]);

		Map<String, URI> platformMap = EcorePlugin.getPlatformResourceMap();
		platformMap.put(MODEL_PROJECT, folderUri(staging.resolve(MODEL_PROJECT)));
		platformMap.put(EDIT_PROJECT, folderUri(staging.resolve(EDIT_PROJECT)));
		Files.createDirectories(staging.resolve(EDIT_PROJECT));

		GenModelPackage.eINSTANCE.eClass();
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(
				GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);

		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new XMIResourceFactoryImpl());
		// Ecore.genmodel (for the EString, EInt, ... data types) lives in the ecore jar.
		URI ecoreJar = URI.createURI(EcorePackage.class.getProtectionDomain().getCodeSource().getLocation().toString());
		resourceSet.getURIConverter().getURIMap().put(
				URI.createPlatformPluginURI("/org.eclipse.emf.ecore/", false),
				URI.createURI("archive:" + ecoreJar + "!/"));
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);

		URI ecoreUri = URI.createPlatformResourceURI("/" + MODEL_PROJECT + "/model/rensa.ecore", true);
		URI genModelUri = URI.createPlatformResourceURI("/" + MODEL_PROJECT + "/model/rensa.genmodel", true);

		GenModel genModel = init
				? createGenModel(resourceSet, ecoreUri, genModelUri)
				: (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
		if (!init && !genModel.reconcile()) {
			System.err.println("genmodel no longer matches rensa.ecore; rerun with --init-genmodel");
			System.exit(1);
		}
		genModel.setCanGenerate(true);

		Diagnostic diagnostic = genModel.diagnose();
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			fail("genmodel is invalid", diagnostic);
		}
		if (init) {
			save(genModel.eResource());
		}

		Generator generator = new Generator();
		generator.setInput(genModel);
		BasicMonitor monitor = new BasicMonitor();
		check(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor), "model");
		check(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, monitor), "edit");
		System.out.println("Generated model and edit code into " + staging);
	}

	/** Generates the model code of the diagram notation package (no edit code). */
	private static void generateNotation(Path staging, boolean init) throws IOException {
		EcorePlugin.getPlatformResourceMap().put(DIAGRAM_PROJECT, folderUri(staging.resolve(DIAGRAM_PROJECT)));
		GenModelPackage.eINSTANCE.eClass();
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(
				GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
		ResourceSet resourceSet = newResourceSet();
		URI ecoreUri = URI.createPlatformResourceURI("/" + DIAGRAM_PROJECT + "/model/notation.ecore", true);
		URI genModelUri = URI.createPlatformResourceURI("/" + DIAGRAM_PROJECT + "/model/notation.genmodel", true);
		GenModel genModel;
		if (init) {
			EPackage ePackage = (EPackage) resourceSet.getResource(ecoreUri, true).getContents().get(0);
			genModel = GenModelFactory.eINSTANCE.createGenModel();
			resourceSet.createResource(genModelUri).getContents().add(genModel);
			genModel.initialize(Collections.singleton(ePackage));
			genModel.getUsedGenPackages().addAll(ecoreGenModel(resourceSet).getGenPackages());
			genModel.getForeignModel().add("notation.ecore");
			genModel.setImporterID("org.eclipse.emf.importer.ecore");
			genModel.setModelName("Notation");
			genModel.setCopyrightText("SPDX-License-Identifier: AGPL-3.0-or-later");
			genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
			genModel.setOperationReflection(true);
			genModel.setBundleManifest(true);
			genModel.setUpdateClasspath(false);
			genModel.setModelDirectory("/" + DIAGRAM_PROJECT + "/src-gen");
			genModel.setModelPluginID(DIAGRAM_PROJECT);
			genModel.setModelPluginClass("");
			GenPackage genPackage = genModel.getGenPackages().get(0);
			genPackage.setPrefix("Notation");
			genPackage.setBasePackage("org.rensa.diagram");
		} else {
			genModel = (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
			if (!genModel.reconcile()) {
				System.err.println("genmodel no longer matches notation.ecore; rerun with --init-genmodel");
				System.exit(1);
			}
		}
		genModel.setCanGenerate(true);
		Diagnostic diagnostic = genModel.diagnose();
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			fail("notation genmodel is invalid", diagnostic);
		}
		if (init) {
			save(genModel.eResource());
		}
		Generator generator = new Generator();
		generator.setInput(genModel);
		check(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()), "notation model");
		System.out.println("Generated notation model code into " + staging);
	}

	private static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new XMIResourceFactoryImpl());
		URI ecoreJar = URI.createURI(EcorePackage.class.getProtectionDomain().getCodeSource().getLocation().toString());
		resourceSet.getURIConverter().getURIMap().put(
				URI.createPlatformPluginURI("/org.eclipse.emf.ecore/", false),
				URI.createURI("archive:" + ecoreJar + "!/"));
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		return resourceSet;
	}

	private static GenModel ecoreGenModel(ResourceSet resourceSet) {
		return (GenModel) resourceSet
				.getResource(URI.createPlatformPluginURI("/org.eclipse.emf.ecore/model/Ecore.genmodel", false), true)
				.getContents().get(0);
	}

	private static GenModel createGenModel(ResourceSet resourceSet, URI ecoreUri, URI genModelUri) {
		EPackage ePackage = (EPackage) resourceSet.getResource(ecoreUri, true).getContents().get(0);
		GenModel ecoreGenModel = (GenModel) resourceSet
				.getResource(URI.createPlatformPluginURI("/org.eclipse.emf.ecore/model/Ecore.genmodel", false), true)
				.getContents().get(0);

		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		Resource resource = resourceSet.createResource(genModelUri);
		resource.getContents().add(genModel);
		genModel.initialize(Collections.singleton(ePackage));
		genModel.getUsedGenPackages().addAll(ecoreGenModel.getGenPackages());
		genModel.getForeignModel().add("rensa.ecore");
		genModel.setImporterID("org.eclipse.emf.importer.ecore");
		genModel.setModelName("Rensa");
		genModel.setCopyrightText("SPDX-License-Identifier: AGPL-3.0-or-later");
		genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
		genModel.setContainmentProxies(true);
		genModel.setOperationReflection(true);
		genModel.setBundleManifest(true);
		genModel.setUpdateClasspath(false);
		genModel.setModelDirectory("/" + MODEL_PROJECT + "/src-gen");
		genModel.setModelPluginID(MODEL_PROJECT);
		genModel.setModelPluginClass("");
		genModel.setEditDirectory("/" + EDIT_PROJECT + "/src-gen");
		genModel.setEditPluginID(EDIT_PROJECT);
		genModel.setEditPluginClass("org.rensa.model.provider.RensaEditPlugin");

		GenPackage genPackage = genModel.getGenPackages().get(0);
		genPackage.setPrefix("Rensa");
		genPackage.setBasePackage("org.rensa");
		genPackage.setDisposableProviderFactory(true);
		// Default item-provider labels: the human-readable code or title instead of the UUID.
		for (GenClass genClass : genPackage.getGenClasses()) {
			String label = LABEL_FEATURES.get(genClass.getName());
			if (label != null) {
				for (GenFeature genFeature : genClass.getGenFeatures()) {
					if (genFeature.getName().equals(label)) {
						genClass.setLabelFeature(genFeature);
					}
				}
			}
		}
		return genModel;
	}

	private static void save(Resource resource) throws IOException {
		Map<Object, Object> options = new LinkedHashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		resource.save(options);
	}

	private static void check(Diagnostic diagnostic, String what) {
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			fail("generation of " + what + " code failed", diagnostic);
		}
		if (diagnostic.getSeverity() != Diagnostic.OK) {
			print(diagnostic, "");
		}
	}

	private static void fail(String message, Diagnostic diagnostic) {
		System.err.println(message + ":");
		print(diagnostic, "  ");
		System.exit(1);
	}

	private static void print(Diagnostic diagnostic, String indent) {
		System.err.println(indent + diagnostic.getMessage());
		for (Diagnostic child : diagnostic.getChildren()) {
			print(child, indent + "  ");
		}
	}

	private static URI folderUri(Path folder) {
		return URI.createFileURI(folder.toString() + "/");
	}
}
