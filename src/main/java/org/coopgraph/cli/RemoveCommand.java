package org.coopgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

import org.coopgraph.graph.GraphWriter;
import org.coopgraph.graph.WriteOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code coopgraph remove DOC...}: removes documents and the facts that only they support, one transaction per
 * document. Exits with {@link ExitCodes#PARTIAL} when a document was not found.
 */
@Command(name = "remove", mixinStandardHelpOptions = true,
		description = "Remove documents (by file name) and the facts only they support.")
class RemoveCommand extends DatabaseCommand {

	@Parameters(arity = "1..*", paramLabel = "DOC", description = "Document names, as listed by the documents query.")
	List<String> documents;

	@Override
	int run(ConfigurableApplicationContext context, PrintWriter out) {
		GraphWriter writer = context.getBean(GraphWriter.class);
		int missing = 0;
		for (String document : this.documents) {
			Optional<WriteOutcome> removed = writer.remove(document);
			if (removed.isPresent()) {
				WriteOutcome r = removed.get();
				out.printf("removed   %s  (%d entities, %d relations, %d tasks)%n", document,
						r.entityChanges().removed(), r.relationChanges().removed(), r.taskChanges().removed());
			}
			else {
				out.printf("not found %s%n", document);
				missing++;
			}
		}
		return (missing == 0) ? ExitCodes.OK : ExitCodes.PARTIAL;
	}

}
