package org.coopgraph.evaluation;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A set of real documents with hand-made gold annotations, shipped with the tests under {@code corpus/}: the seeds
 * (documents in {@code import/}, gold in {@code corpus/seeds/gold}) and the wide set (documents and gold in
 * {@code corpus/wide}). Each set's {@code SOURCES.md} says where its documents come from.
 */
public record EvaluationSet(String name, Path documents, Path gold) {

	public static final EvaluationSet SEEDS = new EvaluationSet("seeds", Path.of("import"),
			resource("/corpus/seeds/gold"));

	public static final EvaluationSet WIDE = new EvaluationSet("wide", resource("/corpus/wide/docs"),
			resource("/corpus/wide/gold"));

	public static final List<EvaluationSet> ALL = List.of(SEEDS, WIDE);

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
