package org.coopgraph.extract.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character trie mapping strings to values, for longest-match dictionary lookups in linear time per position.
 * Immutable once built through {@link Builder}; safe to share between threads.
 */
public final class CharTrie<V> {

	private final Node<V> root;

	private final int maxLength;

	private final Node<V>[] firstLevel;

	@SuppressWarnings("unchecked")
	private CharTrie(Node<V> root, int maxLength) {
		this.root = root;
		this.maxLength = maxLength;
		this.firstLevel = new Node[Character.MAX_VALUE + 1];
		if (root.nodes != null) {
			for (int i = 0; i < root.nodes.length; i++) {
				if (root.nodes[i] != null) {
					this.firstLevel[root.nodes[i].key] = root.nodes[i];
				}
			}
		}
	}

	/** A dictionary hit: the matched key spans {@code [start, end)} of the searched text. */
	public record Hit<V>(int start, int end, List<V> values) {
	}

	/** Every key that starts at {@code start}, longest first. */
	public List<Hit<V>> matchesAt(CharSequence text, int start) {
		if (start >= text.length()) {
			return List.of();
		}
		List<Hit<V>> hits = null;
		// The first step goes through a direct table: it is the one taken for every character of every document.
		Node<V> node = this.firstLevel[text.charAt(start)];
		int limit = Math.min(text.length(), start + this.maxLength);
		for (int i = start; i < limit; i++) {
			if (i > start) {
				node = node.child(text.charAt(i));
			}
			if (node == null) {
				break;
			}
			if (node.values != null) {
				if (hits == null) {
					hits = new ArrayList<>(2);
				}
				hits.add(0, new Hit<>(start, i + 1, node.values));
			}
		}
		return hits == null ? List.of() : hits;
	}

	/**
	 * The longest key that starts at {@code start} (the first of {@link #matchesAt}), or {@code null}; it builds no
	 * list, since most callers scan every character of a text and want only the longest.
	 */
	public Hit<V> longestAt(CharSequence text, int start) {
		if (start >= text.length()) {
			return null;
		}
		Node<V> node = this.firstLevel[text.charAt(start)];
		Node<V> longest = null;
		int end = -1;
		int limit = Math.min(text.length(), start + this.maxLength);
		for (int i = start; i < limit && node != null; i++) {
			if (i > start) {
				node = node.child(text.charAt(i));
			}
			if (node != null && node.values != null) {
				longest = node;
				end = i + 1;
			}
		}
		return longest == null ? null : new Hit<>(start, end, longest.values);
	}

	/** All values stored under exactly {@code key}, or an empty list. */
	public List<V> get(String key) {
		Node<V> node = this.root;
		for (int i = 0; i < key.length() && node != null; i++) {
			node = node.child(key.charAt(i));
		}
		return node == null || node.values == null ? List.of() : node.values;
	}

	/** Collects keys and values; several values may share a key. */
	public static final class Builder<V> {

		private final Node<V> root = new Node<>((char) 0);

		private int maxLength;

		public Builder<V> put(String key, V value) {
			if (key == null || key.isEmpty()) {
				return this;
			}
			Node<V> node = this.root;
			for (int i = 0; i < key.length(); i++) {
				if (node.children == null) {
					node.children = new HashMap<>(4);
				}
				node = node.children.computeIfAbsent(key.charAt(i), Node::new);
			}
			if (node.values == null) {
				node.values = new ArrayList<>(1);
			}
			if (!node.values.contains(value)) {
				node.values.add(value);
			}
			this.maxLength = Math.max(this.maxLength, key.length());
			return this;
		}

		/** Freezes the trie; the builder must not be used afterwards. */
		public CharTrie<V> build() {
			this.root.freeze();
			if (this.root.values != null) {
				this.root.values = List.copyOf(this.root.values);
			}
			return new CharTrie<>(this.root, this.maxLength);
		}

	}

	/**
	 * A trie node. While building, children sit in a map; {@link #freeze} moves them into an open-addressed table
	 * (a power of two in size, at most half full) probed without boxing: lookups run once per character of every
	 * document, and a binary search over the hundreds of children of a common first character cost several times
	 * more.
	 */
	private static final class Node<V> {

		/** The character that leads here from the parent; kept in the node so a probe reads no second array. */
		final char key;

		Map<Character, Node<V>> children;

		Node<V>[] nodes;

		List<V> values;

		Node(char key) {
			this.key = key;
		}

		Node<V> child(char c) {
			Node<V>[] table = this.nodes;
			if (table == null) {
				return null;
			}
			int mask = table.length - 1;
			for (int i = slot(c, mask);; i = (i + 1) & mask) {
				Node<V> node = table[i];
				if (node == null || node.key == c) {
					return node;
				}
			}
		}

		private static int slot(char c, int mask) {
			int h = c * 0x9E3779B1;
			return (h ^ (h >>> 16)) & mask;
		}

		@SuppressWarnings("unchecked")
		void freeze() {
			if (this.children == null) {
				return;
			}
			int size = Integer.highestOneBit(2 * this.children.size() - 1) << 1;
			this.nodes = new Node[size];
			for (Map.Entry<Character, Node<V>> e : this.children.entrySet()) {
				int i = slot(e.getKey(), size - 1);
				while (this.nodes[i] != null) {
					i = (i + 1) & (size - 1);
				}
				this.nodes[i] = e.getValue();
				e.getValue().freeze();
			}
			this.children = null;
			if (this.values != null) {
				this.values = List.copyOf(this.values);
			}
		}

	}

}
