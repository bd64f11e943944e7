package org.coopgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coopgraph.ingest.WorkPlanCorpus;
import org.coopgraph.ingest.read.DocumentReaders;

/**
 * Where the ingest benchmark's documents come from: generated work plans (the default), or real documents from a
 * folder, repeated under distinct file names until there are enough.
 */
sealed interface IngestCorpus {

	/** Writes documents {@code first} to {@code first + count - 1} into {@code folder}, each under its own name. */
	void write(Path folder, int first, int count) throws IOException;

	/** What {@code documents} of this corpus are, for the report. */
	String describe(int documents);

	/** Names the benchmark's folders, so two kinds of corpus never share one. */
	String label();

	/** Generated work plans: short and dense with tasks, every one a different text. */
	record GeneratedPlans() implements IngestCorpus {

		@Override
		public void write(Path folder, int first, int count) {
			// Generating 100,000 plans takes a while, and the same numbers always give the same plans.
			if (!Files.isDirectory(folder)) {
				WorkPlanCorpus.write(folder, first, count);
			}
		}

		@Override
		public String describe(int documents) {
			return "%,d generated work plans".formatted(documents);
		}

		@Override
		public String label() {
			return "docs";
		}

	}

	/**
	 * Real documents: every file under {@code source} the application reads, copied round after round under names
	 * that start with the document's number. The same texts recur under other names, so ingest stores each copy as
	 * a new document: after the first round its entities mostly exist already, while its facts, mentions and tasks
	 * are written again for every copy.
	 *
	 * @param source the folder of real documents
	 * @param files the documents under it, in path order
	 */
	record RepeatedDocuments(Path source, List<Path> files) implements IngestCorpus {

		/**
		 * The documents under {@code source}.
		 * @throws IllegalArgumentException if it holds none the application reads
		 */
		static RepeatedDocuments under(Path source) {
			List<Path> files = new DocumentReaders().collect(List.of(source));
			if (files.isEmpty()) {
				throw new IllegalArgumentException(
						"--ingest-corpus " + source + ": no .txt, .md, .html, .pdf or .docx documents under it");
			}
			return new RepeatedDocuments(source, files);
		}

		@Override
		public void write(Path folder, int first, int count) throws IOException {
			// Copied afresh on every run: the source folder may have changed since the last.
			LoadBench.delete(folder);
			Files.createDirectories(folder);
			for (int number = first; number < first + count; number++) {
				Path file = this.files.get(number % this.files.size());
				Files.copy(file, folder.resolve("%06d-%s".formatted(number, file.getFileName())));
			}
		}

		@Override
		public String describe(int documents) {
			return ("%,d copies of the %d real documents under %s, the same texts under distinct file names "
					+ "(NNNNNN-name): after the first round entities mostly exist, facts, mentions and tasks are "
					+ "written per document").formatted(documents, this.files.size(), this.source);
		}

		@Override
		public String label() {
			return "real";
		}

	}

}
