package org.coopgraph.extract.relation;

import java.util.List;

import org.coopgraph.extract.Mention;

/**
 * A party named in a sentence. A chain of places written outermost first (吴忠市盐池县, 草坝镇寨坝村) stands for its
 * innermost member {@code head}; {@code outer} holds the others, nearest first. {@code scope} is the outer chain of
 * the list's first member when this one has none of its own (吴忠市 for 同心县 in 吴忠市盐池县、同心县). {@code marker} is
 * the role word written before the list (与, 向, 对 …, or empty), {@code list} numbers the sentence's lists of parties,
 * and {@code listEnd} is where this party's list ends.
 */
public record Party(Mention head, List<Mention> outer, List<Mention> scope, int start, int end, String marker, int list,
		int listEnd) {

	public String name() {
		return this.head.canonical();
	}

}
