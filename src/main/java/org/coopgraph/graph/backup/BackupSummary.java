package org.coopgraph.graph.backup;

/**
 * What a backup holds, as its trailer states it.
 *
 * @param nodes number of nodes
 * @param relationships number of relationships
 * @param sha256 SHA-256 (hex) of every line before the trailer, uncompressed
 */
public record BackupSummary(long nodes, long relationships, String sha256) {

}
