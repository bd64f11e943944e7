package org.coopgraph.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of one file, loaded under the size limit, and the step that turns extracted
 * text into a {@link SourceDocument}. Every reader goes through here so the checks on
 * size, emptiness and text length are the same for all formats.
 */
record RawFile(String name, Path path, byte[] content) {

	static RawFile load(Path path, ReadLimits limits) {
		String name = (path.getFileName() != null) ? path.getFileName().toString() : path.toString();
		try {
			if (!Files.isRegularFile(path)) {
				throw new UnreadableDocumentException(name, Files.exists(path) ? "not a regular file" : "no such file");
			}
			if (Files.size(path) > limits.maxFileBytes()) {
				throw tooLarge(name, limits);
			}
			byte[] content;
			// Bounded read: the size reported before opening may be stale or wrong
			// (growing files, special files), so never trust it for the allocation.
			try (InputStream in = Files.newInputStream(path)) {
				content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
			}
			if (content.length > limits.maxFileBytes()) {
				throw tooLarge(name, limits);
			}
			if (content.length == 0) {
				throw new UnreadableDocumentException(name, "empty file");
			}
			return new RawFile(name, path, content);
		}
		catch (NoSuchFileException ex) {
			throw new UnreadableDocumentException(name, "no such file", ex);
		}
		catch (IOException ex) {
			throw new UnreadableDocumentException(name, "cannot read the file (" + ex + ")", ex);
		}
	}

	private static UnreadableDocumentException tooLarge(String name, ReadLimits limits) {
		return new UnreadableDocumentException(name,
				"larger than the " + ReadLimits.describeBytes(limits.maxFileBytes()) + " limit");
	}

	UnreadableDocumentException problem(String problem) {
		return new UnreadableDocumentException(this.name, problem);
	}

	UnreadableDocumentException problem(String problem, Throwable cause) {
		return new UnreadableDocumentException(this.name, problem, cause);
	}

	/**
	 * Cleans the extracted text, applies the text limit and wraps it with this file's
	 * identity.
	 */
	SourceDocument toDocument(String format, CharSequence extracted, ReadLimits limits) {
		if (extracted.length() > limits.maxTextChars()) {
			throw textTooLong(limits);
		}
		String text = TextCleaner.clean(extracted);
		if (text.isBlank()) {
			throw problem("no text found");
		}
		return new SourceDocument(this.name, this.path, format, text, sha256(), this.content.length);
	}

	UnreadableDocumentException textTooLong(ReadLimits limits) {
		return problem("extracted text exceeds the " + limits.maxTextChars() + " character limit");
	}

	String sha256() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(this.content));
		}
		catch (NoSuchAlgorithmException ex) {
			// Every Java platform is required to provide SHA-256.
			throw new IllegalStateException(ex);
		}
	}

}
