package org.coopgraph.extract.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopgraph.extract.DocumentContext;
import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.ExtractionPipeline;
import org.coopgraph.extract.gazetteer.CityAbbreviations;
import org.coopgraph.extract.gazetteer.DepartmentNames;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.gazetteer.NameSuffixes;
import org.coopgraph.extract.hanlp.HanlpSegmenter;
import org.coopgraph.extract.hanlp.SimplifiedText;
import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.ExtractedTask;
import org.coopgraph.extract.model.ExtractionState;
import org.coopgraph.extract.relation.CityInitialsRule;
import org.coopgraph.extract.relation.CoBuildingCitiesRule;
import org.coopgraph.extract.relation.FundingRule;
import org.coopgraph.extract.relation.PairingRule;
import org.coopgraph.extract.relation.ParkByShortNameRule;
import org.coopgraph.extract.relation.PartyReader;
import org.coopgraph.extract.relation.PlaceChainRule;
import org.coopgraph.extract.relation.PlacementRule;
import org.coopgraph.extract.relation.RelationWords;
import org.coopgraph.extract.relation.SitingRule;
import org.coopgraph.extract.relation.VisitingTeamRule;
import org.coopgraph.extract.stage.ContextStage;
import org.coopgraph.extract.stage.DepartmentStage;
import org.coopgraph.extract.stage.EntityResolutionStage;
import org.coopgraph.extract.stage.GazetteerStage;
import org.coopgraph.extract.stage.HanlpCandidateStage;
import org.coopgraph.extract.stage.PlaceDisambiguationStage;
import org.coopgraph.extract.stage.ProgressLabelStage;
import org.coopgraph.extract.stage.RelationRuleStage;
import org.coopgraph.extract.stage.StructureStage;
import org.coopgraph.extract.stage.UnitNamer;
import org.coopgraph.extract.text.PinyinGlosses;
import org.coopgraph.extract.time.DocumentDateReader;
import org.coopgraph.extract.time.StatedYear;

/**
 * Turns the text of one document into entities, relations and tasks. The constructor loads the gazetteer,
 * dictionaries and HanLP once (a second or two); {@link #extract} is thread-safe, so build one and share it. Bad input
 * (empty, binary, unbalanced brackets) gives an empty or partial result, never an exception: a section whose rules
 * throw is skipped and named in the result's {@link DocumentExtraction#problems()}, with the document's
 * {@link ExtractionState} saying whether any of it was read.
 */
public final class DocumentExtractor {

	/**
	 * Version of the extraction rules and dictionaries. Bump it whenever the output can change: stored documents
	 * extracted by another version count as changed and are extracted again at the next ingest.
	 */
	public static final String VERSION = "2026.12.07-67";


	private final ExtractionPipeline pipeline;

	private final SimplifiedText simplified = new SimplifiedText();

	private final DocumentDateReader dates = new DocumentDateReader();

	public DocumentExtractor() {
		this(standardPipeline());
	}

	/** An extractor that runs {@code pipeline} on each section instead of the standard stages. */
	public DocumentExtractor(ExtractionPipeline pipeline) {
		this.pipeline = pipeline;
	}

	private static ExtractionPipeline standardPipeline() {
		DivisionGazetteer gazetteer = DivisionGazetteer.shared();
		PartyReader parties = new PartyReader(gazetteer, RelationWords.standard());
		DepartmentNames departments = DepartmentNames.load();
		NameSuffixes suffixes = NameSuffixes.load();
		UnitNamer namer = new UnitNamer(gazetteer, departments, suffixes);
		Map<Character, String> cityAbbreviations = CityAbbreviations.load();
		Set<String> provinces = gazetteer.provinceNames();
		return ExtractionPipeline.of(
				new StructureStage(namer),
				new GazetteerStage(gazetteer),
				new ContextStage(gazetteer),
				new PlaceDisambiguationStage(gazetteer),
				new DepartmentStage(departments, namer, DepartmentNames.loadNationalBodies(), provinces),
				new ProgressLabelStage(suffixes),
				new HanlpCandidateStage(new HanlpSegmenter(), suffixes, cityAbbreviations, gazetteer),
				new EntityResolutionStage(namer, provinces),
				new RelationRuleStage(List.of(new PairingRule(parties), new VisitingTeamRule(), new ParkByShortNameRule(),
						new SitingRule(parties.words()), new PlacementRule(gazetteer, cityAbbreviations, parties.words()),
						new PlaceChainRule(parties), new CoBuildingCitiesRule(gazetteer), new CityInitialsRule(), new FundingRule(parties))));
	}

	/**
	 * Extracts one document. Long documents are read section by section (sections end at paragraph breaks), so
	 * memory stays bounded by the section size; the first section's context (issuer, home place) carries over. A document
	 * written in traditional characters is read in simplified ones, offsets unchanged ({@link SimplifiedText}), and
	 * without the pinyin glosses printed after some characters, evidence offsets still counted in the text as written
	 * ({@link PinyinGlosses}). The
	 * document is dated ({@link DocumentDateReader}) and each relation carries the year its clauses state
	 * ({@link StatedYear}).
	 */
	public DocumentExtraction extract(String docName, String text) {
		PinyinGlosses glosses = PinyinGlosses.removedFrom(text == null ? "" : this.simplified.of(text));
		String all = glosses.text();
		SectionMerger merged = new SectionMerger();
		DocumentContext context = DocumentContext.UNKNOWN;
		List<String> problems = new ArrayList<>();
		int sections = 0;
		int from = 0;
		do {
			sections++;
			int to = sectionEnd(all, from);
			try {
				Extraction start = Extraction.start(docName, all.substring(from, to)).withContext(context);
				Extraction result = this.pipeline.run(start);
				context = result.context();
				merged.add(result, from);
			}
			catch (RuntimeException | StackOverflowError ex) {
				// A rule tripping over malformed input must not lose the other sections, nor go unnoticed.
				problems.add(problem(from, to, ex));
			}
			from = to;
		}
		while (from < all.length());
		Map<String, List<String>> forms = new HashMap<>();
		for (ExtractedEntity e : merged.entities()) {
			forms.computeIfAbsent(e.name(), (name) -> new ArrayList<>(List.of(name))).addAll(e.aliases());
		}
		StatedYear years = StatedYear.reading(all);
		List<ExtractedRelation> relations = merged.relations()
			.stream()
			.map((r) -> new ExtractedRelation(r.type(), r.from(), r.to(), r.amountCny(),
					glosses.inWrittenText(r.evidence()), r.rule(),
					years.of(r.evidence(), forms.getOrDefault(r.from(), List.of(r.from())),
							forms.getOrDefault(r.to(), List.of(r.to())))))
			.toList();
		List<ExtractedTask> tasks = merged.tasks()
			.stream()
			.map((t) -> new ExtractedTask(t.id(), t.text(), t.responsible(), t.lead(), t.coResponsible(), t.deadline(),
					glosses.inWrittenText(t.evidence())))
			.toList();
		return new DocumentExtraction(docName, context.title(), context.issuer(), merged.entities(), relations,
				tasks, ExtractionState.of(sections, problems.size()), problems,
				this.dates.read(all, context.title()));
	}

	/**
	 * Names the failed section by its characters, and the error by its type, message and the extractor's method that
	 * threw it (or the library's, when none of ours is on the stack).
	 */
	private static String problem(int from, int to, Throwable error) {
		StackTraceElement[] trace = error.getStackTrace();
		String where = Arrays.stream(trace)
			.filter((frame) -> frame.getClassName().startsWith(OUR_PACKAGE))
			.findFirst()
			.or(() -> Arrays.stream(trace).findFirst())
			.map((frame) -> " at " + frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "."
					+ frame.getMethodName() + ":" + frame.getLineNumber())
			.orElse("");
		return "characters %d-%d not extracted: %s: %s%s".formatted(from, to, error.getClass().getSimpleName(),
				error.getMessage(), where);
	}

	private static final String OUR_PACKAGE = "org.coopgraph.";

	/** Sections are about this long; a paragraph break near the limit ends one. */
	static final int SECTION_CHARS = 1 << 20;

	private static int sectionEnd(String text, int from) {
		if (text.length() - from <= SECTION_CHARS) {
			return text.length();
		}
		int limit = from + SECTION_CHARS;
		int cut = text.lastIndexOf("\n\n", limit);
		if (cut <= from + SECTION_CHARS / 2) {
			cut = text.lastIndexOf('\n', limit);
		}
		if (cut <= from + SECTION_CHARS / 2) {
			cut = limit;
		}
		// Never split a surrogate pair.
		if (Character.isHighSurrogate(text.charAt(cut - 1))) {
			cut--;
		}
		return cut + (cut < text.length() && text.charAt(cut) == '\n' ? 1 : 0);
	}

}
