package org.coopgraph.extract.relation;

/** One family of relation rules; reads the document through the context and adds what it finds. Stateless. */
public interface RelationRule {

	void apply(RelationContext context);

}
