package org.coopgraph.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A TrueType font made for tests that render Chinese PDFs, so that they need no font installed: it maps every
 * character of the ranges below (ASCII, punctuation, letter-like symbols, arrows and maths, CJK symbols and
 * ideographs, full-width forms) to a glyph of its own. The glyphs have advance widths (full width for CJK, half for
 * the rest) but no outlines: the PDFs are read back for their text layer, never looked at. PDFBox embeds a subset
 * of it and writes the ToUnicode map from its cmap, as it does for a real font.
 */
final class CjkFont {

	/** Code point ranges covered, first and last. */
	private static final List<int[]> RANGES = List.of(new int[] { 0x0020, 0x007E }, new int[] { 0x00A0, 0x00FF },
			new int[] { 0x2000, 0x206F }, new int[] { 0x2100, 0x23FF }, new int[] { 0x2460, 0x24FF },
			new int[] { 0x2500, 0x25FF }, new int[] { 0x2E80, 0x303F }, new int[] { 0x3200, 0x33FF },
			new int[] { 0x3400, 0x4DBF }, new int[] { 0x4E00, 0x9FFF }, new int[] { 0xFE30, 0xFE4F },
			new int[] { 0xFF00, 0xFFEF });

	private static final int FULL_WIDTH_FROM = 0x2E80;

	private static final int UNITS_PER_EM = 1000;

	private static final int ASCENT = 880;

	private static final int DESCENT = 120;

	private static final byte[] FONT = build();

	private CjkFont() {
	}

	/** Loads the font into the document, subset on save. */
	static PDType0Font load(PDDocument pdf) throws IOException {
		return PDType0Font.load(pdf, new ByteArrayInputStream(FONT), true);
	}

	private static byte[] build() {
		int glyphs = 1 + RANGES.stream().mapToInt((r) -> r[1] - r[0] + 1).sum();
		Map<String, byte[]> tables = new LinkedHashMap<>();
		// Tags in ascending byte order, as the table directory requires ('O' sorts before the lower case).
		tables.put("OS/2", table((out) -> os2(out)));
		tables.put("cmap", table((out) -> cmap(out)));
		tables.put("glyf", new byte[0]);
		tables.put("head", table((out) -> head(out)));
		tables.put("hhea", table((out) -> hhea(out, glyphs)));
		tables.put("hmtx", table((out) -> hmtx(out)));
		tables.put("loca", table((out) -> {
			// Long offsets, all zero: every glyph is empty.
			for (int i = 0; i <= glyphs; i++) {
				out.writeInt(0);
			}
		}));
		tables.put("maxp", table((out) -> maxp(out, glyphs)));
		tables.put("name", table((out) -> name(out)));
		tables.put("post", table((out) -> post(out)));
		return table((out) -> directory(out, tables));
	}

	private static void directory(DataOutputStream out, Map<String, byte[]> tables) throws IOException {
		int count = tables.size();
		int power = Integer.highestOneBit(count);
		out.writeInt(0x00010000);
		out.writeShort(count);
		out.writeShort(power * 16);
		out.writeShort(Integer.numberOfTrailingZeros(power));
		out.writeShort(count * 16 - power * 16);
		int offset = 12 + 16 * count;
		for (Map.Entry<String, byte[]> table : tables.entrySet()) {
			out.write(table.getKey().getBytes(StandardCharsets.US_ASCII));
			out.writeInt(checksum(table.getValue()));
			out.writeInt(offset);
			out.writeInt(table.getValue().length);
			offset += padded(table.getValue().length);
		}
		for (byte[] table : tables.values()) {
			out.write(table);
			out.write(new byte[padded(table.length) - table.length]);
		}
	}

	private static void head(DataOutputStream out) throws IOException {
		out.writeInt(0x00010000);
		out.writeInt(0x00010000);
		out.writeInt(0);
		out.writeInt(0x5F0F3CF5);
		out.writeShort(0x0003);
		out.writeShort(UNITS_PER_EM);
		out.writeLong(0);
		out.writeLong(0);
		out.writeShort(0);
		out.writeShort(-DESCENT);
		out.writeShort(UNITS_PER_EM);
		out.writeShort(ASCENT);
		out.writeShort(0);
		out.writeShort(8);
		out.writeShort(2);
		out.writeShort(1);
		out.writeShort(0);
	}

	private static void hhea(DataOutputStream out, int glyphs) throws IOException {
		out.writeInt(0x00010000);
		out.writeShort(ASCENT);
		out.writeShort(-DESCENT);
		out.writeShort(0);
		out.writeShort(UNITS_PER_EM);
		out.writeShort(0);
		out.writeShort(0);
		out.writeShort(UNITS_PER_EM);
		out.writeShort(1);
		out.writeShort(0);
		out.writeShort(0);
		out.writeLong(0);
		out.writeShort(0);
		out.writeShort(glyphs);
	}

	private static void hmtx(DataOutputStream out) throws IOException {
		out.writeShort(UNITS_PER_EM);
		out.writeShort(0);
		for (int[] range : RANGES) {
			for (int c = range[0]; c <= range[1]; c++) {
				out.writeShort((c >= FULL_WIDTH_FROM) ? UNITS_PER_EM : UNITS_PER_EM / 2);
				out.writeShort(0);
			}
		}
	}

	private static void maxp(DataOutputStream out, int glyphs) throws IOException {
		out.writeInt(0x00010000);
		out.writeShort(glyphs);
		for (int field = 0; field < 13; field++) {
			// maxZones is 2 when no instructions use the twilight zone; every other limit is 0.
			out.writeShort((field == 4) ? 2 : 0);
		}
	}

	/** A format 4 cmap (Unicode BMP): one segment per range, glyph ids following each other from 1. */
	private static void cmap(DataOutputStream out) throws IOException {
		int segments = RANGES.size() + 1;
		int power = Integer.highestOneBit(segments);
		out.writeShort(0);
		out.writeShort(1);
		out.writeShort(3);
		out.writeShort(1);
		out.writeInt(12);
		out.writeShort(4);
		out.writeShort(16 + 8 * segments);
		out.writeShort(0);
		out.writeShort(segments * 2);
		out.writeShort(power * 2);
		out.writeShort(Integer.numberOfTrailingZeros(power));
		out.writeShort(segments * 2 - power * 2);
		for (int[] range : RANGES) {
			out.writeShort(range[1]);
		}
		out.writeShort(0xFFFF);
		out.writeShort(0);
		for (int[] range : RANGES) {
			out.writeShort(range[0]);
		}
		out.writeShort(0xFFFF);
		int glyph = 1;
		for (int[] range : RANGES) {
			out.writeShort((glyph - range[0]) & 0xFFFF);
			glyph += range[1] - range[0] + 1;
		}
		out.writeShort(1);
		for (int segment = 0; segment < segments; segment++) {
			out.writeShort(0);
		}
	}

	private static void name(DataOutputStream out) throws IOException {
		Map<Integer, String> names = Map.of(1, "Coopgraph Test CJK", 2, "Regular", 4, "Coopgraph Test CJK", 6,
				"CoopgraphTestCJK");
		out.writeShort(0);
		out.writeShort(names.size());
		out.writeShort(6 + 12 * names.size());
		ByteArrayOutputStream strings = new ByteArrayOutputStream();
		for (int id : List.of(1, 2, 4, 6)) {
			byte[] value = names.get(id).getBytes(StandardCharsets.UTF_16BE);
			out.writeShort(3);
			out.writeShort(1);
			out.writeShort(0x0409);
			out.writeShort(id);
			out.writeShort(value.length);
			out.writeShort(strings.size());
			strings.write(value);
		}
		out.write(strings.toByteArray());
	}

	private static void post(DataOutputStream out) throws IOException {
		out.writeInt(0x00030000);
		out.writeInt(0);
		out.writeShort(-100);
		out.writeShort(50);
		for (int field = 0; field < 5; field++) {
			out.writeInt(0);
		}
	}

	private static void os2(DataOutputStream out) throws IOException {
		out.writeShort(4);
		out.writeShort(UNITS_PER_EM);
		out.writeShort(400);
		out.writeShort(5);
		// fsType 0: installable, so embedding is allowed.
		out.writeShort(0);
		for (int metric : new int[] { 650, 600, 0, 75, 650, 600, 0, 350, 50, 300 }) {
			out.writeShort(metric);
		}
		out.writeShort(0);
		out.write(new byte[10]);
		out.write(new byte[16]);
		out.write("NONE".getBytes(StandardCharsets.US_ASCII));
		out.writeShort(0x0040);
		out.writeShort(RANGES.get(0)[0]);
		out.writeShort(RANGES.get(RANGES.size() - 1)[1]);
		out.writeShort(ASCENT);
		out.writeShort(-DESCENT);
		out.writeShort(0);
		out.writeShort(ASCENT);
		out.writeShort(DESCENT);
		out.writeLong(0);
		out.writeShort(500);
		out.writeShort(700);
		out.writeShort(0);
		out.writeShort(' ');
		out.writeShort(1);
	}

	private static int padded(int length) {
		return (length + 3) & ~3;
	}

	private static int checksum(byte[] table) {
		int sum = 0;
		for (int i = 0; i < table.length; i += 4) {
			int word = 0;
			for (int b = 0; b < 4; b++) {
				word = (word << 8) | ((i + b < table.length) ? (table[i + b] & 0xFF) : 0);
			}
			sum += word;
		}
		return sum;
	}

	private static byte[] table(TableWriter writer) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			writer.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private interface TableWriter {

		void write(DataOutputStream out) throws IOException;

	}

}
