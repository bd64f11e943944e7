package org.coopgraph.extract.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named word lists read from a resource with one list per line: its name, a tab, then words separated by spaces.
 * {@code @other} stands for every word of list {@code other}, defined on an earlier line, so overlapping lists share
 * their common words instead of repeating them. Immutable and thread-safe.
 */
public final class WordLists {

	private final String resource;

	private final Map<String, List<String>> lists;

	private WordLists(String resource, Map<String, List<String>> lists) {
		this.resource = resource;
		this.lists = lists;
	}

	/**
	 * @throws IllegalStateException if the resource is missing, a line has no words, a name repeats or an {@code @}
	 * names no earlier list
	 */
	public static WordLists load(String resource) {
		Map<String, List<String>> lists = new HashMap<>();
		for (String[] row : TsvResource.rows(resource)) {
			if (row.length != 2 || row[1].isBlank()) {
				throw new IllegalStateException(resource + ": list " + row[0] + " needs a tab and its words");
			}
			List<String> words = new ArrayList<>();
			for (String word : row[1].strip().split(" +")) {
				if (word.startsWith("@")) {
					List<String> included = lists.get(word.substring(1));
					if (included == null) {
						throw new IllegalStateException(resource + ": list " + row[0] + " includes " + word
								+ ", which is not defined before it");
					}
					words.addAll(included);
				}
				else {
					words.add(word);
				}
			}
			if (lists.putIfAbsent(row[0], List.copyOf(words)) != null) {
				throw new IllegalStateException(resource + ": list " + row[0] + " is defined twice");
			}
		}
		return new WordLists(resource, Map.copyOf(lists));
	}

	/**
	 * The words of list {@code name} in the order written.
	 * @throws IllegalArgumentException if there is no such list
	 */
	public List<String> list(String name) {
		List<String> words = this.lists.get(name);
		if (words == null) {
			throw new IllegalArgumentException(this.resource + " has no list " + name);
		}
		return words;
	}

	/** The words of list {@code name} as a set. */
	public Set<String> set(String name) {
		return Set.copyOf(new LinkedHashSet<>(list(name)));
	}

}
