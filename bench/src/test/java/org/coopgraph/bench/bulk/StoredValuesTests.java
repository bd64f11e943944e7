package org.coopgraph.bench.bulk;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredValuesTests {

	@Test
	void storesIntegersAsLongsAndFloatsAsDoubles() {
		assertThat(StoredValues.stored(42)).isEqualTo(42L);
		assertThat(StoredValues.stored(1.5f)).isEqualTo(1.5d);
		assertThat(StoredValues.stored(3.0e7)).isEqualTo(3.0e7);
		assertThat(StoredValues.stored("无锡市")).isEqualTo("无锡市");
	}

	@Test
	void storesListsAsTypedArrays() {
		assertThat(StoredValues.stored(List.of("市发改委", "发改委"))).isEqualTo(new String[] { "市发改委", "发改委" });
		assertThat(StoredValues.stored(List.of(1, 2L))).isEqualTo(new long[] { 1, 2 });
		assertThat(StoredValues.stored(List.of(0.5, 2.0f))).isEqualTo(new double[] { 0.5, 2.0 });
		assertThat(StoredValues.stored(List.of(true, false))).isEqualTo(new boolean[] { true, false });
	}

	@Test
	void refusesAListOfMixedTypes() {
		assertThatThrownBy(() -> StoredValues.stored(List.of("无锡市", 1))).isInstanceOf(IllegalArgumentException.class);
	}

}
