package org.coopgraph.ingest.read;

/**
 * Bounds on what a reader accepts, so one hostile or broken file costs a failure entry
 * instead of the heap. Immutable.
 *
 * @param maxFileBytes largest raw file accepted
 * @param maxTextChars most characters of extracted text accepted
 * @param maxDocxExpandedBytes most bytes a DOCX archive may inflate to, all entries
 * together
 * @param maxHtmlDepth deepest element nesting the HTML parser builds; deeper elements are
 * attached at this depth, so their text is kept
 */
public record ReadLimits(long maxFileBytes, int maxTextChars, long maxDocxExpandedBytes, int maxHtmlDepth) {

	private static final long MIB = 1024L * 1024L;

	/** 64 MiB files, 50 million characters, 1 GiB inflated DOCX, HTML depth 256. */
	public static final ReadLimits DEFAULTS = new ReadLimits(64 * MIB, 50_000_000, 1024 * MIB, 256);

	public ReadLimits {
		if (maxFileBytes <= 0 || maxTextChars <= 0 || maxDocxExpandedBytes <= 0 || maxHtmlDepth <= 0) {
			throw new IllegalArgumentException("read limits must be positive");
		}
	}

	/**
	 * A human-readable size for messages, e.g. {@code 64 MiB}.
	 */
	static String describeBytes(long bytes) {
		return (bytes % MIB == 0) ? (bytes / MIB) + " MiB" : bytes + " bytes";
	}

}
