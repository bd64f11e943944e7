package org.coopgraph.extract.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.coopgraph.extract.hanlp.HanlpSegmenter;

/**
 * Tokens of the stretches of a paragraph that lie just before name endings: each stretch is segmented once, when first
 * asked for, and text far from any ending is never segmented at all. Not thread-safe: one per paragraph.
 */
final class SegmentWindows {

	private final HanlpSegmenter segmenter;

	private final String text;

	private final TreeMap<Integer, Window> windows = new TreeMap<>();

	/** Windows reaching {@code reach} characters before each of {@code suffixStarts}, merged where they overlap. */
	SegmentWindows(HanlpSegmenter segmenter, String text, List<Integer> suffixStarts, int reach) {
		this.segmenter = segmenter;
		this.text = text;
		int from = -1;
		int to = -1;
		for (int s : suffixStarts) {
			int a = Math.max(0, s - reach);
			if (from >= 0 && a <= to) {
				to = Math.max(to, s);
				continue;
			}
			if (from >= 0) {
				this.windows.put(from, new Window(from, to));
			}
			from = a;
			to = s;
		}
		if (from >= 0) {
			this.windows.put(from, new Window(from, to));
		}
	}

	/** The segmented window that ends at or after {@code pos} and starts before it, or {@code null}. */
	Window around(int pos) {
		var e = this.windows.floorEntry(pos - 1);
		return e == null || e.getValue().to < pos ? null : e.getValue();
	}

	final class Window {

		private final int from;

		private final int to;

		private List<HanlpSegmenter.Token> tokens;

		Window(int from, int to) {
			this.from = from;
			this.to = to;
		}

		/** Tokens with offsets in paragraph coordinates. */
		List<HanlpSegmenter.Token> list() {
			if (this.tokens == null) {
				List<HanlpSegmenter.Token> raw = SegmentWindows.this.segmenter
					.segment(SegmentWindows.this.text.substring(this.from, this.to));
				List<HanlpSegmenter.Token> shifted = new ArrayList<>(raw.size());
				for (HanlpSegmenter.Token t : raw) {
					shifted.add(new HanlpSegmenter.Token(t.word(), t.tag(), t.offset() + this.from));
				}
				this.tokens = shifted;
			}
			return this.tokens;
		}

		/** Index of the last token starting before {@code pos}, or -1. */
		int lastBefore(int pos) {
			List<HanlpSegmenter.Token> l = list();
			int i = l.size() - 1;
			while (i >= 0 && l.get(i).offset() >= pos) {
				i--;
			}
			return i;
		}

	}

}
