package org.coopgraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The version of the graph's data, read from the store itself, so it survives restarts and holds for an external
 * database written by another process. Every committed ingest, re-ingest or removal changes the number of documents
 * or the newest {@code ingestedAt}; the node and relationship counts (kept by the store, free to read) tell apart the
 * rare sequences that return to both. Changes made by hand in Neo4j Browser that touch no document and keep every
 * count are not seen. One cheap read of counts and an index; thread-safe.
 */
@Component
public class DataVersion {

	private static final String CURRENT = """
			CALL () { MATCH (d:Document) RETURN count(d) AS documents }
			CALL () { MATCH (n) RETURN count(n) AS nodes }
			CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
			OPTIONAL CALL () {
			  MATCH (d:Document) WHERE d.ingestedAt IS NOT NULL
			  RETURN d.ingestedAt AS latest ORDER BY d.ingestedAt DESC LIMIT 1
			}
			RETURN documents, nodes, relationships, toString(latest) AS latest""";

	private final GraphReads reads;

	public DataVersion(GraphReads reads) {
		this.reads = reads;
	}

	/** A short opaque string that changes whenever an ingest or removal commits. */
	public String current() {
		String state = this.reads.list(CURRENT, Map.of(), (r) -> r.get("documents").asLong() + "|"
				+ r.get("nodes").asLong() + "|" + r.get("relationships").asLong() + "|" + r.get("latest").asString(""))
			.get(0);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
