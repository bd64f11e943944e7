package org.coopgraph.bench.bulk;

/** Told by {@link BulkLoader} after each group is written; implementations print or ignore it. */
@FunctionalInterface
public interface BulkProgress {

	BulkProgress NONE = (group, count) -> {
	};

	void loaded(String group, int count);

}
