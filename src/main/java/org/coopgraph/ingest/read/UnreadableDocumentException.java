package org.coopgraph.ingest.read;

/**
 * A file could not be turned into text: I/O failure, unsupported or damaged content, or a
 * {@link ReadLimits} limit. The message always starts with the file name followed by a
 * colon, so an ingest report can show it as is and group failures by cause.
 */
public class UnreadableDocumentException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UnreadableDocumentException(String fileName, String problem) {
		super(fileName + ": " + problem);
	}

	public UnreadableDocumentException(String fileName, String problem, Throwable cause) {
		super(fileName + ": " + problem, cause);
	}

}
