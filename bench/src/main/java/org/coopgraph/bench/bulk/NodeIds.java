package org.coopgraph.bench.bulk;

/**
 * Node ids by {@code key} for one kind of node, filled while the nodes are created and read while relationships are:
 * an open-addressing table of two arrays sized once for the expected count, so that a million-and-a-half nodes cost
 * about 12 bytes a slot and no object per entry (a {@code HashMap<String, Long>} costs about 48 bytes per entry).
 * Not thread-safe.
 */
final class NodeIds {

	/** At most three quarters of the slots are used, which keeps linear probing short. */
	private static final double MAX_FILL = 0.75;

	private final String[] keys;

	private final long[] ids;

	private final int mask;

	/** Keeps the top bits of the scrambled hash, as many as index the table. */
	private final int shift;

	private final int expected;

	private int size;

	/**
	 * @param expected how many keys will be put; more are refused
	 */
	NodeIds(int expected) {
		long needed = Math.max(2, (long) Math.ceil(expected / MAX_FILL));
		// The smallest power of two that holds them, so that a mask replaces the modulo.
		int capacity = (int) Math.min(1L << 30, Long.highestOneBit(needed - 1) << 1);
		this.keys = new String[capacity];
		this.ids = new long[capacity];
		this.mask = capacity - 1;
		this.shift = Long.SIZE - Integer.numberOfTrailingZeros(capacity);
		this.expected = expected;
	}

	/**
	 * Records the id of the node with {@code key}.
	 * @throws IllegalArgumentException when the key is already there (keys are unique per kind, as the schema's
	 * constraints require) or more keys arrive than expected
	 */
	void put(String key, long id) {
		if (this.size == this.expected) {
			throw new IllegalArgumentException("more nodes than the " + this.expected + " expected, at key " + key);
		}
		int slot = slot(key);
		while (this.keys[slot] != null) {
			if (this.keys[slot].equals(key)) {
				throw new IllegalArgumentException("two nodes have the key " + key);
			}
			slot = (slot + 1) & this.mask;
		}
		this.keys[slot] = key;
		this.ids[slot] = id;
		this.size++;
	}

	/**
	 * The id of the node with {@code key}.
	 * @throws IllegalArgumentException when no node has it: a relationship whose endpoint is not in the graph
	 */
	long get(String key) {
		int slot = slot(key);
		while (this.keys[slot] != null) {
			if (this.keys[slot].equals(key)) {
				return this.ids[slot];
			}
			slot = (slot + 1) & this.mask;
		}
		throw new IllegalArgumentException("no node has the key " + key);
	}

	private int slot(String key) {
		// Generated and real names differ in a character or two, so their String hashes are close together;
		// Fibonacci hashing scatters them, where linear probing over raw hashes would build long runs.
		return (int) ((key.hashCode() * 0x9E3779B97F4A7C15L) >>> this.shift);
	}

}
