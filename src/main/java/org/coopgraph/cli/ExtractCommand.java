package org.coopgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.coopgraph.extract.document.DocumentExtractor;
import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.ExtractionState;
import org.coopgraph.ingest.read.DocumentReaders;
import org.coopgraph.ingest.read.SourceDocument;
import org.coopgraph.ingest.read.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code coopgraph extract [--out DIR] FILE...}: runs the extractor alone (no database) and writes one JSON document
 * per input in the annotation format, with offsets and the rule behind each fact. Without {@code --out} the JSON goes
 * to standard output, one document per line. Each section the extractor could not read is named on standard error,
 * and the exit code is then {@link ExitCodes#PARTIAL}, as for a file that cannot be read.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
		description = "Extract entities, relations and tasks from documents as JSON (no database needed).")
class ExtractCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders to extract from.")
	List<Path> files;

	@Option(names = "--out", paramLabel = "DIR", description = "Write <name>.json files into DIR.")
	Path out;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter stdout = this.spec.commandLine().getOut();
		PrintWriter stderr = this.spec.commandLine().getErr();
		DocumentReaders readers = new DocumentReaders();
		DocumentExtractor extractor = new DocumentExtractor();
		if (this.out != null) {
			Files.createDirectories(this.out);
		}
		int failed = 0;
		for (Path file : readers.collect(this.files)) {
			try {
				SourceDocument document = readers.read(file);
				DocumentExtraction extraction = extractor.extract(document.name(), document.text());
				if (extraction.state() != ExtractionState.COMPLETE) {
					failed++;
					extraction.problems()
						.forEach((problem) -> stderr.printf("coopgraph: %s: %s%n", document.name(), problem));
				}
				String json = ExtractionJson.write(extraction);
				if (this.out == null) {
					stdout.println(json);
				}
				else {
					Path target = this.out.resolve(stem(document.name()) + ".json");
					Files.writeString(target, json);
					stderr.printf("%s -> %s (%d entities, %d relations, %d tasks)%n", file, target,
							extraction.entities().size(), extraction.relations().size(), extraction.tasks().size());
				}
			}
			catch (UnreadableDocumentException ex) {
				failed++;
				stderr.println("coopgraph: " + ex.getMessage());
			}
		}
		return (failed == 0) ? ExitCodes.OK : ExitCodes.PARTIAL;
	}

	private static String stem(String name) {
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

}
