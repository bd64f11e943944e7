package org.coopgraph.extract;

import org.coopgraph.extract.gazetteer.Division;

/**
 * What a document is about: its title, its issuer line, and its home place (the city or county that issued it, or
 * the place it mentions most), which names the departments written without a place.
 */
public record DocumentContext(String title, String issuer, Division home, Division homeCity, Division homeProvince) {

	public static final DocumentContext UNKNOWN = new DocumentContext("", "", null, null, null);

}
