package org.coopgraph.extract.text;

/**
 * Marks that join two places at the head of a joint name: dashes (甲市-乙市产业转移合作园区, 甲—乙山海协作产业园) and
 * middle dots (甲·乙产业园, 甲•乙工业园区).
 */
public final class Joiners {

	private static final String MARKS = "—－-–·•・";

	private Joiners() {
	}

	public static boolean is(char c) {
		return MARKS.indexOf(c) >= 0;
	}

}
