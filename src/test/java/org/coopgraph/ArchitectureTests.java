package org.coopgraph;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Data flows one way: ingest → extract → graph → api, with cli, config and upload at the edges. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.coopgraph");

	private static final DescribedPredicate<JavaClass> NEO4J_EXCEPTIONS = resideInAnyPackage(
			"org.neo4j.driver.exceptions..", "org.neo4j.io.locker..")
		.or(nameMatching("org\\.neo4j\\.graphdb\\..*Exception"))
		.as("are Neo4j's exceptions");

	/** Every package is a slice of its own: the root package, and a subpackage apart from its parent. */
	private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {

		@Override
		public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
			return javaClass.getPackageName().startsWith("org.coopgraph")
					? SliceIdentifier.of(javaClass.getPackageName()) : SliceIdentifier.ignore();
		}

		@Override
		public String getDescription() {
			return "each package of org.coopgraph";
		}

	};

	@Test
	void packagesHaveNoCycles() {
		slices().assignedFrom(EACH_PACKAGE)
			.should()
			.beFreeOfCycles()
			.check(CLASSES);
	}

	@Test
	void layersFollowTheFlow() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("Application").definedBy("org.coopgraph")
			.layer("Cli").definedBy("org.coopgraph.cli..")
			.layer("Config").definedBy("org.coopgraph.config..")
			.layer("Upload").definedBy("org.coopgraph.upload..")
			.layer("Ingest").definedBy("org.coopgraph.ingest..")
			.layer("Extract").definedBy("org.coopgraph.extract..")
			.layer("Graph").definedBy("org.coopgraph.graph..")
			.layer("Api").definedBy("org.coopgraph.api..")
			// Only the command line starts the application; nothing uses the command line or the upload edge.
			.whereLayer("Application").mayOnlyBeAccessedByLayers("Cli")
			.whereLayer("Cli").mayNotBeAccessedByAnyLayer()
			.whereLayer("Upload").mayNotBeAccessedByAnyLayer()
			// Config wires the layers together; the api reads its settings.
			.whereLayer("Config").mayOnlyBeAccessedByLayers("Api", "Cli")
			.whereLayer("Ingest").mayOnlyBeAccessedByLayers("Upload", "Config", "Cli")
			.whereLayer("Extract").mayOnlyBeAccessedByLayers("Ingest", "Graph", "Config", "Cli")
			.whereLayer("Graph").mayOnlyBeAccessedByLayers("Ingest", "Api", "Upload", "Config", "Cli")
			// Only the upload edge uses the api, for its token guard.
			.whereLayer("Api").mayOnlyBeAccessedByLayers("Upload")
			.check(CLASSES);
	}

	@Test
	void extractionIsPlainJava() {
		noClasses().that()
			.resideInAPackage("org.coopgraph.extract..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.neo4j..", "org.coopgraph.graph..",
					"org.coopgraph.ingest..", "org.coopgraph.api..", "org.coopgraph.cli..", "org.coopgraph.config..")
			.check(CLASSES);
	}

	@Test
	void hanlpIsOnlyUsedBehindTheSegmenter() {
		noClasses().that()
			.resideOutsideOfPackage("org.coopgraph.extract.hanlp..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.hankcs..")
			.check(CLASSES);
	}

	@Test
	void neo4jFailuresAreTranslatedInTheGraphLayer() {
		// Callers see GraphStoreException (graph.Neo4jFailures), never the driver's or the kernel's exceptions. Config,
		// which builds the embedded database and sets its password, may read the kernel's answers while it does. A
		// catch clause alone is no dependency to ArchUnit, hence the second condition.
		noClasses().that()
			.resideOutsideOfPackages("org.coopgraph.graph..", "org.coopgraph.config..")
			.should()
			.dependOnClassesThat(NEO4J_EXCEPTIONS)
			.orShould(catchClassesThat(NEO4J_EXCEPTIONS))
			.check(CLASSES);
	}

	private static ArchCondition<JavaClass> catchClassesThat(DescribedPredicate<JavaClass> caught) {
		return new ArchCondition<>("catch classes that " + caught.getDescription()) {

			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
					for (TryCatchBlock block : unit.getTryCatchBlocks()) {
						for (JavaClass thrown : block.getCaughtThrowables()) {
							events.add(new SimpleConditionEvent(unit, caught.test(thrown), "%s catches %s in %s"
								.formatted(unit.getFullName(), thrown.getName(), block.getSourceCodeLocation())));
						}
					}
				}
			}

		};
	}

	@Test
	void theApiDoesNotIngestOrExtract() {
		noClasses().that()
			.resideInAPackage("org.coopgraph.api..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.coopgraph.ingest..", "org.coopgraph.extract..", "org.coopgraph.cli..",
					"org.coopgraph.upload..")
			.check(CLASSES);
	}

}
