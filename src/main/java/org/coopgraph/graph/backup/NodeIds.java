package org.coopgraph.graph.backup;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Maps the node ids of a backup file to the ids of the nodes a restore created, in two arrays of longs (16 bytes a
 * node) searched by binary search. Not thread-safe; {@link #add} every node before the first {@link #get}.
 */
final class NodeIds {

	private long[] backup = new long[1024];

	private long[] restored = new long[1024];

	private int size;

	private boolean sorted = true;

	void add(long backupId, long restoredId) {
		if (this.size == this.backup.length) {
			this.backup = Arrays.copyOf(this.backup, this.size * 2);
			this.restored = Arrays.copyOf(this.restored, this.size * 2);
		}
		this.sorted &= this.size == 0 || this.backup[this.size - 1] < backupId;
		this.backup[this.size] = backupId;
		this.restored[this.size] = restoredId;
		this.size++;
	}

	/** The restored node's id; throws when the backup has no node {@code backupId}. */
	long get(long backupId) {
		if (!this.sorted) {
			sort();
		}
		int at = Arrays.binarySearch(this.backup, 0, this.size, backupId);
		if (at < 0) {
			throw new InvalidBackupException("a relationship refers to node " + backupId + ", which the backup lacks");
		}
		return this.restored[at];
	}

	private void sort() {
		Integer[] order = IntStream.range(0, this.size).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingLong((i) -> this.backup[i]));
		long[] backupSorted = new long[this.size];
		long[] restoredSorted = new long[this.size];
		for (int i = 0; i < this.size; i++) {
			backupSorted[i] = this.backup[order[i]];
			restoredSorted[i] = this.restored[order[i]];
		}
		this.backup = backupSorted;
		this.restored = restoredSorted;
		this.sorted = true;
	}

}
