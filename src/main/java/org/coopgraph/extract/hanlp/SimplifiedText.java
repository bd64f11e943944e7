package org.coopgraph.extract.hanlp;

import java.util.Map;

import com.hankcs.hanlp.HanLP;

/**
 * Turns a document written in traditional characters (連雲港市) into simplified ones (连云港市), so that the division
 * table, the dictionaries and the rules, all simplified, read it too. Character by character, with HanLP's
 * traditional-to-simplified table, so every offset stays valid; characters whose simplified form lies outside the
 * basic plane stay as written. A document converts only when traditional characters are a clear share of its text:
 * a simplified text holds a few characters the table would also map (乾, 著), and those must stay. Variant forms that
 * the table lacks (陜西 for 陕西, 衞 for 卫) are no simplified characters either, so they are read as their standard form
 * in any text. Thread-safe.
 */
public final class SimplifiedText {

	/** Traditional characters needed, per thousand Chinese characters, before a text counts as traditional. */
	private static final int TRADITIONAL_PER_MILLE = 30;

	private static final int MIN_TRADITIONAL = 5;

	/** Variant characters (异体字) that HanLP's table leaves as written, with their standard simplified form. */
	private static final Map<Character, Character> VARIANTS = Map.of('陜', '陕', '衞', '卫');

	/** Whether each character of the basic plane is a Chinese one; asking Unicode's script table per character cost more. */
	private static final boolean[] HAN = han();

	/**
	 * Each Chinese character's simplified form once asked for, 0 before: every character of every document is looked
	 * up, and a map of boxed characters cost a few percent of the extraction. Racing threads write the same value.
	 */
	private final char[] simplified = new char[Character.MAX_VALUE + 1];

	/** {@code text} in simplified characters when it is written in traditional ones, else {@code text} itself. */
	public String of(String text) {
		int han = 0;
		int traditional = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (HAN[c]) {
				han++;
				if (simplify(c) != c) {
					traditional++;
				}
			}
		}
		if (traditional < MIN_TRADITIONAL || traditional * 1000L < (long) han * TRADITIONAL_PER_MILLE) {
			return withoutVariants(text);
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(Character.isSurrogate(c) ? c : VARIANTS.getOrDefault(c, simplify(c)));
		}
		return out.toString();
	}

	private static String withoutVariants(String text) {
		String out = text;
		for (Map.Entry<Character, Character> v : VARIANTS.entrySet()) {
			out = out.replace(v.getKey(), v.getValue());
		}
		return out;
	}

	private char simplify(char c) {
		if (!HAN[c]) {
			return c;
		}
		char known = this.simplified[c];
		if (known == 0) {
			String s = HanLP.convertToSimplifiedChinese(String.valueOf(c));
			known = s.length() == 1 ? s.charAt(0) : c;
			this.simplified[c] = known;
		}
		return known;
	}

	/** Surrogates belong to no script on their own, so they are no Chinese characters here either. */
	private static boolean[] han() {
		boolean[] han = new boolean[Character.MAX_VALUE + 1];
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			han[c] = !Character.isSurrogate((char) c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
		}
		return han;
	}

}
