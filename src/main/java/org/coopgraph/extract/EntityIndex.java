package org.coopgraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.coopgraph.extract.model.ExtractedEntity;

/**
 * Resolved entities of one document: by canonical name, and their mentions in text order (for rules that read a
 * sentence). Immutable.
 */
public record EntityIndex(Map<String, ExtractedEntity> byName, List<Mention> mentions) {

	public static final EntityIndex EMPTY = new EntityIndex(Map.of(), List.of());

	public ExtractedEntity get(String canonical) {
		return this.byName.get(canonical);
	}

	/** Mentions lying inside {@code [start, end)}, in text order. */
	public List<Mention> mentionsIn(int start, int end) {
		int lo = Collections.binarySearch(this.mentions, new Mention("", start, start, null, "", null, ""),
				Comparator.comparingInt(Mention::start));
		if (lo < 0) {
			lo = -lo - 1;
		}
		while (lo > 0 && this.mentions.get(lo - 1).start() >= start) {
			lo--;
		}
		List<Mention> out = new ArrayList<>();
		for (int i = lo; i < this.mentions.size() && this.mentions.get(i).start() < end; i++) {
			if (this.mentions.get(i).end() <= end) {
				out.add(this.mentions.get(i));
			}
		}
		return out;
	}

}
