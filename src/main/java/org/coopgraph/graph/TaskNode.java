package org.coopgraph.graph;

/** A task as stored: key ({@code document#taskId}), its id within the document, text, deadline and document. */
public record TaskNode(String key, String taskId, String text, String deadline, String document)
		implements GraphNode {

}
