package org.coopgraph.ingest.read;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text layer of PDF files with Apache PDFBox. Text is sorted by position so the
 * cells of a table row, drawn as separate strings, come back on one line; each text line
 * becomes a line and each page ends with a line break. Scanned PDFs without a text layer
 * and password protected PDFs are rejected (no OCR). Immutable and thread-safe: every
 * call uses its own PDFBox document and stripper.
 */
public final class PdfReader extends LimitedFileReader {

	/** The PDF header may follow some junk; readers accept it within the first KiB. */
	private static final int HEADER_SEARCH_BYTES = 1024;

	public PdfReader() {
		this(ReadLimits.DEFAULTS);
	}

	public PdfReader(ReadLimits limits) {
		super(limits, ".pdf");
	}

	@Override
	SourceDocument read(RawFile raw) {
		if (!hasPdfHeader(raw.content())) {
			throw raw.problem("not a PDF (starts with " + describeStart(raw.content()) + ")");
		}
		// Temp-file stream cache: decoded streams of a large or hostile PDF go to
		// disk, not heap.
		try (PDDocument pdf = Loader.loadPDF(raw.content(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
			BoundedWriter out = new BoundedWriter(this.limits.maxTextChars());
			stripper().writeText(pdf, out);
			String text = out.toString();
			if (text.isBlank()) {
				throw raw.problem("PDF has no text layer (scanned? OCR is not supported)");
			}
			return raw.toDocument("pdf", text, this.limits);
		}
		catch (StackOverflowError ex) {
			throw raw.problem("PDF is damaged (objects nested too deeply)");
		}
		catch (InvalidPasswordException ex) {
			throw raw.problem("PDF is password-protected", ex);
		}
		catch (BoundedWriter.LimitReached ex) {
			throw raw.textTooLong(this.limits);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnreadableDocumentException unreadable) {
				throw unreadable;
			}
			if (ex.getCause() instanceof BoundedWriter.LimitReached) {
				throw raw.textTooLong(this.limits);
			}
			throw raw.problem("PDF is damaged (" + ex.getMessage() + ")", ex);
		}
	}

	private static PDFTextStripper stripper() {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		stripper.setLineSeparator("\n");
		stripper.setParagraphStart("");
		stripper.setParagraphEnd("");
		stripper.setPageStart("");
		stripper.setPageEnd("\n");
		return stripper;
	}

	private static boolean hasPdfHeader(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, HEADER_SEARCH_BYTES),
				StandardCharsets.ISO_8859_1);
		return head.contains("%PDF-");
	}

	/**
	 * The first bytes, printable ones as text and the rest as hex, so a mislabelled file
	 * can be recognised from the message (an HTML error page, a DOCX zip, ...).
	 */
	static String describeStart(byte[] content) {
		StringBuilder out = new StringBuilder("\"");
		for (int i = 0; i < Math.min(content.length, 8); i++) {
			int b = content[i] & 0xFF;
			if (b >= 0x20 && b < 0x7F) {
				out.append((char) b);
			}
			else {
				out.append(String.format("\\x%02X", b));
			}
		}
		return out.append('"').toString();
	}

	/** Collects stripper output and aborts extraction once the text limit is passed. */
	private static final class BoundedWriter extends StringWriter {

		private final int maxChars;

		BoundedWriter(int maxChars) {
			this.maxChars = maxChars;
		}

		@Override
		public void write(String str, int off, int len) {
			check(len);
			super.write(str, off, len);
		}

		@Override
		public void write(String str) {
			check(str.length());
			super.write(str);
		}

		@Override
		public void write(char[] cbuf, int off, int len) {
			check(len);
			super.write(cbuf, off, len);
		}

		@Override
		public void write(int c) {
			check(1);
			super.write(c);
		}

		private void check(int more) {
			if (getBuffer().length() + (long) more > this.maxChars) {
				throw new LimitReached();
			}
		}

		private static final class LimitReached extends RuntimeException {

			private static final long serialVersionUID = 1L;

			LimitReached() {
				super(null, null, false, false);
			}

		}

	}

}
