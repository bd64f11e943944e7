package org.coopgraph.ingest.read;

import java.nio.file.Path;

/**
 * Turns one file of a given kind into a {@link SourceDocument}.
 * <p>
 * Implementations are immutable and thread-safe: build once, share between ingest
 * threads. {@link #read(Path)} either returns a document with non-blank text or throws
 * {@link UnreadableDocumentException} whose message names the file and the problem;
 * library exceptions and I/O errors never escape, and the configured {@link ReadLimits}
 * bound the memory a hostile file can make it use.
 */
public interface DocumentReader {

	/**
	 * Whether this reader handles files with this name.
	 * @param fileNameLowercase the file name, lower-cased
	 * @return true if {@link #read(Path)} should be used for it
	 */
	boolean supports(String fileNameLowercase);

	/**
	 * Reads the file.
	 * @param file the file to read
	 * @return the document with its text
	 * @throws UnreadableDocumentException if the file cannot be read or exceeds a limit
	 */
	SourceDocument read(Path file);

}
