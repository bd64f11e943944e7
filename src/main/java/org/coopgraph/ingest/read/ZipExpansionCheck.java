package org.coopgraph.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates every entry of a zip archive into nothing, counting the bytes, before any
 * library builds objects from it. Counting real output instead of trusting the sizes the
 * archive declares is what stops a zip bomb. Stateless and thread-safe.
 */
final class ZipExpansionCheck {

	private static final int BUFFER = 64 * 1024;

	/**
	 * Same bound as POI's default {@code ZipSecureFile} minimum inflate ratio (0.01):
	 * real Office XML stays well below it, generated bombs are far above.
	 */
	private static final int MAX_RATIO = 100;

	/** Small entries may compress extremely well without being a threat. */
	private static final long RATIO_GRACE_BYTES = 1024 * 1024;

	private ZipExpansionCheck() {
	}

	/**
	 * @throws UnreadableDocumentException if the archive is damaged or inflates past the
	 * limit
	 */
	static void check(RawFile raw, String format, long maxExpandedBytes) {
		long total = 0;
		int entries = 0;
		byte[] buffer = new byte[BUFFER];
		PositionedInput source = new PositionedInput(raw.content());
		try (ZipInputStream zip = new ZipInputStream(source)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries++;
				long entryStart = source.position();
				long entryBytes = 0;
				for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
					total += n;
					entryBytes += n;
					if (total > maxExpandedBytes) {
						throw raw.problem(format + " is damaged or a zip bomb (expands beyond "
								+ ReadLimits.describeBytes(maxExpandedBytes) + ")");
					}
					// Compressed bytes consumed so far; the stream reads ahead a little,
					// which only makes the ratio look smaller.
					long compressed = Math.max(1, source.position() - entryStart);
					if (entryBytes > RATIO_GRACE_BYTES && entryBytes / compressed > MAX_RATIO) {
						throw raw.problem(format + " is damaged or a zip bomb (entry " + entry.getName()
								+ " expands more than " + MAX_RATIO + " times)");
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw raw.problem(format + " is damaged (" + ex.getMessage() + ")", ex);
		}
		if (entries == 0) {
			throw raw.problem("not a " + format + " (no zip entries; starts with "
					+ PdfReader.describeStart(raw.content()) + ")");
		}
	}

	/** Exposes how far the zip reader has consumed the archive. */
	private static final class PositionedInput extends ByteArrayInputStream {

		PositionedInput(byte[] content) {
			super(content);
		}

		synchronized long position() {
			return this.pos;
		}

	}

}
