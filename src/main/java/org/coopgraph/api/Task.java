package org.coopgraph.api;

import org.coopgraph.graph.TaskNode;

/** GraphQL {@code Task}. */
record Task(String id, String name, String taskId, String text, String deadline, String document) implements Node {

	private static final int NAME_LENGTH = 24;

	static Task of(TaskNode node) {
		String text = node.text();
		String head = text.length() > NAME_LENGTH ? text.substring(0, NAME_LENGTH) + "…" : text;
		return new Task(node.key(), node.taskId() + " " + head, node.taskId(), text, node.deadline(), node.document());
	}

}
