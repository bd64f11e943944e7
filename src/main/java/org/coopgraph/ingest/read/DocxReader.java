package org.coopgraph.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads Word documents ({@code .docx}) with Apache POI XWPF: paragraphs and tables of the
 * body in document order, one line per paragraph and one line per table row with cells
 * separated by a tab (a cell's own paragraphs joined by a space). Headers, footers,
 * comments and images are left out. The archive is inflated once under
 * {@link ReadLimits#maxDocxExpandedBytes()} before POI sees it, so zip bombs fail fast;
 * POI's global {@code ZipSecureFile} settings are left alone. Legacy {@code .doc} is not
 * supported. Immutable and thread-safe.
 */
public final class DocxReader extends LimitedFileReader {

	public DocxReader() {
		this(ReadLimits.DEFAULTS);
	}

	public DocxReader(ReadLimits limits) {
		super(limits, ".docx");
	}

	@Override
	SourceDocument read(RawFile raw) {
		ZipExpansionCheck.check(raw, "DOCX", this.limits.maxDocxExpandedBytes());
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(raw.content()))) {
			StringBuilder text = new StringBuilder();
			for (IBodyElement element : docx.getBodyElements()) {
				appendElement(element, text);
				if (text.length() > this.limits.maxTextChars()) {
					throw raw.textTooLong(this.limits);
				}
			}
			return raw.toDocument("docx", text, this.limits);
		}
		catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException
				| IllegalStateException | ClassCastException ex) {
			// POI reports a "Zip bomb detected!" IOException of its own, and throws
			// assorted runtime exceptions on zips that are not Word documents.
			throw raw.problem("DOCX is damaged or not a Word document (" + ex.getMessage() + ")", ex);
		}
		catch (StackOverflowError ex) {
			throw raw.problem("DOCX is damaged (XML nested too deeply)");
		}
	}

	private static void appendElement(IBodyElement element, StringBuilder text) {
		if (element instanceof XWPFParagraph paragraph) {
			text.append(paragraph.getText()).append('\n');
		}
		else if (element instanceof XWPFTable table) {
			for (XWPFTableRow row : table.getRows()) {
				text.append(rowLine(row)).append('\n');
			}
		}
		else if (element instanceof XWPFSDT contentControl) {
			text.append(contentControl.getContent().getText()).append('\n');
		}
	}

	private static String rowLine(XWPFTableRow row) {
		List<String> cells = new ArrayList<>();
		for (XWPFTableCell cell : row.getTableCells()) {
			cells.add(cellText(cell));
		}
		return String.join("\t", cells);
	}

	/**
	 * A cell on one line: its paragraphs and any nested table joined by spaces, since a
	 * line break would split the row.
	 */
	private static String cellText(XWPFTableCell cell) {
		StringBuilder text = new StringBuilder();
		for (IBodyElement element : cell.getBodyElements()) {
			StringBuilder part = new StringBuilder();
			appendElement(element, part);
			String flat = part.toString().replaceAll("[\\t\\n\\r]+", " ").strip();
			if (!flat.isEmpty()) {
				if (!text.isEmpty()) {
					text.append(' ');
				}
				text.append(flat);
			}
		}
		return text.toString();
	}

}
