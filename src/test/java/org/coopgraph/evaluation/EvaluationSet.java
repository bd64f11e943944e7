package org.coopgraph.evaluation;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A set of real documents with hand-made gold annotations, shipped with the tests under {@code corpus/}: the seeds
 * (documents in {@code import/}, gold in {@code corpus/seeds/gold}), the wide set and the project's own corpus
 * (documents and gold in {@code corpus/wide} and {@code corpus/own}). The {@code SOURCES.md} of each of the last two
 * says where its documents come from and how they were chosen.
 */
public record EvaluationSet(String name, Path documents, Path gold) {

	public static final EvaluationSet SEEDS = new EvaluationSet("seeds", Path.of("import"),
			resource("/corpus/seeds/gold"));

	public static final EvaluationSet WIDE = new EvaluationSet("wide", resource("/corpus/wide/docs"),
			resource("/corpus/wide/gold"));

	public static final EvaluationSet OWN = new EvaluationSet("own", resource("/corpus/own/docs"),
			resource("/corpus/own/gold"));

	public static final List<EvaluationSet> ALL = List.of(SEEDS, WIDE, OWN);

	public Map<String, GoldDocument> goldDocuments() {
		return GoldDocument.readFolder(this.gold);
	}

	@Override
	public String toString() {
		return this.name;
	}

	private static Path resource(String name) {
		URL url = EvaluationSet.class.getResource(name);
		if (url == null) {
			throw new IllegalStateException("test resource " + name + " is missing");
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
