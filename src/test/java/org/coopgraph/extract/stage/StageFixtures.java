package org.coopgraph.extract.stage;

import java.util.Map;

import org.coopgraph.extract.gazetteer.CityAbbreviations;
import org.coopgraph.extract.gazetteer.DepartmentNames;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.gazetteer.NameSuffixes;
import org.coopgraph.extract.hanlp.HanlpSegmenter;

/** Dictionaries and stages shared by the stage tests; loading them once keeps the tests fast. */
final class StageFixtures {

	static final DivisionGazetteer GAZETTEER = DivisionGazetteer.load();

	static final DepartmentNames DEPARTMENTS = DepartmentNames.load();

	static final NameSuffixes SUFFIXES = NameSuffixes.load();

	static final Map<Character, String> ABBREVIATIONS = CityAbbreviations.load();

	static final UnitNamer NAMER = new UnitNamer(GAZETTEER, DEPARTMENTS, SUFFIXES);

	static final GazetteerStage GAZETTEER_STAGE = new GazetteerStage(GAZETTEER);

	static final ContextStage CONTEXT_STAGE = new ContextStage(GAZETTEER);

	static final DepartmentStage DEPARTMENT_STAGE = new DepartmentStage(DEPARTMENTS, NAMER,
			DepartmentNames.loadNationalBodies(), GAZETTEER.provinceNames());

	static final HanlpCandidateStage HANLP_STAGE = new HanlpCandidateStage(new HanlpSegmenter(), SUFFIXES, ABBREVIATIONS,
			GAZETTEER);

	private StageFixtures() {
	}

}
