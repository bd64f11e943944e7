package org.coopgraph.bench.generate;

import java.util.Arrays;

/** A growable column of ints: millions of relationship endpoints without boxing. Not thread-safe while growing. */
final class IntColumn {

	private int[] values = new int[1024];

	private int size;

	void add(int value) {
		if (this.size == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.values.length * 2);
		}
		this.values[this.size++] = value;
	}

	int get(int index) {
		return this.values[index];
	}

	void set(int index, int value) {
		this.values[index] = value;
	}

	int size() {
		return this.size;
	}

}
