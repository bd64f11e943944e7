package org.coopgraph.graph;

import java.util.List;

/** An entity with one page of its facts, read together. */
public record EntityWithFacts(EntityNode entity, List<RelatedFact> facts) {

}
