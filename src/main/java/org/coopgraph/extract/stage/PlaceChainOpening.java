package org.coopgraph.extract.stage;

import java.util.HashMap;
import java.util.Map;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.model.EntityType;

/**
 * The places of one paragraph, by where they start, to find where a park's own name starts when it opens with a chain
 * of places (甲市乙县丙产业园): at the innermost place, as a county is named without its city and the written form
 * stays an alias; the park lies in that place. Not thread-safe: one per paragraph.
 */
final class PlaceChainOpening {

	private record Place(int end, EntityType type, Division division, boolean writtenInFull) {

	}

	private final DivisionGazetteer gazetteer;

	private final Map<Integer, Place> byStart = new HashMap<>();

	PlaceChainOpening(DivisionGazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	/** Records a place at {@code [start, end)} of the paragraph. */
	void add(int start, int end, Mention place) {
		if (place.type() != null && place.type().ordinal() >= EntityType.CITY.ordinal()
				&& place.type().ordinal() <= EntityType.VILLAGE.ordinal()) {
			boolean full = place.division() == null || place.surface().equals(place.division().name());
			this.byStart.put(start, new Place(end, place.type(), place.division(), full));
		}
	}

	/**
	 * Where the name at {@code [start, end)} starts without the outer places of the chain it opens with; {@code start}
	 * when it opens with no chain.
	 */
	int innermost(int start, int end) {
		int at = start;
		Place outer = this.byStart.get(at);
		while (outer != null) {
			Place inner = this.byStart.get(outer.end());
			if (inner == null || inner.end() >= end || !holds(outer, inner)) {
				break;
			}
			at = outer.end();
			outer = inner;
		}
		return at;
	}

	/**
	 * Whether {@code inner}, written right after {@code outer}, lies inside it. Only a place written with its ending
	 * (南通市海门区…园) opens a location chain: bare stems (南通海门工业园区) name the partners that build the park.
	 */
	private boolean holds(Place outer, Place inner) {
		if (!outer.writtenInFull() || inner.type().ordinal() <= outer.type().ordinal()) {
			return false;
		}
		// Places found by their ending in a chain (某村) have no division record; their level decides.
		return outer.division() == null || inner.division() == null
				|| this.gazetteer.contains(outer.division(), inner.division());
	}

}
