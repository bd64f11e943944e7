package org.coopgraph.ingest.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The common frame of the readers: a reader handles some file name endings, loads the file under the size limit
 * ({@link RawFile}) and turns its bytes into text. Subclasses are immutable and thread-safe.
 */
abstract class LimitedFileReader implements DocumentReader {

	protected final ReadLimits limits;

	private final List<String> endings;

	LimitedFileReader(ReadLimits limits, String... endings) {
		this.limits = limits;
		this.endings = List.of(endings);
	}

	@Override
	public final boolean supports(String fileNameLowercase) {
		String name = fileNameLowercase.toLowerCase(Locale.ROOT);
		return this.endings.stream().anyMatch(name::endsWith);
	}

	@Override
	public final SourceDocument read(Path file) {
		return read(RawFile.load(file, this.limits));
	}

	/** Reads a loaded file; throws {@link UnreadableDocumentException} (via {@link RawFile#problem}) on failure. */
	abstract SourceDocument read(RawFile raw);

}
