package org.coopgraph.extract.stage;

import java.util.List;
import java.util.Set;

import org.coopgraph.extract.gazetteer.WordLists;

/**
 * The word lists of the name-candidate rules, from resource {@code candidate-words.tsv} (its comments say what each
 * list is for). Immutable and thread-safe.
 */
record CandidateWords(Set<String> nameTags, Set<String> specificTags, Set<String> strongTags, Set<String> hardStops,
		Set<String> neverGlue, Set<String> tradeWords, Set<String> genericMiddles, Set<String> genericLeads,
		Set<String> descriptiveLeads, Set<String> genericEndings, List<String> kinds, Set<String> titleVerbs,
		Set<String> leadingVerbs, List<String> branchEndings, List<String> zoneBranchEndings,
		List<String> zoneBodyEndings, List<String> zoneProjectEndings, List<String> programmeWords,
		Set<String> fieldWords, Set<String> provinceAbbreviations, Set<String> bodyEndingWords, List<String> bareZones,
		Set<String> eventVerbs, List<String> listedZoneEndings, List<String> sectorWords) {

	static final String RESOURCE = "/org/coopgraph/extract/candidate-words.tsv";

	static CandidateWords load() {
		WordLists w = WordLists.load(RESOURCE);
		return new CandidateWords(w.set("tags.name"), w.set("tags.specific"), w.set("tags.strong"),
				w.set("tags.hard-stop"), w.set("tags.never-glue"), w.set("trade-words"), w.set("generic-middles"),
				w.set("generic-leads"), w.set("descriptive-leads"), w.set("generic-endings"), w.list("kinds"),
				w.set("title-verbs"), w.set("leading-verbs"), w.list("branch-endings"), w.list("zone-branch-endings"),
				w.list("zone-body-endings"), w.list("zone-project-endings"), w.list("programme-words"),
				w.set("field-words"), w.set("province-abbreviations"), w.set("body-ending-words"),
				w.list("bare-zones"), w.set("event-verbs"), w.list("listed-zone-endings"),
				w.list("sector-words"));
	}

}
