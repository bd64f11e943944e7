package org.coopgraph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Data flows one way: ingest → extract → graph → api, with cli and config at the edges. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.coopgraph");

	@Test
	void packagesHaveNoCycles() {
		slices().matching("org.coopgraph.(*)..").should().beFreeOfCycles().check(CLASSES);
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
	void theGraphLayerKnowsNothingOfItsCallers() {
		noClasses().that()
			.resideInAPackage("org.coopgraph.graph..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.coopgraph.ingest..", "org.coopgraph.api..", "org.coopgraph.cli..",
					"org.coopgraph.config..")
			.check(CLASSES);
	}

	@Test
	void theApiDoesNotIngestOrExtract() {
		noClasses().that()
			.resideInAPackage("org.coopgraph.api..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.coopgraph.ingest..", "org.coopgraph.extract..", "org.coopgraph.cli..")
			.check(CLASSES);
	}

}
