package org.coopgraph.ingest.read;

import java.nio.file.Path;

/**
 * The plain text of one source file, as produced by a {@link DocumentReader}.
 * <p>
 * {@code text} keeps the characters of the source (no Unicode normalisation) except that
 * a leading byte-order mark is gone, line endings are {@code \n}, and control characters
 * other than {@code \n} and {@code \t} are removed. It is never blank.
 *
 * @param name file name without folders
 * @param path the path the document was read from
 * @param format the reader's format: {@code text}, {@code html}, {@code pdf} or
 * {@code docx}
 * @param text the extracted plain text
 * @param sha256 lower-case hex SHA-256 of the raw file bytes, stable across re-reads
 * @param bytes size of the raw file in bytes
 */
public record SourceDocument(String name, Path path, String format, String text, String sha256, long bytes) {

}
