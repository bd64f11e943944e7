package org.coopgraph.ingest.read;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Entry point for turning files into {@link SourceDocument}s: finds the supported files
 * under some roots and reads each with the reader for its extension. Immutable and
 * thread-safe, so one instance can serve parallel ingest workers.
 */
public final class DocumentReaders {

	private final List<DocumentReader> readers;

	/** The text, HTML, PDF and DOCX readers with default limits. */
	public DocumentReaders() {
		this(ReadLimits.DEFAULTS);
	}

	/** The text, HTML, PDF and DOCX readers with the given limits. */
	public DocumentReaders(ReadLimits limits) {
		this(List.of(new TextReader(limits), new HtmlReader(limits), new PdfReader(limits), new DocxReader(limits)));
	}

	/** The given readers; the first that supports a file name wins. */
	public DocumentReaders(List<DocumentReader> readers) {
		this.readers = List.copyOf(readers);
	}

	/**
	 * The reader for a file name, by its extension, case-insensitively.
	 */
	public Optional<DocumentReader> readerFor(Path file) {
		String name = fileName(file).toLowerCase(Locale.ROOT);
		return this.readers.stream().filter((reader) -> reader.supports(name)).findFirst();
	}

	/**
	 * Reads one file with the reader for its extension.
	 * @throws UnreadableDocumentException if no reader supports it or reading fails
	 */
	public SourceDocument read(Path file) {
		return readerFor(file)
			.orElseThrow(() -> new UnreadableDocumentException(fileName(file), "unsupported file type"))
			.read(file);
	}

	/**
	 * Lists the files to read: each root that is a file is taken as given; each folder is
	 * walked recursively in path order, skipping hidden files and folders (names starting
	 * with a dot), Office lock files ({@code ~$...}) and unsupported extensions. Symbolic
	 * links to folders are not followed. Each path appears once, in the order of the
	 * roots.
	 * @throws UnreadableDocumentException if a root does not exist, a given file is
	 * unsupported, or a folder cannot be listed
	 */
	public List<Path> collect(List<Path> roots) {
		Set<Path> files = new LinkedHashSet<>();
		for (Path root : roots) {
			if (Files.isDirectory(root)) {
				files.addAll(walk(root));
			}
			else if (Files.isRegularFile(root)) {
				if (readerFor(root).isEmpty()) {
					throw new UnreadableDocumentException(fileName(root), "unsupported file type");
				}
				files.add(root);
			}
			else {
				throw new UnreadableDocumentException(root.toString(), "no such file or folder");
			}
		}
		return List.copyOf(files);
	}

	private List<Path> walk(Path folder) {
		List<Path> found = new ArrayList<>();
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					return (!dir.equals(folder) && isHidden(dir)) ? FileVisitResult.SKIP_SUBTREE
							: FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					boolean regular = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file));
					if (regular && !isHidden(file) && readerFor(file).isPresent()) {
						found.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			throw new UnreadableDocumentException(folder.toString(), "cannot list folder (" + ex + ")", ex);
		}
		found.sort(null);
		return found;
	}

	private static boolean isHidden(Path path) {
		String name = fileName(path);
		return name.startsWith(".") || name.startsWith("~$");
	}

	private static String fileName(Path path) {
		return (path.getFileName() != null) ? path.getFileName().toString() : path.toString();
	}

}
