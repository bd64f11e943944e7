package org.coopgraph.extract.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coopgraph.extract.text.Compact;

/**
 * The header cells of task tables and the words of completion times, from resources {@code table-headers.tsv} and
 * {@code deadline-words.tsv}. Immutable and thread-safe.
 */
public final class TableHeaders {

	private static final String HEADERS = "/org/coopgraph/extract/table-headers.tsv";

	private static final String DEADLINE_WORDS = "/org/coopgraph/extract/deadline-words.tsv";

	/** Header cells are short; a longer cell is content even when it holds a header word. */
	static final int MAX_HEADER_CELL = 12;

	private static final int MAX_DEADLINE_CELL = 24;

	private static final int FULL_UNIT_HEADER = 4;

	/** Headers, longest first. */
	private final List<Map.Entry<String, ColumnRole>> headers;

	private final List<String> deadlineWords;

	private TableHeaders(List<Map.Entry<String, ColumnRole>> headers, List<String> deadlineWords) {
		this.headers = headers;
		this.deadlineWords = deadlineWords;
	}

	public static TableHeaders load() {
		List<Map.Entry<String, ColumnRole>> headers = new ArrayList<>();
		for (String line : lines(HEADERS)) {
			String[] f = line.split("\t");
			if (f.length != 2) {
				throw new IllegalStateException(HEADERS + ": expected header<TAB>role, got " + line);
			}
			headers.add(Map.entry(f[0], ColumnRole.valueOf(f[1].strip().toUpperCase(Locale.ROOT))));
		}
		headers.sort(Comparator.comparingInt((Map.Entry<String, ColumnRole> e) -> e.getKey().length()).reversed());
		return new TableHeaders(List.copyOf(headers), lines(DEADLINE_WORDS));
	}

	/** The role of a header cell, or {@code null} when the cell is no header this table knows. */
	public ColumnRole roleOf(String cell) {
		if (cell.length() > 4 * MAX_HEADER_CELL) {
			// Most lines of a document are far too long for a header; they skip the copy below.
			return null;
		}
		String c = Compact.of(cell);
		if (c.isEmpty() || c.length() > MAX_HEADER_CELL) {
			return null;
		}
		for (Map.Entry<String, ColumnRole> h : this.headers) {
			if (c.contains(h.getKey())) {
				return h.getValue();
			}
		}
		return null;
	}

	/**
	 * Whether {@code text} holds the full header of a column of units (牵头单位, 责任单位, 配合单位 …); a bare 部门 or 单位 is
	 * too common a word in running text to tell a header line.
	 */
	public boolean namesUnitColumn(String text) {
		for (Map.Entry<String, ColumnRole> h : this.headers) {
			if (h.getValue().namesUnits() && h.getKey().length() >= FULL_UNIT_HEADER && text.contains(h.getKey())) {
				return true;
			}
		}
		return false;
	}

	/** Whether a table cell reads like a completion time (6月底前, 全年, 2025年12月, 长期坚持). */
	public boolean looksLikeDeadline(String cell) {
		String c = Compact.of(cell);
		if (c.isEmpty() || c.length() > MAX_DEADLINE_CELL) {
			return false;
		}
		for (String w : this.deadlineWords) {
			if (c.contains(w)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> lines(String resource) {
		try (InputStream in = TableHeaders.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return reader.lines().filter((l) -> !l.isBlank() && !l.startsWith("#")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

}
