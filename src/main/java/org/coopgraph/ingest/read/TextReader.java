package org.coopgraph.ingest.read;


/**
 * Reads plain text and Markdown files ({@code .txt}, {@code .md}) in UTF-8, UTF-16 (with
 * or without byte-order mark) or GB18030/GBK/GB2312, detected from the bytes. Markdown is
 * kept as written. Files that look binary (many control or replacement characters) are
 * rejected. Immutable and thread-safe.
 */
public final class TextReader extends LimitedFileReader {

	/**
	 * Above this share of control/replacement characters a "text" file is taken for
	 * binary.
	 */
	private static final double MAX_JUNK_RATIO = 0.02;

	public TextReader() {
		this(ReadLimits.DEFAULTS);
	}

	public TextReader(ReadLimits limits) {
		super(limits, ".txt", ".md");
	}

	@Override
	SourceDocument read(RawFile raw) {
		String text = TextDecoder.decode(raw);
		if (TextCleaner.junkRatio(text) > MAX_JUNK_RATIO) {
			throw raw.problem("looks like a binary file, not text");
		}
		return raw.toDocument("text", text, this.limits);
	}

}
