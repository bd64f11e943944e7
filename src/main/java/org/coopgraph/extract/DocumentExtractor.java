package org.coopgraph.extract;

import java.util.List;
import java.util.Map;

import org.coopgraph.extract.gazetteer.CityAbbreviations;
import org.coopgraph.extract.gazetteer.DepartmentNames;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.gazetteer.NameSuffixes;
import org.coopgraph.extract.hanlp.HanlpSegmenter;
import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.relation.FundingRule;
import org.coopgraph.extract.relation.PairingRule;
import org.coopgraph.extract.relation.PlacementRule;
import org.coopgraph.extract.stage.ContextStage;
import org.coopgraph.extract.stage.DepartmentStage;
import org.coopgraph.extract.stage.EntityResolutionStage;
import org.coopgraph.extract.stage.GazetteerStage;
import org.coopgraph.extract.stage.HanlpCandidateStage;
import org.coopgraph.extract.stage.RelationRuleStage;
import org.coopgraph.extract.stage.StructureStage;
import org.coopgraph.extract.stage.UnitNamer;

/**
 * Turns the text of one document into entities, relations and tasks. The constructor loads the gazetteer,
 * dictionaries and HanLP once (a second or two); {@link #extract} is thread-safe, so build one and share it. Bad input
 * (empty, binary, unbalanced brackets) gives an empty or partial result, never an exception.
 */
public final class DocumentExtractor {

	private final ExtractionPipeline pipeline;

	public DocumentExtractor() {
		DivisionGazetteer gazetteer = DivisionGazetteer.load();
		DepartmentNames departments = DepartmentNames.load();
		NameSuffixes suffixes = NameSuffixes.load();
		UnitNamer namer = new UnitNamer(gazetteer, departments, suffixes);
		Map<Character, String> cityAbbreviations = CityAbbreviations.load();
		this.pipeline = ExtractionPipeline.of(
				new StructureStage(namer),
				new GazetteerStage(gazetteer),
				new ContextStage(gazetteer),
				new DepartmentStage(departments, namer, DepartmentNames.loadNationalBodies()),
				new HanlpCandidateStage(new HanlpSegmenter(), suffixes, cityAbbreviations),
				new EntityResolutionStage(namer),
				new RelationRuleStage(List.of(new PairingRule(),
						new PlacementRule(gazetteer, cityAbbreviations), new FundingRule())));
	}

	public DocumentExtraction extract(String docName, String text) {
		Extraction result;
		try {
			result = this.pipeline.run(Extraction.start(docName, text));
		}
		catch (RuntimeException ex) {
			// A rule tripping over malformed input must not lose the document: fall back to an empty result.
			return new DocumentExtraction(docName, "", "", List.of(), List.of(), List.of());
		}
		DocumentContext context = result.context();
		return new DocumentExtraction(docName, context.title(), context.issuer(), result.entities(),
				result.relations(), result.tasks());
	}

}
