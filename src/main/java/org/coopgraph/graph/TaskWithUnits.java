package org.coopgraph.graph;

import java.util.List;

/** A task with the units related to it in the roles asked for, read together. */
public record TaskWithUnits(TaskNode task, List<EntityNode> units) {

}
